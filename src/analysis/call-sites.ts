/**
 * Where each function is called from, for inferring parameter types from arguments (Python
 * code rarely annotates). A function whose name is used other than as a direct callee (passed
 * as a value, decorated, stored) "escapes": its parameters may receive anything. Methods are
 * matched by name over every `x.name(...)` call, which over-approximates the callers and so can
 * only widen the inferred types, never make them wrong. Dunder methods are called by the runtime
 * and always escape.
 */
import type * as A from "../ast/nodes.js";
import type { BindingTable } from "./bindings.js";
import { resolveScope, type Scope, type ScopeTable } from "./scopes.js";
import { forEachChild } from "./walk.js";

export interface CallSite {
  readonly args: readonly A.Expr[];
  readonly keywords: readonly A.Keyword[];
  readonly scope: Scope;
  /** positional parameters the call does not pass (`self` for methods) */
  readonly skip: number;
}

export interface CallSiteTable {
  readonly sites: Map<A.Node, CallSite[]>;
  readonly escaped: Set<A.Node>;
}

type Def = A.FunctionDef | A.AsyncFunctionDef;

export function collectCallSites(scopes: ScopeTable, bindings: BindingTable, module: A.Module): CallSiteTable {
  const sites = new Map<A.Node, CallSite[]>();
  const escaped = new Set<A.Node>();
  const methodsByName = new Map<string, Def[]>();
  const classInit = new Map<A.ClassDef, Def | null>();
  for (const scope of scopes.scopes.values()) {
    const n = scope.node;
    if (n.kind !== "ClassDef") continue;
    for (const s of n.body) {
      if (s.kind !== "FunctionDef" && s.kind !== "AsyncFunctionDef") continue;
      if (s.name.startsWith("__") && s.name.endsWith("__") && s.name !== "__init__") escaped.add(s);
      if (s.decorator_list.some((d) => !(d.kind === "Name" && ["staticmethod", "classmethod", "property"].includes(d.id)))) escaped.add(s);
      const list = methodsByName.get(s.name) ?? [];
      list.push(s);
      methodsByName.set(s.name, list);
    }
    classInit.set(n, (n.body.find((s) => s.kind === "FunctionDef" && s.name === "__init__") as Def | undefined) ?? null);
  }
  const defOf = (scope: Scope, name: string): A.Node | null => {
    const owner = resolveScope(scope, name);
    if (!owner) return null;
    const list = bindings.get(owner)?.get(name) ?? [];
    if (list.length !== 1 || list[0]!.how !== "def") return null;
    return (list[0] as { node: A.Node }).node;
  };
  const add = (def: A.Node, site: CallSite): void => {
    const list = sites.get(def) ?? [];
    list.push(site);
    sites.set(def, list);
  };
  const visit = (node: A.Node, scope: Scope): void => {
    const inner = scopes.scopes.get(node);
    const here = inner && node.kind !== "Module" ? inner : scope;
    if (node.kind === "FunctionDef" || node.kind === "AsyncFunctionDef") {
      if (node.decorator_list.length > 0) escaped.add(node);
    }
    if (node.kind === "Call") {
      const f = node.func;
      if (f.kind === "Name") {
        const def = defOf(scope, f.id);
        if (def && (def.kind === "FunctionDef" || def.kind === "AsyncFunctionDef")) add(def, { args: node.args, keywords: node.keywords, scope, skip: 0 });
        else if (def && def.kind === "ClassDef") {
          const init = classInit.get(def);
          if (init) add(init, { args: node.args, keywords: node.keywords, scope, skip: 1 });
          // a class without its own __init__ (a dataclass): its calls, for the generated one
          else add(def, { args: node.args, keywords: node.keywords, scope, skip: 0 });
        }
        for (const a of node.args) visit(a, scope);
        for (const k of node.keywords) visit(k.value, scope);
        return;
      }
      if (f.kind === "Attribute") {
        for (const m of methodsByName.get(f.attr) ?? []) {
          const isStatic = m.decorator_list.some((d) => d.kind === "Name" && d.id === "staticmethod");
          add(m, { args: node.args, keywords: node.keywords, scope, skip: isStatic ? 0 : 1 });
        }
        if (f.value.kind !== "Name") visit(f.value, scope);
        for (const a of node.args) visit(a, scope);
        for (const k of node.keywords) visit(k.value, scope);
        return;
      }
    }
    if (node.kind === "Call" && node.func.kind === "Name" && ["isinstance", "issubclass"].includes(node.func.id)) {
      visit(node.args[0]!, scope);
      return;
    }
    if (node.kind === "Name" && node.ctx === "Load") {
      const def = defOf(scope, node.id);
      if (def) {
        escaped.add(def);
        if (def.kind === "ClassDef" && classInit.get(def)) escaped.add(classInit.get(def)!);
      }
    }
    if (node.kind === "Attribute" && node.ctx === "Load") {
      for (const m of methodsByName.get(node.attr) ?? []) escaped.add(m);
      if (node.value.kind === "Name") return;
    }
    if (node.kind === "ExceptHandler" && node.type) {
      for (const s of node.body) visit(s, scope);
      return;
    }
    forEachChild(node, (c) => visit(c, here));
  };
  visit(module, scopes.module);
  return { sites, escaped };
}
