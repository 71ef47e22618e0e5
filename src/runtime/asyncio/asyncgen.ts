/**
 * Async generators and async iteration.
 *
 * `async def g(): ... yield x` is emitted as `const g = asyncGenerator(async function* g$() {...})`;
 * calling it returns a `PyAsyncGenerator` with Python's protocol: `__anext__`, `asend`,
 * `athrow`, `aclose` each return a lazy awaitable (nothing runs until it is awaited), the end
 * is `StopAsyncIteration`, `aclose()` throws `GeneratorExit` in at the suspended `yield`.
 *
 * `async for x in obj:` is emitted as `for await (const x of asyncIterate(obj)) {...}`: the
 * adapter turns `__anext__` + `StopAsyncIteration` into the JS iterator protocol and has no
 * `return` method, so `break` leaves a generator suspended exactly as Python does.
 */
import { type BaseException, GeneratorExit, RuntimeError, StopAsyncIteration, StopIteration, TypeError } from "../exceptions.js";
import { makeThrown } from "../generator.js";
import { opaque, unbox } from "./awaitable.js";
import { lazy, type Coroutine } from "./coroutine.js";
import { AsyncGenASend, AsyncGenAThrow } from "./asyncgen-awaitables.js";
import { codeObject, GeneratorFrame, type GeneratorCode } from "../generator-code.js";
import { objectAddress } from "../repr.js";
import { runningLoopOrNull } from "./state.js";
import type { EventLoop } from "./loop.js";
import { typeName } from "../compare.js";
import { BUILTIN_TYPE } from "../builtin-functions.js";

const enum GenState {
  Created,
  Suspended,
  Running,
  Closed,
}

export class PyAsyncGenerator<Y = unknown, S = unknown> {
  static readonly [BUILTIN_TYPE] = "async_generator";
  /** `type(agen).__name__` is 'async_generator' in Python */
  static readonly __pyname__: string = "async_generator";
  private state = GenState.Created;
  private loop: EventLoop | null = null;
  private frame: GeneratorFrame | null = null;
  private code: GeneratorCode | null = null;

  readonly __qualname__: string;

  constructor(
    private readonly gen: AsyncGenerator<Y, unknown, S>,
    readonly __name__: string,
    qualname?: string,
  ) {
    this.__qualname__ = qualname ?? __name__;
  }

  /** True while an asend/athrow is in flight (CPython's `ag_running_async`) */
  get ag_running(): boolean {
    return this.state === GenState.Running;
  }

  /** None once the generator is finished, as in CPython (typed as the frame: Python code reads `ag_frame.f_code` unchecked) */
  get ag_frame(): GeneratorFrame {
    return this.state === GenState.Closed ? (null as unknown as GeneratorFrame) : (this.frame ??= new GeneratorFrame(this, this.ag_code));
  }

  get ag_code(): GeneratorCode {
    return (this.code ??= codeObject(this.__qualname__, 0));
  }

  /**
   * What the body awaits: None unless an asend/athrow is in flight. While one is, the awaited
   * object (the innermost coroutine or future) is not tracked, so reading it raises.
   */
  get ag_await(): null {
    if (this.state === GenState.Running) throw new RuntimeError("py2ts: ag_await of a running async generator is not supported");
    return null;
  }

  __repr__(): string {
    return `<async_generator object ${this.__qualname__} at ${objectAddress(this)}>`;
  }

  __aiter__(): this {
    return this;
  }

  __anext__(): Coroutine<Y> {
    return this.resume("next", undefined as S, "__anext__");
  }

  asend(value: S | null): Coroutine<Y> {
    return this.resume("next", value, "asend");
  }

  /** `athrow(exc)` or the deprecated `athrow(type[, value[, tb]])`, normalised as `gen.throw` does. */
  athrow(...args: [typ: unknown, value?: unknown, tb?: unknown]): Coroutine<Y> {
    let error: BaseException;
    try {
      error = makeThrown(args[0], args[1], args[2], args.length);
    } catch (bad) {
      // CPython raises a bad argument when the awaitable is awaited
      return new AsyncGenAThrow(async () => {
        throw bad;
      }, this, "athrow");
    }
    return this.resume("throw", error, "athrow");
  }

