/**
 * Synchronisation primitives (locks.py): Lock, Event, Condition, Semaphore, BoundedSemaphore.
 * Waiters are futures in a FIFO deque; release/set/notify complete them, and the woken tasks
 * run in the order the loop's ready queue gives — CPython's hand-off order. `async with lock`
 * uses `__aenter__` / `__aexit__` like any async context manager.
 */
import { RuntimeError, ValueError } from "../exceptions.js";
import { opaque } from "./awaitable.js";
import { lazy, type Coroutine } from "./coroutine.js";
import { Deque } from "./containers.js";
import { get_running_loop } from "./events.js";
import { CancelledError } from "./exceptions.js";
import type { Future } from "./future.js";
import { objectReprDefault } from "../repr.js";
import { truthy } from "../compare.js";
import { keywordArg } from "../kwargs.js";

/** locks.py's `__repr__`: `<asyncio.locks.Lock object at 0x... [unlocked, waiters:1]>`. */
function lockRepr(self: object, state: string, waiters: Deque<Future<boolean>> | null): string {
  const n = waiters?.length ?? 0;
  return `<${objectReprDefault(self).slice(1, -1)} [${state}${n > 0 ? `, waiters:${n}` : ""}]>`;
}

/** `async with` support shared by Lock, Condition and Semaphore (_ContextManagerMixin). */
abstract class ContextManagerMixin {
  abstract acquire(): Coroutine<boolean>;
  abstract release(): void;
  __aenter__(): Coroutine<null> {
    return lazy(async () => {
      await this.acquire();
      return null;
    }, "__aenter__");
  }
  __aexit__(_type: unknown, _exc: unknown, _tb: unknown): Coroutine<null> {
    return lazy(async () => {
      this.release();
      return null;
    }, "__aexit__");
  }
}

export class Lock extends ContextManagerMixin {
  static readonly __module__ = "asyncio.locks";
  __repr__(): string {
    return lockRepr(this, this._locked ? "locked" : "unlocked", this._waiters);
  }
  private _waiters: Deque<Future<boolean>> | null = null;
  private _locked = false;

  locked(): boolean {
    return this._locked;
  }

  acquire(): Coroutine<boolean> {
    return lazy(async () => {
      if (!this._locked && (this._waiters === null || [...this._waiters].every((w) => w.cancelled()))) {
        this._locked = true;
        return true;
      }
      this._waiters ??= new Deque();
      const fut = get_running_loop().create_future<boolean>();
      this._waiters.push(fut);
      try {
        try {
          await fut;
        } finally {
          this._waiters.remove(fut);
        }
      } catch (error) {
        if (error instanceof CancelledError && !this._locked) this._wake_up_first();
        throw error;
      }
      this._locked = true;
      return true;
    }, "acquire");
  }

  release(): void {
    if (!this._locked) throw new RuntimeError("Lock is not acquired.");
    this._locked = false;
    this._wake_up_first();
  }

  private _wake_up_first(): void {
    const fut = this._waiters?.peek();
    if (fut !== undefined && !fut.done()) fut.set_result(true);
  }
}

export class Event {
  static readonly __module__ = "asyncio.locks";
  private readonly _waiters = new Deque<Future<boolean>>();
  private _value = false;

  __repr__(): string {
    return lockRepr(this, this._value ? "set" : "unset", this._waiters);
  }

  is_set(): boolean {
    return this._value;
  }
  set(): void {
    if (this._value) return;
    this._value = true;
    for (const fut of this._waiters) if (!fut.done()) fut.set_result(true);
  }
  clear(): void {
    this._value = false;
  }
  wait(): Coroutine<true> {
    return lazy(async () => {
      if (this._value) return true as const;
      const fut = get_running_loop().create_future<boolean>();
      this._waiters.push(fut);
      try {
        await fut;
        return true as const;
      } finally {
        this._waiters.remove(fut);
      }
    }, "wait");
  }
}

