/**
 * asyncio.Task: drives a lazy Coroutine's async function on the loop, one step at a time —
 * a port of CPython's `Task.__step` / `__wakeup` onto native async functions.
 *
 * A step starts when the loop runs `_stepCb` (first step) or `_wakeupCb` (a future the task
 * waited on is done): the first step calls the async function; a later one resolves or
 * rejects the promise the engine handed to the awaited future's `then`. The step is over when
 * the function suspends again (`_suspend`, or the bare yield of `sleep(0)`) or settles; each
 * of those calls `loop._stepEnded`, which lets the loop run its next callback ("micro drain",
 * design doc item 2). `cancel()` cancels the recorded waiter, so the wake-up rejects with
 * CancelledError at the innermost `await` and every `finally` on the way out runs.
 */
import { BaseException, KeyboardInterrupt, RuntimeError, SystemExit } from "../exceptions.js";
import { str } from "../repr.js";
import { keywordArg } from "../kwargs.js";
import { resolveOpaque, unbox } from "./awaitable.js";
import type { Coroutine } from "./coroutine.js";
import { CancelledError } from "./exceptions.js";
import { Future, FutureState } from "./future.js";
import type { EventLoop } from "./loop.js";
import { nextTaskNumber, runningLoopOrNull } from "./state.js";
import { taskReprInfo } from "./future-repr.js";

export interface TaskOptions {
  /** any object: Python names the task `str(name)` */
  name?: unknown;
  context?: unknown;
}

export class Task<T = unknown> extends Future<T> {
  /** a user name, or null for the default "Task-N" built from `_nameNumber` on demand */
  private userName: string | null;
  private readonly nameNumber: number;
  _started = false;
  _must_cancel = false;
  _fut_waiter: Future<unknown> | null = null;
  _num_cancels_requested = 0;
  /** resolving functions of the engine's promise for the pending await */
  _resume: ((value: unknown) => void) | null = null;
  _throwIn: ((reason: unknown) => void) | null = null;
  /** set when a step ended on a non-runtime promise (design doc item 6) */
  _foreign = false;
  readonly _coro: Coroutine<T>;

  constructor(coro: Coroutine<T>, loop: EventLoop, options?: TaskOptions) {
    super({ loop });
    this._coro = coro;
    this.nameNumber = nextTaskNumber();
    this.userName = options?.name == null ? null : str(options.name);
    loop._callSoon1(stepTask, this);
    loop._registerTask(this);
  }

  get_coro(): Coroutine<T> {
    return this._coro;
  }
  get _name(): string {
    return this.userName ?? `Task-${this.nameNumber}`;
  }
  get_name(): string {
    return this._name;
  }
  set_name(value: unknown): void {
    this.userName = str(value);
  }
  get_context(): unknown {
    return null;
  }
  cancelling(): number {
    return this._num_cancels_requested;
  }
  uncancel(): number {
    if (this._num_cancels_requested > 0) this._num_cancels_requested -= 1;
    return this._num_cancels_requested;
  }

  override cancel(msg: unknown = null): boolean {
    msg = keywordArg(msg, "cancel", "msg", { value: null });
    if (this.done()) return false;
    this._num_cancels_requested += 1;
    if (this._fut_waiter !== null && this._fut_waiter.cancel(msg)) return true;
    this._must_cancel = true;
    this._cancel_message = msg;
    return true;
  }

  override __repr__(): string {
    const view = {
      ...this._reprView(),
      cancelling: this._num_cancels_requested > 0,
      name: this._name,
      coroName: this._coro.__qualname__,
      coroRunning: !this.done(),
      waiter: this._fut_waiter,
    };
    return `<${this.constructor.name} ${taskReprInfo(view).join(" ")}>`;
  }

  override set_result(_result: T): void {
    throw new RuntimeError("Task does not support set_result operation");
  }
  override set_exception(_exception: unknown): void {
    throw new RuntimeError("Task does not support set_exception operation");
  }

  /** Task.__wakeup, bound once per task, on its first suspension on a future */
  private wakeupCb: ((future: Future<unknown>) => void) | null = null;
  _wakeup(future: Future<unknown>): void {
    let value: unknown;
    try {
      value = future.result();
    } catch (error) {
      this._step(error, undefined);
      return;
    }
    this._step(null, value);
  }

