/**
 * Loops. `for x in range(a, b)` over bounded ints becomes a counting loop; other `for` loops
 * become `for...of` (the runtime's iterables follow Python's protocol; user classes with
 * `__iter__` go through `iterate`). A loop variable captured by a closure is declared outside
 * the loop, because Python closures see the variable, not a per-iteration copy. `else` clauses
 * become a labelled block that `break` leaves.
 *
 *     for i in range(n): ...        →  for (let i = 0; i < n; i++) { ... }
 *     for k, v in d.items(): ...    →  for (const [k, v] of d.items()) { ... }
 *     for x in xs: ... else: E      →  $loop0: { for (const x of xs) { ... break $loop0; ... } E }
 */
import type * as A from "../ast/nodes.js";
import { loopClosingTemporaries } from "./generator-temporaries.js";
import { newGeneratorWithCleanup } from "../analysis/generator-temporaries.js";
import { bin, call, type Expr, id, num, type Stmt } from "../ir/nodes.js";
import { isNumeric } from "../analysis/pytypes.js";
import type { LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";
import { truthTest } from "./operators.js";
import { lowerBody } from "./statements.js";
import { assignTo } from "./assign.js";
import { resolveScope } from "../analysis/scopes.js";
import { mentions } from "../analysis/walk.js";

export function loopLabels(ctx: LowerContext): { break: string | null } {
  const top = ctx.loops[ctx.loops.length - 1];
  return { break: top?.breakLabel ?? null };
}

function withLoop(ctx: LowerContext, hasElse: boolean, build: () => Stmt[]): { body: Stmt[]; label: string | null } {
  const label = hasElse ? ctx.temp("$loop") : null;
  ctx.loops.push({ breakLabel: label });
  try {
    return { body: build(), label };
  } finally {
    ctx.loops.pop();
  }
}

export function lowerWhile(ctx: LowerContext, s: A.While): Stmt[] {
  const { body, label } = withLoop(ctx, s.orelse.length > 0, () => lowerBody(ctx, s.body, { top: false }));
  const loop: Stmt = { k: "while", test: truthTest(ctx, s.test), body };
  return finishWithElse(ctx, loop, label, s.orelse);
}

function finishWithElse(ctx: LowerContext, loop: Stmt, label: string | null, orelse: readonly A.Stmt[]): Stmt[] {
  if (!label) return [loop];
  return [{ k: "block", label, body: [loop, ...lowerBody(ctx, orelse, { top: false })] }];
}

/** Names of a simple target, or null for targets with attributes / subscripts. */
function targetNames(t: A.Expr): string[] | null {
  if (t.kind === "Name") return [t.id];
  if (t.kind === "Tuple" || t.kind === "List") {
    const parts = t.elts.map((e) => (e.kind === "Starred" ? targetNames(e.value) : targetNames(e)));
    return parts.every((p) => p !== null) ? (parts as string[][]).flat() : null;
  }
  return null;
}

function pattern(ctx: LowerContext, t: A.Expr, seen: Set<string> = new Set()): Expr {
  if (t.kind === "Name") {
    if (seen.has(t.id)) return { k: "elided" };
    seen.add(t.id);
    return id(ctx.jsName(t.id));
  }
  if (t.kind === "Starred") return { k: "spread", expr: pattern(ctx, t.value, seen) };
  if (t.kind === "Tuple" || t.kind === "List") return { k: "array", items: t.elts.map((e) => pattern(ctx, e, seen)) };
  return lowerExpr(ctx, t);
}

/** `for` loops, and `async for` (see async-for.ts) through `options.iterate` and `for await`. */
export function lowerFor(ctx: LowerContext, s: A.For | A.AsyncFor, options: { iterate?: (e: A.Expr) => Expr } = {}): Stmt[] {
  const iterOf = options.iterate ?? ((e: A.Expr) => iterable(ctx, e));
  const forAwait = options.iterate ? { await: true } : {};
  const names = targetNames(s.target);
  const scope = ctx.scope;
  const fresh = names !== null && names.every((n) => !ctx.declared.has(n) && !scope.captured.has(n) && (scope.bindCount.get(n) ?? 0) === 1 && resolveScope(scope, n) === scope);
  const usedAfter = names !== null && fresh && names.some((n) => mentions(siblingsAfter(ctx, s), n));
  const perIteration = fresh && !usedAfter;
  const counting = s.kind === "For" ? rangeLoop(ctx, s, perIteration) : null;
  const temp = names === null ? ctx.temp() : null;
  const { body, label } = withLoop(ctx, s.orelse.length > 0, () => [
    ...(temp ? assignTo(ctx, s.target, s.target, id(temp)) : []),
    ...lowerBody(ctx, s.body, { top: false }),
  ]);
  const makeLoop = (): Stmt => {
    if (counting) return { ...counting, body };
    if (temp) return { k: "forof", kind: "const", target: id(temp), iter: iterOf(s.iter), body, ...forAwait };
    return { k: "forof", kind: perIteration ? "const" : null, target: pattern(ctx, s.target), iter: iterOf(s.iter), body, ...forAwait };
  };
  const closing = s.kind === "For" && !counting ? loopClosingTemporaries(ctx, s.iter, makeLoop) : null;
  const loop: Stmt = closing ? closing[1]! : makeLoop();
  const declarations = closing ? [closing[0]!] : [];
  if (!perIteration && names) {
    const pre: Stmt[] = [];
    for (const n of names) {
      if (!ctx.declared.has(n) && resolveScope(scope, n) === scope) {
        ctx.declared.add(n);
        pre.push({ k: "var", kind: "let", target: id(ctx.jsName(n)), type: "any" });
      }
    }
    return [...pre, ...declarations, ...finishWithElse(ctx, loop, label, s.orelse)];
  }
  return [...declarations, ...finishWithElse(ctx, loop, label, s.orelse)];
}

function siblingsAfter(ctx: LowerContext, s: A.For | A.AsyncFor): readonly A.Stmt[] {
  const node = ctx.scope.node;
  const body = node.kind === "Module" || node.kind === "FunctionDef" || node.kind === "AsyncFunctionDef" ? node.body : [];
  const i = body.indexOf(s);
  return i >= 0 ? body.slice(i + 1) : body;
}

/** `for i in range(...)` with bounded integer arguments and a literal step → a counting loop. */
function rangeLoop(ctx: LowerContext, s: A.For, perIteration: boolean): (Stmt & { k: "for" }) | null {
  const it = s.iter;
  if (!perIteration || s.target.kind !== "Name" || it.kind !== "Call" || it.func.kind !== "Name" || it.func.id !== "range" || resolveScope(ctx.scope, "range")) return null;
  if (it.keywords.length > 0 || it.args.length === 0 || it.args.length > 3) return null;
  if (!it.args.every((a) => { const t = ctx.typeOf(a); return t.t === "int" && t.small; })) return null;
  const step = it.args[2];
  let stepValue = 1;
  if (step) {
    if (step.kind === "Constant" && step.value.type === "int") stepValue = Number(step.value.value);
    else if (step.kind === "UnaryOp" && step.op === "USub" && step.operand.kind === "Constant" && step.operand.value.type === "int") stepValue = -Number(step.operand.value.value);
    else return null;
    if (stepValue === 0) return null;
  }
  const start = it.args.length === 1 ? num("0") : lowerExpr(ctx, it.args[0]!);
  const stop = lowerExpr(ctx, it.args.length === 1 ? it.args[0]! : it.args[1]!);
  const i = id(ctx.jsName(s.target.id));
  const simpleStop = stop.k === "num" || stop.k === "id";
  const stopName = simpleStop ? null : ctx.temp("$stop");
  ctx.declared.add(s.target.id);
  const update: Expr = stepValue === 1 ? { k: "unary", op: "++", operand: i } : stepValue === -1 ? { k: "unary", op: "--", operand: i } : { k: "assign", op: stepValue > 0 ? "+=" : "-=", target: i, value: num(String(Math.abs(stepValue))) };
  const bound = stopName ? id(stopName) : stop;
  const init: Stmt = stopName
    ? { k: "var", kind: "let", target: { k: "seq", exprs: [{ k: "assign", op: "=", target: i, value: start }, { k: "assign", op: "=", target: id(stopName), value: stop }] } }
    : { k: "var", kind: "let", target: { k: "assign", op: "=", target: i, value: start } };
  return { k: "for", init, test: bin(stepValue > 0 ? "<" : ">", i, bound), update: update.k === "unary" ? postfix(update) : update, body: [] };
}

function postfix(e: Expr & { k: "unary" }): Expr {
  return { k: "id", name: `${(e.operand as { name: string }).name}${e.op}` };
}

/**
 * What `for...of` iterates for a Python iterable of this type. A generator is iterated as it is
 * (it has no `return()`, so `break` leaves it suspended as Python leaves one held in a
 * variable), except a temporary one that closing may run code in: CPython frees a temporary as
 * soon as the loop ends, which closes it (`iterateTemporary`).
 */
export function iterable(ctx: LowerContext, e: A.Expr): Expr {
  const t = ctx.typeOf(e);
  const v = lowerExpr(ctx, e);
  if (t.t === "list" || t.t === "str" || t.t === "tuple" || t.t === "set" || t.t === "dict" || t.t === "iter") return v;
  // `for x in 5` / `(x for x in None)`: a TypeError at run time ("'int' object is not
  // iterable"), which must still type-check
  if (isNumeric(t) || t.t === "none") return call(ctx.helper("iterate"), [{ k: "as", expr: v, type: "any" }]);
  const temporary = e.kind !== "Name" && e.kind !== "Attribute" && e.kind !== "Subscript";
  // only a generator the call just made is closed (a function may return one stored elsewhere)
  if (t.t === "gen") return e.kind === "Call" && newGeneratorWithCleanup(e, ctx.scope, ctx.infer) ? call(ctx.helper("iterateTemporary"), [v]) : v;
  return call(ctx.helper(temporary ? "iterateTemporary" : "iterate"), [v]);
}