export class Condition extends ContextManagerMixin {
  private readonly _lock: Lock;
  private readonly _waiters = new Deque<Future<boolean>>();

  static readonly __module__ = "asyncio.locks";
  constructor(lock: Lock | null = null) {
    super();
    this._lock = lock ?? new Lock();
  }
  __repr__(): string {
    return lockRepr(this, this.locked() ? "locked" : "unlocked", this._waiters);
  }
  locked(): boolean {
    return this._lock.locked();
  }
  acquire(): Coroutine<boolean> {
    return this._lock.acquire();
  }
  release(): void {
    this._lock.release();
  }

  wait(): Coroutine<true> {
    return lazy(async () => {
      if (!this.locked()) throw new RuntimeError("cannot wait on un-acquired lock");
      this.release();
      try {
        const fut = get_running_loop().create_future<boolean>();
        this._waiters.push(fut);
        try {
          await fut;
          return true as const;
        } finally {
          this._waiters.remove(fut);
        }
      } finally {
        let cancelled = false;
        for (;;) {
          try {
            await this.acquire();
            break;
          } catch (error) {
            if (!(error instanceof CancelledError)) throw error;
            cancelled = true;
          }
        }
        if (cancelled) throw new CancelledError();
      }
    }, "wait");
  }

  wait_for<R>(predicate: () => R): Coroutine<R> {
    predicate = keywordArg(predicate, "Condition.wait_for", "predicate") as () => R;
    return lazy(async () => {
      let result = predicate();
      while (!truthy(result)) {
        await this.wait();
        result = predicate();
      }
      return opaque(result);
    }, "wait_for");
  }

  notify(n: number = 1): void {
    n = keywordArg(n, "Condition.notify", "n", { value: 1 }) as number;
    if (!this.locked()) throw new RuntimeError("cannot notify on un-acquired lock");
    let idx = 0;
    for (const fut of this._waiters) {
      if (idx >= n) break;
      if (!fut.done()) {
        idx += 1;
        fut.set_result(false);
      }
    }
  }
  notify_all(): void {
    this.notify(this._waiters.length);
  }
}

export class Semaphore extends ContextManagerMixin {
  protected _waiters: Deque<Future<boolean>> | null = null;
  protected _value: number;

  static readonly __module__ = "asyncio.locks";
  constructor(value = 1) {
    super();
    if (value < 0) throw new ValueError("Semaphore initial value must be >= 0");
    this._value = value;
  }
  __repr__(): string {
    return lockRepr(this, this.locked() ? "locked" : `unlocked, value:${this._value}`, this._waiters);
  }

  locked(): boolean {
    return this._value === 0 || [...(this._waiters ?? [])].some((w) => !w.cancelled());
  }

  acquire(): Coroutine<boolean> {
    return lazy(async () => {
      if (!this.locked()) {
        this._value -= 1;
        return true;
      }
      this._waiters ??= new Deque();
      const fut = get_running_loop().create_future<boolean>();
      this._waiters.push(fut);
      try {
        try {
          await fut;
        } finally {
          this._waiters.remove(fut);
        }
      } catch (error) {
        if (error instanceof CancelledError && !fut.cancelled()) {
          this._value += 1;
          this._wake_up_next();
        }
        throw error;
      }
      if (this._value > 0) this._wake_up_next();
      return true;
    }, "acquire");
  }

  release(): void {
    this._value += 1;
    this._wake_up_next();
  }

  private _wake_up_next(): void {
    if (this._waiters === null) return;
    for (const fut of this._waiters) {
      if (!fut.done()) {
        this._value -= 1;
        fut.set_result(true);
        return;
      }
    }
  }
}

export class BoundedSemaphore extends Semaphore {
  static override readonly __module__ = "asyncio.locks";
  private readonly _bound_value: number;
  constructor(value = 1) {
    super(value);
    this._bound_value = value;
  }
  override release(): void {
    if (this._value >= this._bound_value) throw new ValueError("BoundedSemaphore released too many times");
    super.release();
  }
}
