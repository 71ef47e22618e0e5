/**
 * Generator-based coroutines (`@types.coroutine`): a generator that does `yield fut` /
 * `yield from fut` (Future implements the iterator protocol as `__await__`) or a bare `yield`.
 * `legacyCoroutine(function* g$() {...})` drives it from a native async function: a yielded
 * future is awaited (so the task suspends and can be cancelled there), a bare yield is one
 * trip through the ready queue, and exceptions are thrown back in at the `yield`.
 */
import { BaseException, TypeError } from "../exceptions.js";
import { PyGenerator } from "../generator.js";
import { typeName } from "../compare.js";
import { box, type Boxed } from "./awaitable.js";
import { Coroutine } from "./coroutine.js";
import { bareYield } from "./task.js";

type LegacyBody<A extends unknown[], R> = (...args: A) => Generator<unknown, R, unknown>;

export function legacyCoroutine<A extends unknown[], R>(fn: LegacyBody<A, R>): (...args: A) => Coroutine<R> {
  const name = fn.name.replace(/\$+$/, "");
  // A PyGenerator runs the body so that `yield from fut` delegates with PEP 380's rules.
  const drive = function (this: unknown, ...args: A): Promise<Boxed<R>> {
    return driveAwaitIterator(new PyGenerator(fn.apply(this, args), name));
  };
  const wrapper = function (this: unknown, ...args: A): Coroutine<R> {
    return new Coroutine<R>(drive as unknown as (...a: unknown[]) => Promise<R>, this, args, name);
  };
  Object.defineProperty(wrapper, "name", { value: name });
  return wrapper;
}

/**
 * `await x` where `x` may be a program object whose class defines `__await__` (the compiler
 * emits `await awaitable(x)` only in modules that define one): a runtime awaitable or a JS
 * promise is awaited as it is; otherwise the iterator `x.__await__()` returns is driven as a
 * generator-based coroutine is, inline in the awaiting task (a coroutine object, started by the
 * `await` at once, as CPython's `await` runs `__await__` without a loop turn).
 */
export function awaitable(value: unknown): any {
  if (isThenable(value)) return value;
  const method = typeof value === "object" && value !== null ? (value as { __await__?: unknown }).__await__ : undefined;
  if (typeof method !== "function") throw new TypeError(`object ${typeName(value)} can't be used in 'await' expression`);
  const iterator: unknown = method.call(value);
  if (!(iterator instanceof PyGenerator)) throw new TypeError(`__await__() returned non-iterator of type '${typeName(iterator)}'`);
  return new Coroutine<unknown>(() => driveAwaitIterator(iterator), null, [], "__await__");
}

/** Steps a generator-based coroutine: awaits the futures it yields, a bare yield is one loop turn. */
async function driveAwaitIterator<R>(gen: PyGenerator<unknown, R, unknown>): Promise<Boxed<R>> {
  let sent: unknown = undefined;
  let thrown: { error: unknown } | null = null;
  for (;;) {
    const step = thrown === null ? gen.next(sent) : throwIn(gen, thrown.error);
    thrown = null;
    if (step.done) return box(step.value);
    const yielded = step.value;
    try {
      if (yielded === null || yielded === undefined) sent = await bareYield;
      else if (isThenable(yielded)) sent = await yielded;
      else throw new TypeError(`Task got bad yield: ${String(yielded)}`);
    } catch (error) {
      thrown = { error };
    }
  }
}

/** `types.coroutine(fn)` */
export const types_coroutine = legacyCoroutine;

function throwIn<R>(gen: PyGenerator<unknown, R, unknown>, error: unknown): IteratorResult<unknown, R> {
  if (error instanceof BaseException) return gen.throwResult(error);
  return gen.gen.throw(error);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown })?.then === "function";
}
