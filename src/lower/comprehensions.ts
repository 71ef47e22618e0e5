/**
 * Comprehensions keep Python's scoping: the loop variables belong to the comprehension, the
 * first iterable is evaluated in the enclosing scope, and closures made inside see the variable
 * (not a per-iteration copy). A simple list comprehension over a list reads as `map`/`filter`;
 * the general form is a small function that loops; generator expressions are lazy `function*`.
 *
 *     [x * 2 for x in xs if x > 0]    →   xs.filter((x) => x > 0).map((x) => x * 2)
 *     (s.lower() for s in names)      →   (function* () { for (const s of names) yield s.lower(); })()
 */
import type * as A from "../ast/nodes.js";
import { bin, call, type Expr, exprStmt, id, member, type Stmt, str } from "../ir/nodes.js";
import { ASYNCIO, type LowerContext } from "./context.js";
import { isAsyncComprehension } from "./async-comprehensions.js";
import { lowerExpr } from "./expressions.js";
import { iterable } from "./loops.js";
import { truthTest } from "./operators.js";
import { forEachChild } from "../analysis/walk.js";
import { elementType } from "../analysis/infer.js";
import { qualifiedName } from "./generators.js";

type Comp = A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

function targetPattern(ctx: LowerContext, t: A.Expr, seen: Set<string> = new Set()): Expr {
  if (t.kind === "Name") {
    if (seen.has(t.id)) return { k: "elided" };
    seen.add(t.id);
    return id(ctx.jsName(t.id));
  }
  if (t.kind === "Tuple" || t.kind === "List") return { k: "array", items: t.elts.map((e) => targetPattern(ctx, e, seen)) };
  if (t.kind === "Starred") return { k: "spread", expr: targetPattern(ctx, t.value, seen) };
  return lowerExpr(ctx, t);
}

function names(t: A.Expr, out: string[] = []): string[] {
  if (t.kind === "Name") out.push(t.id);
  else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach((e) => names(e, out));
  else if (t.kind === "Starred") names(t.value, out);
  return out;
}

export function lowerComprehension(ctx: LowerContext, e: Comp): Expr {
  const scope = ctx.scopes.scopes.get(e)!;
  const first = e.generators[0]!;
  const firstIter = first.is_async ? lowerExpr(ctx, first.iter) : iterable(ctx, first.iter);
  const captured = e.generators.some((g) => names(g.target).some((n) => scope.captured.has(n)));
  return ctx.inScope(scope, () => {
    const sourceType = ctx.typeOf(e.generators[0]!.iter).t;
    // map/filter only over materialised sequences: a lazy iterator (groupby, a generator) must be consumed one item at a time
    if (isAsyncComprehension(e)) {
      const lowered = loopForm(ctx, e, firstIter, captured, { async: true });
      return e.kind === "GeneratorExp" ? lowered : { k: "await", expr: lowered };
    }
    // filter runs every condition before map runs any element: exact only when one side has no effects
    const g0 = e.generators[0]!;
    // (a walrus in a condition binds what the element reads: always the loop)
    const orderFree = !g0.ifs.some(hasWalrus) && (g0.ifs.length === 0 || g0.ifs.every((c) => isPure(ctx, c)) || (e.kind !== "DictComp" && isPure(ctx, e.elt)));
    if (e.kind === "ListComp" && e.generators.length === 1 && !captured && g0.is_async === 0 && orderFree && (sourceType === "list" || sourceType === "str" || sourceType === "tuple")) {
      const g = e.generators[0]!;
      const t = ctx.typeOf(g.iter);
      const param = targetPattern(ctx, g.target);
      const source: Expr = t.t === "list" ? firstIter : { k: "array", items: [{ k: "spread", expr: firstIter }] };
      const p = [{ name: printPattern(param) }];
      let out = source;
      for (const cond of g.ifs) out = call(member(out, "filter"), [{ k: "arrow", params: p, body: truthTest(ctx, cond) }]);
      return call(member(out, "map"), [{ k: "arrow", params: p, body: lowerExpr(ctx, e.elt) }]);
    }
    return loopForm(ctx, e, firstIter, captured, { async: false });
  });
}

const PRIMITIVE = new Set(["int", "float", "bool", "str", "none"]);
const PURE_BUILTINS = new Set(["len", "isinstance", "abs"]);

/** No side effects and no exceptions beyond what the value itself raises: names, literals, primitive operators. */
function isPure(ctx: LowerContext, e: A.Expr): boolean {
  const primitive = (x: A.Expr): boolean => PRIMITIVE.has(ctx.typeOf(x).t);
  switch (e.kind) {
    case "Constant": case "Name": return true;
    case "BinOp": return primitive(e.left) && primitive(e.right) && isPure(ctx, e.left) && isPure(ctx, e.right);
    case "UnaryOp": return primitive(e.operand) && isPure(ctx, e.operand);
    case "BoolOp": return e.values.every((v) => isPure(ctx, v));
    case "Compare": return [e.left, ...e.comparators].every((v) => primitive(v) && isPure(ctx, v));
    case "IfExp": return isPure(ctx, e.test) && isPure(ctx, e.body) && isPure(ctx, e.orelse);
    case "Tuple": case "List": return e.elts.every((v) => isPure(ctx, v));
    case "Call": return e.func.kind === "Name" && PURE_BUILTINS.has(e.func.id) && e.keywords.length === 0 && e.args.every((a) => isPure(ctx, a));
    default: return false;
  }
}

