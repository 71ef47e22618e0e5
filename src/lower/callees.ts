/**
 * Finding the Python signature behind a callee: a `def` or class bound once in an enclosing
 * scope, or a method of a class whose instance type is known. Decorated functions are opaque
 * (a decorator may change the signature), except `staticmethod` / `classmethod` / `property`.
 *
 *     obj.method(1, k=2)   (obj: Shape)   →   obj.method(1, 2)
 *     super().__init__(label)             →   super(label)    (inside a constructor)
 */
import type * as A from "../ast/nodes.js";
import { resolveScope } from "../analysis/scopes.js";
import { call, type Expr, id, member } from "../ir/nodes.js";
import { bindOrThrow, orThrow, runtimeArgs } from "./calls.js";
import type { LowerContext } from "./context.js";
import { lowerElement, lowerExpr } from "./expressions.js";
import { lowerMethodOfBuiltin } from "./methods.js";
import { importedModule as importedModuleName, moduleAttribute } from "./builtins.js";
import { type Signature, signatureOf } from "./signature.js";
import { dataclassFields } from "./dataclass-fields.js";

function singleDef(ctx: LowerContext, name: string): A.FunctionDef | A.ClassDef | null {
  const owner = resolveScope(ctx.scope, name);
  if (!owner) return null;
  const sites = ctx.infer.bindings.get(owner)?.get(name) ?? [];
  if (sites.length !== 1 || sites[0]!.how !== "def") return null;
  const node = (sites[0] as { node: A.FunctionDef | A.AsyncFunctionDef | A.ClassDef }).node;
  return node.kind === "AsyncFunctionDef" ? null : node;
}

export function functionSignature(ctx: LowerContext, name: string): Signature | null {
  const def = singleDef(ctx, name);
  if (!def || def.kind !== "FunctionDef" || def.decorator_list.length > 0) return null;
  return signatureOf(def.name, def.args);
}

export function findMethod(ctx: LowerContext, cls: string, name: string): { def: A.FunctionDef; owner: string } | null {
  for (let c: string | null = cls, depth = 0; c && depth < 50; depth++) {
    const facts = ctx.infer.classes.get(c);
    if (!facts) return null;
    const def = facts.node.body.find((s): s is A.FunctionDef => s.kind === "FunctionDef" && s.name === name);
    if (def) return { def, owner: c };
    c = facts.base;
  }
  return null;
}

export function classSignature(ctx: LowerContext, name: string): Signature | null {
  const def = singleDef(ctx, name);
  if (!def || def.kind !== "ClassDef") return null;
  const facts = ctx.infer.classes.get(name);
  if (!facts || facts.isException) return null;
  const init = findMethod(ctx, name, "__init__");
  if (init) return signatureOf(name, init.def.args, 1);
  for (let c: string | null = name; c; c = ctx.infer.classes.get(c)?.base ?? null) {
    const f = ctx.infer.classes.get(c);
    if (f?.isDataclass) {
      const fields = dataclassFields(ctx, c);
      return { name, params: fields.map((x) => ({ name: x.name, hasDefault: x.hasDefault, kind: "plain" as const })), vararg: null, kwarg: null, skip: 0 };
    }
  }
  return { name, params: [], vararg: null, kwarg: null, skip: 0 };
}

/** Calls through an attribute: module functions, methods of known classes and builtin types. */
export function methodCall(ctx: LowerContext, f: A.Attribute, e: A.Call): Expr | null {
  const fromModule = moduleAttribute(ctx, f);
  if (fromModule) {
    const moduleName = f.value.kind === "Name" ? importedModuleName(ctx, f.value.id) : null;
    if (moduleName === "asyncio" && ["Queue", "PriorityQueue", "LifoQueue", "Lock", "Event", "Condition", "Semaphore", "BoundedSemaphore", "TaskGroup", "Future"].includes(f.attr)) {
      return { k: "new", callee: fromModule, args: e.args.map((a) => lowerElement(ctx, a)) };
    }
    if (moduleName === "asyncio" && f.attr === "run") return { k: "await", expr: call(fromModule, e.args.map((a) => lowerElement(ctx, a))) };
    if ((moduleName === "collections" && ["Counter", "defaultdict", "OrderedDict", "deque"].includes(f.attr)) || (moduleName === "itertools" && ["count", "cycle", "repeat", "accumulate"].includes(f.attr)) || (moduleName === "contextlib" && ["suppress", "closing", "nullcontext", "ExitStack", "redirect_stdout", "redirect_stderr"].includes(f.attr))) {
      return { k: "new", callee: fromModule, args: runtimeArgs(ctx, e) };
    }
    return call(fromModule, runtimeArgs(ctx, e));
  }
  if (f.value.kind === "Call" && f.value.func.kind === "Name" && f.value.func.id === "super" && ctx.currentClass) {
    const base = ctx.infer.classes.get(ctx.currentClass)?.base ?? null;
    const method = base ? findMethod(ctx, base, f.attr) : null;
    if (f.attr === "__init__") {
      const args = method ? bindOrThrow(ctx, signatureOf(`${base}.__init__`, method.def.args, 1), e) : e.args.map((a) => lowerElement(ctx, a));
      return call({ k: "lit", text: "super" }, args);
    }
    const args = method ? bindOrThrow(ctx, signatureOf(f.attr, method.def.args, 1), e) : e.args.map((a) => lowerElement(ctx, a));
    return call(member({ k: "lit", text: "super" }, f.attr), args);
  }
  const typed = ctx.typeOf(f.value);
  // a method call on None fails in Python too: dispatch on the non-None type
  if (typed.t === "optional" && typed.inner.t !== "instance") {
    return call(ctx.helper("callMethod"), [lowerExpr(ctx, f.value), { k: "str", value: f.attr }, ...e.args.map((a) => lowerElement(ctx, a))]);
  }
  const t = typed.t === "optional" ? typed.inner : typed;
  if (t.t === "instance" || t.t === "class") {
    const method = findMethod(ctx, t.cls, f.attr);
    if (method && method.def.decorator_list.every((d) => d.kind === "Name" && (d.id === "staticmethod" || d.id === "classmethod"))) {
      const isStatic = method.def.decorator_list.some((d) => d.kind === "Name" && d.id === "staticmethod");
      const sig = signatureOf(`${method.owner}.${f.attr}`, method.def.args, isStatic ? 0 : 1);
      return orThrow(bindOrThrow(ctx, sig, e), (args) => call(member(lowerExpr(ctx, f.value), f.attr), args));
    }
    return null;
  }
  return lowerMethodOfBuiltin(ctx, f, e, t);
}

export { id };
