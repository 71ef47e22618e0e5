/**
 * Closing temporary generators when the call that consumes them returns, as CPython's reference
 * counting does (analysis/generator-temporaries.ts decides which calls and which temporaries).
 * The call runs in a callback of the runtime's `withTemporaries`; each temporary generator is
 * recorded where it is made, so evaluation order is unchanged:
 *
 *     print(next(fin()))                →  print(withTemporaries(($tmp0) => next($tmp0(fin()))))
 *     print(any(x for x in fin()))      →  print(withTemporaries(($tmp1) => any($tmp1(genexpr($tmp1(fin()), ...)))))
 *     take(fin())   (take borrows it)   →  withTemporaries(($tmp2) => take($tmp2(fin())), { closeOnThrow: false })
 *     for i, x in enumerate(fin()):     →  const $tmp3 = temporaries();
 *         ...                              try { for (const [i, x] of iterateTemporary(enumerate($tmp3(fin())))) {...} }
 *                                          finally { $tmp3.close(); }
 */
import type * as A from "../ast/nodes.js";
import { temporaryIteration, temporaryUse } from "../analysis/generator-temporaries.js";
import { call, type Expr, exprStmt, id, lit, member, type Stmt } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";

/** `e` lowered by `lower`, wrapped in `withTemporaries` when it consumes temporary generators; else null. */
export function lowerConsumingTemporaries(ctx: LowerContext, e: A.Call | A.Compare, lower: () => Expr): Expr | null {
  if (ctx.temporaryConsumers.has(e)) return null;
  const use = temporaryUse(e, ctx.scope, ctx.infer);
  if (!use) return null;
  const name = ctx.temp("$tmp");
  for (const n of use.nodes) ctx.temporaryMarks.set(n, name);
  ctx.temporaryConsumers.add(e);
  const body = lower();
  const callback: Expr = { k: "arrow", params: [{ name }], body };
  const options: Expr[] = use.closeOnThrow ? [] : [{ k: "object", props: [{ key: "closeOnThrow", value: lit("false") }] }];
  return call(ctx.helper("withTemporaries"), [callback, ...options]);
}

/**
 * A `for` loop over a temporary wrapper of generators: the loop (`lower` builds it) runs in a
 * `try` whose `finally` closes them (null when the loop has none).
 */
export function loopClosingTemporaries(ctx: LowerContext, iter: A.Expr, lower: () => Stmt): Stmt[] | null {
  const nodes = temporaryIteration(iter, ctx.scope, ctx.infer);
  if (!nodes) return null;
  const name = ctx.temp("$tmp");
  for (const n of nodes) ctx.temporaryMarks.set(n, name);
  const loop = lower();
  return [
    { k: "var", kind: "const", target: id(name), init: call(ctx.helper("temporaries"), []) },
    { k: "try", body: [loop], finally: [exprStmt(call(member(id(name), "close"), []))] },
  ];
}

/** A generator call or generator expression the enclosing consumer closes: `$tmp(value)`. */
export function recordTemporary(ctx: LowerContext, e: A.Expr, value: Expr): Expr {
  const name = ctx.temporaryMarks.get(e);
  return name === undefined ? value : call(id(name), [value]);
}
