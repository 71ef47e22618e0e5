/**
 * `f.__doc__`, `f.__defaults__`, `f.__kwdefaults__`: a JS function has none of them, so where the
 * module reads one of these attribute names anywhere, each `def` with a docstring or defaults
 * gets them attached (the default holders are the same objects the parameters default to, as
 * in CPython). `functools.wraps` copies `__doc__` on to a wrapper.
 *
 * `f.__qualname__` likewise: where the module may read it, a def or lambda nested in a function
 * (`outer.<locals>.f`) and a static or class method (`K.s`) get theirs. Attaching costs a
 * property definition each time the def runs, so it is only done then; plain methods need
 * nothing (the runtime's `bindMethod` / `unboundMethod` name them after their class).
 *
 *     def area(w, h=1):                    const area = functionAttributes(function area(w, h = 1) {...},
 *         """Area of a rectangle."""   →     { __doc__: "Area of a rectangle.", __defaults__: tuple(1) });
 */
import type * as A from "../ast/nodes.js";
import type { Scope } from "../analysis/scopes.js";
import { call, type Expr, exprStmt, lit, member, type Param, type Stmt, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { docstringOf } from "./functions.js";
import { qualifiedName } from "./generators.js";

export const FUNCTION_ATTRIBUTES = new Set(["__doc__", "__defaults__", "__kwdefaults__"]);

/** `functionAttributes(fn, {...})` around `fn`, or `fn` itself when nothing is read or there is nothing to say. */
export function withFunctionAttributes(ctx: LowerContext, s: A.FunctionDef | A.AsyncFunctionDef, params: readonly Param[], fn: Expr): Expr {
  const props: { key: string; value: Expr }[] = [];
  // generator functions and coroutines are named by their runtime wrappers
  const qualname = qualifiedName(ctx.scope, s.name);
  if (ctx.readsQualnames && qualname !== s.name && s.kind === "FunctionDef" && !ctx.scopes.scopes.get(s)?.isGenerator) props.push({ key: "__qualname__", value: str(qualname) });
  if (!ctx.readsFunctionAttributes) return props.length === 0 ? fn : call(ctx.helper("functionAttributes"), [fn, { k: "object", props }]);
  const doc = docstringOf(s.body);
  if (doc !== null) props.push({ key: "__doc__", value: str(doc) });
  const positional = s.args.posonlyargs.length + s.args.args.length;
  const defaults = params.slice(0, positional).filter((p) => p.init).map((p) => p.init!);
  if (defaults.length > 0) props.push({ key: "__defaults__", value: call(ctx.helper("tuple"), defaults) });
  const kwonly = s.args.kwonlyargs.map((a, i) => ({ name: a.arg, init: params[positional + i]?.init })).filter((p) => p.init);
  if (kwonly.length > 0) props.push({ key: "__kwdefaults__", value: call(member(ctx.helper("PyDict"), "of"), kwonly.flatMap((p) => [str(p.name), p.init!])) });
  if (props.length === 0) return fn;
  return call(ctx.helper("functionAttributes"), [fn, { k: "object", props }]);
}

/** A lambda nested in a function or class with its `__qualname__`, where the module may read one. */
export function withLambdaQualname(ctx: LowerContext, fn: Expr): Expr {
  const qualname = qualifiedName(ctx.scope, "<lambda>");
  if (!ctx.readsQualnames || qualname === "<lambda>") return fn;
  return call(ctx.helper("functionAttributes"), [fn, { k: "object", props: [{ key: "__qualname__", value: str(qualname) }] }]);
}

/** `functionAttributes(this.s, { __qualname__: "K.s" })` for a static or class method, in the class's static block. */
export function methodQualname(ctx: LowerContext, classScope: Scope, name: string): Stmt | null {
  if (!ctx.readsQualnames) return null;
  return exprStmt(call(ctx.helper("functionAttributes"), [member(lit("this"), name), { k: "object", props: [{ key: "__qualname__", value: str(qualifiedName(classScope, name)) }] }]));
}
