/**
 * Variables that hold the only reference to a generator. CPython closes a generator as soon as
 * its last reference goes (reference counting): when the variable is rebound or deleted, or when
 * the function it belongs to returns. JS has no such moment, so the compiler finds the variables
 * for which it knows the moment and emits the close there (lower/generator-owners.ts).
 *
 * A local `g` owns its generator when every binding is a plain `g = value` whose value is a
 * generator or None, at least one of those generators may run code when closed (`finally`,
 * `with`, `yield from`), and every use only borrows it: `next(g)`, `g.send(...)` /
 * `g.throw(...)` / `g.close()`, `g.gi_*`, `for x in g`, `yield from g`, consuming builtins
 * (`list(g)`, `sum(g)`, ...), `print(g)`, `g is None`, passing it to a plain function that only
 * borrows that parameter in the same way. Anything that could store the reference
 * elsewhere (passing it to a function, `iter(g)`, aliasing, returning it, a closure or a lazy
 * generator expression reading it) disqualifies the variable, and then the generator is closed
 * at program exit only, as before.
 */
import type * as A from "../ast/nodes.js";
import type { TypeInference } from "./infer.js";
import type { PyType } from "./pytypes.js";
import { resolveScope, type Scope } from "./scopes.js";
import { forEachChild } from "./walk.js";

/** Builtins that use an iterable (or print a value) without keeping a reference to it. */
const CONSUMERS = new Set(["next", "list", "tuple", "set", "frozenset", "dict", "sum", "min", "max", "sorted", "any", "all", "print", "repr", "str", "isinstance", "type", "id", "hash", "bool"]);
const BORROWING_METHODS = new Set(["send", "throw", "close", "__next__"]);
const BORROWING_ATTRIBUTES = new Set(["gi_running", "gi_frame", "gi_suspended", "gi_yieldfrom", "gi_code", "__name__", "__qualname__"]);
const NESTED_SCOPES = new Set(["FunctionDef", "AsyncFunctionDef", "ClassDef", "Lambda", "ListComp", "SetComp", "DictComp", "GeneratorExp"]);

export interface OwnedGenerator {
  readonly name: string;
  /** assigned values whose assignment may replace a generator the variable still holds */
  readonly rebinding: ReadonlySet<A.Expr>;
}

/** The variables of `scope` that own a generator, in order of first binding. */
export function ownedGenerators(scope: Scope, infer: TypeInference): OwnedGenerator[] {
  const node = scope.node;
  if (node.kind !== "Module" && node.kind !== "FunctionDef" && node.kind !== "AsyncFunctionDef") return [];
  const params = new Set<string>();
  if (node.kind !== "Module") {
    const a = node.args;
    for (const p of [...a.posonlyargs, ...a.args, ...a.kwonlyargs, ...(a.vararg ? [a.vararg] : []), ...(a.kwarg ? [a.kwarg] : [])]) params.add(p.arg);
  }
  const candidate = (name: string): boolean =>
    scope.locals.has(name) && !params.has(name) && !scope.globals.has(name) && !scope.nonlocals.has(name) && !scope.captured.has(name);
  const uses = variableUses(scope, infer, candidate, new Set());
  const owned = uses.order.filter((name) => {
    if (uses.disqualified.has(name)) return false;
    let needsClosing = false;
    for (const v of uses.values.get(name)!) {
      const t: PyType = infer.expr(v, scope);
      if (t.t === "gen") needsClosing ||= t.cleanup;
      else if (t.t !== "none") return false;
    }
    return needsClosing;
  });
  return owned.map((name) => ({ name, rebinding: new Set(uses.values.get(name)!.filter((v) => uses.rebinding.has(v))) }));
}

interface VariableUses {
  /** plain `name = value` bindings, by name */
  readonly values: Map<string, A.Expr[]>;
  /** names bound or read in a way that may keep (or replace) the reference elsewhere */
  readonly disqualified: Set<string>;
  readonly order: string[];
  readonly rebinding: Set<A.Expr>;
}

