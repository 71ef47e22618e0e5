/**
 * Calls. A known callee (a `def` or class in scope) gets its keyword arguments resolved at
 * compile time (reordered, `undefined` for skipped defaults); a call CPython would reject raises
 * the same TypeError at run time. Runtime functions take keywords as one trailing `kw({...})`.
 *
 *     connect("db", port=1)        →  connect("db", 1)
 *     sorted(xs, reverse=True)     →  sorted(xs, kw({ reverse: true }))
 *     Point(1, y=2)                →  new Point(1, 2)
 */
import type * as A from "../ast/nodes.js";
import { resolveScope } from "../analysis/scopes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { call, type Expr, id, lit, member, str } from "../ir/nodes.js";
import { builtinValue, importedMember, TYPE_CALLS } from "./builtins.js";
import { lowerBuiltinCall } from "./builtin-calls.js";
import type { LowerContext } from "./context.js";
import { lowerElement, lowerExpr } from "./expressions.js";
import { classSignature, functionSignature, methodCall } from "./callees.js";
import { bindArguments, type Signature } from "./signature.js";

/** Methods of list and str that JS arrays and strings lack or define differently. */
const DYNAMIC_METHODS = new Set([
  "append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "copy", "clear", "upper", "lower", "casefold",
  "title", "capitalize", "swapcase", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isascii",
  "isprintable", "isidentifier", "isupper", "islower", "istitle", "split", "rsplit", "splitlines", "join", "strip", "lstrip",
  "rstrip", "replace", "find", "rfind", "rindex", "startswith", "endswith", "center", "ljust", "rjust", "zfill",
  "partition", "rpartition", "expandtabs", "removeprefix", "removesuffix", "format",
]);

/** Runtime classes (constructed with `new`); everything else a module exports is a function. */
const RUNTIME_CLASSES = new Set([
  "collections.Counter", "collections.defaultdict", "collections.OrderedDict", "collections.deque",
  "itertools.count", "itertools.cycle", "itertools.repeat", "itertools.accumulate",
  "contextlib.suppress", "contextlib.closing", "contextlib.nullcontext", "contextlib.ExitStack",
  "contextlib.redirect_stdout", "contextlib.redirect_stderr",
]);

export function lowerCall(ctx: LowerContext, e: A.Call): Expr {
  const f = e.func;
  ctx.callees.add(f);
  if (f.kind === "Name" && !resolveScope(ctx.scope, f.id)) {
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
    const m = methodCall(ctx, f, e);
    if (m) return m;
  }
  if (f.kind === "Name") {
    const cls = classSignature(ctx, f.id);
    if (cls) return orThrow(bindOrThrow(ctx, cls, e), (args) => ({ k: "new", callee: id(ctx.jsName(f.id)), args }));
    const fn = functionSignature(ctx, f.id);
    if (fn) return orThrow(bindOrThrow(ctx, fn, e), (args) => call(id(ctx.jsName(f.id)), args));
    if (isDecoratedDef(ctx, f.id)) return call(ctx.helper("callKw"), [id(ctx.jsName(f.id)), { k: "array", items: e.args.map((a) => lowerElement(ctx, a)) }, keywordPairs(ctx, e)]);
    const imported = importedMember(ctx, f.id);
    if (imported && RUNTIME_CLASSES.has(`${imported.module}.${imported.name}`)) return { k: "new", callee: lowerExpr(ctx, f), args: runtimeArgs(ctx, e) };
    if (imported && e.keywords.length > 0) return call(lowerExpr(ctx, f), runtimeArgs(ctx, e));
  }
  const receiverType = f.kind === "Attribute" ? ctx.typeOf(f.value).t : null;
  if (f.kind === "Attribute" && DYNAMIC_METHODS.has(f.attr) && (receiverType === "unknown" || receiverType === "none") && e.keywords.length === 0) {
    return call(ctx.helper("callMethod"), [lowerExpr(ctx, f.value), str(f.attr), ...e.args.map((a) => lowerElement(ctx, a))]);
  }
  const callee = lowerExpr(ctx, f);
  if (e.keywords.length > 0) {
    if (isRuntimeCallee(ctx, f) && !e.keywords.some((k) => k.arg === null)) return call(callee, runtimeArgs(ctx, e));
    return call(ctx.helper("callKw"), [callee, { k: "array", items: e.args.map((a) => lowerElement(ctx, a)) }, keywordPairs(ctx, e)]);
  }
  return call(callee, e.args.map((a) => lowerElement(ctx, a)));
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
    return t.t !== "instance" && t.t !== "class" && t.t !== "unknown";
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
  return [...leading, { k: "spread", expr: call(ctx.helper("bindArgs"), [spec, positional, keywords]) }];
}

/** An expression that raises CPython's TypeError for a call that cannot bind (typed `never[]`). */
export function throwTypeError(ctx: LowerContext, message: string): Expr {
  return call({ k: "arrow", params: [], ret: "never", body: [{ k: "throw", value: { k: "new", callee: ctx.helper("TypeError"), args: [str(message)] } }] }, []);
}

export { builtinValue };
