/**
 * Generator functions, methods and lambdas (docs/generators.md, "Emission"). The body stays a
 * native `function*` typed `Generator<Y, R, S>` (TypeScript's order: yield, return, next) from
 * the inferred types; the runtime's wrapper turns each call into a PyGenerator with CPython's
 * protocol. The wrapper's options say what the compiler knows (`cleanup: true`: closing it
 * early may run code, a `finally` or `__exit__`; `handlesExceptions: true`: it may yield while
 * handling an exception in a module that reads `sys.exception()`, handled-exceptions.ts).
 *
 *     def countdown(n):          const countdown = generator("countdown", function* (n: number): Generator<number, void, any> {
 *         while n > 0:              while (n > 0) { yield n; n -= 1; }
 *             yield n       →     });
 *             n -= 1
 *
 *     class Bag:                          class Bag {
 *         def items(self):                  items(): PyGenerator<string, void, any> {
 *             yield from self.xs    →          return makeGenerator(this.#items(), "Bag.items");
 *                                            }
 *                                            *#items(): Generator<string, void, any> { yield* delegate(this.xs); }
 *                                          }
 *
 * A method is a pair (the public method wraps the native generator method), so `this` and full
 * typing stay, with no per-instance closure. The function expression of a `def` stays anonymous:
 * a name would shadow the wrapper inside the body, and a recursive call would get a bare JS
 * generator. A generator that may return a value gets `return null` where Python returns None.
 */
