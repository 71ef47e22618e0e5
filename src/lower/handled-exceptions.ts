/**
 * Keeping CPython's handled-exception stack (src/runtime/exception-state.ts) in modules that can
 * read it: `sys.exception()`, `sys.exc_info()`, or a bare `raise` that is not directly in an
 * `except` clause (it re-raises whatever the innermost handler of any caller handles). Only
 * such modules pay for it; elsewhere nothing can tell the stack exists.
 *
 *     except KeyError:              catch ($e) { const $exc = pyCatch($e); const $p = handling($exc);
 *         body              →         try { if (!($exc instanceof KeyError)) throw $exc; body } finally { handled($p); } }
 *
 *     try: body                     let $f = null;
 *     finally:              →       try { body } catch ($x) { $f = pyCatch($x); throw $f; }
 *         cleanup                   finally { const $p = handling($f);
 *                                     try { cleanup } catch ($h) { throw withContext($h, $f); } finally { handled($p); } }
 *
 * The `finally` form also gives an exception raised in the cleanup the propagating one as its
 * `__context__` (emitted for that alone in modules that read `__context__`). A generator or
 * coroutine that can be suspended while handling (`yield`/`await` inside an `except` clause or
 * a `finally`) keeps its own stack item: `yieldsWhileHandling` tells the generator lowering.
 * Every coroutine of such a module keeps one (`coroutineFrameBody`), made the top again wherever
 * the engine resumes it (`afterResume`, `resumedHere`):
 *
 *     async def f():                const f = coroutine(async function f$() { const $frame = coroutineFrame();
 *         x = await g()     →         try { const x = resumed($frame, await g()); ... } finally { leaveFrame($frame); } });
 */
import type * as A from "../ast/nodes.js";
import { forEachChild } from "../analysis/walk.js";
import { bin, call, type Expr, exprStmt, id, lit, type Stmt } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { lowerBody } from "./statements.js";

const SCOPES = new Set(["FunctionDef", "AsyncFunctionDef", "Lambda", "ClassDef", "ListComp", "SetComp", "DictComp", "GeneratorExp"]);

/** The module calls `sys.exception` / `sys.exc_info` or has a bare `raise` outside an `except` clause. */
export function readsHandledExceptions(module: A.Node): boolean {
  const sysNames = new Set<string>();
  let found = false;
  const visit = (n: A.Node, inHandler: boolean): void => {
    if (found) return;
    switch (n.kind) {
      case "Import":
        for (const a of n.names) if (a.name === "sys") sysNames.add(a.asname ?? "sys");
        return;
      case "ImportFrom":
        if (n.module === "sys" && n.names.some((a) => a.name === "exception" || a.name === "exc_info")) found = true;
        return;
      case "Attribute":
        if ((n.attr === "exception" || n.attr === "exc_info") && n.value.kind === "Name" && sysNames.has(n.value.id)) found = true;
        break;
      case "Raise":
        if (n.exc === null && !inHandler) found = true;
        return;
      case "Try": case "TryStar":
        for (const s of [...n.body, ...n.orelse, ...n.finalbody]) visit(s, inHandler && !n.finalbody.includes(s));
        for (const h of n.handlers) h.body.forEach((s) => visit(s, true));
        return;
      default:
        if (SCOPES.has(n.kind)) {
          forEachChild(n, (c) => visit(c, false));
          return;
        }
    }
    forEachChild(n, (c) => visit(c, inHandler));
  };
  // imports come first in practice, but `import sys` may follow a use in a function body
  forEachChild(module, (c) => visit(c, false));
  if (!found && sysNames.size > 0) forEachChild(module, (c) => visit(c, false));
  return found;
}

/** `fn`'s own body has a `yield`, `yield from` or `await` inside an `except` clause or a `finally`. */
export function yieldsWhileHandling(fn: A.FunctionDef | A.AsyncFunctionDef | A.Lambda): boolean {
  let found = false;
  const suspends = (n: A.Node): void => {
    if (found || SCOPES.has(n.kind)) return;
    if (n.kind === "Yield" || n.kind === "YieldFrom" || n.kind === "Await" || n.kind === "AsyncFor" || n.kind === "AsyncWith") {
      found = true;
      return;
    }
    forEachChild(n, suspends);
  };
  const visit = (n: A.Node): void => {
    if (found || SCOPES.has(n.kind)) return;
    if (n.kind === "Try" || n.kind === "TryStar") {
      n.handlers.forEach((h) => h.body.forEach(suspends));
      n.finalbody.forEach(suspends);
    }
    forEachChild(n, visit);
  };
  const body = fn.kind === "Lambda" ? [fn.body] : fn.body;
  body.forEach(visit);
  return found;
}

