/**
 * Scopes and bindings, computed once into a side table: for every function, lambda, class,
 * comprehension and the module, which names it binds, which it declares `global` / `nonlocal`,
 * and which of its locals are captured by an inner function (those must not get a fresh JS
 * binding per loop iteration: Python closures see the variable, not the value).
 */
import type * as A from "../ast/nodes.js";
import { forEachChild } from "./walk.js";

export type ScopeNode = A.Module | A.FunctionDef | A.AsyncFunctionDef | A.Lambda | A.ClassDef | A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp;

export interface Scope {
  readonly node: ScopeNode;
  readonly kind: "module" | "function" | "class" | "comprehension";
  readonly parent: Scope | null;
  readonly locals: Set<string>;
  readonly globals: Set<string>;
  readonly nonlocals: Set<string>;
  /** locals of this scope that an inner function reads or writes */
  readonly captured: Set<string>;
  /** names read anywhere in this scope (not in inner scopes) */
  readonly reads: Set<string>;
  /** how many times each local is bound (1 → `const`) */
  readonly bindCount: Map<string, number>;
  isGenerator: boolean;
  isAsync: boolean;
}

export interface ScopeTable {
  readonly scopes: Map<A.Node, Scope>;
  readonly module: Scope;
}

export function analyzeScopes(module: A.Module): ScopeTable {
  const scopes = new Map<A.Node, Scope>();
  const make = (node: ScopeNode, kind: Scope["kind"], parent: Scope | null): Scope => {
    const s: Scope = { node, kind, parent, locals: new Set(), globals: new Set(), nonlocals: new Set(), captured: new Set(), reads: new Set(), bindCount: new Map(), isGenerator: false, isAsync: node.kind === "AsyncFunctionDef" };
    scopes.set(node, s);
    return s;
  };
  const moduleScope = make(module, "module", null);
  // rebindings through `global` / `nonlocal`, counted once every scope's locals are known (an
  // inner function may assign a variable before the outer one's own first assignment)
  const outerRebindings: { scope: Scope; name: string }[] = [];
  const bind = (scope: Scope, name: string): void => {
    if (scope.globals.has(name) || scope.nonlocals.has(name)) {
      outerRebindings.push({ scope, name });
      return;
    }
    scope.locals.add(name);
    scope.bindCount.set(name, (scope.bindCount.get(name) ?? 0) + 1);
  };
  const bindTarget = (scope: Scope, target: A.Expr): void => {
    if (target.kind === "Name") bind(scope, target.id);
    else if (target.kind === "Tuple" || target.kind === "List") target.elts.forEach((e) => bindTarget(scope, e));
    else if (target.kind === "Starred") bindTarget(scope, target.value);
    else visit(scope, target);
  };
  const visitArgs = (outer: Scope, args: A.Arguments): void => {
    args.defaults.forEach((d) => visit(outer, d));
    args.kw_defaults.forEach((d) => d && visit(outer, d));
  };
  const bindParams = (scope: Scope, args: A.Arguments): void => {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) bind(scope, a.arg);
    if (args.vararg) bind(scope, args.vararg.arg);
    if (args.kwarg) bind(scope, args.kwarg.arg);
  };
  const visitComprehension = (scope: Scope, node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void => {
    visit(scope, node.generators[0]!.iter);
    const inner = make(node, "comprehension", scope);
    node.generators.forEach((g, i) => {
      if (i > 0) visit(inner, g.iter);
      bindTarget(inner, g.target);
      g.ifs.forEach((e) => visit(inner, e));
    });
    if (node.kind === "DictComp") { visit(inner, node.key); visit(inner, node.value); } else visit(inner, node.elt);
  };
  const visitStmts = (scope: Scope, body: readonly A.Stmt[]): void => body.forEach((s) => visitStmt(scope, s));
  const visitStmt = (scope: Scope, s: A.Stmt): void => {
    switch (s.kind) {
      case "FunctionDef": case "AsyncFunctionDef": {
        s.decorator_list.forEach((d) => visit(scope, d));
        visitArgs(scope, s.args);
        bind(scope, s.name);
        const inner = make(s, "function", scope);
        bindParams(inner, s.args);
        visitStmts(inner, s.body);
        return;
      }
      case "ClassDef": {
        s.decorator_list.forEach((d) => visit(scope, d));
        s.bases.forEach((b) => visit(scope, b));
        bind(scope, s.name);
        visitStmts(make(s, "class", scope), s.body);
        return;
      }
      case "Global": s.names.forEach((n) => scope.globals.add(n)); return;
      case "Nonlocal": s.names.forEach((n) => scope.nonlocals.add(n)); return;
      case "Assign": visit(scope, s.value); s.targets.forEach((t) => bindTarget(scope, t)); return;
      case "AugAssign": visit(scope, s.value); visit(scope, s.target); bindTarget(scope, s.target); return;
      case "AnnAssign": if (s.value) visit(scope, s.value); if (s.value || s.target.kind !== "Name") bindTarget(scope, s.target); else bind(scope, (s.target as A.Name).id); return;
      case "For": case "AsyncFor": visit(scope, s.iter); bindTarget(scope, s.target); visitStmts(scope, s.body); visitStmts(scope, s.orelse); return;
      case "With": case "AsyncWith":
        for (const item of s.items) { visit(scope, item.context_expr); if (item.optional_vars) bindTarget(scope, item.optional_vars); }
        visitStmts(scope, s.body);
        return;
      case "Try": case "TryStar":
        visitStmts(scope, s.body);
        for (const h of s.handlers) { if (h.type) visit(scope, h.type); if (h.name) bind(scope, h.name); visitStmts(scope, h.body); }
        visitStmts(scope, s.orelse); visitStmts(scope, s.finalbody);
        return;
      case "Import": case "ImportFrom":
        for (const a of s.names) bind(scope, a.asname ?? a.name.split(".")[0]!);
        return;
      case "Match":
        visit(scope, s.subject);
        for (const c of s.cases) { visitPattern(scope, c.pattern); if (c.guard) visit(scope, c.guard); visitStmts(scope, c.body); }
        return;
      case "Delete": s.targets.forEach((t) => visit(scope, t)); return;
      case "If": case "While": visit(scope, s.test); visitStmts(scope, s.body); visitStmts(scope, s.orelse); return;
      case "Return": if (s.value) visit(scope, s.value); return;
      case "Raise": if (s.exc) visit(scope, s.exc); if (s.cause) visit(scope, s.cause); return;
      case "Assert": visit(scope, s.test); if (s.msg) visit(scope, s.msg); return;
      case "Expr": visit(scope, s.value); return;
      default: return;
    }
  };
  const visitPattern = (scope: Scope, p: A.Pattern): void => {
    switch (p.kind) {
      case "MatchValue": visit(scope, p.value); return;
      case "MatchSequence": p.patterns.forEach((q) => visitPattern(scope, q)); return;
      case "MatchMapping": p.keys.forEach((k) => visit(scope, k)); p.patterns.forEach((q) => visitPattern(scope, q)); if (p.rest) bind(scope, p.rest); return;
      case "MatchClass": visit(scope, p.cls); p.patterns.forEach((q) => visitPattern(scope, q)); p.kwd_patterns.forEach((q) => visitPattern(scope, q)); return;
      case "MatchStar": if (p.name) bind(scope, p.name); return;
      case "MatchAs": if (p.pattern) visitPattern(scope, p.pattern); if (p.name) bind(scope, p.name); return;
      case "MatchOr": p.patterns.forEach((q) => visitPattern(scope, q)); return;
      default: return;
    }
  };
  const visit = (scope: Scope, e: A.Expr): void => {
    switch (e.kind) {
      case "Name": if (e.ctx === "Load") scope.reads.add(e.id); else bind(scope, e.id); return;
      case "Lambda": {
        visitArgs(scope, e.args);
        const inner = make(e, "function", scope);
        bindParams(inner, e.args);
        visit(inner, e.body);
        return;
      }
      case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp": visitComprehension(scope, e); return;
      case "NamedExpr": {
        let target: Scope = scope;
        while (target.kind === "comprehension" && target.parent) target = target.parent;
        bind(target, e.target.id);
        visit(scope, e.value);
        return;
      }
      case "Yield": case "YieldFrom": scope.isGenerator = true; if (e.value) visit(scope, e.value); return;
      default: {
        const visitChild = (child: A.Node): void => {
          if (isExpr(child)) visit(scope, child as A.Expr);
          else forEachChild(child, visitChild);
        };
        forEachChild(e, visitChild);
      }
    }
  };
  visitStmts(moduleScope, module.body);
  for (const { scope, name } of outerRebindings) {
    // a rebinding through `global` / `nonlocal` makes the owner's variable reassigned
    let owner: Scope | null = scope.globals.has(name) ? moduleScope : scope.parent;
    while (owner && scope.nonlocals.has(name) && (owner.kind === "class" || !owner.locals.has(name))) owner = owner.parent;
    if (owner) owner.bindCount.set(name, (owner.bindCount.get(name) ?? 0) + 2);
  }
  markCaptures(scopes);
  return { scopes, module: moduleScope };
}

