/**
 * Every place an attribute gets a value, by attribute name: `self.x = v` in any method,
 * `obj.x = v` anywhere, `obj.x += v`, class-body assignments and `def`s, `setattr(obj, "x", v)`.
 *
 * Inference types `obj.x` as the join over all of them, whatever the class: a subclass (or an
 * unrelated object reaching a function typed for another class) may store anything under the
 * same name, and a method overridden in a subclass may return something else. Joining by name
 * over-approximates, so it can only widen a type, never make it wrong.
 *
 *     class A: def __init__(self): self.v = 0        A().v        → int | float
 *     class B(A): def bump(self): self.v = 0.5
 */
import type * as A from "../ast/nodes.js";
import type { Scope, ScopeTable } from "./scopes.js";
import { forEachChild } from "./walk.js";

export type AttributeSource =
  | { readonly how: "value"; readonly expr: A.Expr; readonly scope: Scope }
  | { readonly how: "augment"; readonly op: A.Operator; readonly value: A.Expr; readonly scope: Scope }
  | { readonly how: "def"; readonly node: A.FunctionDef | A.AsyncFunctionDef }
  | { readonly how: "class"; readonly node: A.ClassDef }
  /** a dataclass field: what the generated `__init__` is passed at position `index` or by name */
  | { readonly how: "field"; readonly cls: A.ClassDef; readonly index: number; readonly name: string; readonly default: A.Expr | null; readonly scope: Scope }
  /** a value the analysis does not follow (unpacking, `for obj.x in ...`, `setattr` with a computed name) */
  | { readonly how: "unknown" };

export interface AttributeTable {
  readonly sources: ReadonlyMap<string, readonly AttributeSource[]>;
  /** `setattr(obj, name, v)` with a name that is not a literal: any attribute may hold anything */
  readonly anyAttribute: boolean;
}

export function collectAttributeSources(table: ScopeTable): AttributeTable {
  const sources = new Map<string, AttributeSource[]>();
  let anyAttribute = false;
  const add = (name: string, source: AttributeSource): void => {
    const list = sources.get(name) ?? [];
    list.push(source);
    sources.set(name, list);
  };
  const target = (t: A.Expr, value: A.Expr | null, scope: Scope): void => {
    if (t.kind === "Attribute") add(t.attr, value ? { how: "value", expr: value, scope } : { how: "unknown" });
    else if (t.kind === "Tuple" || t.kind === "List") {
      const parts = value && (value.kind === "Tuple" || value.kind === "List") && value.elts.length === t.elts.length && !value.elts.some((e) => e.kind === "Starred") ? value.elts : null;
      t.elts.forEach((e, i) => target(e.kind === "Starred" ? e.value : e, parts && e.kind !== "Starred" ? parts[i]! : null, scope));
    }
  };
  const visit = (node: A.Node, scope: Scope): void => {
    const inner = table.scopes.get(node);
    const here = inner && node.kind !== "Module" ? inner : scope;
    switch (node.kind) {
      case "Assign": node.targets.forEach((t) => target(t, node.value, scope)); break;
      case "AnnAssign": if (node.target.kind === "Attribute") add(node.target.attr, node.value ? { how: "value", expr: node.value, scope } : { how: "unknown" }); break;
      case "AugAssign": if (node.target.kind === "Attribute") add(node.target.attr, { how: "augment", op: node.op, value: node.value, scope }); break;
      case "For": case "AsyncFor": target(node.target, null, scope); break;
      case "With": case "AsyncWith": node.items.forEach((i) => i.optional_vars && target(i.optional_vars, null, scope)); break;
      case "ClassDef": classBody(node, inner!, add); break;
      case "Call":
        if (node.func.kind === "Name" && node.func.id === "setattr" && node.args.length === 3) {
          const name = node.args[1]!;
          if (name.kind === "Constant" && name.value.type === "str") add(name.value.value, { how: "value", expr: node.args[2]!, scope });
          else anyAttribute = true;
        }
        break;
      default: break;
    }
    forEachChild(node, (c) => visit(c, here));
  };
  visit(table.module.node, table.module);
  return { sources, anyAttribute };
}

/**
 * Class-body names are class attributes: assignments, methods, nested classes. A dataclass
 * field also gets whatever its generated `__init__` is passed.
 */
function classBody(node: A.ClassDef, scope: Scope, add: (name: string, source: AttributeSource) => void): void {
  const dataclass = node.decorator_list.some((d) => (d.kind === "Name" ? d.id : d.kind === "Call" && d.func.kind === "Name" ? d.func.id : "") === "dataclass");
  let index = 0;
  for (const s of node.body) {
    if (dataclass && s.kind === "AnnAssign" && s.target.kind === "Name") {
      add(s.target.id, { how: "field", cls: node, index: index++, name: s.target.id, default: s.value, scope });
      continue;
    }
    if (s.kind === "Assign") {
      for (const t of s.targets) if (t.kind === "Name") add(t.id, { how: "value", expr: s.value, scope });
    } else if (s.kind === "AnnAssign" && s.target.kind === "Name") {
      add(s.target.id, s.value ? { how: "value", expr: s.value, scope } : { how: "unknown" });
    } else if (s.kind === "AugAssign" && s.target.kind === "Name") {
      add(s.target.id, { how: "augment", op: s.op, value: s.value, scope });
    } else if (s.kind === "FunctionDef" || s.kind === "AsyncFunctionDef") {
      add(s.name, { how: "def", node: s });
    } else if (s.kind === "ClassDef") {
      add(s.name, { how: "class", node: s });
    }
  }
}
