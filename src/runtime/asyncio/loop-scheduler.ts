/**
 * The event loop's scheduling: a port of BaseEventLoop's `_run_once`: a FIFO ready queue of
 * Handles plus a heap of TimerHandles ordered by `(when, insertion order)`. Each iteration
 * moves expired timers to the ready queue and runs exactly the callbacks that were ready when
 * it began, so callbacks scheduled meanwhile wait for the next iteration — CPython's order.
 *
 * Micro drain (design doc item 2): running a task step returns at once (the step continues
 * as a microtask chain); the loop resumes when the step ends (`_stepEnded`). Every
 * `yieldEvery` callbacks it hops to a host macrotask so host I/O and timers run. A watchdog
 * macrotask detects a step stuck on a non-runtime promise and lets the loop go on without it.
 *
 *     loop.call_soon(cb)   →  cb runs in the next iteration, after the handles already ready
 */
import { type HandledItem, restoreTop, topItem } from "../exception-state.js";
import { RuntimeError } from "../exceptions.js";
import { isKw } from "../kwargs.js";
import { scheduleArgs } from "./loop-args.js";
import { makeRealClock, type LoopClock, seconds, type Seconds } from "./clock.js";
import { Deque } from "./containers.js";
import { heapify, heappop, heappush } from "./heapq.js";
import { Handle, TimerHandle, type Callback, type TimerOwner } from "./handles.js";
import { makeHost, type Host } from "./host.js";
import { LoopErrorHandling } from "./loop-errors.js";
import { asyncioConfig, loopClockOrNull, setRunningLoop } from "./state.js";
import type { Task } from "./task.js";
import { boxFloat } from "../float-box.js";

/** time.get_clock_info('monotonic').resolution on Linux */
const CLOCK_RESOLUTION = 1e-9;
/** base_events: when to rebuild the heap without its cancelled timers */
const MIN_SCHEDULED_TIMER_HANDLES = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;

/** TimerHandle.__lt__: by `when` only, ties resolved by heapq's algorithm as in CPython */
const timerLess = (a: TimerHandle, b: TimerHandle): boolean => a._when < b._when;

export class LoopScheduler extends LoopErrorHandling implements TimerOwner {
  readonly _ready = new Deque<Handle>();
  _scheduled: TimerHandle[] = [];
  protected timerCancelledCount = 0;
  /** the task whose step is in flight: `current_task()` */
  _stepping: Task<any> | null = null;
  /** steps that ended on a non-runtime promise (design doc item 6) */
  foreignSteps = 0;

  readonly _clock: LoopClock = loopClockOrNull() ?? makeRealClock();
  protected readonly host: Host = makeHost();
  private readonly yieldEvery = asyncioConfig().yieldEvery;
  private ntodo = 0;
  protected stopping = false;
  protected running = false;
  protected closed = false;
  private driving = false;
  private idle = false;
  private cancelRealWait: (() => void) | null = null;
  private sinceHop = 0;
  private watchdogPosted = false;
  protected onStop: { resolve: () => void; reject: (error: unknown) => void } | null = null;
  /** a SystemExit / KeyboardInterrupt raised by a callback or a task: it ends the run (see _abort) */
  private fatal: { error: unknown } | null = null;

  time(): number {
    return boxFloat(this._clock.now());
  }
  call_soon(callback: Callback, ...args: unknown[]): Handle {
    if (isKw(args[args.length - 1]) || isKw(callback)) [callback, ...args] = scheduleArgs("call_soon", null, [callback, ...args]) as [Callback, ...unknown[]];
    return this._callSoon(Handle._from(callback, args));
  }
  /** call_soon(callback, arg) without the rest-argument array: the runtime's hot path */
  _callSoon1(callback: Callback, arg: unknown): Handle {
    return this._callSoon(new Handle(callback, 1, arg, null));
  }
  private _callSoon(handle: Handle): Handle {
    this.checkClosed();
    this._ready.push(handle);
    if (this.idle) this.wake();
    return handle;
  }
  call_soon_threadsafe(callback: Callback, ...args: unknown[]): Handle {
    return this.call_soon(callback, ...args);
  }
  call_later(delay: Seconds, callback: Callback, ...args: unknown[]): TimerHandle {
    if (isKw(args[args.length - 1]) || isKw(callback) || isKw(delay)) [delay, callback, ...args] = scheduleArgs("call_later", "delay", [delay, callback, ...args]) as [Seconds, Callback, ...unknown[]];
    return this.call_at(this.time() + seconds(delay), callback, ...args);
  }
  call_at(when: Seconds, callback: Callback, ...args: unknown[]): TimerHandle {
    if (isKw(args[args.length - 1]) || isKw(callback) || isKw(when)) [when, callback, ...args] = scheduleArgs("call_at", "when", [when, callback, ...args]) as [Seconds, Callback, ...unknown[]];
    this.checkClosed();
    const handle = new TimerHandle(seconds(when), callback, args, this);
    heappush(this._scheduled, handle, timerLess);
    handle._scheduled = true;
    if (this.idle) this.wake();
    return handle;
  }

