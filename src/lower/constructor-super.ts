/**
 * `super().__init__(...)` after the constructor has set attributes. JS forbids `this` before
 * `super()`, Python does not, and the pattern is common (set fields, then build the message):
 *
 *     def __init__(self, balance, amount):       constructor(balance: number, amount: number) {
 *         self.balance = balance            →       super(`need ${amount}`);
 *         self.amount = amount                       this.balance = balance;
 *         super().__init__(f"need {amount}")         this.amount = amount; }
 *
 * Calling the base first is faithful when the base's arguments do not depend on what ran before,
 * and the base's `__init__` (a runtime class's, or a user class's, along the chain) neither reads
 * nor writes the attributes set before, nor calls methods on the instance, nor has side effects
 * that the earlier statements could be reordered around. Otherwise it is a diagnostic. An
 * `__init__` without the call is base-init.ts's.
 */
import type * as A from "../ast/nodes.js";
import { realBases } from "../analysis/class-bases.js";
import { forEachChild } from "../analysis/walk.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import type { Stmt } from "../ir/nodes.js";
import { ensureSuper } from "./base-init.js";
import type { LowerContext } from "./context.js";

const PURE_BUILTINS = new Set(["len", "str", "repr", "int", "float", "bool", "list", "dict", "set", "tuple", "sorted", "min", "max", "sum", "abs", "round", "isinstance", "type", "format"]);

/** The constructor body with `super(...)` where JS needs it: first, before any `this`. */
export function superBeforeThis(ctx: LowerContext, cls: A.ClassDef, init: A.FunctionDef | A.AsyncFunctionDef, body: Stmt[]): Stmt[] {
  if (realBases(cls).length === 0) return body;
  const at = body.findIndex(isSuperCall);
  if (at < 0) return ensureSuper(ctx, cls, init, body);
  const before = body.slice(0, at);
  if (!usesThis(before)) return body;
  const selfConst = before.findIndex(isSelfConst);
  const selfName = [...init.args.posonlyargs, ...init.args.args][0]?.arg ?? "self";
  const usesSelf = (st: Stmt): boolean => usesThis([st]) || (selfConst >= 0 && mentionsId(st, selfName));
  // statements that do not touch the instance may stay before super(); the others move after it
  const later = before.filter((st, i) => i !== selfConst && usesSelf(st));
  const stay = before.filter((st, i) => i !== selfConst && !usesSelf(st));
  const superStmt = body[at]!;
  const astAt = init.body.findIndex((st) => st.kind === "Expr" && isSuperInit(st.value));
  const astBefore = astAt < 0 ? [] : init.body.slice(0, astAt);
  const astLater = astBefore.filter((st) => mentionsSelf([st], selfName));
  const bound = boundIds(later);
  const independent = !usesSelf(superStmt) && ![...bound].some((n) => mentionsId(superStmt, n) || stay.some((st) => mentionsId(st, n)));
  const reorderable = !(hasCalls(astLater) && hasCalls(astBefore.filter((st) => !astLater.includes(st))));
  if (astAt < 0 || !independent || !reorderable || !baseIgnores(ctx, cls, selfAttributes(astBefore, selfName), hasCalls(astLater))) {
    ctx.report(Diagnostics.unsupported, { construct: "using 'self' before 'super().__init__()' here (the base's constructor could see the difference)" }, astAt < 0 ? init : init.body[astAt]!);
    return body;
  }
  return [...stay, superStmt, ...(selfConst >= 0 ? [before[selfConst]!] : []), ...later, ...body.slice(at + 1)];
}

function isSuperCall(s: Stmt): boolean {
  return s.k === "expr" && s.expr.k === "call" && s.expr.callee.k === "lit" && s.expr.callee.text === "super";
}

function isSelfConst(s: Stmt): boolean {
  return s.k === "var" && s.init?.k === "lit" && s.init.text === "this";
}

function usesThis(stmts: readonly Stmt[]): boolean {
  return JSON.stringify(stmts).includes('{"k":"lit","text":"this"}');
}

function mentionsId(s: Stmt, name: string): boolean {
  return JSON.stringify(s).includes(JSON.stringify({ k: "id", name }));
}

/** Names the statements declare or assign (IR). */
function boundIds(stmts: readonly Stmt[]): Set<string> {
  const out = new Set<string>();
  for (const m of JSON.stringify(stmts).matchAll(/"(?:target)":\{"k":"id","name":"([^"]+)"/g)) out.add(m[1]!);
  return out;
}

function isSuperInit(e: A.Expr): boolean {
  return e.kind === "Call" && e.func.kind === "Attribute" && e.func.attr === "__init__" && e.func.value.kind === "Call" && e.func.value.func.kind === "Name" && e.func.value.func.id === "super";
}

function walk(nodes: readonly A.Node[], visit: (n: A.Node) => void): void {
  const go = (n: A.Node): void => { visit(n); forEachChild(n, go); };
  nodes.forEach(go);
}

function mentionsSelf(nodes: readonly A.Node[], selfName: string): boolean {
  let found = false;
  walk(nodes, (n) => { if (n.kind === "Name" && n.id === selfName) found = true; });
  return found;
}

/** `X` of every `self.X` the statements read or write. */
function selfAttributes(nodes: readonly A.Node[], selfName: string): Set<string> {
  const out = new Set<string>();
  walk(nodes, (n) => { if (n.kind === "Attribute" && n.value.kind === "Name" && n.value.id === selfName) out.add(n.attr); });
  return out;
}

/** Calls other than to side-effect-free builtins. */
function hasCalls(nodes: readonly A.Node[]): boolean {
  let found = false;
  walk(nodes, (n) => { if (n.kind === "Call" && !(n.func.kind === "Name" && PURE_BUILTINS.has(n.func.id)) && !isSuperInit(n)) found = true; });
  return found;
}

/**
 * True when no user `__init__` up the chain touches `attrs`, calls a method on the instance, or
 * (when the earlier statements call functions) calls anything. Runtime bases (Exception, ...)
 * only record their arguments.
 */
function baseIgnores(ctx: LowerContext, cls: A.ClassDef, attrs: ReadonlySet<string>, earlierCalls: boolean): boolean {
  const first = realBases(cls)[0];
  let name: string | null = first?.kind === "Name" ? first.id : null;
  if (first && first.kind !== "Name") return false;
  for (let depth = 0; name !== null && depth < 50; depth++) {
    const facts = ctx.infer.classes.get(name);
    if (!facts) return true;
    if (facts.isDataclass) return false;
    const init = facts.node.body.find((s): s is A.FunctionDef => s.kind === "FunctionDef" && s.name === "__init__");
    if (init) {
      const selfName = [...init.args.posonlyargs, ...init.args.args][0]?.arg ?? "self";
      if ([...selfAttributes(init.body, selfName)].some((a) => attrs.has(a))) return false;
      let callsSelf = false;
      walk(init.body, (n) => { if (n.kind === "Call" && n.func.kind === "Attribute" && n.func.value.kind === "Name" && n.func.value.id === selfName) callsSelf = true; });
      if (callsSelf || (earlierCalls && hasCalls(init.body))) return false;
    }
    name = facts.base;
  }
  return true;
}
