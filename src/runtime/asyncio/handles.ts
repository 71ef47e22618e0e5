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

export class TimerHandle extends Handle {
  constructor(
    readonly _when: number,
    readonly seq: number,
    callback: Callback,
    args: readonly unknown[],
  ) {
    super(callback, args);
  }
  get when(): number {
    return this._when;
  }
  /** TimerHandle.when() is a method in Python; emitted code calls `h.when_()`. */
  when_(): number {
    return this._when;
  }
}
