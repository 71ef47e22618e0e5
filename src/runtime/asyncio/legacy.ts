/**
 * Generator-based coroutines (`@types.coroutine`): a generator that does `yield fut` /
 * `yield from fut` (Future implements the iterator protocol as `__await__`) or a bare `yield`.
 * `legacyCoroutine(function* g$() {...})` drives it from a native async function: a yielded
 * future is awaited (so the task suspends and can be cancelled there), a bare yield is one
 * trip through the ready queue, and exceptions are thrown back in at the `yield`.
 */
import { BaseException, TypeError } from "../exceptions.js";
import { PyGenerator } from "../generator.js";
import { box, type Boxed } from "./awaitable.js";
import { Coroutine } from "./coroutine.js";
import { bareYield } from "./task.js";

type LegacyBody<A extends unknown[], R> = (...args: A) => Generator<unknown, R, unknown>;

export function legacyCoroutine<A extends unknown[], R>(fn: LegacyBody<A, R>): (...args: A) => Coroutine<R> {
  const name = fn.name.replace(/\$+$/, "");
  const drive = async function (this: unknown, ...args: A): Promise<Boxed<R>> {
    // A PyGenerator runs the body so that `yield from fut` delegates with PEP 380's rules.
    const gen = new PyGenerator(fn.apply(this, args), name);
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
  };
  const wrapper = function (this: unknown, ...args: A): Coroutine<R> {
    return new Coroutine<R>(drive as unknown as (...a: unknown[]) => Promise<R>, this, args, name);
  };
  Object.defineProperty(wrapper, "name", { value: name });
  return wrapper;
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
