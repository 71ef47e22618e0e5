/**
 * Where the loop reports problems CPython sends to `loop.call_exception_handler` and the
 * asyncio logger (stderr): an exception escaping a callback, a task destroyed while pending,
 * an unhandled exception during `asyncio.run()` shutdown. The runtime must not import Node
 * modules, so this writes through `console.error`, which both Node (stderr) and browsers have.
 */
import { PyFloat } from "../float-box.js";
import { BaseException } from "../exceptions.js";
import { formatException } from "../traceback.js";

/** A callback's exception when no loop is running to hand it to. */
export function reportCallbackError(message: string, error: unknown): void {
  writeStderr(`${message}\n${describe(error)}`);
}

export function reportUnhandled(message: string, error: unknown): void {
  writeStderr(`${message}\n${describe(error)}`);
}

/**
 * CPython's RuntimeWarning for a coroutine object collected without being started, once per
 * name (the warnings registry's "default" action). The warning names the line where the
 * object was dropped, which a converted program does not know: it uses the location CPython
 * gives a warning raised outside any frame (`sys:1`).
 */
export function reportNeverAwaited(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    writeStderr(`sys:1: RuntimeWarning: coroutine '${name}' was never awaited\nRuntimeWarning: Enable tracemalloc to get the object allocation traceback`);
  }
}

/** A Python traceback for Python exceptions (as CPython's logger prints), the JS stack for anything else. */
function describe(error: unknown): string {
  if (error instanceof BaseException) return formatException(error).replace(/\n$/, "");
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** One message on stderr, as the asyncio logger writes it. */
export function writeLine(text: string): void {
  writeStderr(text);
}

function writeStderr(text: string): void {
  console.error(text);
}

/** repr() of the few values asyncio's own messages show ("a coroutine was expected, got 42"). */
export function shortRepr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (value instanceof PyFloat) return String(value);
  if (typeof value === "string") return `'${value.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
  const name = (value as object).constructor?.name ?? "object";
  return `<${name} object>`;
}