  /** `await agen.aclose()`: GeneratorExit in at the `yield`; yielding again is an error. */
  aclose(): Coroutine<null> {
    return new AsyncGenAThrow(async () => {
      if (this.state === GenState.Created || this.state === GenState.Closed) {
        this.finish();
        return null;
      }
      this.enter();
      let result: IteratorResult<Y, unknown>;
      try {
        result = await this.gen.throw(new GeneratorExit());
      } catch (error) {
        this.finish();
        if (error instanceof GeneratorExit) return null;
        throw escaped(error);
      }
      if (result.done) {
        this.finish();
        return null;
      }
      this.state = GenState.Suspended;
      throw new RuntimeError("async generator ignored GeneratorExit");
    }, this, "aclose");
  }

  /** The body of an asend / athrow; "already running" is checked when it is awaited (asyncgen-awaitables.ts). */
  private resume(kind: "next" | "throw", arg: unknown, name: string): Coroutine<Y> {
    const Awaitable = kind === "next" ? AsyncGenASend : AsyncGenAThrow;
    return new Awaitable<Y>(async () => {
      if (this.state === GenState.Closed) {
        // CPython 3.11: athrow() on a finished (or closed) async generator gives None
        if (kind === "throw") return opaque(null as Y);
        throw new StopAsyncIteration();
      }
      if (kind === "next" && this.state === GenState.Created && arg !== undefined && arg !== null) {
        throw new TypeError("can't send non-None value to a just-started async generator");
      }
      if (kind === "throw" && this.state === GenState.Created) {
        // raised before the first line, so it escapes the body (PEP 479 applies)
        this.finish();
        throw escaped(arg);
      }
      this.enter();
      let result: IteratorResult<Y, unknown>;
      try {
        result = kind === "next" ? await this.gen.next(arg as S) : await this.gen.throw(arg);
      } catch (error) {
        this.finish();
        throw escaped(error);
      }
      if (result.done) {
        this.finish();
        throw new StopAsyncIteration();
      }
      this.state = GenState.Suspended;
      return opaque(unbox(result.value));
    }, this, name);
  }

  /** First iteration registers with the running loop, for shutdown_asyncgens (firstiter hook). */
  private enter(): void {
    if (this.loop === null) {
      this.loop = runningLoopOrNull();
      this.loop?._asyncgens.add(this);
    }
    this.state = GenState.Running;
  }

  private finish(): void {
    this.state = GenState.Closed;
    this.loop?._asyncgens.delete(this);
  }
}

/**
 * PEP 479 and PEP 525: StopIteration or StopAsyncIteration escaping the body becomes RuntimeError
 * "async generator raised ...", chained as `raise RuntimeError(...) from exc` (CPython's
 * _PyErr_FormatFromCause: `__cause__` and `__context__` are the exception, context suppressed).
 */
function escaped(error: unknown): unknown {
  if (!(error instanceof StopIteration) && !(error instanceof StopAsyncIteration)) return error;
  const kind = error instanceof StopIteration ? "StopIteration" : "StopAsyncIteration";
  const wrapped = new RuntimeError(`async generator raised ${kind}`);
  wrapped.__cause__ = error;
  wrapped.__context__ = error;
  wrapped.__suppress_context__ = true;
  return wrapped;
}

export type AsyncGeneratorFunction<A extends unknown[], Y, S> = (...args: A) => PyAsyncGenerator<Y, S>;

const ASYNC_GENERATOR_FUNCTION: unique symbol = Symbol("py2ts.asyncGeneratorFunction");

/** Made by `asyncGenerator(...)`: `inspect.isasyncgenfunction` answers from this marker. */
export function isAsyncGeneratorFunction(value: unknown): boolean {
  return typeof value === "function" && (value as { [ASYNC_GENERATOR_FUNCTION]?: boolean })[ASYNC_GENERATOR_FUNCTION] === true;
}