/** `const $p = handling(exc); try { body } finally { handled($p); }` */
export function whileHandling(ctx: LowerContext, exc: Expr, body: Stmt[]): Stmt[] {
  const previous = ctx.temp("$p");
  return [
    { k: "var", kind: "const", target: id(previous), init: call(ctx.helper("handling"), [exc]) },
    { k: "try", body, finally: [...resumedHere(ctx), exprStmt(call(ctx.helper("handled"), [id(previous)]))] },
  ];
}

/**
 * A `try` with a `finally` whose cleanup runs while an exception propagates, where that can be
 * observed (see the header): `inner` is the lowered try part (body, or the whole try/except).
 * The cleanup is lowered here with no handler's exception current (the one it sees is `$f`).
 */
export function observedFinally(ctx: LowerContext, inner: Stmt[], finalbody: readonly A.Stmt[]): Stmt[] {
  const outer = ctx.currentException;
  ctx.currentException = null;
  const cleanup = lowerBody(ctx, finalbody, { top: false });
  ctx.currentException = outer;
  const pending = ctx.temp("$f");
  const caught = ctx.temp("$x");
  const raised = ctx.temp("$h");
  const handledExpr: Expr = outer === null ? id(pending) : bin("??", id(pending), id(outer));
  const guarded: Stmt = { k: "try", body: cleanup, catchVar: raised, catchBody: [{ k: "throw", value: call(ctx.helper("withContext"), [id(raised), handledExpr]) }] };
  const finallyBody = [...resumedHere(ctx), ...(ctx.tracksHandledExceptions ? whileHandling(ctx, id(pending), [guarded]) : [guarded])];
  const exceptionType = ctx.helper("BaseException");
  const typeName = exceptionType.k === "helper" ? exceptionType.name : "BaseException";
  return [
    { k: "var", kind: "let", target: id(pending), init: lit("null"), type: `${typeName} | null` },
    {
      k: "try",
      body: inner,
      catchVar: caught,
      catchBody: [
        ...resumedHere(ctx),
        exprStmt({ k: "assign", op: "=", target: id(pending), value: call(ctx.helper("pyCatch"), [id(caught)]) }),
        { k: "throw", value: id(pending) },
      ],
      finally: finallyBody,
    },
  ];
}

const FRAME = "$frame";

/** An `async def` body in a module that reads the stack: its own item for the whole run. */
export function coroutineFrameBody(ctx: LowerContext, body: Stmt[]): Stmt[] {
  if (!ctx.tracksHandledExceptions) return body;
  return [
    { k: "var", kind: "const", target: id(FRAME), init: call(ctx.helper("coroutineFrame"), []) },
    { k: "try", body, finally: [exprStmt(call(ctx.helper("leaveFrame"), [id(FRAME)]))] },
  ];
}

/** `await x` (or a `yield` of an async generator) resumed by the engine: `resumed($frame, await x)`. */
export function afterResume(ctx: LowerContext, resumedExpr: Expr): Expr {
  return ctx.inCoroutineFrame ? call(ctx.helper("resumed"), [id(FRAME), resumedExpr]) : resumedExpr;
}

/** At the start of a `catch` or `finally` block, which a rejected `await` may enter: `resumed($frame);` */
export function resumedHere(ctx: LowerContext): Stmt[] {
  return ctx.inCoroutineFrame ? [exprStmt(call(ctx.helper("resumed"), [id(FRAME)]))] : [];
}

/**
 * An async generator has no item of its own (its frame is resumed through `asend`/`athrow`
 * promises the runtime does not intercept): one that may be suspended while handling an
 * exception would show it to its consumer, so py2ts refuses it where the stack is read.
 */
export function checkAsyncGenerator(ctx: LowerContext, def: A.AsyncFunctionDef): void {
  if (ctx.tracksHandledExceptions && yieldsWhileHandling(def)) {
    ctx.report(Diagnostics.unsupported, { construct: "an async generator suspended inside an `except` or `finally` in a module that reads sys.exception(), sys.exc_info() or re-raises with a bare `raise` outside `except`" }, def);
  }
}
