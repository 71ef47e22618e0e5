/**
 * asyncio.Future (futures.py, with the C implementation's messages): a result slot whose
 * completion schedules its done-callbacks through the loop's ready queue (`call_soon`),
 * never straight into the microtask queue — that is what keeps CPython's ordering.
 *
 * `_then` is what the JS engine calls for `await fut`. Inside a task step on a pending future
 * it is the suspension point (Task._suspend); on a finished future it resolves at once, as
 * `Future.__await__` returns without yielding.
 */
import type { PyGenerator } from "../generator.js";
import { generator } from "../generator-functions.js";
import { BaseException, TypeError } from "../exceptions.js";
import { isKw, keywordArg } from "../kwargs.js";
import { Awaitable, resolveOpaque } from "./awaitable.js";
import { CancelledError, InvalidStateError } from "./exceptions.js";
import { get_event_loop } from "./events.js";
import type { EventLoop } from "./loop.js";
import { futureReprInfo, type FutureReprView } from "./future-repr.js";

export const enum FutureState {
  Pending,
  Finished,
  Cancelled,
}

export type DoneCallback<F> = (future: F) => unknown;

export class Future<T = unknown> extends Awaitable<T> {
  _state = FutureState.Pending;
  _result: T | undefined = undefined;
  _exception: BaseException | null = null;
  /** allocated on the first add_done_callback (most futures get one, many tasks none) */
  _callbacks: DoneCallback<any>[] | null = null;
  _cancel_message: unknown = null;
  _cancelled_exc: CancelledError | null = null;
  /** CPython's `__log_traceback`: an exception nobody has looked at yet (reported at loop close) */
  _log_traceback = false;
  readonly _loop: EventLoop;

  constructor(options: { loop?: EventLoop | null } = {}) {
    super();
    this._loop = options.loop ?? get_event_loop();
  }

  get_loop(): EventLoop {
    return this._loop;
  }
  done(): boolean {
    return this._state !== FutureState.Pending;
  }
  cancelled(): boolean {
    return this._state === FutureState.Cancelled;
  }

  _make_cancelled_error(): CancelledError {
    if (this._cancelled_exc !== null) {
      const saved = this._cancelled_exc;
      this._cancelled_exc = null;
      return saved;
    }
    return this._cancel_message === null
      ? new CancelledError()
      : new CancelledError(this._cancel_message);
  }

  result(): T {
    if (this._state === FutureState.Cancelled) throw this._make_cancelled_error();
    if (this._state !== FutureState.Finished) throw new InvalidStateError("Result is not set.");
    if (this._exception !== null) {
      if (this._log_traceback) this._retrieved();
      throw this._exception;
    }
    return this._result as T;
  }

  _retrieved(): void {
    this._log_traceback = false;
    this._loop._unretrieved.delete(this);
  }

  /** An exception was stored: report it at loop close unless something retrieves it. */
  _storeException(exc: BaseException): void {
    this._exception = exc;
    this._state = FutureState.Finished;
    this._log_traceback = true;
    this._loop._unretrieved.add(this);
  }

  exception(): BaseException | null {
    if (this._state === FutureState.Cancelled) throw this._make_cancelled_error();
    if (this._state !== FutureState.Finished) throw new InvalidStateError("Exception is not set.");
    if (this._log_traceback) this._retrieved();
    return this._exception;
  }

  add_done_callback(callback: DoneCallback<this>, _options: { context?: unknown } = {}): void {
    if (this._state !== FutureState.Pending) this._loop._callSoon1(callback, this);
    else (this._callbacks ??= []).push(callback);
  }

  remove_done_callback(callback: DoneCallback<this>): number {
    const callbacks = this._callbacks;
    if (callbacks === null) return 0;
    const kept = callbacks.filter((cb) => cb !== callback);
    this._callbacks = kept;
    return callbacks.length - kept.length;
  }

  _schedule_callbacks(): void {
    const callbacks = this._callbacks;
    if (callbacks === null || callbacks.length === 0) return;
    this._callbacks = null;
    for (const callback of callbacks) this._loop._callSoon1(callback, this);
  }

  cancel(msg: unknown = null): boolean {
    msg = keywordArg(msg, "cancel", "msg", { value: null });
    if (this._state !== FutureState.Pending) return false;
    this._state = FutureState.Cancelled;
    this._cancel_message = msg;
    this._schedule_callbacks();
    return true;
  }

  set_result(result: T): void {
    if (isKw(result)) throw new TypeError("Future.set_result() takes no keyword arguments");
    if (this._state !== FutureState.Pending) throw new InvalidStateError("invalid state");
    this._result = result;
    this._state = FutureState.Finished;
    this._schedule_callbacks();
  }

  set_exception(exception: BaseException | (new () => BaseException)): void {
    if (isKw(exception)) throw new TypeError("Future.set_exception() takes no keyword arguments");
    if (this._state !== FutureState.Pending) throw new InvalidStateError("invalid state");
    const exc = typeof exception === "function" ? new exception() : exception;
    if (exc.constructor.name === "StopIteration") {
      throw new TypeError("StopIteration interacts badly with generators and cannot be raised into a Future");
    }
    this._storeException(exc);
    this._schedule_callbacks();
  }

  _reprView(): FutureReprView {
    const state = this._state === FutureState.Pending ? "pending" : this._state === FutureState.Finished ? "finished" : "cancelled";
    return { state, exception: this._exception, result: this._result, callbacks: this._callbacks };
  }
  __repr__(): string {
    return `<${(this.constructor as { __pyname__?: string }).__pyname__ ?? this.constructor.name} ${futureReprInfo(this._reprView()).join(" ")}>`;
  }

  /** The engine calls this for `await fut`. */
  _then(resolve: (value: T) => void, reject: (reason: unknown) => void): void {
    if (this._state !== FutureState.Pending) {
      let value: T;
      try {
        value = this.result();
      } catch (error) {
        reject(error);
        return;
      }
      resolveOpaque(resolve, value);
      return;
    }
    const task = this._loop._stepping;
    if (task === null) {
      this._awaitFromForeignCode(resolve, reject);
      return;
    }
    task._suspend(this as Future<any>, resolve, reject);
  }

  /** Awaited outside any task step (plain TS code, or a task resumed by a raw promise). */
  _awaitFromForeignCode(resolve: (value: T) => void, reject: (reason: unknown) => void): void {
    this.add_done_callback((future) => {
      let value: T;
      try {
        value = future.result();
      } catch (error) {
        reject(error);
        return;
      }
      resolveOpaque(resolve, value);
    });
  }

  /** `yield from fut` inside a legacy generator-based coroutine (types.coroutine). */
  *[Symbol.iterator](): Generator<Future<T>, T, unknown> {
    if (!this.done()) yield this;
    return this.result();
  }

  /** `fut.__await__()` / `iter(fut)`: the same protocol as a Python generator. */
  __await__(): PyGenerator<Future<T>, T, unknown> {
    return awaitGenerator.call(this) as PyGenerator<Future<T>, T, unknown>;
  }
  __iter__(): PyGenerator<Future<T>, T, unknown> {
    return this.__await__();
  }
}

const awaitGenerator = generator("Future.__await__", function* (this: Future<unknown>) {
  return yield* this[Symbol.iterator]();
});

/** `asyncio.isfuture(x)` */
export function isfuture(value: unknown): value is Future<unknown> {
  return value instanceof Future;
}
