/**
 * `def` statements. A plain function becomes a function declaration; a decorated one becomes
 * a constant holding the decorated function expression (decorators apply bottom-up); a
 * generator function is wrapped once with the runtime's `generator(name, function* ...)` so
 * that calls return a Python generator object (docs/generators.md).
 *
 *     @logged                               const area = logged(function area(w: any, h = 1) {
 *     def area(w, h=1): return w * h   →      return mul(w, h);
 *                                           });
 */
import type * as A from "../ast/nodes.js";
import { tsType } from "../analysis/pytypes.js";
import { call, type Expr, exprStmt, id, type Stmt, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";
import { lowerFunctionBody } from "./functions.js";
import { mentions } from "../analysis/walk.js";
import { signatureOf } from "./signature.js";
import { generatorFunction } from "./generators.js";
import { withFunctionAttributes } from "./function-attributes.js";

/** The return type; `void` for procedures, and an explicit `return null` where Python falls off the end. */
export function returnAnnotation(ctx: LowerContext, s: A.FunctionDef | A.AsyncFunctionDef, body: Stmt[]): string {
  const t = ctx.infer.returnType(s);
  if (t.t === "none") return "void";
  const last = s.body[s.body.length - 1];
  if (t.t === "optional" && last && last.kind !== "Return" && last.kind !== "Raise") body.push({ k: "return", value: { k: "lit", text: "null" } });
  return tsType(t);
}

function hasKeywordParams(s: A.FunctionDef | A.AsyncFunctionDef): boolean {
  return s.args.args.length + s.args.kwonlyargs.length > 0 || s.args.kwarg !== null;
}

/** The Python signature the runtime's `callKw` binds against (calls whose callee is unknown). */
function signatureSpec(s: A.FunctionDef | A.AsyncFunctionDef): Expr {
  const sig = signatureOf(s.name, s.args);
  return {
    k: "object",
    props: [
      { key: "name", value: str(s.name) },
      { key: "params", value: { k: "array", items: sig.params.map((p) => ({ k: "array", items: [str(p.name), str(p.kind), { k: "lit", text: p.hasDefault ? "true" : "false" }] })) } },
      { key: "varargs", value: { k: "lit", text: sig.vararg ? "true" : "false" } },
      { key: "varkw", value: { k: "lit", text: sig.kwarg ? "true" : "false" } },
    ],
  };
}

export function lowerFunctionDef(ctx: LowerContext, s: A.FunctionDef | A.AsyncFunctionDef): Stmt[] {
  const scope = ctx.scopes.scopes.get(s)!;
  const name = ctx.jsName(s.name);
  const fn = lowerFunctionBody(ctx, s, { skip: 0, name });
  const isGenerator = scope.isGenerator;
  const isAsync = s.kind === "AsyncFunctionDef";
  const ret = isGenerator || isAsync ? undefined : returnAnnotation(ctx, s, fn.body);
  const declaredBefore = ctx.declared.has(s.name);
  ctx.declared.add(s.name);
  if (s.decorator_list.length === 0 && !isGenerator && !isAsync && !declaredBefore) {
    const decl: Stmt = { k: "function", name, params: fn.params, body: fn.body, ...(ret ? { ret } : {}) };
    const after: Stmt[] = [];
    const attributes = withFunctionAttributes(ctx, s, fn.params, id(name));
    if (attributes.k === "call") after.push(exprStmt(attributes));
    if (ctx.infer.escapes(s) && hasKeywordParams(s)) after.push(exprStmt(call(ctx.helper("withSignature"), [id(name), signatureSpec(s)])));
    return [...fn.before, decl, ...after];
  }
  const selfReferencing = s.decorator_list.length > 0 && mentions(s.body, s.name);
  const plainGenerator = isGenerator && s.kind === "FunctionDef";
  const funcName = selfReferencing ? `${name}$` : name;
  let value: Expr = plainGenerator
    ? generatorFunction(ctx, s, fn.params, fn.body)
    : { k: "func", name: funcName, params: fn.params, body: fn.body, ...(ret ? { ret } : {}), ...(isGenerator ? { generator: true } : {}), ...(isAsync ? { async: true } : {}) };
  if (s.decorator_list.length > 0 || ctx.infer.escapes(s)) value = call(ctx.helper("withSignature"), [value, signatureSpec(s)]);
  if (isAsync) {
    // a named function expression would shadow the lazy wrapper inside its own body: name it f$
    const inner = value.k === "func" ? { ...value, name: `${name}$`, body: [...value.body, ...(isGenerator ? [] : [{ k: "return", value: { k: "lit", text: "null" } } as Stmt])] } : value;
    value = call(ctx.helper(isGenerator ? "asyncGenerator" : "coroutine", "py2ts/runtime/asyncio"), [inner]);
  }
  value = withFunctionAttributes(ctx, s, fn.params, value);
  for (let i = s.decorator_list.length - 1; i >= 0; i--) value = call(lowerExpr(ctx, s.decorator_list[i]!), [value]);
  const decl: Stmt = declaredBefore
    ? { k: "expr", expr: { k: "assign", op: "=", target: id(name), value } }
    : { k: "var", kind: (ctx.scope.bindCount.get(s.name) ?? 0) > 1 ? "let" : "const", target: id(name), init: value, ...(s.decorator_list.length ? { type: "any" } : {}) };
  return [...fn.before, decl];
}
