/**
 * events.Handle / events.TimerHandle: a callback with its arguments, queued on the loop's
 * ready FIFO or its timer heap. `cancel()` only marks it; the loop skips cancelled handles
 * (and drops cancelled timers from the heap top), as CPython does.
 */
import { reportCallbackError } from "./report.js";
import { KeyboardInterrupt, SystemExit, TypeError } from "../exceptions.js";
import { typeName } from "../compare.js";
import { mapEngineError } from "../exception-catch.js";
import { nameOf } from "../builtins-types.js";
import { repr } from "../repr.js";
import { runningLoopOrNull } from "./state.js";

export type Callback = (...args: any[]) => unknown;

/**
 * Arguments are stored without an array when there are at most one (the runtime's own
 * callbacks take the future or the task): tasks and futures create a handle per step.
 */
export class Handle {
  _cancelled = false;

  constructor(
    readonly _callback: Callback,
    private readonly argc: number,
    private readonly arg0: unknown,
    private readonly rest: readonly unknown[] | null,
  ) {}

  static _from(callback: Callback, args: readonly unknown[]): Handle {
    return new Handle(callback, args.length, args[0], args.length > 1 ? args : null);
  }

  get _args(): readonly unknown[] {
    return this.rest ?? (this.argc === 0 ? [] : [this.arg0]);
  }

  cancel(): void {
    this._cancelled = true;
  }
  cancelled(): boolean {
    return this._cancelled;
  }
  /**
   * Handle._run: an exception escaping a callback goes to the running loop's exception handler
   * (SystemExit and KeyboardInterrupt propagate), never to the loop's caller.
   */
  _run(): void {
    try {
      if (this.argc === 1) this._callback(this.arg0);
      else if (this.argc === 0) this._callback();
      else this._callback(...this.rest!);
    } catch (error) {
      if (error instanceof SystemExit || error instanceof KeyboardInterrupt) throw error;
      const callback = this._callback as unknown;
      const exception = typeof callback === "function" ? mapEngineError(error) ?? error : new TypeError(`'${typeName(callback)}' object is not callable`);
      const message = `Exception in callback ${this._format()}`;
      const loop = runningLoopOrNull();
      if (loop === null) reportCallbackError(message, exception);
      else loop.call_exception_handler({ message, exception, handle: this });
    }
  }

  /** format_helpers._format_callback: `name(arg, ...)` (CPython adds the source location) */
  _format(): string {
    const callback = this._callback as unknown;
    const name = typeof callback === "function" ? nameOf(callback) || "<anonymous>" : "None";
    return `${name}(${this._args.map((a) => repr(a)).join(", ")})`;
  }

  __repr__(): string {
    return `<${this._cancelled ? "Handle cancelled" : "Handle"} ${this._format()}>`;
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
    super(callback, args.length, args[0], args.length > 1 ? args : null);
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
