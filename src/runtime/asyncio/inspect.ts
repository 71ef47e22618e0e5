/**
 * The coroutine and async-generator predicates of `inspect` (the module's generator ones live in
 * ../inspect.ts, which cannot see the asyncio runtime). Functions are recognised by the markers
 * `coroutine(...)` and `asyncGenerator(...)` put on their wrappers; methods of known classes are
 * answered at compile time (src/lower/introspection-calls.ts).
 *
 *     inspect.isawaitable(task)   →   isawaitable(task)
 */
import { Awaitable } from "./awaitable.js";
import { isAsyncGeneratorFunction, PyAsyncGenerator } from "./asyncgen.js";
import { isAsyncGenAwaitable } from "./asyncgen-awaitables.js";
import { Coroutine } from "./coroutine.js";

/**
 * `inspect.iscoroutine(x)`: a coroutine object. Unlike `asyncio.iscoroutine` (which accepts any
 * collections.abc.Coroutine), not the asend/athrow awaitables of an async generator.
 */
export function inspect_iscoroutine(value: unknown): boolean {
  return value instanceof Coroutine && !isAsyncGenAwaitable(value);
}

/** `inspect.isawaitable(x)`: a coroutine, a Future or Task, or an object with `__await__`. */
export function isawaitable(value: unknown): boolean {
  if (value instanceof Awaitable) return true;
  return typeof value === "object" && value !== null && typeof (value as { __await__?: unknown }).__await__ === "function";
}

/** `inspect.isasyncgenfunction(f)` */
export function isasyncgenfunction(value: unknown): boolean {
  return isAsyncGeneratorFunction(value);
}

/** `inspect.isasyncgen(x)` */
export function isasyncgen(value: unknown): boolean {
  return value instanceof PyAsyncGenerator;
}
