/**
 * Methods taken as values. In Python `obj.method` is a bound method; in JS `obj.method` is a
 * bare function that loses `this`. So an attribute load that is not the callee of a call, whose
 * name is a method (of the receiver's class when its type is known, else of any class in the
 * program, or one of the runtime's asyncio callback methods), is bound: `getattr` binds a
 * function found on the prototype and returns data attributes unchanged. Callbacks are where
 * asyncio code does this (`loop.call_soon(fut.set_result, 1)`, `task.add_done_callback(self.done)`).
 *
 *     worker = Worker(); f = worker.run     →   const f = bindMethod(worker, "run");
 *     f = Worker.run                         →   const f = unboundMethod(Worker, "run");
 *     loop.call_later(0.1, event.set)       →   loop.call_later(0.1, getattr(event, "set"));
 */
import type * as A from "../ast/nodes.js";
import { call, type Expr, member, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { findMethod } from "./callees.js";
import { isValueDunderCall } from "./builtin-dunders.js";

/** Methods of the asyncio runtime's objects that programs pass as callbacks. */
const RUNTIME_CALLBACK_METHODS = new Set([
  "set_result", "set_exception", "cancel", "set", "clear", "put_nowait", "get_nowait", "release", "notify", "notify_all",
  "task_done", "stop", "result", "exception", "done", "cancelled", "close",
]);

/** Methods of list and str that JS arrays and strings lack (getattr binds them). */
const BUILTIN_METHODS = new Set([
  "append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "copy", "clear", "sort", "upper", "lower",
  "strip", "lstrip", "rstrip", "split", "join", "replace", "startswith", "endswith", "find", "format", "title",
]);

/** Special methods programs take as values (`it = iter(xs).__next__`); data dunders such as `__name__` are not here. */
const DUNDER_METHODS = new Set([
  "__next__", "__iter__", "__enter__", "__exit__", "__call__", "__len__", "__getitem__", "__setitem__", "__contains__",
  "__repr__", "__str__", "__hash__", "__eq__", "__lt__",
]);

function isPlainMethod(def: A.FunctionDef | A.AsyncFunctionDef): boolean {
  return def.decorator_list.every((d) => !(d.kind === "Name" && (d.id === "property" || d.id === "staticmethod")) && d.kind !== "Attribute");
}

function isClassOrStatic(def: A.FunctionDef | A.AsyncFunctionDef): boolean {
  return def.decorator_list.some((d) => d.kind === "Name" && (d.id === "classmethod" || d.id === "staticmethod"));
}

function anyClassMethod(ctx: LowerContext, name: string): boolean {
  for (const facts of ctx.infer.classes.values()) {
    for (const s of facts.node.body) {
      if ((s.kind === "FunctionDef" || s.kind === "AsyncFunctionDef") && s.name === name && isPlainMethod(s)) return true;
    }
  }
  return false;
}

/** The bound form of `e` when it is a method taken as a value; null otherwise. */
export function boundMethod(ctx: LowerContext, e: A.Attribute, receiver: () => Expr): Expr | null {
  if (e.ctx !== "Load") return null;
  const t = ctx.typeOf(e.value);
  if (e.attr.startsWith("__")) {
    const method = DUNDER_METHODS.has(e.attr) || isValueDunderCall(ctx, e);
    return method && ["instance", "gen", "iter", "unknown", "optional"].includes(t.t) ? call(ctx.helper("getattr"), [receiver(), str(e.attr)]) : null;
  }
  if (t.t === "instance") {
    const m = findMethod(ctx, t.cls, e.attr);
    if (!m || !isPlainMethod(m.def) || isClassOrStatic(m.def)) return null;
    const obj = receiver();
    return call(ctx.helper(obj.k === "id" || (obj.k === "lit" && obj.text === "this") ? "bindMethod" : "getattr"), [obj, str(e.attr)]);
  }
  if (t.t === "class") {
    // `K.m`: the function that takes the object first
    const m = findMethod(ctx, t.cls, e.attr);
    return m && isPlainMethod(m.def) && !isClassOrStatic(m.def) ? call(ctx.helper("unboundMethod"), [receiver(), str(e.attr)]) : null;
  }
  if (t.t === "list" || t.t === "str" || t.t === "tuple") return BUILTIN_METHODS.has(e.attr) ? call(ctx.helper("getattr"), [receiver(), str(e.attr)]) : null;
  if (t.t === "dict" || t.t === "set") return call(ctx.helper("getattr"), [receiver(), str(e.attr)]);
  if (t.t !== "unknown" && t.t !== "optional") return null;
  if (!anyClassMethod(ctx, e.attr) && !RUNTIME_CALLBACK_METHODS.has(e.attr) && !BUILTIN_METHODS.has(e.attr)) return null;
  return call(ctx.helper("getattr"), [receiver(), str(e.attr)]);
}
