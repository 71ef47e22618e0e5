/**
 * `try ... except*` (PEP 654) on the runtime's `ExceptStar`: each clause takes the part of the
 * remaining exception group it matches (a naked exception arrives wrapped in an
 * `ExceptionGroup('', (exc,))`), exceptions raised inside handlers are collected, and `finish()`
 * raises what is left unhandled combined with them, exactly as CPython's reraise-star does.
 * A bare `raise` in a handler re-raises the group that clause matched, which is also what
 * `sys.exception()` gives there (handled-exceptions.ts).
 *
 *     try: body()                      try { body(); } catch ($e0) {
 *     except* ValueError as eg:   →      const $star1 = new ExceptStar(pyCatch($e0));
 *         print(eg.exceptions)           const $m2 = $star1.match(ValueError);
 *                                        if ($m2 !== null) { try { const eg = $m2; print(eg.exceptions); }
 *                                                            catch ($h3) { $star1.raised(pyCatch($h3)); } }
 *                                        $star1.finish(); }
 */
import type * as A from "../ast/nodes.js";
import { bin, call, exprStmt, id, lit, member, type Expr, type Stmt } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";
import { lowerBody } from "./statements.js";
import { cleanupMayRaise } from "./handler-context.js";
import { observedFinally, resumedHere, whileHandling } from "./handled-exceptions.js";

export function lowerTryStar(ctx: LowerContext, s: A.TryStar): Stmt[] {
  const body = lowerBody(ctx, s.body, { top: false });
  const caught = ctx.temp("$e");
  const star = ctx.temp("$star");
  const okFlag = s.orelse.length > 0 ? ctx.temp("$ok") : null;
  const catchBody: Stmt[] = [...resumedHere(ctx)];
  if (okFlag) catchBody.push(exprStmt({ k: "assign", op: "=", target: id(okFlag), value: lit("false") }));
  catchBody.push({ k: "var", kind: "const", target: id(star), init: { k: "new", callee: ctx.helper("ExceptStar"), args: [call(ctx.helper("pyCatch"), [id(caught)])] } });
  for (const h of s.handlers) {
    const matched = ctx.temp("$m");
    const condition: Expr = h.type!.kind === "Tuple" ? { k: "array", items: h.type!.elts.map((c) => lowerExpr(ctx, c)) } : lowerExpr(ctx, h.type!);
    catchBody.push({ k: "var", kind: "const", target: id(matched), init: call(member(id(star), "match"), [condition]) });
    const saved = ctx.currentException;
    ctx.currentException = matched;
    const handler: Stmt[] = [];
    if (h.name) handler.push({ k: "var", kind: "const", target: id(ctx.jsName(h.name)), init: id(matched) });
    handler.push(...lowerBody(ctx, h.body, { top: false }));
    ctx.currentException = saved;
    const raisedVar = ctx.temp("$h");
    catchBody.push({
      k: "if",
      test: bin("!==", id(matched), lit("null")),
      then: [{ k: "try", body: ctx.tracksHandledExceptions ? whileHandling(ctx, id(matched), handler) : handler, catchVar: raisedVar, catchBody: [exprStmt(call(member(id(star), "raised"), [call(ctx.helper("pyCatch"), [id(raisedVar)])]))] }],
    });
  }
  catchBody.push(exprStmt(call(member(id(star), "finish"), [])));
  const inner: Stmt = { k: "try", body, catchVar: caught, catchBody };
  if (s.finalbody.length > 0 && (ctx.tracksHandledExceptions || cleanupMayRaise(ctx, s.finalbody))) {
    // the cleanup may see the propagating exception (handled-exceptions.ts)
    const core: Stmt[] = okFlag ? [inner, { k: "if", test: id(okFlag), then: lowerBody(ctx, s.orelse, { top: false }) }] : [inner];
    return [...(okFlag ? [{ k: "var", kind: "let", target: id(okFlag), init: lit("true") } as Stmt] : []), ...observedFinally(ctx, core, s.finalbody)];
  }
  const finalBody = s.finalbody.length ? lowerBody(ctx, s.finalbody, { top: false }) : null;
  if (!okFlag) return [finalBody ? { ...inner, finally: finalBody } : inner];
  const withElse: Stmt[] = [inner, { k: "if", test: id(okFlag), then: lowerBody(ctx, s.orelse, { top: false }) }];
  return [{ k: "var", kind: "let", target: id(okFlag), init: lit("true") }, ...(finalBody ? [{ k: "try", body: withElse, finally: finalBody } as Stmt] : withElse)];
}
