/**
 * Asynchronous comprehensions: `[e async for x in it]`, and any list/set/dict comprehension
 * whose element, conditions or inner iterables contain `await` (asynchronous inside an
 * `async def`). The comprehension's loop function becomes an immediately awaited async arrow:
 * it runs inside the current task step, so its awaits suspend the task as usual. An `async for`
 * clause iterates `asyncIterate(...)` with `for await` (see async-for.ts).
 *
 *     [x * 2 async for x in ticker(3)]   →   await (async ($iter: any) => {
 *                                                const $result: any[] = [];
 *                                                for await (const x of asyncIterate($iter)) $result.push(x * 2);
 *                                                return $result;
 *                                              })(ticker(3))
 */
import type * as A from "../ast/nodes.js";
import { forEachChild } from "../analysis/walk.js";

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

/** True when the comprehension must run as an async function. */
export function isAsyncComprehension(e: Comp): boolean {
  if (e.generators.some((g) => g.is_async !== 0)) return true;
  const parts: A.Node[] = [];
  e.generators.forEach((g, i) => {
    if (i > 0) parts.push(g.iter);
    parts.push(...g.ifs);
  });
  if (e.kind === "DictComp") parts.push(e.key, e.value);
  else parts.push(e.elt);
  return parts.some(containsAwait);
}

/** `await` in an expression, not counting inner lambdas (which cannot contain one) or genexps. */
export function containsAwait(n: A.Node): boolean {
  if (n.kind === "Await") return true;
  if (n.kind === "Lambda") return false;
  if (n.kind === "GeneratorExp") return false;
  if (n.kind === "ListComp" || n.kind === "SetComp" || n.kind === "DictComp") return isAsyncComprehension(n) || containsAwait(n.generators[0]!.iter);
  let found = false;
  forEachChild(n, (c) => {
    if (!found && containsAwait(c)) found = true;
  });
  return found;
}
