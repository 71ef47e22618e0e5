/**
 * The async half of contextlib: `@asynccontextmanager` (an async generator driven through
 * `__aenter__` / `__aexit__`, with CPython's "didn't yield / didn't stop" checks and the
 * identity tests that decide whether the exception was handled) and `AsyncExitStack`.
 */
import { AttributeError, BaseException, RuntimeError, StopAsyncIteration, StopIteration } from "../exceptions.js";
import { anext, type PyAsyncGenerator } from "./asyncgen.js";
import { opaque } from "./awaitable.js";
import { coroutine, lazy, type Coroutine } from "./coroutine.js";
import { truthy, typeOf } from "../compare.js";
import { update_wrapper } from "../functools.js";
import { pyCatch, raiseFrom, withContext } from "../exception-catch.js";

export interface AsyncContextManager<T> {
  __aenter__(): PromiseLike<T>;
  __aexit__(type: unknown, value: unknown, tb: unknown): PromiseLike<unknown>;
}
interface SyncContextManager<T> {
  __enter__(): T;
  __exit__(type: unknown, value: unknown, tb: unknown): unknown;
}

/**
 * What an `@asynccontextmanager` function returns when called (contextlib.py's
 * `_AsyncGeneratorContextManager`). It is also a decorator (`@tag("x")` above an `async def`,
 * CPython's AsyncContextDecorator): each call of the decorated coroutine function runs inside a
 * fresh manager made from the same arguments. Made by `asyncGeneratorContextManager` as a
 * function object with this prototype, so that it can be called.
 */
export class _AsyncGeneratorContextManager<T> implements AsyncContextManager<T> {
  static readonly __pyname__: string = "_AsyncGeneratorContextManager";
  static readonly __module__: string = "contextlib";
  declare gen: PyAsyncGenerator<T>;
  /** makes the generator again, for each call of a decorated function */
  declare recreate: () => PyAsyncGenerator<T>;
  declare entered: boolean;

  __aenter__(): Coroutine<T> {
    return lazy(async () => {
      // CPython deletes the recreation arguments here: a second `async with` fails on them
      if (this.entered) throw new AttributeError("'_AsyncGeneratorContextManager' object has no attribute 'args'");
      this.entered = true;
      try {
        return opaque(await anext(this.gen));
      } catch (error) {
        if (error instanceof StopAsyncIteration) throw withContext(raiseFrom(new RuntimeError("generator didn't yield"), null), error);
        throw error;
      }
    }, "__aenter__");
  }

  __aexit__(type: unknown, value: unknown, _tb: unknown): Coroutine<boolean> {
    return lazy(async () => {
      if (type === null || type === undefined) {
        try {
          await anext(this.gen);
        } catch (error) {
          if (error instanceof StopAsyncIteration) return false;
          throw error;
        }
        try {
          throw new RuntimeError("generator didn't stop");
        } finally {
          await this.gen.aclose();
        }
      }
      const thrown = value ?? new (type as new () => BaseException)();
      try {
        await this.gen.athrow(thrown);
      } catch (error) {
        if (error instanceof StopAsyncIteration) return error !== thrown;
        if (error instanceof RuntimeError) {
          if (error === thrown) return false;
          if ((thrown instanceof StopIteration || thrown instanceof StopAsyncIteration) && error.__cause__ === thrown) {
            return false;
          }
          throw error;
        }
        if (error !== thrown) throw error;
        return false;
      }
      try {
        throw new RuntimeError("generator didn't stop after athrow()");
      } finally {
        await this.gen.aclose();
      }
    }, "__aexit__");
  }
}

type AsyncFunc = (this: unknown, ...args: unknown[]) => PromiseLike<unknown>;

function asyncGeneratorContextManager<T>(create: () => PyAsyncGenerator<T>): _AsyncGeneratorContextManager<T> {
  const cm = function (func: AsyncFunc): (...args: unknown[]) => Coroutine<unknown> {
    const body = async function (this: unknown, ...args: unknown[]): Promise<unknown> {
      const inner = asyncGeneratorContextManager(create);
      await inner.__aenter__();
      let result: unknown;
      try {
        result = await func.apply(this, args);
      } catch ($e) {
        const exc = pyCatch($e);
        if (!(await inner.__aexit__(typeOf(exc), exc, null))) throw exc;
        return null;
      }
      await inner.__aexit__(null, null, null);
      return opaque(result);
    };
    Object.defineProperty(body, "name", { value: func.name, configurable: true });
    // `inner(*args, **kwds)` forwards keywords to `func`: bind them against its signature
    const signature = Symbol.for("py2ts.signature");
    if (Object.hasOwn(func, signature)) Object.defineProperty(body, signature, { value: (func as unknown as Record<symbol, unknown>)[signature] });
    return update_wrapper(coroutine(body), func);
  } as unknown as _AsyncGeneratorContextManager<T>;
  Object.setPrototypeOf(cm, _AsyncGeneratorContextManager.prototype);
  cm.gen = create();
  cm.recreate = create;
  cm.entered = false;
  return cm;
}

