/**
 * How each variable that may hold a list, dict or set is used, so that element types stay sound.
 *
 * A container's element type is the join of what its literal holds and of every mutation the
 * compiler sees (`xs.append(v)`, `d[k] = v`, `s.add(v)`, `d.setdefault(k, v)`, `xs[i] += v`).
 * That is only the whole truth while the container is reached through this one variable: once
 * it is passed to a function, stored, returned, yielded, aliased (`ys = xs`) or read through an
 * attribute the analysis does not follow, another reference may add anything to it. Such a
 * variable "escapes", and inference then forgets its element types (the container kind stays).
 *
 *     xs = [1, 2]; xs.append(2.5)     → list[int | float]  (mutation joined)
 *     xs = [1, 2]; fill(xs)           → list[unknown]      (escapes: fill may add anything)
 *
 * Reading uses are safe: subscripts, iteration, `len`/`sorted`/`sum`/... of builtins, `in`,
 * comparisons, truth tests, f-strings, `str.join`, concatenation and the container methods
 * that do not hand out the container itself.
 */
import type * as A from "../ast/nodes.js";
import type { BindingSite } from "./bindings.js";
import { resolveScope, type Scope, type ScopeTable } from "./scopes.js";
import { forEachChild } from "./walk.js";

export interface MutationSite {
  readonly owner: Scope;
  readonly name: string;
  readonly site: BindingSite & { how: "mutate" };
}

export interface ContainerUses {
  /** per owning scope, the names whose value may be reached through another reference */
  readonly escaping: Map<Scope, Set<string>>;
  readonly mutations: readonly MutationSite[];
}

/** Methods that add their (last) argument to the receiver, and how. */
const ADDING = new Set(["append", "add", "insert", "extend", "setdefault"]);
/** Methods that add something the analysis does not model: the elements become unknown. */
const WIDENING = new Set(["update", "__setitem__", "intersection_update", "difference_update", "symmetric_difference_update", "fromkeys"]);
/** Methods that only read the receiver or remove from it. */
const READING = new Set([
  "pop", "remove", "index", "count", "sort", "reverse", "copy", "clear", "get", "keys", "values", "items", "popitem",
  "discard", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint",
  "__len__", "__contains__", "__iter__", "__getitem__",
]);
/** Builtins whose arguments are only read (results are new values typed from the elements). */
const READING_BUILTINS = new Set([
  "len", "print", "str", "repr", "ascii", "sorted", "sum", "min", "max", "any", "all", "list", "tuple", "set", "frozenset",
  "dict", "enumerate", "zip", "reversed", "iter", "isinstance", "bool", "hash", "id", "type", "format", "map", "filter",
]);
/** Methods of other objects whose arguments are only read. */
const READING_ARGUMENT_METHODS = new Set([
  "join", "extend", "update", "union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
  "isdisjoint", "startswith", "endswith", "count", "index", "__contains__", "format",
]);

export function collectContainerUses(table: ScopeTable): ContainerUses {
  const escaping = new Map<Scope, Set<string>>();
  const mutations: MutationSite[] = [];
  const escape = (scope: Scope, name: string): void => {
    const owner = resolveScope(scope, name);
    if (!owner) return;
    let set = escaping.get(owner);
    if (!set) escaping.set(owner, (set = new Set()));
    set.add(name);
  };
  // a container inside a container (`d[k].append(v)`) is not followed: nested element types are erased
  const mutate = (scope: Scope, receiver: A.Expr, site: Omit<BindingSite & { how: "mutate" }, "how" | "scope">): void => {
    if (receiver.kind !== "Name") return;
    const owner = resolveScope(scope, receiver.id);
    if (owner) mutations.push({ owner, name: receiver.id, site: { how: "mutate", ...site, scope } });
  };

  const visit = (node: A.Node, parent: A.Node | null, grand: A.Node | null, scope: Scope): void => {
    if (node.kind === "Name" && node.ctx === "Load" && parent && !isSafeUse(node, parent, grand, scope)) escape(scope, node.id);
    recordMutation(node, scope, mutate, escape);
    const inner = table.scopes.get(node);
    if (inner && node.kind !== "Module") {
      visitScopeNode(node, parent, inner, scope);
      return;
    }
    forEachChild(node, (c) => visit(c, node, parent, scope));
  };
  /** A function, lambda, class or comprehension: what runs in the outer scope, then the rest inside. */
  const visitScopeNode = (node: A.Node, parent: A.Node | null, inner: Scope, outer: Scope): void => {
    if (node.kind === "FunctionDef" || node.kind === "AsyncFunctionDef" || node.kind === "Lambda") {
      const args = node.args;
      for (const d of [...args.defaults, ...args.kw_defaults]) if (d) visit(d, args, node, outer);
      if (node.kind !== "Lambda") {
        node.decorator_list.forEach((d) => visit(d, node, parent, outer));
        node.body.forEach((s) => visit(s, node, parent, inner));
      } else visit(node.body, node, parent, inner);
      return;
    }
    if (node.kind === "ClassDef") {
      node.decorator_list.forEach((d) => visit(d, node, parent, outer));
      node.bases.forEach((b) => visit(b, node, parent, outer));
      node.keywords.forEach((k) => visit(k, node, parent, outer));
      node.body.forEach((s) => visit(s, node, parent, inner));
      return;
    }
    if (node.kind === "ListComp" || node.kind === "SetComp" || node.kind === "DictComp" || node.kind === "GeneratorExp") {
      node.generators.forEach((g, i) => {
        visit(g.iter, g, node, i === 0 ? outer : inner);
        visit(g.target, g, node, inner);
        g.ifs.forEach((t) => visit(t, g, node, inner));
      });
      if (node.kind === "DictComp") { visit(node.key, node, parent, inner); visit(node.value, node, parent, inner); }
      else visit(node.elt, node, parent, inner);
    }
  };
  visit(table.module.node, null, null, table.module);
  return { escaping, mutations };
}

