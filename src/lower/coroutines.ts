/**
 * Coroutine methods. A Python coroutine runs nothing until it is awaited or wrapped in a task,
 * while a JS `async` method starts at once; so `async def` in a class becomes a plain method
 * returning the runtime's lazy `Coroutine` around an async arrow (the arrow keeps `this`).
 * An async generator method returns a `PyAsyncGenerator` over a native `async function*`
 * called with the instance (a native async generator is already lazy).
 *
 *     class Conn:                               class Conn {
 *         async def query(self, sql):    →        query(sql: any) {
 *             await asyncio.sleep(0)                return lazy(async () => { await sleep(0); return sql; }, "query");
 *             return sql                          }
 *                                               }
 */
import type * as A from "../ast/nodes.js";
import { call, type Expr, lit, member, type Stmt, str } from "../ir/nodes.js";
import { ASYNCIO, type LowerContext } from "./context.js";
import { resolveScope } from "../analysis/scopes.js";
import { forEachChild } from "../analysis/walk.js";
import { importedMember } from "./builtins.js";
import { findMethod } from "./callees.js";
import { guardCoroutineBody } from "./coroutine-stop.js";
import { afterResume, checkAsyncGenerator, coroutineFrameBody } from "./handled-exceptions.js";

/** True when the body can reach its end (a coroutine then returns None). */
export function fallsOffEnd(body: readonly A.Stmt[]): boolean {
  const last = body[body.length - 1];
  return !last || (last.kind !== "Return" && last.kind !== "Raise");
}

/** The statements of a coroutine method whose lowered body is `body`. */
export function coroutineMethodBody(ctx: LowerContext, def: A.AsyncFunctionDef, body: Stmt[], options: { generator: boolean; className: string; qualname: string }): Stmt[] {
  if (options.generator) {
    checkAsyncGenerator(ctx, def);
    const gen: Expr = { k: "func", params: [{ name: "this", type: options.className }], body, generator: true, async: true };
    const started = call(member(gen, "call"), [lit("this")]);
    return [{ k: "return", value: { k: "new", callee: ctx.helper("PyAsyncGenerator", ASYNCIO), args: [started, str(def.name), str(options.qualname)] } }];
  }
  const full = coroutineFrameBody(ctx, guardCoroutineBody(ctx, fallsOffEnd(def.body) ? [...body, { k: "return", value: lit("null") } as Stmt] : body));
  return [{ k: "return", value: call(ctx.helper("lazy", ASYNCIO), [{ k: "arrow", params: [], body: full, async: true }, str(def.name), str(options.qualname)]) }];
}

const AWAITABLE_FACTORIES = new Set(["create_task", "ensure_future", "gather", "shield", "wait_for", "sleep", "wait", "Future", "create_future", "run_in_executor"]);

/** True when `e` may evaluate to a Task, Future or coroutine object (not awaited). */
function mayBeAwaitable(ctx: LowerContext, e: A.Expr, depth = 0): boolean {
  if (e.kind === "Call") {
    const f = e.func;
    if (f.kind === "Attribute") return AWAITABLE_FACTORIES.has(f.attr) || isAsyncMethod(ctx, f);
    if (f.kind === "Name") {
      const imported = importedMember(ctx, f.id);
      if (imported) return imported.module === "asyncio" && AWAITABLE_FACTORIES.has(imported.name);
      const owner = resolveScope(ctx.scope, f.id);
      const sites = owner ? ctx.infer.bindings.get(owner)?.get(f.id) ?? [] : [];
      return sites.some((s) => s.how === "def" && s.node.kind === "AsyncFunctionDef");
    }
    return false;
  }
  if (e.kind === "Name" && depth < 2) {
    const owner = resolveScope(ctx.scope, e.id);
    const sites = owner ? ctx.infer.bindings.get(owner)?.get(e.id) ?? [] : [];
    return sites.some((s) => s.how === "value" && mayBeAwaitable(ctx, s.expr, depth + 1));
  }
  if (e.kind === "IfExp") return mayBeAwaitable(ctx, e.body, depth) || mayBeAwaitable(ctx, e.orelse, depth);
  return false;
}

