/**
 * asyncio.sleep (tasks.py). `sleep(0)` is the bare-yield path (`__sleep0`): one trip through
 * the ready queue, no timer. It is the hottest await in asyncio programs, so it is a
 * `Coroutine` whose `then` yields directly (no async function, no extra promise); as a task's
 * coroutine (`create_task(asyncio.sleep(0))`) it runs through the same body as any other.
 * A positive delay waits on a future resolved by a TimerHandle, whose `finally` cancels the
 * timer when the sleeper is cancelled.
 */
import { seconds, type Seconds } from "./clock.js";
import { RuntimeError } from "../exceptions.js";
import { Awaitable, box, resolveOpaque, type Boxed } from "./awaitable.js";
import { Coroutine } from "./coroutine.js";
import { get_running_loop } from "./events.js";
import type { Future } from "./future.js";
import { runningLoopOrNull } from "./state.js";
import { bareYield } from "./task.js";

function futureSetResultUnlessCancelled<T>(future: Future<T>, result: T): void {
  if (future.cancelled()) return;
  future.set_result(result);
}

async function sleep$<T>(delay: number, result: T): Promise<Boxed<T>> {
  if (delay <= 0) {
    await bareYield;
    return box(result);
  }
  const loop = get_running_loop();
  const future = loop.create_future<T>();
  const handle = loop.call_later(delay, futureSetResultUnlessCancelled, future, result);
  try {
    return box(await future);
  } finally {
    handle.cancel();
  }
}

/** `await asyncio.sleep(0)` inside a task: the bare yield, straight from `then`. */
class BareSleep<T> extends Coroutine<T> {
  static override readonly __pyname__: string = "coroutine";
  constructor(private readonly value: T) {
    super(sleep$ as unknown as (...args: unknown[]) => Promise<T>, undefined, [0, value], "sleep");
  }
  override _then(resolve: (value: T) => void, reject: (reason: unknown) => void): void {
    if (!this._isFresh()) {
      reject(new RuntimeError("cannot reuse already awaited coroutine"));
      return;
    }
    this._finish();
    const task = runningLoopOrNull()?._stepping ?? null;
    if (task === null) resolveOpaque(resolve, this.value);
    else task._yieldBare(resolve, reject, this.value);
  }
}

/** `await asyncio.sleep(delay, result=None)` */
export function sleep(delay: Seconds): Coroutine<null>;
export function sleep<T>(delay: Seconds, result: T): Coroutine<T>;
export function sleep(delay: Seconds, result: unknown = null): Coroutine<unknown> {
  delay = seconds(delay);
  if (delay <= 0) return new BareSleep(result);
  return new Coroutine(sleep$ as unknown as (...args: unknown[]) => Promise<unknown>, undefined, [delay, result], "sleep");
}
/**
 * Direct-await entry: the compiler emits `await sleep.fn(d)` for `await asyncio.sleep(d)`, where
 * the call is awaited at once. Inside a task step `sleep(0)` then yields through a native promise
 * that `await` adopts without a thenable job (one microtask per switch, no coroutine object);
 * the step ends here, at the call, which is the same point as the await that follows it. Any
 * other case awaits the ordinary lazy coroutine.
 */
function sleepNow(delay: Seconds): PromiseLike<null>;
function sleepNow<T>(delay: Seconds, result: T): PromiseLike<T>;
function sleepNow(delay: Seconds, result: unknown = null): PromiseLike<unknown> {
  const d = seconds(delay);
  if (d <= 0 && !(result instanceof Awaitable)) {
    const task = runningLoopOrNull()?._stepping ?? null;
    if (task !== null) return task._yieldBareNow(result);
  }
  return sleep(d, result);
}
sleep.fn = sleepNow;
