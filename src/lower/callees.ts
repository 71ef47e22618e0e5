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
import { call, type Expr, id, lit, member } from "../ir/nodes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { bindOrThrow, newRuntimeObject, orThrow, runtimeArgs } from "./calls.js";
import type { LowerContext } from "./context.js";
import { lowerElement, lowerExpr } from "./expressions.js";
import { lowerMethodOfBuiltin } from "./methods.js";
import { importedModule as importedModuleName, isRuntimeClass, moduleAttribute } from "./builtins.js";
import { type Signature, signatureOf } from "./signature.js";
import { dataclassFields } from "./dataclass-fields.js";
import { lowerAsyncioCall } from "./asyncio-calls.js";
import { lowerIntrospectionCall } from "./introspection-calls.js";

function singleDef(ctx: LowerContext, name: string): A.FunctionDef | A.AsyncFunctionDef | A.ClassDef | null {
  const owner = resolveScope(ctx.scope, name);
  if (!owner) return null;
  const sites = ctx.infer.bindings.get(owner)?.get(name) ?? [];
  if (sites.length !== 1 || sites[0]!.how !== "def") return null;
  return (sites[0] as { node: A.FunctionDef | A.AsyncFunctionDef | A.ClassDef }).node;
}

/** The signature of a plain or `async` def bound once (an async def's wrapper takes the same arguments). */
export function functionSignature(ctx: LowerContext, name: string): Signature | null {
  const lambda = singleLambda(ctx, name);
  if (lambda) return signatureOf("<lambda>", lambda.args);
  const def = singleDef(ctx, name);
  if (!def || def.kind === "ClassDef" || def.decorator_list.length > 0) return null;
  return signatureOf(def.name, def.args);
}

/** `name = lambda ...`, bound nowhere else. */
function singleLambda(ctx: LowerContext, name: string): A.Lambda | null {
  const owner = resolveScope(ctx.scope, name);
  const sites = owner ? ctx.infer.bindings.get(owner)?.get(name) ?? [] : [];
  const site = sites.length === 1 ? sites[0]! : null;
  return site?.how === "value" && site.expr.kind === "Lambda" ? site.expr : null;
}

export function findMethod(ctx: LowerContext, cls: string, name: string): { def: A.FunctionDef | A.AsyncFunctionDef; owner: string } | null {
  for (let c: string | null = cls, depth = 0; c && depth < 50; depth++) {
    const facts = ctx.infer.classes.get(c);
    if (!facts) return null;
    const def = facts.node.body.find((s): s is A.FunctionDef | A.AsyncFunctionDef => (s.kind === "FunctionDef" || s.kind === "AsyncFunctionDef") && s.name === name);
    if (def) return { def, owner: c };
    c = facts.base;
  }
  return null;
}

/** Bases whose constructor takes no arguments (`class Shape(ABC)`, `class Box(Generic[T])`). */
const NO_ARGUMENT_BASES = new Set(["object", "ABC", "Generic", "Protocol"]);

/** A base this program does not define (a runtime class): it may have any constructor. */
function opaqueBase(ctx: LowerContext, base: A.Expr): boolean {
  const named = base.kind === "Subscript" ? base.value : base;
  if (named.kind === "Name") return !ctx.infer.classes.has(named.id) && !NO_ARGUMENT_BASES.has(named.id);
  return !(named.kind === "Attribute" && NO_ARGUMENT_BASES.has(named.attr));
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
    if (!f) break;
    if (f.node.bases.some((b) => opaqueBase(ctx, b))) return null;
    if (f.isDataclass) {
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
    const introspected = moduleName ? lowerIntrospectionCall(ctx, moduleName, f.attr, e) : null;
    if (introspected) return introspected;
    if (moduleName === "asyncio") {
      const lowered = lowerAsyncioCall(ctx, f.attr, e, fromModule);
      if (lowered) return lowered;
    }
    if (moduleName && isRuntimeClass(moduleName, f.attr)) return newRuntimeObject(ctx, e, fromModule);
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
    return dynamicMethodCall(ctx, f, e);
  }
  const t = typed.t === "optional" ? typed.inner : typed;
  if (t.t === "instance" || t.t === "class") {
    const method = findMethod(ctx, t.cls, f.attr);
    if (method && t.t === "class" && method.def.decorator_list.length === 0) return unboundMethodCall(ctx, f, e, method);
    if (method && method.def.decorator_list.every((d) => d.kind === "Name" && (d.id === "staticmethod" || d.id === "classmethod"))) {
      const isStatic = method.def.decorator_list.some((d) => d.kind === "Name" && d.id === "staticmethod");
      const sig = signatureOf(`${method.owner}.${f.attr}`, method.def.args, isStatic ? 0 : 1);
      return orThrow(bindOrThrow(ctx, sig, e), (args) => call(member(lowerExpr(ctx, f.value), f.attr), args));
    }
    // a dunder the class does not define (`p.__repr__()` is object's): callMethod answers it
    if (!method && t.t === "instance" && /^__\w+__$/.test(f.attr) && e.keywords.length === 0) {
      return dynamicMethodCall(ctx, f, e);
    }
    return null;
  }
  return lowerMethodOfBuiltin(ctx, f, e, t);
}

/** `callMethod(obj, "name", ...args)`: the runtime dispatches the method on the receiver's kind (dynamic-call.ts). */
export function dynamicMethodCall(ctx: LowerContext, f: A.Attribute, e: A.Call): Expr {
  return call(ctx.helper("callMethod"), [lowerExpr(ctx, f.value), { k: "str", value: f.attr }, ...e.args.map((a) => lowerElement(ctx, a))]);
}

/**
 * `Base.method(self, ...)`: the class's function called with an explicit receiver. In a
 * constructor, `Base.__init__(self, ...)` of the direct base is the `super(...)` call.
 *
 *     Animal.speak(self)              →   Animal.prototype.speak.call(this)
 *     Animal.__init__(self, name)     →   super(name)
 */
function unboundMethodCall(ctx: LowerContext, f: A.Attribute, e: A.Call, method: { def: A.FunctionDef | A.AsyncFunctionDef; owner: string }): Expr {
  if (f.attr === "__init__") {
    const scope = ctx.scope.node;
    const inInit = scope.kind === "FunctionDef" && scope.name === "__init__" && ctx.currentClass !== null;
    const self = inInit ? [...scope.args.posonlyargs, ...scope.args.args][0]?.arg : undefined;
    const directBase = ctx.currentClass ? ctx.infer.classes.get(ctx.currentClass)?.base : undefined;
    const receiver = e.args[0];
    if (!self || receiver?.kind !== "Name" || receiver.id !== self || directBase !== (f.value.kind === "Name" ? f.value.id : null)) {
      ctx.report(Diagnostics.unsupported, { construct: "calling __init__ other than as the base's initialiser" }, e);
      return lit("undefined");
    }
    const args = bindOrThrow(ctx, signatureOf(`${method.owner}.__init__`, method.def.args, 1), { ...e, args: e.args.slice(1) });
    return call(lit("super"), args);
  }
  const sig = signatureOf(`${method.owner}.${f.attr}`, method.def.args, 0);
  return orThrow(bindOrThrow(ctx, sig, e), (args) => call(member(member(member(lowerExpr(ctx, f.value), "prototype"), f.attr), "call"), args));
}

export { id };
