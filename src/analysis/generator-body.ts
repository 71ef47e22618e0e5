/**
 * Facts about one generator function's body, for its inferred `Generator<Y, R, S>` type and the
 * options its `generator(...)` wrapper gets: the `yield` / `yield from` expressions and `return`
 * statements of the function itself (not of nested functions, classes or comprehensions),
 * whether control can fall off the end, and whether a `yield` (or `yield from`) sits inside
 * `try` or `with`, where closing the generator early runs code.
 */
import type * as A from "../ast/nodes.js";
import { forEachChild } from "./walk.js";

export interface GeneratorBody {
  readonly yields: readonly A.Yield[];
  readonly yieldFroms: readonly A.YieldFrom[];
  readonly returns: readonly A.Return[];
  /** control may reach the end of the body */
  readonly fallsOff: boolean;
  /**
   * a `yield` sits inside `try` or `with`: closing the generator while it is suspended there
   * runs code (GeneratorOptions.cleanup; a `yield from` may too, depending on what it delegates to)
   */
  readonly guardedYield: boolean;
}

const NESTED_SCOPES = new Set(["FunctionDef", "AsyncFunctionDef", "ClassDef", "Lambda", "ListComp", "SetComp", "DictComp", "GeneratorExp"]);

export function generatorBody(fn: A.FunctionDef | A.AsyncFunctionDef | A.Lambda): GeneratorBody {
  const yields: A.Yield[] = [];
  const yieldFroms: A.YieldFrom[] = [];
  const returns: A.Return[] = [];
  let cleanup = false;
  const visit = (n: A.Node, guarded: boolean): void => {
    if (NESTED_SCOPES.has(n.kind)) {
      // a comprehension's first iterable belongs to the enclosing scope
      if (n.kind === "ListComp" || n.kind === "SetComp" || n.kind === "DictComp" || n.kind === "GeneratorExp") visit(n.generators[0]!.iter, guarded);
      return;
    }
    if (n.kind === "Yield") {
      yields.push(n);
      if (guarded) cleanup = true;
    } else if (n.kind === "YieldFrom") {
      yieldFroms.push(n);
      if (guarded) cleanup = true;
    } else if (n.kind === "Return") returns.push(n);
    const inner = guarded || n.kind === "Try" || n.kind === "TryStar" || n.kind === "With";
    forEachChild(n, (c) => visit(c, inner));
  };
  if (fn.kind === "Lambda") visit(fn.body, false);
  else fn.body.forEach((s) => visit(s, false));
  return { yields, yieldFroms, returns, fallsOff: fn.kind === "Lambda" || mayFallOff(fn.body), guardedYield: cleanup };
}

/** False when the block certainly ends in `return` or `raise` (on every path, conservatively). */
function mayFallOff(body: readonly A.Stmt[]): boolean {
  const last = body[body.length - 1];
  if (!last) return true;
  switch (last.kind) {
    case "Return": case "Raise": return false;
    case "If": return mayFallOff(last.body) || mayFallOff(last.orelse);
    case "While": return !(last.test.kind === "Constant" && last.test.value.type === "bool" && last.test.value.value && !containsBreak(last.body));
    case "Try": return (mayFallOff(last.body) && (last.orelse.length === 0 || mayFallOff(last.orelse))) || last.handlers.some((h) => mayFallOff(h.body));
    case "With": return mayFallOff(last.body);
    default: return true;
  }
}

function containsBreak(body: readonly A.Stmt[]): boolean {
  let found = false;
  const visit = (n: A.Node): void => {
    if (found || n.kind === "For" || n.kind === "While" || NESTED_SCOPES.has(n.kind)) return;
    if (n.kind === "Break") found = true;
    else forEachChild(n, visit);
  };
  body.forEach(visit);
  return found;
}
