/**
 * asyncio's own exception classes (asyncio/exceptions.py, queues.py). `asyncio.TimeoutError`
 * is the builtin `TimeoutError` since 3.11, so it is re-exported, not redefined.
 * `CancelledError` derives from `BaseException` (3.8+), so `except Exception` does not catch it.
 */
import { BaseException, Exception, RuntimeError, TimeoutError } from "../exceptions.js";

export { TimeoutError };

// `__module__` is CPython's: tracebacks say `asyncio.exceptions.CancelledError`, and
// `type(e)` prints as `<class 'asyncio.exceptions.CancelledError'>` (own property only: a
// user subclass belongs to `__main__`)
export class CancelledError extends BaseException {
  static readonly __module__ = "asyncio.exceptions";
}
export class InvalidStateError extends Exception {
  static readonly __module__ = "asyncio.exceptions";
}
export class SendfileNotAvailableError extends RuntimeError {
  static readonly __module__ = "asyncio.exceptions";
}
export class BrokenBarrierError extends RuntimeError {
  static readonly __module__ = "asyncio.exceptions";
}
export class QueueEmpty extends Exception {
  static readonly __module__ = "asyncio.queues";
}
export class QueueFull extends Exception {
  static readonly __module__ = "asyncio.queues";
}