function isAsyncMethod(ctx: LowerContext, f: A.Attribute): boolean {
  const t = ctx.typeOf(f.value);
  if (t.t !== "instance" && t.t !== "class") return false;
  return findMethod(ctx, t.cls, f.attr)?.def.kind === "AsyncFunctionDef";
}

/**
 * `return x` in a coroutine: JS promise resolution would adopt a returned Task, Future or
 * coroutine (handing the caller its result), so such a value is returned `opaque(x)`; the
 * runtime unwraps it when the coroutine finishes.
 */
export function coroutineReturn(ctx: LowerContext, value: A.Expr, lowered: Expr): Expr {
  if (!ctx.scope.isAsync || ctx.scope.isGenerator || !mayBeAwaitable(ctx, value)) return lowered;
  return call(ctx.helper("opaque", ASYNCIO), [lowered]);
}

/** An `async def` bound once, undecorated, whose returns never hand back an awaitable. */
function directCoroutine(ctx: LowerContext, name: string): A.AsyncFunctionDef | null {
  const owner = resolveScope(ctx.scope, name);
  const sites = owner ? ctx.infer.bindings.get(owner)?.get(name) ?? [] : [];
  const site = sites.length === 1 ? sites[0]! : null;
  if (!site || site.how !== "def" || site.node.kind !== "AsyncFunctionDef" || site.node.decorator_list.length > 0) return null;
  const def = site.node;
  const scope = ctx.scopes.scopes.get(def)!;
  if (scope.isGenerator) return null;
  const returns: A.Expr[] = [];
  const visit = (n: A.Node): void => {
    if (n.kind === "FunctionDef" || n.kind === "AsyncFunctionDef" || n.kind === "Lambda" || n.kind === "ClassDef") return;
    if (n.kind === "Return" && n.value) returns.push(n.value);
    forEachChild(n, visit);
  };
  def.body.forEach(visit);
  const saved = ctx.scope;
  ctx.scope = scope;
  try {
    return returns.some((r) => mayBeAwaitable(ctx, r)) ? null : def;
  } finally {
    ctx.scope = saved;
  }
}

/**
 * `await f(args)` of a known coroutine function runs its body at once, as CPython's `await` of
 * a coroutine does; calling the body directly (`await f.fn(args)`) skips the lazy coroutine
 * object and is the same order of effects. Only when `f` never returns an awaitable (the
 * runtime would have to unwrap it) — design doc, "direct awaits".
 *
 *     await fetch(url)   →   await fetch.fn(url)
 *
 * `await asyncio.sleep(d)` uses the runtime's `sleep.fn` the same way (its bare yield then
 * costs one microtask and no coroutine object).
 */
export function lowerAwait(ctx: LowerContext, e: A.Await, lower: (x: A.Expr) => Expr): Expr {
  return afterResume(ctx, lowerAwaitOnly(ctx, e, lower));
}

function lowerAwaitOnly(ctx: LowerContext, e: A.Await, lower: (x: A.Expr) => Expr): Expr {
  const inner = e.value;
  const lowered = lower(inner);
  if (inner.kind === "Call" && inner.func.kind === "Name" && lowered.k === "call" && lowered.callee.k === "id" && lowered.callee.name === ctx.jsName(inner.func.id) && directCoroutine(ctx, inner.func.id)) {
    return { k: "await", expr: call(member(lowered.callee, "fn"), lowered.args) };
  }
  if (inner.kind === "Call" && inner.keywords.length === 0 && lowered.k === "call" && lowered.callee.k === "helper" && lowered.callee.name === "sleep" && lowered.callee.module === ASYNCIO) {
    return { k: "await", expr: call(member(lowered.callee, "fn"), lowered.args) };
  }
  // JS would await a program object with `__await__` as the object itself (the operand's type is
  // what awaiting it gives, so an `await` of an unknown or instance-typed value goes through it)
  const operand = ctx.typeOf(inner).t;
  if (ctx.definesAwait && (operand === "unknown" || operand === "instance")) {
    return { k: "await", expr: call(ctx.helper("awaitable", ASYNCIO), [lowered]) };
  }
  return { k: "await", expr: lowered };
}
