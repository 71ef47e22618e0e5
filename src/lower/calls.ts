/**
 * Calls. A known callee (a `def` or class in scope) gets its keyword arguments resolved at
 * compile time (reordered, `undefined` for skipped defaults); a call CPython would reject raises
 * the same TypeError at run time. Runtime functions take keywords as one trailing `kw({...})`.
 *
 *     connect("db", port=1)        →  connect("db", 1)
 *     sorted(xs, reverse=True)     →  sorted(xs, kw({ reverse: true }))
 *     Point(1, y=2)                →  new Point(1, 2)
 */
import { checkBuiltinDunder, isAnsweredDunderCall, isValueDunderCall } from "./builtin-dunders.js";
import type * as A from "../ast/nodes.js";
import { resolveScope } from "../analysis/scopes.js";
import { isTypedDictClass } from "../analysis/class-bases.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { call, type Expr, id, lit, member, str } from "../ir/nodes.js";
import { builtinValue, importedMember, importedModule, isRuntimeClass, TYPE_CALLS } from "./builtins.js";
import { lowerBuiltinCall } from "./builtin-calls.js";
import type { LowerContext } from "./context.js";
import { lowerAttribute, lowerElement, lowerExpr } from "./expressions.js";
import { classSignature, dynamicMethodCall, functionSignature, methodCall } from "./callees.js";
import { signatureOf } from "./signature.js";
import { bindArguments, type Signature } from "./signature.js";
import { lowerAsyncioCall } from "./asyncio-calls.js";
import { lowerIntrospectionCall } from "./introspection-calls.js";
import { checkCoroutineStepping } from "./coroutine-stepping.js";
import { isEnumClass } from "./enums.js";

/** Methods of list, str, int and float that JS arrays, strings and numbers lack or define differently. */
const DYNAMIC_METHODS = new Set([
  "append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "copy", "clear", "upper", "lower", "casefold",
  "title", "capitalize", "swapcase", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isascii",
  "isprintable", "isidentifier", "isupper", "islower", "istitle", "split", "rsplit", "splitlines", "join", "strip", "lstrip",
  "rstrip", "replace", "find", "rfind", "rindex", "startswith", "endswith", "center", "ljust", "rjust", "zfill",
  "partition", "rpartition", "expandtabs", "removeprefix", "removesuffix", "format",
  // int and float methods: JS numbers and booleans have none of them
  "bit_length", "bit_count", "is_integer", "as_integer_ratio", "conjugate",
]);