  protected checkClosed(): void {
    if (this.closed) throw new RuntimeError("Event loop is closed");
  }

  _timer_handle_cancelled(handle: TimerHandle): void {
    if (handle._scheduled) this.timerCancelledCount += 1;
  }

  /** _run_once's prologue: drop cancelled timers, wait or jump the clock, collect expired timers. */
  private beginIteration(): boolean {
    const count = this._scheduled.length;
    if (count > MIN_SCHEDULED_TIMER_HANDLES && this.timerCancelledCount / count > MIN_CANCELLED_TIMER_HANDLES_FRACTION) {
      const kept: TimerHandle[] = [];
      for (const handle of this._scheduled) {
        if (handle._cancelled) handle._scheduled = false;
        else kept.push(handle);
      }
      heapify(kept, timerLess);
      this._scheduled = kept;
      this.timerCancelledCount = 0;
    } else {
      while (this._scheduled.length > 0 && this._scheduled[0]!._cancelled) {
        this.timerCancelledCount -= 1;
        heappop(this._scheduled, timerLess)._scheduled = false;
      }
    }
    const timers = this._scheduled;
    if (this._ready.length === 0 && !this.stopping) {
      const next = timers[0];
      if (next === undefined) {
        this.idle = true;
        return false;
      }
      if (this._clock.virtual) {
        this._clock.advanceTo(next._when);
      } else {
        const ms = (next._when - this.time()) * 1000;
        if (ms > 0) {
          this.idle = true;
          this.cancelRealWait = this.host.wait(Math.ceil(ms), () => {
            this.cancelRealWait = null;
            this.idle = false;
            this.drive();
          });
          return false;
        }
      }
    }
    const end = this.time() + CLOCK_RESOLUTION;
    while (timers.length > 0 && timers[0]!._when < end) {
      const handle = heappop(timers, timerLess);
      handle._scheduled = false;
      this._ready.push(handle);
    }
    this.ntodo = this._ready.length;
    return true;
  }

  /** A callback arrived while the loop waits: continue in a fresh macrotask. */
  private wake(): void {
    this.idle = false;
    if (this.cancelRealWait !== null) {
      this.cancelRealWait();
      this.cancelRealWait = null;
    }
    this.host.post(this.drive);
  }

  /** the handled-exception item of the code that started the loop: on top while callbacks run */
  protected handledBase: HandledItem = topItem();

  protected readonly drive = (): void => {
    if (this.driving || !this.running || this._stepping !== null) return;
    this.driving = true;
    try {
      for (;;) {
        if (this.fatal !== null) {
          this.finishRun();
          return;
        }
        if (this.ntodo === 0) {
          if (this.stopping) {
            this.finishRun();
            return;
          }
          if (!this.beginIteration()) return;
          if (this.ntodo === 0) continue;
        }
        if (this.sinceHop >= this.yieldEvery) {
          this.sinceHop = 0;
          this.host.post(this.drive);
          return;
        }
        const handle = this._ready.shift();
        this.ntodo -= 1;
        if (handle._cancelled) continue;
        this.sinceHop += 1;
        // a coroutine suspended while handling an exception leaves its item on top (exception-state.ts)
        restoreTop(this.handledBase);
        try {
          handle._run();
        } catch (error) {
          // only SystemExit and KeyboardInterrupt leave Handle._run
          this._abort(error);
          continue;
        }
        if (this._stepping !== null) {
          this.armWatchdog();
          return;
        }
      }
    } finally {
      this.driving = false;
      restoreTop(this.handledBase);
    }
  };

  /** Called when the stepping task suspends on a runtime awaitable or settles. */
  _stepEnded(task: Task<any>): void {
    if (this._stepping !== task) {
      // a task resumed by a foreign promise finished or suspended outside a step
      if (this.idle) this.wake();
      return;
    }
    this._stepping = null;
    if (!this.driving) this.drive();
  }

  /**
   * By the time a macrotask runs, every microtask has drained; a step still in flight then
   * waits on something that is not a runtime future (a raw JS promise). Let the loop go on.
   */
  private armWatchdog(): void {
    if (this.watchdogPosted) return;
    this.watchdogPosted = true;
    this.host.post(() => {
      this.watchdogPosted = false;
      const stuck = this._stepping;
      if (stuck === null || this.driving) return;
      stuck._foreign = true;
      this.foreignSteps += 1;
      this._stepping = null;
      this.drive();
    });
  }

  /**
   * A SystemExit or KeyboardInterrupt escaped a callback or a task's step: like CPython's
   * `_run_once`, the loop stops at once (the handles still ready stay queued) and
   * `run_forever()` / `run_until_complete()` raise it.
   */
  _abort(error: unknown): void {
    this.fatal ??= { error };
    this.ntodo = 0;
  }

  private finishRun(): void {
    this.stopping = false;
    this.running = false;
    this.idle = false;
    setRunningLoop(null);
    const fatal = this.fatal;
    this.fatal = null;
    const onStop = this.onStop;
    this.onStop = null;
    if (fatal !== null) onStop?.reject(fatal.error);
    else onStop?.resolve();
  }
}
