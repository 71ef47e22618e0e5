/**
 * `def` and `lambda`. Parameters keep their Python names; defaults that are not immutable
 * literals are evaluated once, where the `def` runs, into a constant the parameter defaults to
 * (Python shares one default object between calls). JS parameter order: positional, then
 * keyword-only, then `**kwargs` as a PyDict, then `*args` as a rest parameter turned into a tuple.
 *
 *     def add_item(item, bucket=[]):      const add_item$bucket: any[] = [];
 *         ...                         →   function add_item(item: any, bucket = add_item$bucket) { ... }
 */
import type * as A from "../ast/nodes.js";
import type { Scope } from "../analysis/scopes.js";
import { call, type Expr, id, type Param, type Stmt } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";
import { lowerBody } from "./statements.js";
import { signatureSpec } from "./signature.js";
import { generatorLambda } from "./generators.js";
import { declareOwners, withOwners } from "./generator-owners.js";
import { withLambdaQualname } from "./function-attributes.js";

export interface LoweredFunction {
  readonly params: Param[];
  readonly body: Stmt[];
  /** statements that must run where the `def` runs (default values evaluated once) */
  readonly before: Stmt[];
  readonly ret?: string;
}

function isLiteralDefault(e: A.Expr): boolean {
  if (e.kind === "Constant") return e.value.type !== "bytes";
  if (e.kind === "UnaryOp" && e.op === "USub") return e.operand.kind === "Constant";
  if (e.kind === "Tuple") return e.elts.every(isLiteralDefault);
  return false;
}

export function lowerParams(ctx: LowerContext, fnName: string, args: A.Arguments, options: { skip: number; scope: Scope }): { params: Param[]; before: Stmt[]; prologue: Stmt[] } {
  const positional = [...args.posonlyargs, ...args.args];
  const before: Stmt[] = [];
  const prologue: Stmt[] = [];
  const params: Param[] = [];
  const paramType = (a: A.Arg): string => ctx.annotationType(ctx.infer.variable(options.scope, a.arg));
  const withDefault = (a: A.Arg, d: A.Expr | null): Param => {
    const type = paramType(a);
    if (!d) return { name: ctx.jsName(a.arg), type };
    if (isLiteralDefault(d)) return { name: ctx.jsName(a.arg), type, init: lowerExpr(ctx, d) };
    const holder = `${fnName}$${a.arg}`;
    before.push({ k: "var", kind: "const", target: id(holder), init: lowerExpr(ctx, d), type: ctx.annotationType(ctx.typeOf(d)) });
    return { name: ctx.jsName(a.arg), type, init: id(holder) };
  };
  positional.forEach((a, i) => {
    if (i < options.skip) return;
    const d = i - (positional.length - args.defaults.length);
    params.push(withDefault(a, d >= 0 ? args.defaults[d]! : null));
  });
  args.kwonlyargs.forEach((a, i) => params.push(withDefault(a, args.kw_defaults[i] ?? null)));
  if (args.kwarg) params.push({ name: ctx.jsName(args.kwarg.arg), type: "PyDict<string, any>", init: { k: "new", callee: ctx.helper("PyDict"), args: [] } });
  if (args.vararg) {
    const restName = `${args.vararg.arg}$`;
    params.push({ name: restName, type: "any[]", rest: true });
    prologue.push({ k: "var", kind: "const", target: id(ctx.jsName(args.vararg.arg)), init: call(ctx.helper("asTuple"), [id(restName)]) });
  }
  // a parameter without a default after one with a default: JS needs it optional-compatible
  let seenDefault = false;
  for (let i = 0; i < params.length; i++) {
    const p = params[i]!;
    if (p.init || p.rest) seenDefault = true;
    else if (seenDefault) params[i] = { ...p, type: p.type };
  }
  return { params, before, prologue };
}

export function lowerFunctionBody(ctx: LowerContext, node: A.FunctionDef | A.AsyncFunctionDef, options: { skip: number; name: string }): LoweredFunction {
  const scope = ctx.scopes.scopes.get(node)!;
  const { params, before, prologue } = lowerParams(ctx, options.name, node.args, { skip: options.skip, scope });
  const body = ctx.inScope(scope, () => {
    for (const p of params) ctx.declared.add(p.name);
    for (const a of [...node.args.posonlyargs, ...node.args.args].slice(0, options.skip)) ctx.declared.add(a.arg);
    if (node.args.vararg) ctx.declared.add(node.args.vararg.arg);
    const owners = declareOwners(ctx);
    return withOwners(ctx, owners, [...prologue, ...lowerBody(ctx, docstringless(node.body), { top: true })]);
  });
  return { params, body, before };
}

export function docstringless(body: readonly A.Stmt[]): readonly A.Stmt[] {
  const first = body[0];
  if (first && first.kind === "Expr" && first.value.kind === "Constant" && first.value.value.type === "str") return body.slice(1);
  return body;
}

export function docstringOf(body: readonly A.Stmt[]): string | null {
  const first = body[0];
  return first && first.kind === "Expr" && first.value.kind === "Constant" && first.value.value.type === "str" ? first.value.value.value : null;
}

export function lowerLambda(ctx: LowerContext, e: A.Lambda): Expr {
  const scope = ctx.scopes.scopes.get(e)!;
  const { params, before, prologue } = lowerParams(ctx, "lambda", e.args, { skip: 0, scope });
  const inlineParams = params;
  const body = ctx.inScope(scope, () => lowerExpr(ctx, e.body));
  const inner: Expr = scope.isGenerator
    ? generatorLambda(ctx, e, inlineParams, [...prologue, { k: "return", value: body }])
    : withLambdaQualname(ctx, { k: "arrow", params: inlineParams, body: prologue.length ? [...prologue, { k: "return", value: body }] : body });
  if (before.length > 0) {
    // defaults evaluated once, where the lambda is created
    const values = before.map((b) => (b.k === "var" ? b.init! : id("undefined")));
    const names = before.map((b) => (b.k === "var" ? (b.target as { name: string }).name : ""));
    return call({ k: "arrow", params: names.map((n) => ({ name: n })), body: inner }, values);
  }
  // a lambda taking keywords may reach a call the compiler cannot bind (`callKw` binds it then)
  const keywordParams = e.args.kwarg !== null || e.args.kwonlyargs.length > 0 || e.args.args.length > 0;
  return keywordParams && ctx.infer.mayCallWithKeywordsDynamically() ? call(ctx.helper("withSignature"), [inner, signatureSpec("<lambda>", e.args)]) : inner;
}
