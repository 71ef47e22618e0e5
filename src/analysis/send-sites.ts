/**
 * What may be sent into each generator function's generators, for typing the value of its
 * `yield` expressions (unannotated Python gives them no type, so `total += (yield x)` would stay
 * `any`). Like call-sites.ts this is syntactic; type inference (infer.ts) types the sent values.
 *
 * A generator function's sends are known only when every generator it makes is provably used
 * locally: every call `g(...)` is the whole value of `v = g(...)` in a function body, and every
 * read of a variable of that name, anywhere in the module, is one of
 *
 *     v.send(x)          x is sent (`v.send(None)`: None)
 *     next(v)            None is sent (also `next(v, default)`)
 *     v.close()  v.throw(...)   nothing is sent
 *
 * A `next(v)` or `v.send(None)` statement right after `v = g(...)` starts the generator: the
 * value it sends reaches no `yield`, so it contributes nothing. Any other use (`for x in g()`,
 * `yield from v`, passing or storing v, `g` used as a value) gives no result: anything may be
 * sent. Reads are matched by name, not by scope, which can only add uses, never lose one; a
 * module that calls `locals`, `vars`, `eval` or `exec`, or rebinds `next`, gives no results.
 *
 *     def averager():                     a resumed `yield` of averager's generators gives an
 *         total = 0.0                      int (`seed % 1000`), never None: the `next(avg)`
 *         while True:                      that primes it sends to no `yield`
 *             total += yield total
 *     avg = averager(); next(avg)
 *     avg.send(seed % 1000)
 */
import type * as A from "../ast/nodes.js";
import type { BindingTable } from "./bindings.js";
import type { CallSiteTable } from "./call-sites.js";
import { resolveScope, type Scope, type ScopeTable } from "./scopes.js";
import { forEachChild } from "./walk.js";

export interface SentValue {
  readonly expr: A.Expr;
  readonly scope: Scope;
}

export interface SendSites {
  /** the argument of every `v.send(x)` */
  readonly values: readonly SentValue[];
  /** some resume other than the first sends None */
  readonly none: boolean;
}

/** generator function → its sends; a generator function not in the table may be sent anything */
export type SendSiteTable = ReadonlyMap<A.FunctionDef, SendSites>;

const INTROSPECTION = new Set(["locals", "vars", "eval", "exec"]);

interface Uses {
  values: SentValue[];
  none: boolean;
  escapes: boolean;
}