type Mutate = (scope: Scope, receiver: A.Expr, site: Omit<BindingSite & { how: "mutate" }, "how" | "scope">) => void;

/** Mutation sites: adding methods, item assignment, augmented item assignment. */
function recordMutation(node: A.Node, scope: Scope, mutate: Mutate, escape: (scope: Scope, name: string) => void): void {
  if (node.kind === "Call" && node.func.kind === "Attribute" && node.args.length > 0 && ADDING.has(node.func.attr)) {
    const method = node.func.attr;
    mutate(scope, node.func.value, { method, key: method === "setdefault" ? node.args[0]! : null, value: node.args[node.args.length - 1]!, op: null });
  }
  if (node.kind === "Call" && node.func.kind === "Attribute" && WIDENING.has(node.func.attr) && node.func.value.kind === "Name") escape(scope, node.func.value.id);
  const itemTargets = node.kind === "Assign" ? node.targets : [];
  for (const t of itemTargets) {
    if (t.kind === "Subscript" && t.slice.kind !== "Slice") mutate(scope, t.value, { method: "setitem", key: t.slice, value: (node as A.Assign).value, op: null });
    if (t.kind === "Subscript" && t.slice.kind === "Slice" && t.value.kind === "Name") escape(scope, t.value.id);
    if (t.kind === "Tuple" || t.kind === "List") {
      for (const e of t.elts) if (e.kind === "Subscript" && e.value.kind === "Name") escape(scope, e.value.id);
    }
  }
  if (node.kind === "AugAssign" && node.target.kind === "Subscript" && node.target.slice.kind !== "Slice") {
    mutate(scope, node.target.value, { method: "augitem", key: node.target.slice, value: node.value, op: node.op });
  }
  if (node.kind === "AugAssign" && node.target.kind === "Name") {
    // `xs += ys` extends the list in place; `ys` is only read
    mutate(scope, node.target, { method: "extend", key: null, value: node.value, op: null });
  }
}

/** True when this read of a name cannot hand its container to another reference. */
function isSafeUse(name: A.Name, parent: A.Node, grand: A.Node | null, scope: Scope): boolean {
  switch (parent.kind) {
    case "Subscript": return parent.value === name || parent.slice === name;
    case "Attribute": {
      if (parent.value !== name) return false;
      const called = grand?.kind === "Call" && grand.func === parent;
      return called && (ADDING.has(parent.attr) || READING.has(parent.attr));
    }
    case "Call": {
      if (parent.func === name) return true;
      const f = parent.func;
      if (f.kind === "Name" && READING_BUILTINS.has(f.id) && !resolveScope(scope, f.id)) return true;
      if (f.kind === "Attribute" && READING_ARGUMENT_METHODS.has(f.attr) && f.value !== name) return true;
      return false;
    }
    case "Starred": return grand?.kind === "Call";
    case "comprehension": return parent.iter === name || parent.ifs.includes(name);
    case "For": case "AsyncFor": return parent.iter === name;
    case "Compare": case "FormattedValue": case "UnaryOp": case "BinOp": case "Expr": case "Assert": case "Delete": return true;
    case "If": case "While": return parent.test === name;
    case "IfExp": return parent.test === name;
    case "AugAssign": return true;
    default: return false;
  }
}