export function lowerCall(ctx: LowerContext, e: A.Call): Expr {
  const f = e.func;
  ctx.callees.add(f);
  // `Movie(title="Up", year=2009)` with `class Movie(TypedDict)`: a plain dict
  if (f.kind === "Name" && ctx.infer.classes.get(f.id) && isTypedDictClass(ctx.infer.classes.get(f.id)!.node)) return lowerCall(ctx, { ...e, func: { ...f, id: "dict" } });
  if (f.kind === "Name" && !resolveScope(ctx.scope, f.id)) {
    const spread = spreadBuiltinCall(ctx, f, e);
    if (spread) return spread;
    const special = lowerBuiltinCall(ctx, f.id, e);
    if (special) return special;
    if (TYPE_CALLS[f.id]) return call(ctx.helper(TYPE_CALLS[f.id]!), runtimeArgs(ctx, e));
    if (ctx.infer.isExceptionClass(f.id)) return { k: "new", callee: ctx.helper(f.id), args: e.args.map((a) => lowerElement(ctx, a)) };
  }
  if (f.kind === "Name" && ctx.thisAlias?.name === f.id && ctx.currentClass) {
    const sig = classSignature(ctx, ctx.currentClass);
    return { k: "new", callee: lit("this"), args: sig ? bindOrThrow(ctx, sig, e) : e.args.map((a) => lowerElement(ctx, a)) };
  }
  if (f.kind === "Name" && ctx.infer.classes.get(f.id)?.isException && resolveScope(ctx.scope, f.id)) {
    return { k: "new", callee: id(ctx.jsName(f.id)), args: e.args.map((a) => lowerElement(ctx, a)) };
  }
  if (f.kind === "Attribute") {
    checkCoroutineStepping(ctx, f);
    const m = methodCall(ctx, f, e);
    if (m) return m;
    const moduleName = f.value.kind === "Name" ? importedModule(ctx, f.value.id) : null;
    if (moduleName && isRuntimeClass(moduleName, f.attr)) return newRuntimeObject(ctx, e, lowerExpr(ctx, f));
  }
  if (f.kind === "Lambda") return orThrow(bindOrThrow(ctx, signatureOf("<lambda>", f.args), e), (args) => call(lowerExpr(ctx, f), args));
  if (f.kind === "Name") {
    // `Color(1)`: the enum's constructor finds the member with that value (runtime enum.ts)
    if (isEnumClass(ctx, f.id) && e.keywords.length === 0) return { k: "new", callee: id(ctx.jsName(f.id)), args: e.args.map((a) => lowerElement(ctx, a)) };
    const cls = classSignature(ctx, f.id);
    if (cls) return orThrow(bindOrThrow(ctx, cls, e), (args) => ({ k: "new", callee: id(ctx.jsName(f.id)), args }));
    const fn = functionSignature(ctx, f.id);
    if (fn) return orThrow(bindOrThrow(ctx, fn, e), (args) => call(id(ctx.jsName(f.id)), args));
    if (isDecoratedDef(ctx, f.id)) return call(ctx.helper("callKw"), [id(ctx.jsName(f.id)), { k: "array", items: e.args.map((a) => lowerElement(ctx, a)) }, keywordPairs(ctx, e)]);
    const imported = importedMember(ctx, f.id);
    const introspected = imported ? lowerIntrospectionCall(ctx, imported.module, imported.name, e) : null;
    if (introspected) return introspected;
    if (imported?.module === "asyncio") {
      const lowered = lowerAsyncioCall(ctx, imported.name, e, lowerExpr(ctx, f));
      if (lowered) return lowered;
    }
    if (imported && isRuntimeClass(imported.module, imported.name)) return newRuntimeObject(ctx, e, lowerExpr(ctx, f));
    if (imported && e.keywords.length > 0) return call(lowerExpr(ctx, f), runtimeArgs(ctx, e));
  }
  if (f.kind === "Name" && e.keywords.length === 0 && ctx.infer.mayHoldClass(ctx.scope, f.id)) {
    // a class held in a variable: callType constructs classes and calls functions
    return call(ctx.helper("callType"), [lowerExpr(ctx, f), ...e.args.map((a) => lowerElement(ctx, a))]);
  }
  if (f.kind === "Attribute" && e.keywords.length === 0 && isAnsweredDunderCall(ctx, f, ctx.typeOf(f.value))) {
    return dynamicMethodCall(ctx, f, e);
  }
  const receiverType = f.kind === "Attribute" ? ctx.typeOf(f.value).t : null;
  // int and float methods (`n.bit_length()`, `x.is_integer()`): JS numbers have none of them
  if (f.kind === "Attribute" && (receiverType === "int" || receiverType === "float" || receiverType === "bool" || receiverType === "num") && e.keywords.length === 0) {
    checkBuiltinDunder(ctx, f, ctx.typeOf(f.value));
    return dynamicMethodCall(ctx, f, e);
  }
  // a dunder on a receiver of unknown type: built-in values have no JS method for it (runtime builtin-dunders.ts)
  if (f.kind === "Attribute" && (DYNAMIC_METHODS.has(f.attr) || isValueDunderCall(ctx, f)) && (receiverType === "unknown" || receiverType === "none") && e.keywords.length === 0) {
    return dynamicMethodCall(ctx, f, e);
  }
  // in call position a method is looked up, not bound (src/lower/bound-methods.ts binds values)
  const callee = f.kind === "Attribute" ? lowerAttribute(ctx, f) : lowerExpr(ctx, f);
  if (e.keywords.length > 0) {
    if (isRuntimeCallee(ctx, f) && !e.keywords.some((k) => k.arg === null)) return call(callee, runtimeArgs(ctx, e));
    const positional: Expr = { k: "array", items: e.args.map((a) => lowerElement(ctx, a)) };
    // a method keeps its receiver
    if (f.kind === "Attribute" && !(f.value.kind === "Name" && importedModule(ctx, f.value.id))) return call(ctx.helper("callMethodKw"), [lowerExpr(ctx, f.value), str(f.attr), positional, keywordPairs(ctx, e)]);
    return call(ctx.helper("callKw"), [callee, positional, keywordPairs(ctx, e)]);
  }
  const args = e.args.map((a) => lowerElement(ctx, a));
  // a value of unknown kind may be a class, a builtin type or a `__call__` object: the runtime dispatches
  if (f.kind !== "Attribute" && !isRuntimeCallee(ctx, f) && ctx.typeOf(f).t !== "func") return call(ctx.helper("invoke"), [callee, ...args]);
  return call(callee, args);
}

