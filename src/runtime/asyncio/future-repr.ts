/**
 * `repr()` of futures and tasks: a port of base_futures._future_repr_info / base_tasks.
 * _task_repr_info, with the `reprlib.repr` (default `aRepr` limits) CPython uses for a result:
 *
 *   <Future pending cb=[Task.task_wakeup()]>     <Future finished result=[0, 1, 2, 3, 4, 5, ...]>
 *   <Future finished exception=ValueError('x')>  <Task cancelling name='Task-2' coro=<f() running>>
 *
 * Python records source locations that a converted program does not have: callbacks print as
 * `name()` without ` at file:line`, and coroutines as `f() running` / `f() done`, the form
 * CPython itself uses for a coroutine without a code object.
 */
import { repr, strRepr } from "../repr.js";
import { isTuple } from "../tuple.js";
import { PyDict } from "../dict.js";
import { PySet } from "../set.js";
import { sorted } from "../list.js";

const MAX_LEVEL = 6;
const MAX_SEQUENCE = 6;
const MAX_DICT = 4;
const MAX_STRING = 30;
const MAX_LONG = 40;
const MAX_OTHER = 30;

function elide(s: string, limit: number): string {
  if (s.length <= limit) return s;
  const i = Math.max(0, Math.floor((limit - 3) / 2));
  const j = Math.max(0, limit - 3 - i);
  return s.slice(0, i) + "..." + s.slice(s.length - j);
}

/** reprlib's `_possibly_sorted`: sorted when the elements are orderable, else iteration order. */
function possiblySorted(items: unknown[]): unknown[] {
  try {
    return sorted(items);
  } catch {
    return items;
  }
}

function iterableRepr(items: unknown[], level: number, left: string, right: string, trail: string): string {
  if (items.length === 0) return left + right;
  if (level <= 0) return `${left}...${right}`;
  const pieces = items.slice(0, MAX_SEQUENCE).map((item) => limitedRepr(item, level - 1));
  if (items.length > MAX_SEQUENCE) pieces.push("...");
  return left + pieces.join(", ") + (items.length === 1 ? trail : "") + right;
}

/** `reprlib.repr(x)` with `reprlib.aRepr`'s limits. */
export function limitedRepr(x: unknown, level: number = MAX_LEVEL): string {
  if (typeof x === "string") {
    const s = strRepr(x.slice(0, MAX_STRING));
    if (s.length <= MAX_STRING) return s;
    const i = Math.max(0, Math.floor((MAX_STRING - 3) / 2));
    const j = Math.max(0, MAX_STRING - 3 - i);
    const t = strRepr(x.slice(0, i) + x.slice(x.length - j));
    return t.slice(0, i) + "..." + t.slice(t.length - j);
  }
  if (typeof x === "bigint" || (typeof x === "number" && Number.isSafeInteger(x))) {
    return elide(repr(x), MAX_LONG);
  }
  if (Array.isArray(x) && Object.getPrototypeOf(x) === Array.prototype) {
    return isTuple(x) ? iterableRepr(x, level, "(", ")", ",") : iterableRepr(x, level, "[", "]", "");
  }
  if (x instanceof PyDict) {
    if (x.size === 0) return "{}";
    if (level <= 0) return "{...}";
    const keys = possiblySorted([...x.keys()]);
    const pieces = keys.slice(0, MAX_DICT).map((k) => `${limitedRepr(k, level - 1)}: ${limitedRepr(x.get(k), level - 1)}`);
    if (keys.length > MAX_DICT) pieces.push("...");
    return `{${pieces.join(", ")}}`;
  }
  if (x instanceof PySet && Object.getPrototypeOf(x) === PySet.prototype) {
    if (x.size === 0) return x.frozen ? "frozenset()" : "set()";
    const body = iterableRepr(possiblySorted([...x]), level, "{", "}", "");
    return x.frozen ? `frozenset(${body})` : body;
  }
  return elide(repr(x), MAX_OTHER);
}

/** format_helpers._format_callback_source without the source location. */
function callbackRepr(callback: unknown): string {
  const named = callback as { __qualname__?: unknown; __name__?: unknown; name?: unknown };
  const name = typeof named.__qualname__ === "string" ? named.__qualname__ : typeof named.__name__ === "string" ? named.__name__ : typeof named.name === "string" && named.name !== "" ? named.name : repr(callback);
  return `${name}()`;
}

function callbacksRepr(callbacks: readonly unknown[]): string {
  const size = callbacks.length;
  let body: string;
  if (size === 1) body = callbackRepr(callbacks[0]);
  else if (size === 2) body = `${callbackRepr(callbacks[0])}, ${callbackRepr(callbacks[1])}`;
  else body = `${callbackRepr(callbacks[0])}, <${size - 2} more>, ${callbackRepr(callbacks[size - 1])}`;
  return `cb=[${body}]`;
}

export interface FutureReprView {
  state: "pending" | "finished" | "cancelled";
  exception: unknown;
  result: unknown;
  callbacks: readonly unknown[] | null;
}

export function futureReprInfo(view: FutureReprView): string[] {
  const info: string[] = [view.state];
  if (view.state === "finished") {
    if (view.exception !== null) info.push(`exception=${repr(view.exception)}`);
    else info.push(`result=${limitedRepr(view.result)}`);
  }
  if (view.callbacks !== null && view.callbacks.length > 0) info.push(callbacksRepr(view.callbacks));
  return info;
}

export interface TaskReprView extends FutureReprView {
  cancelling: boolean;
  name: string;
  coroName: string;
  coroRunning: boolean;
  waiter: unknown;
}

export function taskReprInfo(view: TaskReprView): string[] {
  const info = futureReprInfo(view);
  if (view.cancelling && view.state === "pending") info[0] = "cancelling";
  info.splice(1, 0, `name=${strRepr(view.name)}`, `coro=<${view.coroName}() ${view.coroRunning ? "running" : "done"}>`);
  if (view.waiter !== null) info.splice(3, 0, `wait_for=${repr(view.waiter)}`);
  return info;
}