/** `@contextlib.asynccontextmanager` applied to an async generator function. */
export function asynccontextmanager<A extends unknown[], T>(
  fn: (...args: A) => PyAsyncGenerator<T>,
): (...args: A) => _AsyncGeneratorContextManager<T> {
  const wrapper = function (this: unknown, ...args: A): _AsyncGeneratorContextManager<T> {
    const self = this;
    return asyncGeneratorContextManager<T>(() => fn.apply(self, args));
  };
  Object.defineProperty(wrapper, "name", { value: fn.name });
  Object.defineProperty(wrapper, "__wrapped__", { value: fn, configurable: true });
  // the Python signature (withSignature) and names, for calls with keyword arguments
  const signature = Symbol.for("py2ts.signature");
  if (Object.hasOwn(fn, signature)) Object.defineProperty(wrapper, signature, { value: (fn as unknown as Record<symbol, unknown>)[signature] });
  for (const key of ["__name__", "__qualname__"]) if (Object.hasOwn(fn, key)) Object.defineProperty(wrapper, key, { value: (fn as unknown as Record<string, unknown>)[key], configurable: true, writable: true });
  return wrapper;
}

/** `contextlib.aclosing(thing)`: `async with` gives `thing` and awaits `thing.aclose()` on exit. */
export class aclosing<T extends { aclose(): PromiseLike<unknown> }> implements AsyncContextManager<T> {
  static readonly __pyname__: string = "aclosing";
  static readonly __module__: string = "contextlib";
  constructor(private readonly thing: T) {}
  __aenter__(): Coroutine<T> {
    return lazy(async () => opaque(this.thing), "__aenter__");
  }
  __aexit__(_type: unknown, _value: unknown, _tb: unknown): Coroutine<null> {
    return lazy(async () => {
      await this.thing.aclose();
      return null;
    }, "__aexit__");
  }
}

type ExitCallback = { sync: boolean; fn: (type: unknown, value: unknown, tb: unknown) => unknown };

/** `contextlib.AsyncExitStack` */
export class AsyncExitStack implements AsyncContextManager<AsyncExitStack> {
  private callbacks: ExitCallback[] = [];

  enter_async_context<T>(cm: AsyncContextManager<T>): Coroutine<T> {
    return lazy(async () => {
      const result = await cm.__aenter__();
      this.callbacks.push({ sync: false, fn: (t, v, tb) => cm.__aexit__(t, v, tb) });
      return opaque(result);
    }, "enter_async_context");
  }

  enter_context<T>(cm: SyncContextManager<T>): T {
    const result = cm.__enter__();
    this.callbacks.push({ sync: true, fn: (t, v, tb) => cm.__exit__(t, v, tb) });
    return result;
  }

  push_async_exit(exit: AsyncContextManager<unknown> | ((t: unknown, v: unknown, tb: unknown) => PromiseLike<unknown>)): typeof exit {
    const fn = typeof exit === "function" ? exit : (t: unknown, v: unknown, tb: unknown) => exit.__aexit__(t, v, tb);
    this.callbacks.push({ sync: false, fn });
    return exit;
  }

  push(exit: SyncContextManager<unknown> | ((t: unknown, v: unknown, tb: unknown) => unknown)): typeof exit {
    const fn = typeof exit === "function" ? exit : (t: unknown, v: unknown, tb: unknown) => exit.__exit__(t, v, tb);
    this.callbacks.push({ sync: true, fn });
    return exit;
  }

  push_async_callback<A extends unknown[]>(callback: (...args: A) => PromiseLike<unknown>, ...args: A): typeof callback {
    this.callbacks.push({
      sync: false,
      fn: async () => {
        await callback(...args);
        return false;
      },
    });
    return callback;
  }

  callback<A extends unknown[]>(callback: (...args: A) => unknown, ...args: A): typeof callback {
    this.callbacks.push({ sync: true, fn: () => (callback(...args), false) });
    return callback;
  }

  pop_all(): AsyncExitStack {
    const stack = new AsyncExitStack();
    stack.callbacks = this.callbacks;
    this.callbacks = [];
    return stack;
  }

  aclose(): Coroutine<null> {
    return lazy(async () => {
      await this.__aexit__(null, null, null);
      return null;
    }, "aclose");
  }

  __aenter__(): Coroutine<AsyncExitStack> {
    return lazy(async () => this, "__aenter__");
  }

  __aexit__(type: unknown, value: unknown, tb: unknown): Coroutine<boolean> {
    return lazy(async () => {
      const received = type !== null && type !== undefined;
      let details: [unknown, unknown, unknown] = [type, value, tb];
      let suppressed = false;
      let pendingRaise = false;
      while (this.callbacks.length > 0) {
        const cb = this.callbacks.pop()!;
        try {
          const result = cb.sync ? cb.fn(...details) : await (cb.fn(...details) as PromiseLike<unknown>);
          if (truthy(result)) {
            suppressed = true;
            pendingRaise = false;
            details = [null, null, null];
          }
        } catch (error) {
          if (error instanceof BaseException && details[1] instanceof BaseException && error !== details[1]) {
            if (error.__context__ === null) error.__context__ = details[1];
          }
          pendingRaise = true;
          details = [(error as object)?.constructor ?? null, error, null];
        }
      }
      if (pendingRaise) throw details[1];
      return received && suppressed;
    }, "__aexit__");
  }
}

/**
 * The exceptional exit of `async with` (what the compiler emits in the `catch`):
 * `await cm.__aexit__(type(exc), exc, None)`, true when the manager suppresses `exc`. An
 * exception raised by `__aexit__` replaces `exc`, with `exc` as its `__context__`.
 */
export async function aexitSuppresses(
  cm: unknown,
  aexit: (this: unknown, type: unknown, exc: unknown, tb: unknown) => PromiseLike<unknown>,
  exc: BaseException,
): Promise<boolean> {
  let result: unknown;
  try {
    result = await aexit.call(cm, typeOf(exc), exc, null);
  } catch (raised) {
    throw withContext(raised, exc);
  }
  return truthy(result);
}
