/**
 * `await` and `yield` inside helper arrows. Several lowerings evaluate a Python expression
 * through an immediately called arrow (value-returning `and`/`or`, dict displays with `**`,
 * comprehension loops); when the Python expression contains `await`, that arrow must itself be
 * async and its call awaited. It runs inside the current task step, so the order of effects is
 * unchanged. A `yield` (in a generator: `(yield 1) and (yield 2)`) likewise makes the arrow a
 * generator function whose call is delegated to with `yield*`, which passes `next`, `throw` and
 * `return` through unchanged (`.call(this, ...)` when it reads `this`, as an arrow would).
 * This pass fixes every such arrow once, after lowering, instead of in each lowering.
 *
 *     await flag(True) and await flag(False)
 *       →  (($v) => truthy($v) ? await flag(false) : $v)(await flag(true))        (invalid JS)
 *       →  await (async ($v) => truthy($v) ? await flag(false) : $v)(await flag(true))
 *     (yield 1) and (yield 2)
 *       →  yield* (function* ($v): Generator<any, any, any> { return truthy($v) ? yield 2 : $v; })(yield 1)
 */
import type { Expr, Param, Stmt } from "../ir/nodes.js";

type Node = Expr | Stmt;

function isNode(v: unknown): v is Node {
  return typeof v === "object" && v !== null && typeof (v as { k?: unknown }).k === "string";
}

/** Functions and classes: their bodies are not "direct". An arrow also stops `await`/`yield`, not `this`. */
const OWN_SCOPE: ReadonlySet<string> = new Set(["arrow", "func", "function", "class"]);
const OWN_THIS: ReadonlySet<string> = new Set(["func", "function", "class"]);

/** True when some node of `n` outside the node kinds in `stops` satisfies `matches`. */
function containsDirectly(n: unknown, matches: (node: Node) => boolean, stops: ReadonlySet<string>): boolean {
  if (Array.isArray(n)) return n.some((item) => containsDirectly(item, matches, stops));
  if (!isNode(n)) return false;
  if (matches(n)) return true;
  if (stops.has(n.k)) return false;
  for (const [key, v] of Object.entries(n)) {
    if (key !== "k" && (Array.isArray(v) || isNode(v)) && containsDirectly(v, matches, stops)) return true;
  }
  return false;
}

/** True when `n` has an `await` (or a `for await`) outside any nested function or class. */
export function awaitsDirectly(n: unknown): boolean {
  return containsDirectly(n, (node) => node.k === "await" || (node.k === "forof" && node.await === true), OWN_SCOPE);
}

/** True when `n` has a `yield` outside any nested function or class. */
function yieldsDirectly(n: unknown): boolean {
  return containsDirectly(n, (node) => node.k === "yield", OWN_SCOPE);
}

/** True when `n` reads `this` where an arrow would take it from its surroundings. */
function readsThis(n: unknown): boolean {
  return containsDirectly(n, (node) => node.k === "lit" && node.text === "this", OWN_THIS);
}

/** `(($v) => ... yield ...)(x)` → `yield* (function* ($v) { return ...; })(x)`. */
function delegatedArrow(node: Expr & { k: "call" }, arrow: Expr & { k: "arrow" }): Expr {
  const body: readonly Stmt[] = Array.isArray(arrow.body) ? (arrow.body as readonly Stmt[]) : [{ k: "return", value: arrow.body as Expr }];
  const generator = (params: readonly Param[]): Expr => ({ k: "func", params, body, ret: "Generator<any, any, any>", generator: true });
  const invoked: Expr = readsThis(body)
    ? { k: "call", callee: { k: "member", obj: generator([{ name: "this", type: "any" }, ...arrow.params]), name: "call" }, args: [{ k: "lit", text: "this" }, ...node.args] }
    : { ...node, callee: generator(arrow.params) };
  return { k: "yield", expr: invoked, delegate: true };
}

function fix<T>(n: T): T {
  if (Array.isArray(n)) {
    let changed = false;
    const out = n.map((x) => {
      const y = fix(x);
      if (y !== x) changed = true;
      return y;
    });
    return (changed ? out : n) as T;
  }
  if (!isNode(n)) return n;
  let copy: Record<string, unknown> | null = null;
  for (const [key, v] of Object.entries(n)) {
    if (key === "k" || (!Array.isArray(v) && !isNode(v))) continue;
    const fixed = fix(v);
    if (fixed !== v) {
      copy ??= { ...(n as Record<string, unknown>) };
      copy[key] = fixed;
    }
  }
  const node = (copy ?? n) as Node;
  if (node.k === "call" && node.callee.k === "arrow" && !node.callee.async && awaitsDirectly(node.callee.body)) {
    return { k: "await", expr: { ...node, callee: { ...node.callee, async: true } } } as T;
  }
  if (node.k === "call" && node.callee.k === "arrow" && !node.callee.async && yieldsDirectly(node.callee.body)) {
    return delegatedArrow(node, node.callee) as T;
  }
  return node as T;
}

export function asyncHelperArrows(body: Stmt[]): Stmt[] {
  return fix(body);
}
