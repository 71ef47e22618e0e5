/**
 * asyncio's own exception classes (asyncio/exceptions.py, queues.py). `asyncio.TimeoutError`
 * is the builtin `TimeoutError` since 3.11, so it is re-exported, not redefined.
 * `CancelledError` derives from `BaseException` (3.8+), so `except Exception` does not catch it.
 */
import { BaseException, Exception, RuntimeError, TimeoutError } from "../exceptions.js";

export { TimeoutError };

export class CancelledError extends BaseException {}
export class InvalidStateError extends Exception {}
export class SendfileNotAvailableError extends RuntimeError {}
export class BrokenBarrierError extends RuntimeError {}
export class QueueEmpty extends Exception {}
export class QueueFull extends Exception {}
