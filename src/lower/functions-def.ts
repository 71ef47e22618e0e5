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
import { call, type Expr, exprStmt, id, type Stmt, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";
import { lowerFunctionBody } from "./functions.js";
import { mentions } from "../analysis/walk.js";
import { signatureSpec } from "./signature.js";
import { importedMember, importedModule } from "./builtins.js";
import { loopRunners } from "./loop-runs.js";
import { guardCoroutineBody } from "./coroutine-stop.js";
import { checkAsyncGenerator, coroutineFrameBody } from "./handled-exceptions.js";
import { qualifiedName } from "./generators.js";
import { fallsOffEnd } from "./coroutines.js";
import { generatorFunction } from "./generators.js";
import { withFunctionAttributes } from "./function-attributes.js";

/** The return type; `void` for procedures, and an explicit `return null` where Python falls off the end. */
export function returnAnnotation(ctx: LowerContext, s: A.FunctionDef | A.AsyncFunctionDef, body: Stmt[]): string {
  const t = ctx.infer.returnType(s);
  if (t.t === "none") return "void";
  const last = s.body[s.body.length - 1];
  if (t.t === "optional" && last && last.kind !== "Return" && last.kind !== "Raise") body.push({ k: "return", value: { k: "lit", text: "null" } });
  return ctx.annotationType(t);
}

/** `Promise<T>` for an `async def` from the type its returns give (None: `null`). */
function coroutineReturnType(ctx: LowerContext, s: A.FunctionDef | A.AsyncFunctionDef): string {
  const t = ctx.infer.returnType(s);
  return `Promise<${t.t === "none" ? "null" : ctx.annotationType(t)}>`;
}

function hasKeywordParams(s: A.FunctionDef | A.AsyncFunctionDef): boolean {
  return s.args.args.length + s.args.kwonlyargs.length > 0 || s.args.kwarg !== null;
}

export function lowerFunctionDef(ctx: LowerContext, s: A.FunctionDef | A.AsyncFunctionDef): Stmt[] {
  const legacy = legacyCoroutineDecorator(ctx, s);
  const decorators = s.decorator_list.filter((d) => d !== legacy);
  const scope = ctx.scopes.scopes.get(s)!;
  const name = ctx.jsName(s.name);
  const fn = lowerFunctionBody(ctx, s, { skip: 0, name });
  const isGenerator = scope.isGenerator;
  const isAsync = s.kind === "AsyncFunctionDef";
  const runsLoop = !isGenerator && !isAsync && loopRunners(ctx).has(s);
  const syncRet = isGenerator || isAsync ? undefined : returnAnnotation(ctx, s, fn.body);
  const ret = runsLoop ? `Promise<${syncRet}>` : syncRet;
  const loopAsync = runsLoop ? { async: true } : {};
  const declaredBefore = ctx.declared.has(s.name);
  ctx.declared.add(s.name);
  // `def g(): ...` then `g = g()` or `g = 5`: the binding has the variable's wider type, and a
  // function declaration could not be assigned to
  const varT = ctx.infer.variable(ctx.scope, s.name);
  const rebound = (ctx.scope.bindCount.get(s.name) ?? 0) > 1 && varT.t !== "func";
  if (decorators.length === 0 && !isGenerator && !isAsync && !declaredBefore && !rebound) {
    const decl: Stmt = { k: "function", name, params: fn.params, body: fn.body, ...(ret ? { ret } : {}), ...loopAsync };
    const after: Stmt[] = [];
    const attributes = withFunctionAttributes(ctx, s, fn.params, id(name));
    if (attributes.k === "call") after.push(exprStmt(attributes));
    if (ctx.infer.escapes(s) && hasKeywordParams(s)) after.push(exprStmt(call(ctx.helper("withSignature"), [id(name), signatureSpec(s.name, s.args)])));
    return [...fn.before, decl, ...after];
  }
  const callsItself = mentions(s.body, s.name);
  const selfReferencing = decorators.length > 0 && callsItself;
  const plainGenerator = isGenerator && !isAsync && !legacy;
  const ownName = innerName(ctx, name);
  const funcName = selfReferencing ? ownName : name;
  // a coroutine that awaits itself needs its promise type spelled out, or TypeScript cannot type
  // the binding it is initialised into
  const funcRet = isAsync && !isGenerator && callsItself ? coroutineReturnType(ctx, s) : ret;
  // a named function expression would shadow the lazy wrapper inside its own body: an async
  // def's native function is named f$ (a Python coroutine falls off its end returning None)
  const coroutineBody = isAsync && !isGenerator && fallsOffEnd(s.body) ? [...fn.body, { k: "return", value: { k: "lit", text: "null" } } as Stmt] : fn.body;
  const asyncBody = isAsync && !isGenerator ? coroutineFrameBody(ctx, guardCoroutineBody(ctx, coroutineBody)) : coroutineBody;
  let value: Expr = plainGenerator
    ? generatorFunction(ctx, s as A.FunctionDef, fn.params, fn.body)
    : { k: "func", name: isAsync || legacy ? ownName : funcName, params: fn.params, body: asyncBody, ...(funcRet ? { ret: funcRet } : {}), ...(isGenerator ? { generator: true } : {}), ...(isAsync ? { async: true } : {}), ...loopAsync };
  if (legacy) value = call(ctx.helper("legacyCoroutine", "py2ts/runtime/asyncio"), [value]);
  else if (decorators.length > 0 || ctx.infer.escapes(s)) value = call(ctx.helper("withSignature"), [value, signatureSpec(s.name, s.args)]);
  if (isAsync) {
    if (isGenerator) checkAsyncGenerator(ctx, s as A.AsyncFunctionDef);
    const qualname = qualifiedName(ctx.scope, s.name);
    value = call(ctx.helper(isGenerator ? "asyncGenerator" : "coroutine", "py2ts/runtime/asyncio"), [value, ...(qualname === s.name ? [] : [str(qualname)])]);
  }
  value = withFunctionAttributes(ctx, s, fn.params, value);
  for (let i = decorators.length - 1; i >= 0; i--) value = call(lowerExpr(ctx, decorators[i]!), [value]);
  const decl: Stmt = declaredBefore
    ? { k: "expr", expr: { k: "assign", op: "=", target: id(name), value } }
    : { k: "var", kind: (ctx.scope.bindCount.get(s.name) ?? 0) > 1 ? "let" : "const", target: id(name), init: value, ...(decorators.length ? { type: "any" } : rebound ? { type: ctx.annotationType(varT) } : {}) };
  return [...fn.before, decl];
}

/**
 * The name of a def's own function expression when it must differ from the binding: `f$`, or
 * `f$$` when `f$` is the alias of a runtime helper the body uses (`async def sleep(): await
 * asyncio.sleep(0)` imports the helper as `sleep$`). Python names never contain `$`, and the
 * body is lowered already, so every helper it refers to is recorded.
 */
function innerName(ctx: LowerContext, name: string): string {
  const candidate = `${name}$`;
  for (const key of ctx.helpers.keys()) if (key.endsWith(` as ${candidate}`)) return `${candidate}$`;
  return candidate;
}

/** `@types.coroutine` (or `coroutine` imported from `types`) on a generator: a legacy coroutine. */
function legacyCoroutineDecorator(ctx: LowerContext, s: A.FunctionDef | A.AsyncFunctionDef): A.Expr | null {
  if (s.kind !== "FunctionDef") return null;
  return s.decorator_list.find((d) => {
    if (d.kind === "Attribute" && d.attr === "coroutine" && d.value.kind === "Name") return importedModule(ctx, d.value.id) === "types";
    if (d.kind === "Name") {
      const m = importedMember(ctx, d.id);
      return m !== null && m.module === "types" && m.name === "coroutine";
    }
    return false;
  }) ?? null;
}
