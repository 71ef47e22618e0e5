/**
 * asyncio.sleep (tasks.py). `sleep(0)` is the bare-yield path (`__sleep0`): one trip through
 * the ready queue, no timer. A positive delay waits on a future resolved by a TimerHandle,
 * whose `finally` cancels the timer when the sleeper is cancelled.
 */
import { box, type Boxed } from "./awaitable.js";
import { coroutine } from "./coroutine.js";
import { get_running_loop } from "./events.js";
import type { Future } from "./future.js";
import { bareYield } from "./task.js";

function futureSetResultUnlessCancelled<T>(future: Future<T>, result: T): void {
  if (future.cancelled()) return;
  future.set_result(result);
}

const sleepImpl = coroutine(async function sleep$<T>(delay: number, result?: T): Promise<Boxed<T | null>> {
  const value = result === undefined ? null : result;
  if (delay <= 0) {
    await bareYield;
    return box(value);
  }
  const loop = get_running_loop();
  const future = loop.create_future<T | null>();
  const handle = loop.call_later(delay, futureSetResultUnlessCancelled, future, value);
  try {
    return box(await future);
  } finally {
    handle.cancel();
  }
});

/** `await asyncio.sleep(delay, result=None)` */
export const sleep = sleepImpl as unknown as {
  (delay: number): import("./coroutine.js").Coroutine<null>;
  <T>(delay: number, result: T): import("./coroutine.js").Coroutine<T>;
  readonly fn: (delay: number, result?: unknown) => Promise<unknown>;
};
