/**
 * Where the loop reports problems CPython sends to `loop.call_exception_handler` and the
 * asyncio logger (stderr): an exception escaping a callback, a task destroyed while pending,
 * an unhandled exception during `asyncio.run()` shutdown. The runtime must not import Node
 * modules, so this writes through `console.error`, which both Node (stderr) and browsers have.
 */
import { PyFloat } from "../float-box.js";

export function reportCallbackError(callbackName: string, error: unknown): void {
  writeStderr(`Exception in callback ${callbackName || "<anonymous>"}()\n${describe(error)}`);
}

export function reportUnhandled(message: string, error: unknown): void {
  writeStderr(`${message}\n${describe(error)}`);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
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
