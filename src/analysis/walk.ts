/** Generic traversal of the AST (every field that holds nodes), for small analyses. */
import type * as A from "../ast/nodes.js";

function isNode(v: unknown): v is A.Node {
  return typeof v === "object" && v !== null && typeof (v as { kind?: unknown }).kind === "string";
}

export function forEachChild(node: A.Node, visit: (child: A.Node) => void): void {
  for (const [key, value] of Object.entries(node)) {
    if (key === "span" || key === "source" || key === "value" && node.kind === "Constant") continue;
    if (Array.isArray(value)) for (const v of value) { if (isNode(v)) visit(v); }
    else if (isNode(value)) visit(value);
  }
}

/** True when `test` holds for `root` or any node below it (the walk stops at the first hit). */
export function someNode(root: A.Node, test: (n: A.Node) => boolean): boolean {
  let found = false;
  const visit = (n: A.Node): void => {
    if (found) return;
    if (test(n)) found = true;
    else forEachChild(n, visit);
  };
  visit(root);
  return found;
}

/** True when `name` appears as a Name anywhere in the nodes (inner scopes included). */
export function mentions(nodes: readonly A.Node[], name: string): boolean {
  return nodes.some((root) => someNode(root, (n) =>
    (n.kind === "Name" && n.id === name) || ((n.kind === "Global" || n.kind === "Nonlocal") && n.names.includes(name))));
}

/** Names a statement binds in its own scope, looking into nested blocks (not inner scopes). */
export function boundNames(stmt: A.Stmt, out: Set<string> = new Set()): Set<string> {
  const target = (t: A.Expr): void => {
    if (t.kind === "Name") out.add(t.id);
    else if (t.kind === "Tuple" || t.kind === "List") t.elts.forEach(target);
    else if (t.kind === "Starred") target(t.value);
  };
  const visitExpr = (n: A.Node): void => {
    if (n.kind === "NamedExpr") out.add(n.target.id);
    if (n.kind === "Lambda" || n.kind === "ListComp" || n.kind === "SetComp" || n.kind === "DictComp" || n.kind === "GeneratorExp") {
      if (n.kind !== "Lambda") forEachChild(n, visitExpr);
      return;
    }
    forEachChild(n, visitExpr);
  };
  switch (stmt.kind) {
    case "Assign": stmt.targets.forEach(target); visitExpr(stmt.value); break;
    case "AugAssign": target(stmt.target); break;
    case "AnnAssign": target(stmt.target); break;
    case "For": case "AsyncFor": target(stmt.target); break;
    case "With": case "AsyncWith": stmt.items.forEach((i) => i.optional_vars && target(i.optional_vars)); break;
    case "FunctionDef": case "AsyncFunctionDef": case "ClassDef": out.add(stmt.name); return out;
    case "Import": case "ImportFrom": stmt.names.forEach((a) => out.add(a.asname ?? a.name.split(".")[0]!)); return out;
    case "Try": case "TryStar": stmt.handlers.forEach((h) => { if (h.name) out.add(h.name); h.body.forEach((s) => boundNames(s, out)); }); break;
    case "Match": stmt.cases.forEach((c) => { patternNames(c.pattern, out); c.body.forEach((s) => boundNames(s, out)); }); break;
    case "Expr": visitExpr(stmt.value); break;
    default: break;
  }
  for (const key of ["body", "orelse", "finalbody"] as const) {
    const list = (stmt as unknown as Record<string, unknown>)[key];
    if (Array.isArray(list)) for (const s of list as A.Stmt[]) boundNames(s, out);
  }
  if (stmt.kind === "If" || stmt.kind === "While") visitExpr(stmt.test);
  return out;
}

function patternNames(p: A.Pattern, out: Set<string>): void {
  if ((p.kind === "MatchAs" || p.kind === "MatchStar") && p.name) out.add(p.name);
  if (p.kind === "MatchMapping" && p.rest) out.add(p.rest);
  forEachChild(p, (c) => { if (/^Match/.test(c.kind)) patternNames(c as A.Pattern, out); });
}