/**
 * `new` of a runtime class; the type arguments TypeScript cannot infer from a type object
 * (`defaultdict(list)`) come from the inferred Python type.
 */
export function newRuntimeObject(ctx: LowerContext, e: A.Call, callee: Expr): Expr {
  const t = ctx.typeOf(e);
  const name = e.func.kind === "Name" ? importedMember(ctx, e.func.id)?.name : e.func.kind === "Attribute" ? e.func.attr : undefined;
  // Counter<K> counts; the other dict classes take key and value types
  const typeArgs = t.t === "dict" ? (name === "Counter" ? [ctx.annotationType(t.key)] : [ctx.annotationType(t.key), ctx.annotationType(t.value)]) : t.t === "list" || t.t === "set" ? [ctx.annotationType(t.elem)] : undefined;
  return { k: "new", callee, args: runtimeArgs(ctx, e), ...(typeArgs ? { typeArgs } : {}) };
}

/** A call that cannot bind is replaced by the TypeError it raises. */
export function orThrow(args: Expr[], build: (args: Expr[]) => Expr): Expr {
  const only = args.length === 1 ? args[0]! : null;
  if (only && only.k === "call" && only.callee.k === "arrow" && only.callee.ret === "never") return only;
  return build(args);
}

/** `[["name", value], ...kwargs.items()]` for the runtime's `callKw`. */
function keywordPairs(ctx: LowerContext, e: A.Call): Expr {
  return {
    k: "array",
    items: e.keywords.map((k) => (k.arg === null ? { k: "spread", expr: call(member(lowerExpr(ctx, k.value), "items"), []) } : { k: "array", items: [str(k.arg), lowerExpr(ctx, k.value)] })),
  };
}

/** A `def` with decorators: what the name holds is whatever the decorators returned. */
function isDecoratedDef(ctx: LowerContext, name: string): boolean {
  const owner = resolveScope(ctx.scope, name);
  if (!owner) return false;
  const sites = ctx.infer.bindings.get(owner)?.get(name) ?? [];
  const node = sites.length === 1 && sites[0]!.how === "def" ? (sites[0] as { node: A.Node }).node : null;
  return node !== null && node.kind === "FunctionDef" && node.decorator_list.length > 0;
}

function isRuntimeCallee(ctx: LowerContext, f: A.Expr): boolean {
  if (f.kind === "Name") return !resolveScope(ctx.scope, f.id) || importedMember(ctx, f.id) !== null;
  if (f.kind === "Attribute") {
    const t = ctx.typeOf(f.value);
    // JS strings, arrays and numbers have methods of their own: keywords go through callMethodKw
    return !["instance", "class", "unknown", "str", "list", "tuple", "int", "float", "bool", "num"].includes(t.t);
  }
  return false;
}

/** Positional arguments, then keywords as one trailing `kw({...})` (runtime functions). */
export function runtimeArgs(ctx: LowerContext, e: A.Call, convert: (a: A.Expr) => Expr = (a) => lowerElement(ctx, a)): Expr[] {
  const args = e.args.map(convert);
  if (e.keywords.length === 0) return args;
  const named = e.keywords.filter((k) => k.arg !== null);
  const spread = e.keywords.filter((k) => k.arg === null);
  if (spread.length > 0) {
    ctx.report(Diagnostics.unsupported, { construct: "'**' arguments to a runtime function" }, spread[0]!);
  }
  args.push(call(ctx.helper("kw"), [{ k: "object", props: named.map((k) => ({ key: k.arg!, value: lowerExpr(ctx, k.value) })) }]));
  return args;
}

/** Builtins whose runtime function takes a rest parameter, so that `f(...xs)` type-checks as it is. */
const REST_BUILTINS = new Set(["print", "max", "min", "zip", "map"]);

/**
 * `range(*bounds)`: a starred argument to a builtin whose runtime function has fixed parameters
 * is spread at run time by callKw (`f(...xs)` is a TypeScript error, TS2556).
 */
