/**
 * events.Handle / events.TimerHandle: a callback with its arguments, queued on the loop's
 * ready FIFO or its timer heap. `cancel()` only marks it; the loop skips cancelled handles
 * (and drops cancelled timers from the heap top), as CPython does.
 */
import { reportCallbackError } from "./report.js";

export type Callback = (...args: any[]) => unknown;

export class Handle {
  _cancelled = false;

  constructor(
    readonly _callback: Callback,
    readonly _args: readonly unknown[],
  ) {}

  cancel(): void {
    this._cancelled = true;
  }
  cancelled(): boolean {
    return this._cancelled;
  }
  /** Handle._run: an exception escaping a callback is reported, never propagated. */
  _run(): void {
    try {
      this._callback(...this._args);
    } catch (error) {
      reportCallbackError(this._callback.name, error);
    }
  }
}

/** What a TimerHandle tells its loop when cancelled while still in the heap. */
export interface TimerOwner {
  _timer_handle_cancelled(handle: TimerHandle): void;
}

export class TimerHandle extends Handle {
  /** true while the handle sits in the loop's heap (events.TimerHandle._scheduled) */
  _scheduled = false;

  constructor(
    readonly _when: number,
    callback: Callback,
    args: readonly unknown[],
    private readonly owner: TimerOwner,
  ) {
    super(callback, args);
  }

  override cancel(): void {
    if (!this._cancelled && this._scheduled) this.owner._timer_handle_cancelled(this);
    super.cancel();
  }
  /** `handle.when()`: the absolute loop time it is scheduled for */
  when(): number {
    return this._when;
  }
}