function hasWalrus(e: A.Node): boolean {
  let found = false;
  const visit = (n: A.Node): void => {
    if (n.kind === "NamedExpr") found = true;
    else if (!found) forEachChild(n, visit);
  };
  visit(e);
  return found;
}

function printPattern(e: Expr): string {
  if (e.k === "id") return e.name;
  if (e.k === "array") return `[${e.items.map(printPattern).join(", ")}]`;
  if (e.k === "spread") return `...${printPattern(e.expr)}`;
  return "_";
}

function loopForm(ctx: LowerContext, e: Comp, firstIter: Expr, captured: boolean, options: { async: boolean }): Expr {
  const result = id("$result");
  let innermost: Stmt;
  if (e.kind === "GeneratorExp") innermost = exprStmt({ k: "yield", expr: lowerExpr(ctx, e.elt), delegate: false });
  else if (e.kind === "DictComp") innermost = exprStmt(call(member(result, "setitem"), [lowerExpr(ctx, e.key), lowerExpr(ctx, e.value)]));
  else if (e.kind === "SetComp") innermost = exprStmt(call(member(result, "add"), [lowerExpr(ctx, e.elt)]));
  else innermost = exprStmt(call(member(result, "push"), [lowerExpr(ctx, e.elt)]));
  let body: Stmt[] = [innermost];
  const declared: string[] = [];
  for (let i = e.generators.length - 1; i >= 0; i--) {
    const g = e.generators[i]!;
    for (let j = g.ifs.length - 1; j >= 0; j--) body = [{ k: "if", test: truthTest(ctx, g.ifs[j]!), then: body }];
    const source = i === 0 ? id("$iter") : g.is_async ? lowerExpr(ctx, g.iter) : iterable(ctx, g.iter);
    // a generator expression's first `async for` calls `__aiter__` where the expression stands
    const eagerFirst = i === 0 && e.kind === "GeneratorExp" && options.async && g.is_async;
    const iter = g.is_async && !eagerFirst ? call(ctx.helper("asyncIterate", ASYNCIO), [source]) : source;
    if (captured) declared.push(...names(g.target));
    body = [{ k: "forof", kind: captured ? null : "const", target: targetPattern(ctx, g.target), iter, body, ...(g.is_async ? { await: true } : {}) }];
  }
  const decls: Stmt[] = declared.map((n) => ({ k: "var", kind: "let", target: id(ctx.jsName(n)), type: "any" }));
  // `__qualname__` names the enclosing functions and classes ("f.<locals>.<genexpr>")
  const qualname = e.kind === "GeneratorExp" ? qualifiedName(ctx.scopes.scopes.get(e)!.parent!, "<genexpr>") : "";
  if (e.kind === "GeneratorExp" && options.async) {
    const gen: Expr = { k: "func", params: [{ name: "$iter", type: "any" }], body: [...decls, ...body], generator: true, async: true };
    const source = e.generators[0]!.is_async ? call(ctx.helper("asyncIterate", ASYNCIO), [firstIter]) : firstIter;
    return call(call(ctx.helper("asyncGenerator", ASYNCIO), [gen, str(qualname)]), [source]);
  }
  if (e.kind === "GeneratorExp") {
    const named: Expr[] = qualname === "<genexpr>" ? [] : [str(qualname)];
    return call(ctx.helper("genexpr"), [firstIter, { k: "func", params: [{ name: "$iter", type: firstIterableType(ctx, e) }], body: [...decls, ...body], generator: true }, ...named]);
  }
  const init: Expr = e.kind === "DictComp" ? { k: "new", callee: ctx.helper("PyDict"), args: [] } : e.kind === "SetComp" ? { k: "new", callee: ctx.helper("PySet"), args: [] } : { k: "array", items: [] };
  const resultType = e.kind === "ListComp" ? ctx.annotationType(ctx.typeOf(e)) : undefined;
  const first = e.generators[0]!;
  return call(
    { k: "arrow", params: [{ name: "$iter", type: first.is_async ? "any" : firstIterableType(ctx, e) }], ...(options.async ? { async: true } : {}), body: [{ k: "var", kind: "const", target: result, init, ...(resultType ? { type: resultType } : {}) }, ...decls, ...body, { k: "return", value: result }] },
    [firstIter],
  );
}

/** `Iterable<T>` for the first iterable, T its element type as far as inference knows it. */
function firstIterableType(ctx: LowerContext, e: Comp): string {
  return `Iterable<${ctx.annotationType(elementType(ctx.typeOf(e.generators[0]!.iter)))}>`;
}

export { bin };
