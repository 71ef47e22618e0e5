/**
 * Synchronous code that runs an event loop: `asyncio.run(...)`, `loop.run_until_complete(...)`,
 * `loop.run_forever()`. JS cannot block until a loop finishes, so these calls are awaited, and a
 * plain `def` that makes one (directly or by calling such a def) becomes an `async function`
 * whose calls are awaited in turn; the module body is an async arrow already (module.ts).
 *
 *     def main():                               async function main(): Promise<void> {
 *         loop = asyncio.new_event_loop()   →     const loop = new_event_loop();
 *         loop.run_until_complete(job())          await loop.run_until_complete(job());
 *     main()                                    }
 *                                               await main();
 */
import type * as A from "../ast/nodes.js";
import { resolveScope } from "../analysis/scopes.js";
import { forEachChild } from "../analysis/walk.js";
import type { Expr } from "../ir/nodes.js";
import { importedMember, importedModule } from "./builtins.js";
import type { LowerContext } from "./context.js";

const LOOP_METHODS = new Set(["run_until_complete", "run_forever"]);

function isLoopRun(ctx: LowerContext, e: A.Call): boolean {
  const f = e.func;
  if (f.kind === "Attribute") {
    if (LOOP_METHODS.has(f.attr)) return true;
    return f.attr === "run" && f.value.kind === "Name" && importedModule(ctx, f.value.id) === "asyncio";
  }
  if (f.kind === "Name") {
    const m = importedMember(ctx, f.id);
    return m !== null && m.module === "asyncio" && m.name === "run";
  }
  return false;
}

function defOf(ctx: LowerContext, name: string): A.FunctionDef | null {
  const owner = resolveScope(ctx.scope, name);
  if (!owner) return null;
  const sites = ctx.infer.bindings.get(owner)?.get(name) ?? [];
  const site = sites.length === 1 ? sites[0]! : null;
  return site && site.how === "def" && site.node.kind === "FunctionDef" ? site.node : null;
}

/** Plain functions that run an event loop (computed once per module, to a fixpoint). */
export function loopRunners(ctx: LowerContext): ReadonlySet<A.Node> {
  if (ctx.loopRunners) return ctx.loopRunners;
  const defs: A.FunctionDef[] = [];
  const collect = (n: A.Node): void => {
    if (n.kind === "FunctionDef" && !ctx.scopes.scopes.get(n)?.isGenerator) defs.push(n);
    forEachChild(n, collect);
  };
  collect(ctx.scopes.module.node);
  const found = new Set<A.Node>();
  const saved = ctx.scope;
  try {
    for (let changed = true; changed; ) {
      changed = false;
      for (const d of defs) {
        if (found.has(d)) continue;
        ctx.scope = ctx.scopes.scopes.get(d)!;
        if (bodyRunsLoop(ctx, d.body, found)) {
          found.add(d);
          changed = true;
        }
      }
    }
  } finally {
    ctx.scope = saved;
  }
  ctx.loopRunners = found;
  return found;
}

function bodyRunsLoop(ctx: LowerContext, body: readonly A.Node[], found: ReadonlySet<A.Node>): boolean {
  let hit = false;
  const visit = (n: A.Node): void => {
    if (hit || n.kind === "FunctionDef" || n.kind === "AsyncFunctionDef" || n.kind === "Lambda" || n.kind === "ClassDef") return;
    if (n.kind === "Call" && (isLoopRun(ctx, n) || (n.func.kind === "Name" && found.has(defOf(ctx, n.func.id)!)))) {
      hit = true;
      return;
    }
    forEachChild(n, visit);
  };
  body.forEach(visit);
  return hit;
}

/** `call` awaited when it runs an event loop (or calls a function that does). */
export function awaitLoopRun(ctx: LowerContext, e: A.Call, lowered: Expr): Expr {
  if (lowered.k === "await") return lowered;
  if (e.func.kind === "Attribute" && LOOP_METHODS.has(e.func.attr)) return { k: "await", expr: lowered };
  if (e.func.kind === "Name") {
    const d = defOf(ctx, e.func.id);
    if (d && loopRunners(ctx).has(d)) return { k: "await", expr: lowered };
  }
  return lowered;
}