import type * as A from "../ast/nodes.js";
import { generatorReturnType, type PyType, tsType, UNKNOWN } from "../analysis/pytypes.js";
import type { Scope } from "../analysis/scopes.js";
import { generatorBody } from "../analysis/generator-body.js";
import { ownsGenerators } from "./generator-owners.js";
import { yieldsWhileHandling } from "./handled-exceptions.js";
import { lowerExpr } from "./expressions.js";
import { call, type ClassMember, type Expr, exprStmt, id, lit, member, type Param, type Stmt, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";

type GenType = PyType & { t: "gen" };

function generatorTypeOf(ctx: LowerContext, fn: A.FunctionDef | A.AsyncFunctionDef | A.Lambda): GenType {
  // the generator type is written on the def, outside its body: its own local classes are out of reach
  const t = ctx.reachableType(ctx.infer.generatorType(fn));
  return t.t === "gen" ? t : { t: "gen", yield: UNKNOWN, ret: UNKNOWN, send: UNKNOWN, cleanup: true };
}

/** `Generator<Y, R, S>` of the native body; S is what a resumed `yield` gives (null when `next()` may send None). */
function nativeType(t: GenType): string {
  const send = t.send.t === "unknown" || t.send.t === "never" ? "any" : tsType(t.send);
  return `Generator<${tsType(t.yield)}, ${generatorReturnType(t.ret)}, ${send}>`;
}

/** The wrapper's options object, or nothing when the defaults hold. */
function optionsArg(ctx: LowerContext, fn: A.FunctionDef | A.Lambda, t: GenType): Expr[] {
  const cleanup = t.cleanup || (fn.kind === "FunctionDef" && ownsGenerators(ctx, ctx.scopes.scopes.get(fn)!));
  const props = [
    ...(cleanup ? [{ key: "cleanup", value: lit("true") }] : []),
    // it may be suspended while handling an exception: its own sys.exception() state
    ...(ctx.tracksHandledExceptions && yieldsWhileHandling(fn) ? [{ key: "handlesExceptions", value: lit("true") }] : []),
  ];
  return props.length > 0 ? [{ k: "object", props }] : [];
}

/** Python's `__qualname__` of a function defined in `scope`'s body under `name`. */
export function qualifiedName(scope: Scope, name: string): string {
  const parts = [name];
  for (let s: Scope | null = scope; s && s.kind !== "module"; s = s.parent) {
    const n = s.node;
    if (n.kind === "ClassDef") parts.unshift(n.name);
    else if (n.kind === "FunctionDef" || n.kind === "AsyncFunctionDef") parts.unshift(n.name, "<locals>");
    else if (n.kind === "Lambda") parts.unshift("<lambda>", "<locals>");
    // a comprehension's scope adds no "<locals>" (CPython 3.11's compiler_set_qualname)
    else parts.unshift(n.kind === "GeneratorExp" ? "<genexpr>" : n.kind === "ListComp" ? "<listcomp>" : n.kind === "SetComp" ? "<setcomp>" : "<dictcomp>");
  }
  return parts.join(".");
}

/**
 * Where a generator may return a value, Python's implicit `return None` (a bare `return`, or
 * falling off the end) must be an explicit `return null` for TypeScript.
 */
function explicitNoneReturns(body: readonly Stmt[], t: GenType, fn: A.FunctionDef | A.Lambda): Stmt[] {
  const returnsValue = generatorReturnType(t.ret) !== "void";
  const out = body.map((s) => rewriteReturns(s, returnsValue));
  if (returnsValue && generatorBody(fn).fallsOff) out.push({ k: "return", value: lit("null") });
  return out;
}

/** `return;` ↔ `return null;` as the declared return type needs. */
function rewriteReturns(s: Stmt, returnsValue: boolean): Stmt {
  const many = (b: readonly Stmt[]): Stmt[] => b.map((x) => rewriteReturns(x, returnsValue));
  switch (s.k) {
    case "return":
      if (returnsValue) return s.value === null ? { k: "return", value: lit("null") } : s;
      return s.value !== null && s.value.k === "lit" && s.value.text === "null" ? { k: "return", value: null } : s;
    case "if": return { ...s, then: many(s.then), ...(s.else ? { else: many(s.else) } : {}) };
    case "while": case "forof": case "for": case "block": return { ...s, body: many(s.body) };
    case "try": return { ...s, body: many(s.body), ...(s.catchBody ? { catchBody: many(s.catchBody) } : {}), ...(s.finally ? { finally: many(s.finally) } : {}) };
    default: return s;
  }
}

/** `generator("name", function* (...): Generator<Y, R, S> {...}, options?)` for a `def`. */
export function generatorFunction(ctx: LowerContext, def: A.FunctionDef, params: readonly Param[], body: readonly Stmt[]): Expr {
  const t = generatorTypeOf(ctx, def);
  const fn: Expr = { k: "func", params, body: explicitNoneReturns(body, t, def), ret: nativeType(t), generator: true };
  return call(ctx.helper("generator"), [str(qualifiedName(ctx.scope, def.name)), fn, ...optionsArg(ctx, def, t)]);
}

/** A lambda whose body yields: `generator("<lambda>", function* () { return yield x; })`. */
export function generatorLambda(ctx: LowerContext, e: A.Lambda, params: readonly Param[], body: readonly Stmt[]): Expr {
  const t = generatorTypeOf(ctx, e);
  // a lambda returns its body's value; one that is only ever None is not returned (TypeScript's `void`)
  const last = body[body.length - 1];
  const statements = generatorReturnType(t.ret) === "void" && last?.k === "return" && last.value ? [...body.slice(0, -1), exprStmt(last.value)] : body;
  const fn: Expr = { k: "func", params, body: statements, ret: nativeType(t), generator: true };
  return call(ctx.helper("generator"), [str(qualifiedName(ctx.scope, "<lambda>")), fn, ...optionsArg(ctx, e, t)]);
}

/** The public method and its native generator method `#name`. */
export function generatorMethod(
  ctx: LowerContext,
  cls: A.ClassDef,
  def: A.FunctionDef,
  method: ClassMember & { k: "method" },
): ClassMember[] {
  const t = generatorTypeOf(ctx, def);
  // private, so not virtual: `super().items()` in an override runs the base class's body, and a
  // static one is reached through its own class for the same reason
  const nativeName = `#${method.name}`;
  const args: Expr[] = method.params.map((p) => (p.rest ? { k: "spread", expr: id(p.name) } : id(p.name)));
  const qualname = qualifiedName(ctx.scopes.scopes.get(cls)!, def.name);
  const owner = method.static ? id(ctx.jsName(cls.name)) : lit("this");
  const made = call(ctx.helper("makeGenerator"), [call(member(owner, nativeName), args), str(qualname), ...optionsArg(ctx, def, t)]);
  const publicMethod: ClassMember = { ...method, body: [{ k: "return", value: made }], ret: ctx.annotationType(t), generator: false };
  const nativeParams = method.params.map((p) => ({ name: p.name, ...(p.type ? { type: p.type } : {}), ...(p.rest ? { rest: true } : {}) }));
  const native: ClassMember = {
    k: "method",
    name: nativeName,
    params: nativeParams,
    body: explicitNoneReturns(method.body, t, def),
    ret: nativeType(t),
    generator: true,
    ...(method.static ? { static: true } : {}),
  };
  return [publicMethod, native];
}

/**
 * `yield x` → `yield x` (bare `yield` → `yield null`: None); `yield from x` → `yield* delegate(x)`.
 * Inside an `except` clause an exception thrown in at the yield gets the handled exception as
 * its `__context__`: `yield* handlingYield($exc, x)` / `yield* handlingDelegate($exc, x)`.
 */
export function lowerYield(ctx: LowerContext, e: A.Yield | A.YieldFrom): Expr {
  const value = e.value ? lowerExpr(ctx, e.value) : lit("null");
  const handled = ctx.currentException;
  if (handled) return { k: "yield", expr: call(ctx.helper(e.kind === "Yield" ? "handlingYield" : "handlingDelegate"), [id(handled), value]), delegate: true };
  if (e.kind === "Yield") return { k: "yield", expr: value, delegate: false };
  return { k: "yield", expr: call(ctx.helper("delegate"), [value]), delegate: true };
}
