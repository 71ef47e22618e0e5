/**
 * Where each variable gets its values: for every scope, the list of binding sites of each name
 * (an assignment's value, an element of a tuple unpacking, a `for` element, a parameter, ...).
 * Type inference joins the types of all sites (flow-insensitive), lazily and on demand.
 */
import type * as A from "../ast/nodes.js";
import { collectContainerUses, type ContainerUses } from "./container-uses.js";
import type { Scope, ScopeTable } from "./scopes.js";

export type BindingSite =
  | { readonly how: "value"; readonly expr: A.Expr; readonly scope: Scope }
  | { readonly how: "element"; readonly of: BindingSite; readonly index: number; readonly starred: boolean }
  | { readonly how: "iterate"; readonly expr: A.Expr; readonly scope: Scope }
  | { readonly how: "augment"; readonly node: A.AugAssign; readonly scope: Scope }
  | { readonly how: "param"; readonly fn: A.FunctionDef | A.AsyncFunctionDef | A.Lambda; readonly arg: A.Arg; readonly role: "plain" | "vararg" | "kwarg"; readonly defaultValue: A.Expr | null }
  | { readonly how: "annotation"; readonly annotation: A.Expr; readonly scope: Scope }
  | { readonly how: "exception"; readonly type: A.Expr | null; readonly scope: Scope }
  | { readonly how: "def"; readonly node: A.FunctionDef | A.AsyncFunctionDef | A.ClassDef }
  | { readonly how: "import"; readonly module: string; readonly name: string | null }
  /** `xs.append(v)`, `s.add(v)`, `d[k] = v`, `d[k] += v`, `d.setdefault(k, v)`: what the container holds (container-uses.ts) */
  | { readonly how: "mutate"; readonly method: string; readonly key: A.Expr | null; readonly value: A.Expr; readonly op: A.Operator | null; readonly scope: Scope }
  | { readonly how: "opaque" };

export type BindingTable = Map<Scope, Map<string, BindingSite[]>>;

export function collectBindings(table: ScopeTable, uses: ContainerUses = collectContainerUses(table)): BindingTable {
  const out: BindingTable = new Map();
  const add = (scope: Scope, name: string, site: BindingSite): void => {
    let owner: Scope = scope;
    if (scope.globals.has(name)) owner = table.module;
    else if (scope.nonlocals.has(name)) {
      for (let s = scope.parent; s; s = s.parent) if (s.locals.has(name) && s.kind !== "class") { owner = s; break; }
    }
    let names = out.get(owner);
    if (!names) out.set(owner, (names = new Map()));
    const list = names.get(name) ?? [];
    list.push(site);
    names.set(name, list);
  };
  const target = (scope: Scope, t: A.Expr, site: BindingSite): void => {
    if (t.kind === "Name") add(scope, t.id, site);
    else if (t.kind === "Tuple" || t.kind === "List") {
      t.elts.forEach((e, index) => {
        const starred = e.kind === "Starred";
        target(scope, starred ? (e as A.Starred).value : e, { how: "element", of: site, index, starred });
      });
    }
  };
  for (const scope of table.scopes.values()) {
    const node = scope.node;
    if (node.kind === "FunctionDef" || node.kind === "AsyncFunctionDef" || node.kind === "Lambda") {
      const a = node.args;
      const positional = [...a.posonlyargs, ...a.args];
      positional.forEach((arg, i) => {
        const d = i - (positional.length - a.defaults.length);
        add(scope, arg.arg, { how: "param", fn: node, arg, role: "plain", defaultValue: d >= 0 ? a.defaults[d]! : null });
      });
      a.kwonlyargs.forEach((arg, i) => add(scope, arg.arg, { how: "param", fn: node, arg, role: "plain", defaultValue: a.kw_defaults[i] ?? null }));
      if (a.vararg) add(scope, a.vararg.arg, { how: "param", fn: node, arg: a.vararg, role: "vararg", defaultValue: null });
      if (a.kwarg) add(scope, a.kwarg.arg, { how: "param", fn: node, arg: a.kwarg, role: "kwarg", defaultValue: null });
    }
    if (node.kind === "ListComp" || node.kind === "SetComp" || node.kind === "DictComp" || node.kind === "GeneratorExp") {
      node.generators.forEach((g, i) => target(scope, g.target, { how: "iterate", expr: g.iter, scope: i === 0 ? scope.parent! : scope }));
    }
  }
  const visitStmts = (scope: Scope, body: readonly A.Stmt[]): void => {
    for (const s of body) {
      switch (s.kind) {
        case "FunctionDef": case "AsyncFunctionDef": case "ClassDef":
          add(scope, s.name, { how: "def", node: s });
          visitStmts(table.scopes.get(s)!, s.body);
          break;
        case "Assign": for (const t of s.targets) target(scope, t, { how: "value", expr: s.value, scope }); break;
        case "AugAssign": if (s.target.kind === "Name") add(scope, s.target.id, { how: "augment", node: s, scope }); break;
        case "AnnAssign":
          if (s.target.kind === "Name") add(scope, s.target.id, s.value ? { how: "value", expr: s.value, scope } : { how: "annotation", annotation: s.annotation, scope });
          break;
        case "For": case "AsyncFor":
          target(scope, s.target, { how: "iterate", expr: s.iter, scope });
          visitStmts(scope, s.body); visitStmts(scope, s.orelse);
          break;
        case "While": case "If": visitStmts(scope, s.body); visitStmts(scope, s.orelse); break;
        case "With": case "AsyncWith":
          for (const item of s.items) if (item.optional_vars) target(scope, item.optional_vars, { how: "opaque" });
          visitStmts(scope, s.body);
          break;
        case "Try": case "TryStar":
          visitStmts(scope, s.body);
          for (const h of s.handlers) { if (h.name) add(scope, h.name, { how: "exception", type: h.type, scope }); visitStmts(scope, h.body); }
          visitStmts(scope, s.orelse); visitStmts(scope, s.finalbody);
          break;
        case "Import": for (const a of s.names) add(scope, a.asname ?? a.name.split(".")[0]!, { how: "import", module: a.asname ? a.name : a.name.split(".")[0]!, name: null }); break;
        case "ImportFrom": for (const a of s.names) add(scope, a.asname ?? a.name, { how: "import", module: s.module ?? "", name: a.name }); break;
        case "Match": for (const c of s.cases) { visitPattern(scope, c.pattern); visitStmts(scope, c.body); } break;
        default: break;
      }
    }
  };
  const visitPattern = (scope: Scope, p: A.Pattern): void => {
    switch (p.kind) {
      case "MatchAs": if (p.pattern) visitPattern(scope, p.pattern); if (p.name) add(scope, p.name, { how: "opaque" }); break;
      case "MatchStar": if (p.name) add(scope, p.name, { how: "opaque" }); break;
      case "MatchMapping": p.patterns.forEach((q) => visitPattern(scope, q)); if (p.rest) add(scope, p.rest, { how: "opaque" }); break;
      case "MatchSequence": case "MatchOr": p.patterns.forEach((q) => visitPattern(scope, q)); break;
      case "MatchClass": p.patterns.forEach((q) => visitPattern(scope, q)); p.kwd_patterns.forEach((q) => visitPattern(scope, q)); break;
      default: break;
    }
  };
  for (const scope of table.scopes.values()) {
    const n = scope.node;
    if (n.kind === "Module") visitStmts(scope, n.body);
  }
  for (const m of uses.mutations) {
    let names = out.get(m.owner);
    if (!names) out.set(m.owner, (names = new Map()));
    names.set(m.name, [...(names.get(m.name) ?? []), m.site]);
  }
  return out;
}