/** How the candidate variables of `scope` are bound and used (`active`: functions being checked). */
function variableUses(scope: Scope, infer: TypeInference, candidate: (name: string) => boolean, active: Set<A.Node>): VariableUses {
  const node = scope.node as A.Module | A.FunctionDef | A.AsyncFunctionDef;
  const values = new Map<string, A.Expr[]>();
  const disqualified = new Set<string>();
  const order: string[] = [];
  const rebinding = new Set<A.Expr>();
  let loopDepth = 0;
  const bind = (name: string, value: A.Expr): void => {
    if (!values.has(name)) {
      values.set(name, []);
      order.push(name);
      // the first binding replaces nothing, unless a loop runs it again
      if (loopDepth > 0) rebinding.add(value);
    } else rebinding.add(value);
    values.get(name)!.push(value);
  };
  const visit = (n: A.Node, parent: A.Node | null, grandparent: A.Node | null = null): void => {
    if (n.kind === "For" || n.kind === "While") {
      visit(n.kind === "For" ? n.iter : n.test, n, parent);
      if (n.kind === "For") visit(n.target, n, parent);
      loopDepth++;
      n.body.forEach((b) => visit(b, n, parent));
      loopDepth--;
      n.orelse.forEach((b) => visit(b, n, parent));
      return;
    }
    if (NESTED_SCOPES.has(n.kind)) {
      // only a comprehension's first iterable is evaluated here; a consuming comprehension borrows it
      if (n.kind === "ListComp" || n.kind === "SetComp" || n.kind === "DictComp" || n.kind === "GeneratorExp") visit(n.generators[0]!.iter, n);
      if (n.kind === "FunctionDef" || n.kind === "AsyncFunctionDef" || n.kind === "ClassDef") {
        n.decorator_list.forEach((d) => visit(d, n));
        if (n.kind !== "ClassDef") [...n.args.defaults, ...n.args.kw_defaults.filter((d): d is A.Expr => d !== null)].forEach((d) => visit(d, n));
      }
      if (n.kind === "Lambda") [...n.args.defaults, ...n.args.kw_defaults.filter((d): d is A.Expr => d !== null)].forEach((d) => visit(d, n));
      return;
    }
    if (n.kind === "Assign" && n.targets.length === 1 && n.targets[0]!.kind === "Name") {
      const name = (n.targets[0] as A.Name).id;
      if (candidate(name)) bind(name, n.value);
      visit(n.value, n);
      return;
    }
    if (n.kind === "AnnAssign" && n.value && n.target.kind === "Name") {
      if (candidate(n.target.id)) bind(n.target.id, n.value);
      visit(n.value, n);
      return;
    }
    if (n.kind === "Name") {
      if (!candidate(n.id)) return;
      if (n.ctx === "Del") return;
      if (n.ctx === "Store" || !borrows(n, parent, grandparent, scope, infer, active)) disqualified.add(n.id);
      return;
    }
    forEachChild(n, (c) => visit(c, n, parent));
  };
  node.body.forEach((s) => visit(s, null));
  return { values, disqualified, order, rebinding };
}

/**
 * Whether passing a generator as this argument of a call to a known plain function only lends
 * it: the function neither stores nor rebinds the parameter nor lets a closure see it (a
 * generator function's parameter lives as long as the generator it makes: never a loan).
 */
export function lendsTo(call: A.Call, arg: A.Expr, scope: Scope, infer: TypeInference, active: Set<A.Node>): boolean {
  if (call.func.kind !== "Name") return false;
  const owner = resolveScope(scope, call.func.id);
  const sites = owner ? infer.bindings.get(owner)?.get(call.func.id) ?? [] : [];
  const site = sites.length === 1 ? sites[0]! : null;
  if (!site || site.how !== "def" || site.node.kind !== "FunctionDef" || site.node.decorator_list.length > 0) return false;
  const def = site.node;
  const defScope = infer.scopes.scopes.get(def)!;
  if (defScope.isGenerator || active.has(def)) return false;
  const positional = [...def.args.posonlyargs, ...def.args.args];
  const index = call.args.indexOf(arg);
  const param = index >= 0 ? positional[index]?.arg : call.keywords.find((k) => k.value === arg)?.arg ?? undefined;
  if (!param || call.args.some((a) => a.kind === "Starred")) return false;
  if (defScope.captured.has(param) || defScope.nonlocals.has(param) || defScope.globals.has(param)) return false;
  active.add(def);
  try {
    const uses = variableUses(defScope, infer, (n) => n === param, active);
    return !uses.disqualified.has(param) && !uses.values.has(param);
  } finally {
    active.delete(def);
  }
}

/** Whether this read of a variable only borrows the generator it holds. */
function borrows(name: A.Name, parent: A.Node | null, grandparent: A.Node | null, scope: Scope, infer: TypeInference, active: Set<A.Node>): boolean {
  if (!parent) return false;
  switch (parent.kind) {
    case "Call":
      if (parent.func === name) return false;
      if (parent.func.kind === "Attribute") return parent.func.attr === "join" && parent.args[0] === name;
      if (parent.func.kind !== "Name") return false;
      if (resolveScope(scope, parent.func.id)) return lendsTo(parent, name, scope, infer, active);
      if (!CONSUMERS.has(parent.func.id) || parent.keywords.some((k) => k.value === name)) return false;
      return parent.args[0] === name || parent.func.id === "print";
    case "Attribute":
      if (BORROWING_ATTRIBUTES.has(parent.attr)) return true;
      // a method only when called at once (`s = g.send` would keep the generator)
      return BORROWING_METHODS.has(parent.attr) && grandparent?.kind === "Call" && grandparent.func === parent;
    case "For": return parent.iter === name;
    case "ListComp": case "SetComp": case "DictComp": return true;
    case "YieldFrom": return true;
    case "FormattedValue": return true;
    case "Compare": return parent.ops.every((op) => op === "Is" || op === "IsNot");
    default: return false;
  }
}
