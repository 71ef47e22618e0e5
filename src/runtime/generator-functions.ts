/**
 * Generator functions: `generator(qualname, function* ...)` wraps a native generator function
 * so that calling it makes a `PyGenerator` (generator.ts); `makeGenerator` wraps one native
 * generator (methods); `inspect.isgeneratorfunction` recognises the wrappers.
 */
import { codeObject, PyGenerator, type GeneratorOptions } from "./generator.js";
import { PyGeneratorHandling } from "./generator-handled.js";

const GENERATOR_FUNCTION: unique symbol = Symbol("py2ts.generatorFunction");

/** `inspect.isgeneratorfunction(f)`: made by `generator(...)`. */
export function isGeneratorFunction(f: unknown): boolean {
  return typeof f === "function" && (f as { [GENERATOR_FUNCTION]?: boolean })[GENERATOR_FUNCTION] === true;
}

/** Names a wrapper function the way Python names the `def` (`f.__name__`, `f.__qualname__`). */
function nameFunction(fn: object, qualname: string): void {
  const dot = qualname.lastIndexOf(".");
  const name = dot < 0 ? qualname : qualname.slice(dot + 1);
  Object.defineProperty(fn, "name", { value: name, configurable: true });
  Object.defineProperty(fn, "__name__", { value: name, configurable: true, writable: true });
  Object.defineProperty(fn, "__qualname__", { value: qualname, configurable: true, writable: true });
}

/**
 * A generator function: `generator("foo", function* (a: number): Generator<...> {...})`, with
 * options after the body when it needs any (`{ cleanup: true }`).
 */
export function generator<This, A extends unknown[], Y, R, S>(
  qualname: string,
  body: (this: This, ...args: A) => Generator<Y, R, S | null>,
  options?: GeneratorOptions,
): (this: This, ...args: A) => PyGenerator<Y, R, S> {
  const code = codeObject(qualname, options?.line ?? 0);
  const made: GeneratorOptions = { ...options, code };
  const Made = options?.handlesExceptions === true ? PyGeneratorHandling : PyGenerator;
  const wrapper = function (this: This, ...args: A): PyGenerator<Y, R, S> {
    return new Made(body.apply(this, args), qualname, made);
  };
  nameFunction(wrapper, qualname);
  Object.defineProperty(wrapper, "__code__", { value: code, configurable: true });
  Object.defineProperty(wrapper, GENERATOR_FUNCTION, { value: true });
  return wrapper;
}

/** Wraps one native generator (used for methods: `makeGenerator(this.items$(), "Bag.items")`). */
export function makeGenerator<Y, R, S>(
  gen: Generator<Y, R, S | null>,
  qualname: string,
  options?: GeneratorOptions,
): PyGenerator<Y, R, S> {
  return options?.handlesExceptions === true ? new PyGeneratorHandling(gen, qualname, options) : new PyGenerator(gen, qualname, options);
}

export function isGenerator(x: unknown): x is PyGenerator<unknown, unknown, unknown> {
  return x instanceof PyGenerator;
}