function spreadBuiltinCall(ctx: LowerContext, f: A.Name, e: A.Call): Expr | null {
  if (REST_BUILTINS.has(f.id) || e.keywords.length > 0 || !e.args.some((a) => a.kind === "Starred")) return null;
  const value = builtinValue(ctx, f.id, f);
  if (value === null) return null;
  return call(ctx.helper("callKw"), [value, { k: "array", items: e.args.map((a) => lowerElement(ctx, a)) }, { k: "array", items: [] }]);
}

/** JS arguments for a known signature, or a `throw` of CPython's TypeError. */
export function bindOrThrow(ctx: LowerContext, sig: Signature, e: A.Call, leading: readonly Expr[] = []): Expr[] {
  const dynamic = e.args.some((a) => a.kind === "Starred") || e.keywords.some((k) => k.arg === null);
  if (dynamic) return dynamicBind(ctx, sig, e, leading);
  const bound = bindArguments(sig, e.args.map((a) => lowerExpr(ctx, a)), e.keywords.map((k) => ({ name: k.arg!, value: lowerExpr(ctx, k.value) })));
  if (!bound.ok) return [throwTypeError(ctx, bound.message)];
  return [...leading, ...argumentList(ctx, sig, bound.slots, bound.extraKeywords, bound.extraPositional)];
}

export function argumentList(ctx: LowerContext, sig: Signature, slots: readonly (Expr | null)[], extraKeywords: readonly { name: string; value: Expr }[], extraPositional: readonly Expr[]): Expr[] {
  const out: Expr[] = slots.map((s) => s ?? lit("undefined"));
  if (sig.kwarg) {
    out.push(extraKeywords.length > 0 || extraPositional.length > 0 ? dictOf(ctx, extraKeywords) : lit("undefined"));
  }
  out.push(...extraPositional);
  while (out.length > 0 && out[out.length - 1]!.k === "lit" && (out[out.length - 1] as { text: string }).text === "undefined") out.pop();
  return out;
}

function dictOf(ctx: LowerContext, entries: readonly { name: string; value: Expr }[]): Expr {
  return { k: "new", callee: ctx.helper("PyDict"), args: entries.length ? [{ k: "array", items: entries.map((x) => ({ k: "array", items: [str(x.name), x.value] })) }] : [] };
}

/** `f(*xs, **opts)` against a known signature: bound at run time by the runtime's binder. */
function dynamicBind(ctx: LowerContext, sig: Signature, e: A.Call, leading: readonly Expr[]): Expr[] {
  const positional: Expr = { k: "array", items: e.args.map((a) => lowerElement(ctx, a)) };
  const keywords: Expr = {
    k: "array",
    items: e.keywords.map((k) => (k.arg === null ? { k: "spread", expr: call(member(lowerExpr(ctx, k.value), "items"), []) } : { k: "array", items: [str(k.arg), lowerExpr(ctx, k.value)] })),
  };
  const spec: Expr = {
    k: "object",
    props: [
      { key: "name", value: str(sig.name) },
      { key: "params", value: { k: "array", items: sig.params.map((p) => ({ k: "array", items: [str(p.name), str(p.kind), lit(p.hasDefault ? "true" : "false")] })) } },
      { key: "varargs", value: lit(sig.vararg ? "true" : "false") },
      { key: "varkw", value: lit(sig.kwarg ? "true" : "false") },
    ],
  };
  // TypeScript spreads only tuples into fixed parameters: one `any` per JS parameter
  const fixed = sig.params.length + (sig.kwarg ? 1 : 0);
  const shape = `[${[...Array(fixed).fill("any"), ...(sig.vararg ? ["...any[]"] : [])].join(", ")}]`;
  return [...leading, { k: "spread", expr: { k: "as", expr: call(ctx.helper("bindArgs"), [spec, positional, keywords]), type: shape } }];
}

/** An expression that raises CPython's TypeError for a call that cannot bind (typed `never[]`). */
export function throwTypeError(ctx: LowerContext, message: string): Expr {
  return call({ k: "arrow", params: [], ret: "never", body: [{ k: "throw", value: { k: "new", callee: ctx.helper("TypeError"), args: [str(message)] } }] }, []);
}

export { builtinValue };