function isExpr(v: unknown): boolean {
  return typeof v === "object" && v !== null && "kind" in v && "span" in v && /^[A-Z]/.test((v as { kind: string }).kind) && (v as { kind: string }).kind !== "ExceptHandler";
}

/** The scope that owns `name` as seen from `scope` (Python's LEGB rule, skipping class scopes). */
export function resolveScope(scope: Scope, name: string): Scope | null {
  if (scope.globals.has(name)) return rootOf(scope).locals.has(name) ? rootOf(scope) : rootOf(scope);
  if (scope.locals.has(name)) return scope;
  for (let s = scope.parent; s; s = s.parent) {
    if (s.kind === "class") continue;
    if (s.kind === "module") return s.locals.has(name) ? s : null;
    if (s.locals.has(name) && !s.globals.has(name)) return s;
  }
  return null;
}

function rootOf(scope: Scope): Scope {
  let s = scope;
  while (s.parent) s = s.parent;
  return s;
}

function markCaptures(scopes: Map<A.Node, Scope>): void {
  for (const scope of scopes.values()) {
    if (scope.kind === "module" || scope.kind === "class") continue;
    const names = new Set([...scope.reads, ...scope.nonlocals]);
    for (const name of names) {
      if (scope.locals.has(name) && !scope.nonlocals.has(name)) continue;
      const owner = resolveScope(scope.parent!, name);
      if (owner) owner.captured.add(name);
    }
  }
}
