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
