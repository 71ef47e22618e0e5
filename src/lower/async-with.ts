/**
 * `async with`: CPython's protocol spelled out. The manager's `__aexit__` is looked up before
 * `__aenter__` runs (as BEFORE_ASYNC_WITH does); the body runs in a `try`; an exception calls
 * `__aexit__(type, exc, None)` and is re-raised unless the awaited result is true; a normal
 * exit, `return`, `break` or `continue` awaits `__aexit__(None, None, None)` in the `finally`.
 * An exception raised by `__aexit__` replaces the body's (with it as `__context__`: the runtime's
 * `aexitSuppresses` does the exceptional exit). Several items nest left to right.
 *
 *     async with lock:               const $cm0 = lock;
 *         body()                     const $aexit1 = $cm0.__aexit__;
 *                               →    await $cm0.__aenter__();
 *                                    let $ok2 = true;
 *                                    try { body(); } catch ($e3) {
 *                                      $ok2 = false;
 *                                      const $exc4 = pyCatch($e3);
 *                                      if (!(await aexitSuppresses($cm0, $aexit1, $exc4))) throw $exc4;
 *                                    } finally { if ($ok2) await $aexit1.call($cm0, null, null, null); }
 */
import type * as A from "../ast/nodes.js";
import { call, type Expr, exprStmt, id, lit, member, type Stmt } from "../ir/nodes.js";
import { assignTo } from "./assign.js";
import { ASYNCIO, type LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";
import { lowerBody } from "./statements.js";
import { afterResume, resumedHere, whileHandling } from "./handled-exceptions.js";

/** `__aexit__` for an exception runs while it is handled (`sys.exception()` there), as in CPython. */
function exitWhileHandling(ctx: LowerContext, exc: string, exit: Stmt[]): Stmt[] {
  return ctx.tracksHandledExceptions ? whileHandling(ctx, id(exc), exit) : exit;
}

export function lowerAsyncWith(ctx: LowerContext, s: A.AsyncWith): Stmt[] {
  const item = s.items[0]!;
  const rest = s.items.slice(1);
  const inner: readonly A.Stmt[] = rest.length ? [{ ...s, items: rest }] : s.body;
  const manager = ctx.temp("$cm");
  const aexit = ctx.temp("$aexit");
  const caught = ctx.temp("$e");
  const exc = ctx.temp("$exc");
  const ok = ctx.temp("$ok");
  const out: Stmt[] = [
    { k: "var", kind: "const", target: id(manager), init: lowerExpr(ctx, item.context_expr), type: "any" },
    { k: "var", kind: "const", target: id(aexit), init: member(id(manager), "__aexit__") },
  ];
  const enter: Expr = afterResume(ctx, { k: "await", expr: call(member(id(manager), "__aenter__"), []) });
  if (item.optional_vars) out.push(...assignTo(ctx, item.optional_vars, item.optional_vars, enter));
  else out.push(exprStmt(enter));
  out.push({ k: "var", kind: "let", target: id(ok), init: lit("true") });
  const exitCall = (args: Expr[]): Expr => afterResume(ctx, { k: "await", expr: call(member(id(aexit), "call"), [id(manager), ...args]) });
  out.push({
    k: "try",
    body: lowerBody(ctx, inner, { top: false }),
    catchVar: caught,
    catchBody: [
      ...resumedHere(ctx),
      exprStmt({ k: "assign", op: "=", target: id(ok), value: lit("false") }),
      { k: "var", kind: "const", target: id(exc), init: call(ctx.helper("pyCatch"), [id(caught)]) },
      ...exitWhileHandling(ctx, exc, [
        { k: "if", test: { k: "unary", op: "!", operand: afterResume(ctx, { k: "await", expr: call(ctx.helper("aexitSuppresses", ASYNCIO), [id(manager), id(aexit), id(exc)]) }) }, then: [{ k: "throw", value: id(exc) }] },
      ]),
    ],
    finally: [...resumedHere(ctx), { k: "if", test: id(ok), then: [exprStmt(exitCall([lit("null"), lit("null"), lit("null")]))] }],
  });
  return out;
}
