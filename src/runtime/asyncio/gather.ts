/**
 * asyncio.gather (tasks.py): results in argument order; the first exception propagates unless
 * `return_exceptions`; cancelling the gather cancels the children (`_GatheringFuture`).
 * Duplicate arguments share one future, as CPython's `arg_to_fut` does.
 */
import { CancelledError } from "./exceptions.js";
import { ensure_future } from "./ensure.js";
import { get_event_loop } from "./events.js";
import { Awaitable } from "./awaitable.js";
import { Future } from "./future.js";
import { splitKw, type Kw } from "../kwargs.js";
import type { EventLoop } from "./loop.js";

export class _GatheringFuture<T> extends Future<T> {
  _cancel_requested = false;

  constructor(
    readonly _children: Future<unknown>[],
    loop: EventLoop,
  ) {
    super({ loop });
  }

  override cancel(msg: unknown = null): boolean {
    if (this.done()) return false;
    let ret = false;
    for (const child of this._children) if (child.cancel(msg)) ret = true;
    if (ret) this._cancel_requested = true;
    return ret;
  }
}

type AwaitedAll<A extends readonly unknown[]> = { -readonly [K in keyof A]: Awaited<A[K]> };

export interface GatherOptions {
  return_exceptions?: boolean;
}

export function gather<A extends readonly PromiseLike<unknown>[]>(...aws: A): Future<AwaitedAll<A>>;
export function gather<A extends readonly PromiseLike<unknown>[]>(
  ...args: [...A, Kw<GatherOptions>]
): Future<AwaitedAll<A>>;
export function gather(...args: unknown[]): Future<unknown[]> {
  const [aws, options] = splitKw<GatherOptions>(args, "gather", ["return_exceptions"]);
  const returnExceptions = options.return_exceptions === true;
  if (aws.length === 0) {
    const outer = get_event_loop().create_future<unknown[]>();
    outer.set_result([]);
    return outer;
  }
  const children: Future<unknown>[] = [];
  let nfuts = 0;
  let nfinished = 0;
  let outer: _GatheringFuture<unknown[]> | null = null;

  const doneCallback = (fut: Future<unknown>): void => {
    nfinished += 1;
    if (outer === null || outer.done()) {
      if (!fut.cancelled()) fut.exception();
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.set_exception(fut._make_cancelled_error());
        return;
      }
      const exc = fut.exception();
      if (exc !== null) {
        outer.set_exception(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results: unknown[] = [];
      for (const child of children) {
        if (child.cancelled()) {
          results.push(new CancelledError(child._cancel_message === null ? "" : child._cancel_message));
        } else {
          const exc = child.exception();
          results.push(exc !== null ? exc : child.result());
        }
      }
      if (outer._cancel_requested) outer.set_exception(fut._make_cancelled_error());
      else outer.set_result(results);
    }
  };

  // CPython's arg_to_fut: runtime awaitables remember their future in a field while the
  // arguments are converted (no Map of every argument); other thenables use a Map.
  let others: Map<unknown, Future<unknown>> | null = null;
  let loop: EventLoop | null = null;
  try {
    for (const arg of aws) {
      const mine = arg instanceof Awaitable;
      let fut = (mine ? arg._gatherFuture : others?.get(arg)) as Future<unknown> | null | undefined;
      if (fut == null) {
        fut = ensure_future(arg as PromiseLike<unknown>, loop === null ? undefined : { loop });
        loop ??= fut._loop;
        nfuts += 1;
        if (mine) arg._gatherFuture = fut;
        else (others ??= new Map()).set(arg, fut);
        fut.add_done_callback(doneCallback);
      }
      children.push(fut);
    }
  } finally {
    for (const arg of aws) if (arg instanceof Awaitable && arg._gatherFuture != null) arg._gatherFuture = null;
  }
  outer = new _GatheringFuture<unknown[]>(children, loop!);
  return outer;
}
