/**
 * try / except / else / finally, raise, with, assert. `except E` is an `instanceof` test on the
 * caught value after `pyCatch` (which maps engine errors such as stack overflow to Python's and
 * lets py2ts bugs through); an unmatched exception is rethrown.
 *
 *     try: f()                          try { f(); } catch ($e) {
 *     except KeyError as e:      →        const e = pyCatch($e);
 *         print(e)                        if (!(e instanceof KeyError)) throw e;
 *                                         print(e); }
 */
import type * as A from "../ast/nodes.js";
import { bin, call, type Expr, exprStmt, id, lit, member, type Stmt } from "../ir/nodes.js";
import { assignTo } from "./assign.js";
import type { LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";
import { truthTest } from "./operators.js";
import { lowerBody } from "./statements.js";
import { cleanupMayRaise, handlerMayRaise } from "./handler-context.js";
import { observedFinally, resumedHere, whileHandling } from "./handled-exceptions.js";

function handlerTest(ctx: LowerContext, type: A.Expr, value: Expr): Expr {
  const classes = type.kind === "Tuple" ? type.elts : [type];
  return classes.map((c) => bin("instanceof", value, lowerExpr(ctx, c))).reduce((a, b) => bin("||", a, b));
}

export function lowerTry(ctx: LowerContext, s: A.Try): Stmt[] {
  const body = lowerBody(ctx, s.body, { top: false });
  const okFlag = s.orelse.length > 0 && s.handlers.length > 0 ? ctx.temp("$ok") : null;
  let core: Stmt[] = s.handlers.length === 0 ? body : [{ k: "try", body, ...lowerHandlers(ctx, s.handlers, okFlag) }];
  const okDeclaration: Stmt[] = okFlag ? [{ k: "var", kind: "let", target: id(okFlag), init: lit("true") }] : [];
  if (okFlag) core = [...core, { k: "if", test: id(okFlag), then: lowerBody(ctx, s.orelse, { top: false }) }];
  if (s.finalbody.length === 0) return [...okDeclaration, ...core];
  if (ctx.tracksHandledExceptions || cleanupMayRaise(ctx, s.finalbody)) {
    // the cleanup may see the propagating exception (sys.exception(), a bare `raise`, __context__)
    return [...okDeclaration, ...observedFinally(ctx, core, s.finalbody)];
  }
  const cleanup = lowerBody(ctx, s.finalbody, { top: false });
  const only = core.length === 1 ? core[0]! : null;
  if (only?.k === "try" && !only.finally) return [{ ...only, finally: cleanup }];
  return [...okDeclaration, { k: "try", body: core, finally: cleanup }];
}

/** The catch part of a try with except clauses: `{ catchVar, catchBody }`. */
function lowerHandlers(ctx: LowerContext, handlers: readonly A.ExceptHandler[], okFlag: string | null): { catchVar: string; catchBody: Stmt[] } {
  const caught = ctx.temp("$e");
  const exc = ctx.temp("$exc");
  const saved = ctx.currentException;
  ctx.currentException = exc;
  const catchBody: Stmt[] = [];
  catchBody.push(...resumedHere(ctx));
  if (okFlag) catchBody.push(exprStmt({ k: "assign", op: "=", target: id(okFlag), value: lit("false") }));
  catchBody.push({ k: "var", kind: "const", target: id(exc), init: call(ctx.helper("pyCatch"), [id(caught)]) });
  let chain: Stmt[] | null = [{ k: "throw", value: id(exc) }];
  for (let i = handlers.length - 1; i >= 0; i--) {
    const h = handlers[i]!;
    const hb: Stmt[] = [];
    // `except (A, B) as e`: TypeScript narrows to A | B, where Python reads whatever was stored
    const unknown = h.name !== null && h.type?.kind === "Tuple" && ctx.infer.variable(ctx.scope, h.name).t === "unknown";
    if (h.name) hb.push({ k: "var", kind: "const", target: id(ctx.jsName(h.name)), init: id(exc), ...(unknown ? { type: "any" } : {}) });
    const handlerBody = lowerBody(ctx, h.body, { top: false });
    if (handlerMayRaise(ctx, h.body)) {
      // raised by a builtin, a callee or a resumed generator while handling: CPython sets __context__ too
      const inner = ctx.temp("$h");
      hb.push({ k: "try", body: handlerBody, catchVar: inner, catchBody: [{ k: "throw", value: call(ctx.helper("withContext"), [id(inner), id(exc)]) }] });
    } else {
      hb.push(...handlerBody);
    }
    if (!h.type) chain = hb;
    else chain = [{ k: "if", test: handlerTest(ctx, h.type, id(exc)), then: hb, ...(chain ? { else: chain } : {}) }];
  }
  ctx.currentException = saved;
  // CPython pushes the exception before matching it (the `except` expressions see it too)
  catchBody.push(...(ctx.tracksHandledExceptions ? whileHandling(ctx, id(exc), chain ?? []) : chain ?? []));
  return { catchVar: caught, catchBody };
}

export function lowerRaise(ctx: LowerContext, s: A.Raise): Stmt[] {
  if (!s.exc) return [{ k: "throw", value: ctx.currentException ? id(ctx.currentException) : call(ctx.helper("reraise"), []) }];
  const raised = exceptionValue(ctx, s.exc);
  const value = inHandlerContext(ctx, raised);
  if (s.cause) {
    const cause = s.cause.kind === "Constant" && s.cause.value.type === "None" ? lit("null") : exceptionValue(ctx, s.cause);
    return [{ k: "throw", value: call(ctx.helper("raiseFrom"), [value, cause]) }];
  }
  return [{ k: "throw", value }];
}

/** `raise ValueError` raises an instance: a bare class is instantiated (at run time when the type is unknown). */
function exceptionValue(ctx: LowerContext, e: A.Expr): Expr {
  const t = ctx.typeOf(e);
  if (t.t === "class") return { k: "new", callee: lowerExpr(ctx, e), args: [] };
  if (t.t === "instance") return lowerExpr(ctx, e);
  return call(ctx.helper("raisable"), [lowerExpr(ctx, e)]);
}

export function lowerWith(ctx: LowerContext, s: A.With): Stmt[] {
  const item = s.items[0]!;
  const rest = s.items.slice(1);
  const inner: readonly A.Stmt[] = rest.length ? [{ ...s, items: rest }] : s.body;
  const manager = ctx.temp("$cm");
  const caught = ctx.temp("$e");
  const exc = ctx.temp("$exc");
  const ok = ctx.temp("$ok");
  const out: Stmt[] = [{ k: "var", kind: "const", target: id(manager), init: lowerExpr(ctx, item.context_expr) }];
  const enter = call(member(id(manager), "__enter__"), []);
  if (item.optional_vars) out.push(...assignTo(ctx, item.optional_vars, item.optional_vars, enter));
  else out.push(exprStmt(enter));
  out.push({ k: "var", kind: "let", target: id(ok), init: lit("true") });
  const exitCall = (args: Expr[]): Expr => call(member(id(manager), "__exit__"), args);
  out.push({
    k: "try",
    body: lowerBody(ctx, inner, { top: false }),
    catchVar: caught,
    catchBody: [
      ...resumedHere(ctx),
      exprStmt({ k: "assign", op: "=", target: id(ok), value: lit("false") }),
      { k: "var", kind: "const", target: id(exc), init: call(ctx.helper("pyCatch"), [id(caught)]) },
      ...exceptionalExit(ctx, exc, [
        { k: "if", test: { k: "unary", op: "!", operand: call(ctx.helper("truthy"), [exitCall([call(ctx.helper("typeOf"), [id(exc)]), id(exc), lit("null")])]) }, then: [{ k: "throw", value: id(exc) }] },
      ]),
    ],
    finally: [{ k: "if", test: id(ok), then: [exprStmt(exitCall([lit("null"), lit("null"), lit("null")]))] }],
  });
  return out;
}

/**
 * `__exit__` called for an exception runs while it is handled, as in CPython: it is
 * `sys.exception()` there, and the `__context__` of anything `__exit__` raises.
 */
function exceptionalExit(ctx: LowerContext, exc: string, exit: Stmt[]): Stmt[] {
  let guarded = exit;
  if (ctx.readsExceptionContext) {
    const raised = ctx.temp("$h");
    guarded = [{ k: "try", body: exit, catchVar: raised, catchBody: [{ k: "throw", value: call(ctx.helper("withContext"), [id(raised), id(exc)]) }] }];
  }
  return ctx.tracksHandledExceptions ? whileHandling(ctx, id(exc), guarded) : guarded;
}

export function lowerAssert(ctx: LowerContext, s: A.Assert): Stmt[] {
  const args: Expr[] = s.msg ? [lowerExpr(ctx, s.msg)] : [];
  const raised: Expr = { k: "new", callee: ctx.helper("AssertionError"), args };
  const value = inHandlerContext(ctx, raised);
  return [{ k: "if", test: { k: "unary", op: "!", operand: truthTest(ctx, s.test) }, then: [{ k: "throw", value }] }];
}

/** An exception raised while a handler runs: the handled one becomes its __context__, as in CPython. */
function inHandlerContext(ctx: LowerContext, raised: Expr): Expr {
  return ctx.currentException ? call(ctx.helper("withContext"), [raised, id(ctx.currentException)]) : raised;
}
