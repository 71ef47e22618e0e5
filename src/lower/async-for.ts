/**
 * `async for`. The loop iterates the runtime's `asyncIterate(obj)` adapter with `for await`:
 * it calls `obj.__aiter__()` once and `__anext__()` per item, a `StopAsyncIteration` raised by
 * `__anext__` ends the loop, and — unlike a plain `for await` over an async generator — it has
 * no `return` method, so `break` / `return` / an exception leave the iterator suspended exactly
 * as Python does. Targets, `else` and closures over the loop variable are the `for` loop's.
 *
 *     async for x in ticker(3):          for await (const x of asyncIterate(ticker(3))) {
 *         print(x)                  →        print(x);
 *                                        }
 */
import type * as A from "../ast/nodes.js";
import { call, type Stmt } from "../ir/nodes.js";
import { ASYNCIO, type LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";
import { lowerFor } from "./loops.js";
import { resumedHere } from "./handled-exceptions.js";

export function lowerAsyncFor(ctx: LowerContext, s: A.AsyncFor): Stmt[] {
  const loop = lowerFor(ctx, s, { iterate: (e) => call(ctx.helper("asyncIterate", ASYNCIO), [lowerExpr(ctx, e)]) });
  if (!ctx.inCoroutineFrame) return loop;
  // each step and the loop's end were awaited: the coroutine's handled-exception item is the top again
  const resumedLoop = loop.map((st) => (st.k === "forof" && st.await ? { ...st, body: [...resumedHere(ctx), ...st.body] } : st));
  return [...resumedLoop, ...resumedHere(ctx)];
}
