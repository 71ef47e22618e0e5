/**
 * `coro.send(value)` / `coro.throw(exc)` on a coroutine object: stepping a coroutine by hand.
 * py2ts runs an `async def` as a native async function, which resumes in microtasks and never
 * hands a step's result back synchronously, so it cannot be stepped from outside (the runtime
 * raises a RuntimeError naming the limit; runtime/asyncio/coroutine.ts). When the receiver is
 * statically a coroutine object — a call of the program's own undecorated `async def`, or a
 * variable whose every binding is one — this is a compile-time diagnostic instead.
 *
 *     c = fetch()          c.send(None)   →   error[PY2013]: send() on the coroutine object ...
 */
import type * as A from "../ast/nodes.js";
import { resolveScope, type Scope } from "../analysis/scopes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { findMethod } from "./callees.js";
import type { LowerContext } from "./context.js";

const STEPPING = new Set(["send", "throw"]);

function coroutineDef(ctx: LowerContext, def: A.FunctionDef | A.AsyncFunctionDef | A.ClassDef | undefined): def is A.AsyncFunctionDef {
  return def?.kind === "AsyncFunctionDef" && def.decorator_list.length === 0 && !(ctx.scopes.scopes.get(def)?.isGenerator ?? true);
}

/** The `async def` whose call `e` is, when `e` is statically a call of one (made in `scope`). */
function calledCoroutine(ctx: LowerContext, scope: Scope, e: A.Expr): A.AsyncFunctionDef | null {
  if (e.kind !== "Call") return null;
  const f = e.func;
  if (f.kind === "Name") {
    const owner = resolveScope(scope, f.id);
    const sites = owner ? ctx.infer.bindings.get(owner)?.get(f.id) ?? [] : [];
    const site = sites.length === 1 ? sites[0]! : null;
    return site?.how === "def" && coroutineDef(ctx, site.node) ? site.node : null;
  }
  if (f.kind === "Attribute" && scope === ctx.scope) {
    const t = ctx.typeOf(f.value);
    const method = t.t === "instance" ? findMethod(ctx, t.cls, f.attr) : null;
    return method && coroutineDef(ctx, method.def) ? method.def : null;
  }
  return null;
}

/** The coroutine function whose object `e` statically is, or null. */
function coroutineOf(ctx: LowerContext, e: A.Expr): A.AsyncFunctionDef | null {
  if (e.kind !== "Name") return calledCoroutine(ctx, ctx.scope, e);
  const owner = resolveScope(ctx.scope, e.id);
  const sites = owner ? ctx.infer.bindings.get(owner)?.get(e.id) ?? [] : [];
  let def: A.AsyncFunctionDef | null = null;
  for (const site of sites) {
    const called = site.how === "value" ? calledCoroutine(ctx, site.scope, site.expr) : null;
    if (called === null) return null;
    def = called;
  }
  return def;
}

/** Reports `coro.send(...)` / `coro.throw(...)` on a receiver that is statically a coroutine object. */
export function checkCoroutineStepping(ctx: LowerContext, f: A.Attribute): void {
  if (!STEPPING.has(f.attr)) return;
  const def = coroutineOf(ctx, f.value);
  if (def !== null) ctx.report(Diagnostics.coroutineStepping, { method: f.attr, name: def.name }, f);
}