/**
 * `const g = asyncGenerator(async function* g$(...) {...})`; an asynchronous generator
 * expression passes its `__qualname__` (`asyncGenerator(async function* ($iter) {...}, "f.<locals>.<genexpr>")`).
 */
export function asyncGenerator<A extends unknown[], Y, S = unknown>(
  fn: (...args: A) => AsyncGenerator<Y, unknown, S>,
  qualname?: string,
): AsyncGeneratorFunction<A, Y, S> {
  const name = qualname === undefined ? fn.name.replace(/\$+$/, "") : qualname.slice(qualname.lastIndexOf(".") + 1);
  const wrapper = function (this: unknown, ...args: A): PyAsyncGenerator<Y, S> {
    return new PyAsyncGenerator<Y, S>(fn.apply(this, args), name, qualname);
  };
  Object.defineProperty(wrapper, "name", { value: name });
  if (qualname !== undefined) Object.defineProperty(wrapper, "__qualname__", { value: qualname, configurable: true, writable: true });
  Object.defineProperty(wrapper, ASYNC_GENERATOR_FUNCTION, { value: true });
  // the Python signature (withSignature on the body), so calls with keywords bind through the wrapper
  const signature = Symbol.for("py2ts.signature");
  if (Object.hasOwn(fn, signature)) Object.defineProperty(wrapper, signature, { value: (fn as unknown as Record<symbol, unknown>)[signature] });
  return wrapper;
}

/** Anything Python can `async for` over. */
export interface AsyncIterablePy<T> {
  __aiter__(): { __anext__(): PromiseLike<T> };
}

/** builtin `aiter(obj)` */
export function aiter<I extends { __anext__(): PromiseLike<unknown> }>(obj: { __aiter__(): I }): I {
  if (typeof obj?.__aiter__ !== "function") throw new TypeError(`'${typeName(obj)}' object is not an async iterable`);
  return obj.__aiter__();
}

/** builtin `anext(it[, default])`: a lazy awaitable. */
export function anext<T, D = never>(it: { __anext__(): PromiseLike<T> }, ...dflt: [] | [D]): Coroutine<T | D> {
  if (typeof it?.__anext__ !== "function") throw new TypeError(`'${typeName(it)}' object is not an async iterator`);
  // builtin anext returns the generator's own awaitable (an async_generator_asend)
  if (dflt.length === 0 && it instanceof PyAsyncGenerator) return it.__anext__() as Coroutine<T>;
  if (dflt.length === 0) return lazy(async () => opaque(await it.__anext__()), "anext");
  return lazy(async () => {
    try {
      return opaque(await it.__anext__());
    } catch (error) {
      if (error instanceof StopAsyncIteration) return opaque(dflt[0] as D);
      throw error;
    }
  }, "anext");
}

/** `async for x in obj` → `for await (const x of asyncIterate(obj))` */
export function asyncIterate<T>(obj: AsyncIterablePy<T>): AsyncIterable<T>;
/** anything else: CPython's TypeError at run time */
export function asyncIterate(obj: unknown): AsyncIterable<any>;
export function asyncIterate<T>(source: AsyncIterablePy<T> | unknown): AsyncIterable<T> {
  const obj = source as AsyncIterablePy<T>;
  if (typeof obj?.__aiter__ !== "function") throw new TypeError(`'async for' requires an object with __aiter__ method, got ${typeName(obj)}`);
  const it = obj.__aiter__();
  if (typeof it?.__anext__ !== "function") {
    throw new TypeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${typeName(it)}`);
  }
  const iterator = {
    async next(): Promise<IteratorResult<T, undefined>> {
      try {
        const step = it.__anext__();
        if (typeof (step as { then?: unknown } | null)?.then !== "function") {
          throw new TypeError(`'async for' received an invalid object from __anext__: ${typeName(step)}`);
        }
        return { done: false, value: (await step) as T };
      } catch (error) {
        if (error instanceof StopAsyncIteration) return { done: true, value: undefined };
        throw error;
      }
    },
  };
  return { [Symbol.asyncIterator]: () => iterator };
}

