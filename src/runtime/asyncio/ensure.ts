/**
 * `asyncio.ensure_future` and the foreign-promise bridge `wrap`.
 *
 * A raw JS promise is outside CPython's semantics: awaited directly inside a task it would
 * resume the task from the microtask queue at an arbitrary moment. `await wrap(p)` turns it
 * into a runtime Future settled through the loop's ready queue, so it takes its turn like any
 * other completion and the awaiting task can be cancelled (design doc item 6).
 */
import { TypeError } from "../exceptions.js";
import { Awaitable } from "./awaitable.js";
import { Coroutine } from "./coroutine.js";
import { get_event_loop } from "./events.js";
import { awaitable as awaitableObject } from "./legacy.js";
import { Future } from "./future.js";
import type { EventLoop } from "./loop.js";

export function ensure_future<T>(
  awaitable: Future<T> | Coroutine<T> | PromiseLike<T>,
  options?: { loop?: EventLoop | null },
): Future<T> {
  if (awaitable instanceof Future) return awaitable;
  const loop = options?.loop ?? get_event_loop();
  if (awaitable instanceof Coroutine) return loop.create_task(awaitable);
  if (!(awaitable instanceof Awaitable) && isThenable(awaitable)) return wrap(awaitable, { loop });
  // an object whose class defines `__await__`: CPython wraps it in a coroutine and a task
  if (typeof (awaitable as { __await__?: unknown } | null)?.__await__ === "function") return loop.create_task(awaitableObject(awaitable) as Coroutine<T>);
  throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required");
}

/** `await wrap(promise)`: a JS promise as a runtime Future, settled through the loop. */
export function wrap<T>(promise: PromiseLike<T>, options: { loop?: EventLoop | null } = {}): Future<T> {
  const loop = options.loop ?? get_event_loop();
  const future = loop.create_future<T>();
  promise.then(
    (value) => {
      if (!loop.is_closed()) loop.call_soon_threadsafe(settle, future, value, null);
    },
    (error: unknown) => {
      if (!loop.is_closed()) loop.call_soon_threadsafe(settle, future, undefined, { error });
    },
  );
  return future;
}

function settle<T>(future: Future<T>, value: T, failure: { error: unknown } | null): void {
  if (future.done()) return;
  if (failure === null) future.set_result(value);
  else future.set_exception(failure.error as never);
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    value !== null &&
    (typeof value === "object" || typeof value === "function") &&
    typeof (value as { then?: unknown }).then === "function"
  );
}
