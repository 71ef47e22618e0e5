/**
 * Turning whatever a JS `catch` receives into a Python exception, and exception chaining.
 *
 * What the compiler emits:
 *   try: ...
 *   except ValueError as e: handler          (and any except clause)
 * →
 *   try { ... } catch ($e) {
 *     const e = pyCatch($e);                          // maps engine errors, rethrows py2ts bugs
 *     if (!(e instanceof ValueError)) throw e;
 *     try { handler } catch ($h) { throw withContext($h, e); }   // implicit __context__
 *   }
 *   raise X from Y     → throw raiseFrom(X, Y);     raise X from None → throw raiseFrom(X, null);
 *   bare `raise` in a handler → throw e;   elsewhere → throw reraise();   (exception-state.ts)
 *
 * Engine errors: a stack overflow (`RangeError: Maximum call stack size exceeded`) becomes
 * RecursionError("maximum recursion depth exceeded"); an impossible allocation becomes
 * MemoryError; reading or setting a property of `null` (Python's None) is the AttributeError
 * CPython raises for `None.attr` (the emitted code marks such receivers non-null for TypeScript,
 * `node.next!.value`, rather than testing every access). Any other JS error (`TypeError: x is not a function`, `ReferenceError`, ...) is a
 * bug in py2ts or in hand-written TypeScript, never a Python error: `pyCatch` rethrows it wrapped
 * in `InternalBug`, which Python handlers cannot catch and the program entry reports as a bug.
 */
import { AttributeError, BaseException, isExceptionClass, MemoryError, RecursionError, TypeError as PyTypeError } from "./exceptions.js";

/** A JS error that Python code must not catch; reported by the program entry (exit status 70). */
export class InternalBug extends Error {
  readonly original: unknown;

  constructor(original: unknown) {
    super(original instanceof Error ? `${original.name}: ${original.message}` : String(original));
    this.original = original;
    this.name = "InternalBug";
  }
}

/** The JS error for a stack overflow. V8 and SpiderMonkey word it differently. */
export function isStackOverflow(error: unknown): boolean {
  if (error instanceof RangeError && /call stack size/i.test(error.message)) return true;
  return error instanceof Error && error.name === "InternalError" && /too much recursion/i.test(error.message);
}

/**
 * The Python exception for a caught JS value, or a rethrow of it when it is not one (a bug).
 * Cheap on the common path: a Python exception is returned as is.
 */
export function pyCatch(error: unknown): BaseException {
  if (error instanceof BaseException) return error;
  const mapped = mapEngineError(error);
  if (mapped !== null) return mapped;
  throw error instanceof InternalBug ? error : new InternalBug(error);
}

/** The Python exception an engine error stands for, or null if it stands for none. */
export function mapEngineError(error: unknown): BaseException | null {
  if (isStackOverflow(error)) return new RecursionError("maximum recursion depth exceeded");
  if (error instanceof RangeError && /invalid (array|string) length|allocation failed|out of memory/i.test(error.message)) {
    return new MemoryError();
  }
  const attr = error instanceof TypeError ? nullPropertyName(error.message) : null;
  if (attr !== null) return new AttributeError(`'NoneType' object has no attribute '${attr}'`);
  return null;
}

/** The property a V8 or SpiderMonkey "property of null" TypeError names, or null for any other error. */
function nullPropertyName(message: string): string | null {
  const v8 = /^Cannot (?:read|set) properties of null \((?:reading|setting) '(.*)'\)$/.exec(message);
  if (v8) return v8[1]!;
  const sm = /^can't (?:access|assign to) property "(.*)",? .* is null$/.exec(message) ?? /^.* is null; can't (?:access|assign to) property "(.*)"/.exec(message);
  return sm ? sm[1]! : null;
}

/**
 * `raise exc from cause`: sets `__cause__` (null for `from None`) and suppresses the context.
 * Returns `exc` so that `throw raiseFrom(...)` reads like the Python.
 */
export function raiseFrom<E extends BaseException>(exc: E, cause: BaseException | null): E {
  exc.__cause__ = cause;
  exc.__suppress_context__ = true;
  return exc;
}

/**
 * An exception raised while `handled` was being handled: records `handled` as its `__context__`
 * (unless already set, or that would make a cycle), as CPython does on every raise inside
 * `except`/`finally`; `handled` is null for a `finally` entered without an exception. Non-Python
 * errors pass through `pyCatch` first.
 */
export function withContext(raised: unknown, handled: BaseException | null): BaseException {
  const exc = pyCatch(raised);
  if (handled === null || exc === handled || exc.__context__ !== null) return exc;
  // CPython breaks cycles: no exception may appear twice in a context chain
  for (let c: BaseException | null = handled; c !== null; c = c.__context__) {
    if (c.__context__ === exc) {
      c.__context__ = null;
      break;
    }
  }
  exc.__context__ = handled;
  return exc;
}

/**
 * `raise x` where the compiler cannot tell an exception instance from a class: a class is
 * instantiated (`raise ValueError`), anything else is CPython's TypeError.
 */
export function raisable(x: unknown): BaseException {
  if (x instanceof BaseException) return x;
  if (isExceptionClass(x)) return new x();
  return new PyTypeError("exceptions must derive from BaseException");
}
