/**
 * The async half of contextlib: `@asynccontextmanager` (an async generator driven through
 * `__aenter__` / `__aexit__`, with CPython's "didn't yield / didn't stop" checks and the
 * identity tests that decide whether the exception was handled) and `AsyncExitStack`.
 */
import { BaseException, RuntimeError, StopAsyncIteration, StopIteration } from "../exceptions.js";
import { anext, type PyAsyncGenerator } from "./asyncgen.js";
import { opaque } from "./awaitable.js";
import { lazy, type Coroutine } from "./coroutine.js";
import { truthy, typeOf } from "../compare.js";
import { withContext } from "../exception-catch.js";

export interface AsyncContextManager<T> {
  __aenter__(): PromiseLike<T>;
  __aexit__(type: unknown, value: unknown, tb: unknown): PromiseLike<unknown>;
}
interface SyncContextManager<T> {
  __enter__(): T;
  __exit__(type: unknown, value: unknown, tb: unknown): unknown;
}

export class _AsyncGeneratorContextManager<T> implements AsyncContextManager<T> {
  constructor(private readonly gen: PyAsyncGenerator<T>) {}

  __aenter__(): Coroutine<T> {
    return lazy(async () => {
      try {
        return opaque(await anext(this.gen));
      } catch (error) {
        if (error instanceof StopAsyncIteration) throw new RuntimeError("generator didn't yield");
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
        throw new RuntimeError("generator didn't stop");
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
      throw new RuntimeError("generator didn't stop after athrow()");
    }, "__aexit__");
  }
}

/** `@contextlib.asynccontextmanager` applied to an async generator function. */
export function asynccontextmanager<A extends unknown[], T>(
  fn: (...args: A) => PyAsyncGenerator<T>,
): (...args: A) => _AsyncGeneratorContextManager<T> {
  const wrapper = function (this: unknown, ...args: A): _AsyncGeneratorContextManager<T> {
    return new _AsyncGeneratorContextManager<T>(fn.apply(this, args));
  };
  Object.defineProperty(wrapper, "name", { value: fn.name });
  return wrapper;
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
          if (result) {
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