  /** Task.__step: resume (or start) the async function with a value or an exception. */
  _step(exc: unknown, value: unknown): void {
    if (this._state !== FutureState.Pending) {
      throw new RuntimeError(`_step(): already done: ${this._name}`);
    }
    if (this._must_cancel) {
      if (!(exc instanceof CancelledError)) exc = this._make_cancelled_error();
      this._must_cancel = false;
    }
    this._fut_waiter = null;
    const loop = this._loop;
    loop._stepping = this;
    if (!this._started) {
      this._started = true;
      if (exc !== null) {
        // throwing into an unstarted coroutine raises at its first line: the body never runs
        this._coro._finish();
        this._fail(exc);
        return;
      }
      let promise: Promise<T>;
      try {
        promise = this._coro._start();
      } catch (error) {
        this._fail(error);
        return;
      }
      promise.then(
        (value) => this._succeed(value),
        (error: unknown) => this._fail(error),
      );
      return;
    }
    const resume = this._resume!;
    const throwIn = this._throwIn!;
    this._resume = this._throwIn = null;
    if (exc !== null) throwIn(exc);
    else resolveOpaque(resume, value);
  }

  /** Called from Future._then while this task's step is in flight: `yield fut` in __step. */
  _suspend(
    future: Future<unknown>,
    resume: (value: any) => void,
    throwIn: (reason: unknown) => void,
  ): void {
    if ((future as unknown) === this) {
      throwIn(new RuntimeError(`Task cannot await on itself: ${this._name}`));
      return;
    }
    this._resume = resume;
    this._throwIn = throwIn;
    future.add_done_callback((this.wakeupCb ??= wakeupOf(this)));
    this._fut_waiter = future;
    if (this._must_cancel && future.cancel(this._cancel_message)) this._must_cancel = false;
    this._loop._stepEnded(this);
  }

  /** what the step after a bare yield resumes with (sleep(0, result) gives `result`) */
  _bareValue: unknown = null;

  /** The bare `yield` of `sleep(0)`: reschedule the next step with call_soon. */
  _yieldBare(resume: (value: any) => void, throwIn: (reason: unknown) => void, value: unknown = null): void {
    this._resume = resume;
    this._throwIn = throwIn;
    this._bareValue = value;
    this._loop._callSoon1(stepTask, this);
    this._loop._stepEnded(this);
  }

  /** `await sleep.fn(0)`: the bare yield as a native promise the body awaits directly. */
  _yieldBareNow<V>(value: V): Promise<V> {
    return new Promise<V>((resume, throwIn) => this._yieldBare(resume, throwIn, value));
  }

  _succeed(value: T): void {
    this._coro._finish();
    if (this._must_cancel) {
      this._must_cancel = false;
      super.cancel(this._cancel_message);
    } else {
      this._result = unbox(value);
      this._state = FutureState.Finished;
      this._schedule_callbacks();
    }
    this._loop._stepEnded(this);
  }

  _fail(error: unknown): void {
    this._coro._finish();
    if (error instanceof CancelledError) {
      this._cancelled_exc = error;
      super.cancel();
    } else {
      this._storeException(error as BaseException);
      this._schedule_callbacks();
      // __step re-raises these after storing them: they end the loop's run
      if (error instanceof SystemExit || error instanceof KeyboardInterrupt) this._loop._abort(error);
    }
    this._loop._stepEnded(this);
  }
}

/** The first step (and the step after a bare yield), as a plain function: no closure per task. */
function stepTask(task: Task<unknown>): void {
  task._step(null, task._bareValue);
}

/**
 * The bare `yield` of `asyncio.sleep(0)` (tasks.__sleep0): awaiting it ends the current step
 * and schedules the next one with `call_soon`, giving every other ready callback one turn.
 */
export const bareYield: PromiseLike<void> = {
  then(resume: any, throwIn: any): any {
    const task = runningLoopOrNull()?._stepping ?? null;
    if (task === null) {
      resume(undefined);
      return;
    }
    task._yieldBare(resume, throwIn);
  },
};

/** Task.__wakeup bound to a task; named as CPython's repr of a future's callbacks names it. */
function wakeupOf(task: Task<any>): (future: Future<unknown>) => void {
  const wakeup = (future: Future<unknown>): void => task._wakeup(future);
  Object.defineProperty(wakeup, "__qualname__", { value: "Task.task_wakeup" });
  return wakeup;
}
