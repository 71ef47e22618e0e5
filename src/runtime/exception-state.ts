/**
 * The handled-exception state behind `sys.exception()`, `sys.exc_info()` and a bare `raise`
 * outside an `except` clause: CPython's per-thread stack of `_PyErr_StackItem`s.
 *
 * One item is the bottom of the stack; a generator that can be suspended while handling an
 * exception (a `yield` inside an `except` clause or a `finally`) owns another, pushed while it
 * runs and popped when it yields (generator.ts), as CPython's `gi_exc_state`. An `except` clause
 * (and a `finally` entered by an exception) sets the top item's exception and restores the
 * previous one when it ends, so a plain function shares its caller's item, as in CPython.
 * `sys.exception()` is the first exception from the top that is not None
 * (`_PyErr_GetTopmostException`).
 *
 * What the compiler emits, only in a module that reads the state (it calls `sys.exception`,
 * `sys.exc_info`, or has a bare `raise` outside an `except` clause):
 *   except E: body    →  catch ($e) { const $exc = pyCatch($e); const $p = handling($exc);
 *                                      try { if (!($exc instanceof E)) throw $exc; body } finally { handled($p); } }
 *   raise (bare, not in an except clause)  →  throw reraise();
 * and a generator that yields inside such a clause gets `{ handlesExceptions: true }`.
 *
 * Coroutines (native async functions, resumed by the engine) keep their item themselves: in such
 * a module every `async def` body starts with `const $frame = coroutineFrame();` (its awaiter's
 * item below it, as CPython's `await` chain), makes it the top again after every `await` and at
 * the start of every `catch`/`finally` (`resumed($frame, await x)`, `resumed($frame);`), and
 * ends with `leaveFrame($frame)`; the event loop puts its own item back on top before each
 * callback (loop.ts), so a suspended coroutine's exception is seen by nothing else.
 */
import { BaseException, RuntimeError } from "./exceptions.js";

/** One frame's handled exception (`_PyErr_StackItem`). */
export interface HandledItem {
  value: BaseException | null;
  previous: HandledItem | null;
}

/** The program's one thread: the top of the stack. */
const thread: { top: HandledItem } = { top: { value: null, previous: null } };

/**
 * An `except` clause starts handling `exc`: returns what `handled` restores. Null is a `finally`
 * entered without an exception, which changes nothing.
 */
export function handling(exc: BaseException | null): BaseException | null {
  const top = thread.top;
  const previous = top.value;
  if (exc !== null) top.value = exc;
  return previous;
}

/** The clause that `handling` started has ended (normally or by an exception). */
export function handled(previous: BaseException | null): void {
  thread.top.value = previous;
}

/** `sys.exception()`: the exception being handled, or null. */
export function currentException(): BaseException | null {
  let item = thread.top;
  while (item.value === null && item.previous !== null) item = item.previous;
  return item.value;
}

/** A bare `raise` outside an `except` clause: the exception being handled, else RuntimeError. */
export function reraise(): BaseException {
  return currentException() ?? new RuntimeError("No active exception to reraise");
}

/** A generator's own item becomes the top while it runs (`item` must not be on the stack). */
export function enterFrame(item: HandledItem): void {
  item.previous = thread.top;
  thread.top = item;
}

/** The generator stopped running (it yielded, returned or raised): its caller's item is the top again. */
export function leaveFrame(item: HandledItem): void {
  thread.top = item.previous!;
  item.previous = null;
}

/** The running item, for the event loop to put back on top before each callback. */
export function topItem(): HandledItem {
  return thread.top;
}

/** Makes `item` the top (the event loop, between callbacks). */
export function restoreTop(item: HandledItem): void {
  thread.top = item;
}

/** A coroutine starts: its own item, above its awaiter's. */
export function coroutineFrame(): HandledItem {
  const item: HandledItem = { value: null, previous: thread.top };
  thread.top = item;
  return item;
}

/** The coroutine owning `item` runs again (after an `await`, or in a `catch`/`finally`): passes `value` through. */
export function resumed<T>(item: HandledItem, value?: T): T {
  thread.top = item;
  return value as T;
}
