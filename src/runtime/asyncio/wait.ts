/**
 * asyncio.wait, as_completed and shield (tasks.py).
 * `wait` returns `[done, pending]` as two Sets (creation order; programs that print them sort
 * first, since CPython's set order is hash order). `as_completed` is a plain iterator of
 * coroutines, each giving the next result in completion order.
 */
import type { Seconds } from "./clock.js";
import { PySet } from "../set.js";
import { asTuple } from "../tuple.js";
import { TypeError, ValueError } from "../exceptions.js";
import { coroutine, lazy, type Coroutine } from "./coroutine.js";
import { ensure_future } from "./ensure.js";
import { get_event_loop, get_running_loop } from "./events.js";
import { TimeoutError } from "./exceptions.js";
import { Future } from "./future.js";
import type { Handle } from "./handles.js";
import type { EventLoop } from "./loop.js";
import { Queue } from "./queues.js";
import { Coroutine as CoroutineClass } from "./coroutine.js";

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";
export type ReturnWhen = typeof FIRST_COMPLETED | typeof FIRST_EXCEPTION | typeof ALL_COMPLETED;

export interface WaitOptions {
  timeout?: Seconds | null;
  return_when?: ReturnWhen;
}

function releaseWaiter(waiter: Future<unknown>): void {
  if (!waiter.done()) waiter.set_result(null);
}

/** `done, pending = await asyncio.wait(fs, timeout=None, return_when=ALL_COMPLETED)` */
export function wait<F extends Future<any>>(
  fs: Iterable<F>,
  options: WaitOptions = {},
): Coroutine<[PySet<F>, PySet<F>]> {
  return lazy(async () => {
    if (fs instanceof Future || fs instanceof CoroutineClass) {
      throw new TypeError(`expect a list of futures, not ${fs instanceof Future ? "Future" : "coroutine"}`);
    }
    const timeout = options.timeout ?? null;
    const returnWhen = options.return_when ?? ALL_COMPLETED;
    const unique = new Set(fs);
    if (unique.size === 0) throw new ValueError("Set of Tasks/Futures is empty.");
    if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) {
      throw new ValueError(`Invalid return_when value: ${String(returnWhen)}`);
    }
    for (const f of unique) {
      if (f instanceof CoroutineClass) throw new TypeError("Passing coroutines is forbidden, use tasks explicitly.");
    }
    return _wait(unique, timeout, returnWhen, get_running_loop());
  }, "wait");
}

async function _wait<F extends Future<any>>(
  fs: Set<F>,
  timeout: Seconds | null,
  returnWhen: ReturnWhen,
  loop: EventLoop,
): Promise<[PySet<F>, PySet<F>]> {
  const waiter = loop.create_future();
  let timeoutHandle: Handle | null = null;
  if (timeout !== null) timeoutHandle = loop.call_later(timeout, releaseWaiter, waiter);
  let counter = fs.size;
  const onCompletion = (f: F): void => {
    counter -= 1;
    if (
      counter <= 0 ||
      returnWhen === FIRST_COMPLETED ||
      (returnWhen === FIRST_EXCEPTION && !f.cancelled() && f.exception() !== null)
    ) {
      timeoutHandle?.cancel();
      if (!waiter.done()) waiter.set_result(null);
    }
  };
  for (const f of fs) f.add_done_callback(onCompletion);
  try {
    await waiter;
  } finally {
    timeoutHandle?.cancel();
    for (const f of fs) f.remove_done_callback(onCompletion);
  }
  const done = new PySet<F>();
  const pending = new PySet<F>();
  for (const f of fs) (f.done() ? done : pending).add(f);
  return asTuple([done, pending]) as unknown as [PySet<F>, PySet<F>];
}

/** `for coro in asyncio.as_completed(aws, timeout=None): result = await coro` */
export function* as_completed<T>(
  fs: Iterable<PromiseLike<T>>,
  options: { timeout?: Seconds | null } = {},
): Generator<Coroutine<T>, void, unknown> {
  if (fs instanceof Future || fs instanceof CoroutineClass) {
    throw new TypeError(`expect an iterable of futures, not ${fs instanceof Future ? "Future" : "coroutine"}`);
  }
  const timeout = options.timeout ?? null;
  const done = new Queue<Future<T> | null>();
  const loop = get_event_loop();
  const todo = new Set<Future<T>>();
  for (const f of new Set(fs)) todo.add(ensure_future(f, { loop }));
  let timeoutHandle: Handle | null = null;

  const onTimeout = (): void => {
    for (const f of todo) {
      f.remove_done_callback(onCompletion);
      done.put_nowait(null);
    }
    todo.clear();
  };
  const onCompletion = (f: Future<T>): void => {
    if (todo.size === 0) return;
    todo.delete(f);
    done.put_nowait(f);
    if (todo.size === 0) timeoutHandle?.cancel();
  };
  const waitForOne = coroutine(async function _wait_for_one$(): Promise<T> {
    const f = (await done.get()) as unknown as Future<T> | null;
    if (f === null) throw new TimeoutError();
    return f.result();
  });

  for (const f of todo) f.add_done_callback(onCompletion);
  if (todo.size > 0 && timeout !== null) timeoutHandle = loop.call_later(timeout, onTimeout);
  const n = todo.size;
  for (let i = 0; i < n; i++) yield waitForOne();
}

/** `await asyncio.shield(aw)`: cancelling the outer future leaves the inner one running. */
export function shield<T>(aw: PromiseLike<T>): Future<T> {
  const inner = ensure_future(aw);
  if (inner.done()) return inner;
  const loop = inner._loop;
  const outer = loop.create_future<T>();
  const innerDone = (fut: Future<T>): void => {
    if (outer.cancelled()) {
      if (!fut.cancelled()) fut.exception();
      return;
    }
    if (fut.cancelled()) {
      outer.cancel();
    } else {
      const exc = fut.exception();
      if (exc !== null) outer.set_exception(exc);
      else outer.set_result(fut.result());
    }
  };
  const outerDone = (): void => {
    if (!inner.done()) inner.remove_done_callback(innerDone);
  };
  inner.add_done_callback(innerDone);
  outer.add_done_callback(outerDone);
  return outer;
}
