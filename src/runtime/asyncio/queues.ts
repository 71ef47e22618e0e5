/**
 * asyncio.Queue, PriorityQueue, LifoQueue (queues.py): FIFO hand-off through getter/putter
 * futures, so a blocked `put`/`get` wakes in CPython's order; `task_done()` / `join()`.
 */
import { ValueError } from "../exceptions.js";
import { keywordArg } from "../kwargs.js";
import { opaque } from "./awaitable.js";
import { lazy, lazyWithFastPath, NOT_READY, type Coroutine } from "./coroutine.js";
import { Deque } from "./containers.js";
import { get_running_loop } from "./events.js";
import { QueueEmpty, QueueFull } from "./exceptions.js";
import type { Future } from "./future.js";
import { Event } from "./locks.js";
import { heappop, heappush } from "./heapq.js";
import { objectAddress, repr } from "../repr.js";
import { typeNameOf } from "../exceptions.js";
import { len } from "../builtins-reduce.js";

export class Queue<T = unknown> {
  _getters = new Deque<Future<unknown>>();
  _putters = new Deque<Future<unknown>>();
  protected _unfinished_tasks = 0;
  protected _finished = new Event();
  private readonly _maxsize: number;

  constructor(maxsize: number = 0) {
    maxsize = keywordArg(maxsize, "Queue.__init__", "maxsize", { value: 0 }) as number;
    this._maxsize = maxsize;
    this._finished.set();
    this._init(maxsize);
  }

  /**
   * Storage hooks overridden by PriorityQueue / LifoQueue and by Python subclasses, as in
   * CPython: `_init(maxsize)` makes `self._queue`, `_put` / `_get` use it, `qsize()` is its length.
   */
  _queue: T[] | Deque<T> = new Deque<T>();
  _init(_maxsize: number): void {
    this._queue = new Deque<T>();
  }
  _get(): T {
    return (this._queue as Deque<T>).shift();
  }
  _put(item: T): void {
    (this._queue as Deque<T>).push(item);
  }

  /** queues.py's `_format`: `maxsize=0 _queue=[1, 2] _getters[1] tasks=2` */
  protected _format(): string {
    let result = `maxsize=${repr(this._maxsize)}`;
    const items = [...this._queue];
    if (items.length > 0) result += ` _queue=${repr(items)}`;
    if (this._getters.length > 0) result += ` _getters[${this._getters.length}]`;
    if (this._putters.length > 0) result += ` _putters[${this._putters.length}]`;
    if (this._unfinished_tasks) result += ` tasks=${this._unfinished_tasks}`;
    return result;
  }
  __repr__(): string {
    return `<${typeNameOf(this)} at ${objectAddress(this)} ${this._format()}>`;
  }
  __str__(): string {
    return `<${typeNameOf(this)} ${this._format()}>`;
  }

  get maxsize(): number {
    return this._maxsize;
  }
  qsize(): number {
    const queue = this._queue;
    return queue instanceof Deque || Array.isArray(queue) ? queue.length : len(queue);
  }
  empty(): boolean {
    return !this.qsize();
  }
  full(): boolean {
    return this._maxsize <= 0 ? false : this.qsize() >= this._maxsize;
  }

  _wakeup_next(waiters: Deque<Future<unknown>>): void {
    while (waiters.length > 0) {
      const waiter = waiters.shift();
      if (!waiter.done()) {
        waiter.set_result(null);
        break;
      }
    }
  }

  put(item: T): Coroutine<null> {
    item = keywordArg(item, "Queue.put", "item") as T;
    return lazyWithFastPath(putFast, putBody, this as Queue<unknown>, item, "put") as Coroutine<null>;
  }

  put_nowait(item: T): void {
    item = keywordArg(item, "Queue.put_nowait", "item") as T;
    if (this.full()) throw new QueueFull();
    this._put(item);
    this._unfinished_tasks += 1;
    this._finished.clear();
    this._wakeup_next(this._getters);
  }

  get(): Coroutine<T> {
    return lazyWithFastPath(getFast, getBody, this as Queue<unknown>, undefined, "get") as Coroutine<T>;
  }

  get_nowait(): T {
    if (this.empty()) throw new QueueEmpty();
    const item = this._get();
    this._wakeup_next(this._putters);
    return item;
  }

  task_done(): void {
    if (this._unfinished_tasks <= 0) throw new ValueError("task_done() called too many times");
    this._unfinished_tasks -= 1;
    if (this._unfinished_tasks === 0) this._finished.set();
  }

  join(): Coroutine<null> {
    return lazy(async () => {
      if (this._unfinished_tasks > 0) await this._finished.wait();
      return null;
    }, "join");
  }
}

/** `put()` without suspending, when the queue has room (see lazyWithFastPath). */
function putFast(queue: Queue<unknown>, item: unknown): null | typeof NOT_READY {
  if (queue.full()) return NOT_READY;
  queue.put_nowait(item);
  return null;
}

/** queues.py's `put`: wait for room (woken in FIFO order), then `put_nowait`. */
async function putBody(this: Queue<unknown>, item: unknown): Promise<null> {
  while (this.full()) {
    const putter = get_running_loop().create_future();
    this._putters.push(putter);
    try {
      await putter;
    } catch (error) {
      putter.cancel();
      this._putters.remove(putter);
      if (!this.full() && !putter.cancelled()) this._wakeup_next(this._putters);
      throw error;
    }
  }
  this.put_nowait(item);
  return null;
}

/** `get()` without suspending, when the queue has an item. */
function getFast(queue: Queue<unknown>): unknown {
  return queue.empty() ? NOT_READY : queue.get_nowait();
}

/** queues.py's `get`: wait for an item (woken in FIFO order), then `get_nowait`. */
async function getBody(this: Queue<unknown>): Promise<unknown> {
  while (this.empty()) {
    const getter = get_running_loop().create_future();
    this._getters.push(getter);
    try {
      await getter;
    } catch (error) {
      getter.cancel();
      this._getters.remove(getter);
      if (!this.empty() && !getter.cancelled()) this._wakeup_next(this._getters);
      throw error;
    }
  }
  return opaque(this.get_nowait());
}

export class PriorityQueue<T = unknown> extends Queue<T> {
  override _init(_maxsize: number): void {
    this._queue = [];
  }
  override _put(item: T): void {
    heappush(this._queue as T[], item);
  }
  override _get(): T {
    return heappop(this._queue as T[]);
  }
}

export class LifoQueue<T = unknown> extends Queue<T> {
  override _init(_maxsize: number): void {
    this._queue = [];
  }
  override _put(item: T): void {
    (this._queue as T[]).push(item);
  }
  override _get(): T {
    return (this._queue as T[]).pop() as T;
  }
}
