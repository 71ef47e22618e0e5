/**
 * Timeouts: `asyncio.wait_for` (tasks.py, 3.11: the inner task is cancelled and awaited, so
 * its `finally` runs before TimeoutError reaches the caller) and `asyncio.timeout` /
 * `timeout_at` (timeouts.py: cancel the current task at the deadline, turn that cancellation
 * into TimeoutError on exit, counted with cancelling()/uncancel()).
 */
import { seconds, type Seconds } from "./clock.js";
import { BaseException, RuntimeError } from "../exceptions.js";
import { box, type Boxed } from "./awaitable.js";
import { coroutine, lazy, type Coroutine } from "./coroutine.js";
import { ensure_future } from "./ensure.js";
import { current_task, get_running_loop } from "./events.js";
import { CancelledError, TimeoutError } from "./exceptions.js";
import type { Future } from "./future.js";
import type { Handle } from "./handles.js";
import type { EventLoop } from "./loop.js";
import type { Task } from "./task.js";

function releaseWaiter(waiter: Future<unknown>): void {
  if (!waiter.done()) waiter.set_result(null);
}

/** `raise TimeoutError() from exc` inside `except CancelledError as exc`: exc is cause and context. */
function timeoutFrom(cause: unknown): TimeoutError {
  const error = new TimeoutError();
  error.__cause__ = cause as BaseException;
  error.__context__ = cause as BaseException;
  error.__suppress_context__ = true;
  return error;
}

/** tasks._cancel_and_wait: cancel `fut` and wait until it is really done. */
export const _cancel_and_wait = coroutine(async function _cancel_and_wait$(
  fut: Future<unknown>,
  loop: EventLoop,
): Promise<void> {
  const waiter = loop.create_future();
  const cb = (): void => releaseWaiter(waiter);
  fut.add_done_callback(cb);
  try {
    fut.cancel();
    await waiter;
  } finally {
    fut.remove_done_callback(cb);
  }
});

const waitForImpl = coroutine(async function wait_for$(
  aw: PromiseLike<unknown>,
  delay: Seconds | null,
): Promise<Boxed<unknown>> {
  const loop = get_running_loop();
  if (delay === null) return box(await aw);
  const timeout = seconds(delay);
  if (timeout <= 0) {
    const fut = ensure_future(aw, { loop });
    if (fut.done()) return box(fut.result());
    await _cancel_and_wait(fut, loop);
    try {
      return box(fut.result());
    } catch (error) {
      if (error instanceof CancelledError) throw timeoutFrom(error);
      throw error;
    }
  }
  const waiter = loop.create_future();
  const timeoutHandle = loop.call_later(timeout, releaseWaiter, waiter);
  const cb = (): void => releaseWaiter(waiter);
  const fut = ensure_future(aw, { loop });
  fut.add_done_callback(cb);
  try {
    try {
      await waiter;
    } catch (error) {
      if (!(error instanceof CancelledError)) throw error;
      if (fut.done()) return box(fut.result());
      fut.remove_done_callback(cb);
      await _cancel_and_wait(fut, loop);
      throw error;
    }
    if (fut.done()) return box(fut.result());
    fut.remove_done_callback(cb);
    await _cancel_and_wait(fut, loop);
    try {
      return box(fut.result());
    } catch (error) {
      if (error instanceof CancelledError) throw timeoutFrom(error);
      throw error;
    }
  } finally {
    timeoutHandle.cancel();
  }
});

/** `await asyncio.wait_for(aw, timeout)` */
export const wait_for = waitForImpl as unknown as <T>(aw: PromiseLike<T>, timeout: Seconds | null) => Coroutine<T>;

const enum TimeoutState {
  Created = "created",
  Entered = "active",
  Expiring = "expiring",
  Expired = "expired",
  Exited = "finished",
}

/** asyncio.Timeout: `async with asyncio.timeout(delay) as cm:` */
export class Timeout {
  private state = TimeoutState.Created;
  private handle: Handle | null = null;
  private task: Task<unknown> | null = null;
  private cancellingAtEntry = 0;

  constructor(private whenValue: number | null) {}

  when(): number | null {
    return this.whenValue;
  }

  reschedule(deadline: Seconds | null): void {
    const when = deadline === null ? null : seconds(deadline);
    if (this.state !== TimeoutState.Entered) {
      if (this.state === TimeoutState.Created) throw new RuntimeError("Timeout has not been entered");
      throw new RuntimeError(`Cannot change state of ${this.state} Timeout`);
    }
    this.whenValue = when;
    this.handle?.cancel();
    if (when === null) {
      this.handle = null;
    } else {
      const loop = get_running_loop();
      this.handle = when <= loop.time() ? loop.call_soon(this.onTimeout) : loop.call_at(when, this.onTimeout);
    }
  }

  expired(): boolean {
    return this.state === TimeoutState.Expiring || this.state === TimeoutState.Expired;
  }

  __repr__(): string {
    const when = this.whenValue === null ? "None" : String(Math.round(this.whenValue * 1000) / 1000);
    return this.state === TimeoutState.Entered ? `<Timeout [${this.state}] when=${when}>` : `<Timeout [${this.state}]>`;
  }

  __aenter__(): Coroutine<Timeout> {
    return lazy(async () => {
      if (this.state !== TimeoutState.Created) throw new RuntimeError("Timeout has already been entered");
      const task = current_task();
      if (task === null) throw new RuntimeError("Timeout should be used inside a task");
      this.state = TimeoutState.Entered;
      this.task = task;
      this.cancellingAtEntry = task.cancelling();
      this.reschedule(this.whenValue);
      return this;
    }, "__aenter__");
  }

  __aexit__(excType: unknown, excValue: unknown, _tb: unknown): Coroutine<null> {
    return lazy(async () => {
      this.handle?.cancel();
      this.handle = null;
      if (this.state === TimeoutState.Expiring) {
        this.state = TimeoutState.Expired;
        if (this.task!.uncancel() <= this.cancellingAtEntry && excType === CancelledError) {
          throw timeoutFrom(excValue);
        }
      } else if (this.state === TimeoutState.Entered) {
        this.state = TimeoutState.Exited;
      }
      return null;
    }, "__aexit__");
  }

  private readonly onTimeout = (): void => {
    this.task!.cancel();
    this.state = TimeoutState.Expiring;
    this.handle = null;
  };
}

/** `asyncio.timeout(delay)`; None means no deadline. */
export function timeout(delay: Seconds | null): Timeout {
  const loop = get_running_loop();
  return new Timeout(delay === null ? null : loop.time() + seconds(delay));
}

/** `asyncio.timeout_at(when)` in loop.time() units. */
export function timeout_at(when: Seconds | null): Timeout {
  return new Timeout(when === null ? null : seconds(when));
}
