/**
 * A generator with its own handled-exception state (CPython's `gi_exc_state`): its item is the
 * top of the handled-exception stack (exception-state.ts) while its body runs, and its caller's
 * is again when it yields, so a generator suspended inside an `except` clause sees its own
 * exception after every resume and its caller never sees it between resumes:
 *
 *     def g():                          it = g(); next(it)
 *         try: raise ValueError         sys.exception()   → None (the caller's)
 *         except ValueError:            next(it)          → g prints ValueError()
 *             yield 1
 *             print(repr(sys.exception()))
 *
 * Only generators whose body can yield while handling get one (`handlesExceptions: true`, set by
 * the compiler), so the plain `PyGenerator.next` hot path pays nothing for it.
 */
import type { BaseException } from "./exceptions.js";
import { enterFrame, type HandledItem, leaveFrame } from "./exception-state.js";
import { PyGenerator } from "./generator.js";

const RUNNING = 2;
const CLOSED = 3;

export class PyGeneratorHandling<Y, R = unknown, S = unknown> extends PyGenerator<Y, R, S> {
  readonly #item: HandledItem = { value: null, previous: null };

  override next(value?: S | null): IteratorResult<Y, R> {
    // re-entry raises ValueError and a finished generator runs nothing: no swap
    if (this.state === RUNNING || this.state === CLOSED) return super.next(value);
    const item = this.#item;
    enterFrame(item);
    try {
      return super.next(value);
    } finally {
      leaveFrame(item);
    }
  }

  /** @internal */
  override throwResult(exc: BaseException, args?: readonly unknown[]): IteratorResult<Y, R> {
    if (this.state === RUNNING || this.state === CLOSED) return super.throwResult(exc, args);
    const item = this.#item;
    enterFrame(item);
    try {
      return super.throwResult(exc, args);
    } finally {
      leaveFrame(item);
    }
  }
}