export function collectSendSites(scopes: ScopeTable, bindings: BindingTable, callSites: CallSiteTable, module: A.Module): SendSiteTable {
  /** generator function → the names of the variables its generators are assigned to */
  const holders = new Map<A.FunctionDef, Set<string>>();
  const unknown = new Set<A.FunctionDef>();
  const uses = new Map<string, Uses>();
  /** `next(v)` / `v.send(None)` calls that start a generator just made */
  const priming = new Set<A.Call>();
  let introspects = false;
  const nextRebound = [...bindings.values()].some((names) => names.has("next"));

  const generatorDef = (scope: Scope, name: string): A.FunctionDef | null => {
    const owner = resolveScope(scope, name);
    const list = owner ? bindings.get(owner)?.get(name) ?? [] : [];
    if (list.length !== 1 || list[0]!.how !== "def") return null;
    const def = list[0]!.node;
    return def.kind === "FunctionDef" && scopes.scopes.get(def)!.isGenerator ? def : null;
  };
  const usesOf = (name: string): Uses => {
    let u = uses.get(name);
    if (!u) uses.set(name, (u = { values: [], none: false, escapes: false }));
    return u;
  };
  /** The variable `call` starts, when it is `next(v)` or `v.send(None)`. */
  const started = (call: A.Expr): string | null => {
    if (call.kind !== "Call" || call.keywords.length > 0 || call.args.length !== 1) return null;
    const f = call.func;
    if (f.kind === "Name" && f.id === "next" && call.args[0]!.kind === "Name") return call.args[0]!.id;
    const arg = call.args[0]!;
    const isNone = arg.kind === "Constant" && arg.value.type === "None";
    return f.kind === "Attribute" && f.attr === "send" && f.value.kind === "Name" && isNone ? f.value.id : null;
  };
  const notePriming = (body: readonly A.Stmt[]): void => {
    body.forEach((s, i) => {
      const after = body[i + 1];
      if (s.kind !== "Assign" || s.targets.length !== 1 || s.targets[0]!.kind !== "Name" || s.value.kind !== "Call" || after?.kind !== "Expr") return;
      if (started(after.value) === s.targets[0]!.id) priming.add(after.value as A.Call);
    });
  };
  /** A read of `v` as the callee's object or argument: what it sends, or false for any other use. */
  const classify = (call: A.Call, name: string, scope: Scope): boolean => {
    const u = usesOf(name);
    if (call.args.some((a) => a.kind === "Starred") || call.keywords.length > 0) return false;
    const f = call.func;
    if (f.kind === "Name" && f.id === "next" && !nextRebound) {
      if (call.args.length < 1 || call.args.length > 2) return false;
      if (!priming.has(call)) u.none = true;
      return true;
    }
    if (f.kind !== "Attribute") return false;
    if (f.attr === "close" || f.attr === "throw") return true;
    if (f.attr !== "send" || call.args.length !== 1) return false;
    const arg = call.args[0]!;
    if (arg.kind === "Constant" && arg.value.type === "None") {
      if (!priming.has(call)) u.none = true;
    } else u.values.push({ expr: arg, scope });
    return true;
  };

  const visit = (node: A.Node, scope: Scope): void => {
    const inner = scopes.scopes.get(node);
    const here = inner && node.kind !== "Module" ? inner : scope;
    for (const key of ["body", "orelse", "finalbody"] as const) {
      const list = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(list)) notePriming(list as A.Stmt[]);
    }
    if (node.kind === "Name" && node.ctx === "Load" && INTROSPECTION.has(node.id)) introspects = true;
    if (node.kind === "Assign" && node.value.kind === "Call" && node.value.func.kind === "Name") {
      const def = generatorDef(scope, node.value.func.id);
      const target = node.targets.length === 1 ? node.targets[0]! : null;
      if (def && target?.kind === "Name" && scope.kind === "function") {
        const names = holders.get(def) ?? new Set<string>();
        holders.set(def, names.add(target.id));
        for (const a of node.value.args) visit(a, scope);
        for (const k of node.value.keywords) visit(k.value, scope);
        return;
      }
    }
    if (node.kind === "Call") {
      if (node.func.kind === "Name") {
        const def = generatorDef(scope, node.func.id);
        if (def) unknown.add(def);
      }
      const subject = node.func.kind === "Attribute" ? node.func.value : node.func.kind === "Name" && node.func.id === "next" ? node.args[0] : undefined;
      if (subject?.kind === "Name" && subject.ctx === "Load") {
        if (!classify(node, subject.id, scope)) usesOf(subject.id).escapes = true;
        if (node.func.kind === "Name") visit(node.func, scope);
        for (const a of node.args) if (a !== subject) visit(a, scope);
        for (const k of node.keywords) visit(k.value, scope);
        return;
      }
    }
    if (node.kind === "Name" && node.ctx === "Load") usesOf(node.id).escapes = true;
    forEachChild(node, (c) => visit(c, here));
  };
  visit(module, scopes.module);

  const table = new Map<A.FunctionDef, SendSites>();
  if (introspects) return table;
  for (const [def, names] of holders) {
    if (unknown.has(def) || callSites.escaped.has(def)) continue;
    const all = [...names].map(usesOf);
    if (all.some((u) => u.escapes)) continue;
    table.set(def, { values: all.flatMap((u) => u.values), none: all.some((u) => u.none) });
  }
  return table;
}
