/**
 * PEP 479 for coroutines: a StopIteration escaping an `async def` body is re-raised as
 * RuntimeError("coroutine raised StopIteration"). A native async function lets it through, so
 * the body is wrapped in a catch that converts it (runtime `coroutineRaised`); the catch adds no
 * step to the event loop, unlike converting the rejected promise afterwards would.
 *
 *     async def f():                 async function f$() {
 *         return next(it)      →       try { return next(it); } catch ($e) { throw coroutineRaised($e); }
 *                                    }
 *
 * Only modules that could raise StopIteration get the wrapper: ones naming StopIteration or
 * stepping an iterator by hand (`next`, `__next__`, `send`, `throw`), which is where it comes
 * from in Python code (a `for` loop or a runtime helper never lets it escape).
 */
import type * as A from "../ast/nodes.js";
import { call, id, type Stmt } from "../ir/nodes.js";
import { someNode } from "../analysis/walk.js";
import { ASYNCIO, type LowerContext } from "./context.js";

const STEPPERS = new Set(["__next__", "send", "throw"]);

/** The module names StopIteration or steps an iterator by hand. */
export function mayRaiseStopIteration(module: A.Node): boolean {
  return someNode(module, (n) =>
    (n.kind === "Name" && (n.id === "StopIteration" || n.id === "next"))
    || (n.kind === "Attribute" && STEPPERS.has(n.attr)));
}

/** A coroutine's lowered body, guarded when the module could raise StopIteration. */
export function guardCoroutineBody(ctx: LowerContext, body: Stmt[]): Stmt[] {
  if (!ctx.mayRaiseStopIteration) return body;
  const caught = ctx.temp("$stop");
  return [{ k: "try", body, catchVar: caught, catchBody: [{ k: "throw", value: call(ctx.helper("coroutineRaised", ASYNCIO), [id(caught)]) }] }];
}
