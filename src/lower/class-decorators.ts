/**
 * Class decorators other than `@dataclass` (dataclasses.ts) and the enum ones (enums.ts).
 *
 * A decorator may return something other than the class, and TypeScript cannot rebind a class
 * name, so only decorators known to hand the same class back are translated: the runtime's
 * `functools.total_ordering`, and program functions whose every `return` gives back their
 * parameter (a registry, say). They run after the class is defined, innermost first, as in
 * Python; any other class decorator is PY2001.
 *
 *     @total_ordering                      class Version { ... }
 *     class Version: ...           →       total_ordering(Version);
 */
import type * as A from "../ast/nodes.js";
import { resolveScope } from "../analysis/scopes.js";
import { forEachChild } from "../analysis/walk.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { call, exprStmt, id, type Stmt } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";

const RETURNS_CLASS: Readonly<Record<string, readonly string[]>> = { functools: ["total_ordering"] };

export function classDecoratorCalls(ctx: LowerContext, s: A.ClassDef): Stmt[] {
  const out: Stmt[] = [];
  for (const d of [...s.decorator_list].reverse()) {
    if (isDataclassDecorator(d)) continue;
    if (!returnsItsClass(ctx, d)) {
      ctx.report(Diagnostics.unsupported, { construct: "a class decorator that may not return the class" }, d);
      continue;
    }
    out.push(exprStmt(call(lowerExpr(ctx, d), [id(ctx.jsName(s.name))])));
  }
  return out;
}

function isDataclassDecorator(d: A.Expr): boolean {
  const f = d.kind === "Call" ? d.func : d;
  return (f.kind === "Name" && f.id === "dataclass") || (f.kind === "Attribute" && f.attr === "dataclass" && f.value.kind === "Name" && f.value.id === "dataclasses");
}

function returnsItsClass(ctx: LowerContext, d: A.Expr): boolean {
  if (d.kind === "Attribute" && d.value.kind === "Name") return RETURNS_CLASS[importedModuleOf(ctx, d.value.id) ?? ""]?.includes(d.attr) ?? false;
  if (d.kind !== "Name") return false;
  const owner = resolveScope(ctx.scope, d.id);
  const sites = owner ? ctx.infer.bindings.get(owner)?.get(d.id) ?? [] : [];
  if (sites.length !== 1) return false;
  const site = sites[0]!;
  if (site.how === "import") return site.name !== null && (RETURNS_CLASS[site.module]?.includes(site.name) ?? false);
  return site.how === "def" && site.node.kind === "FunctionDef" && site.node.decorator_list.length === 0 && returnsParameter(site.node);
}

function importedModuleOf(ctx: LowerContext, name: string): string | null {
  const owner = resolveScope(ctx.scope, name);
  const site = owner ? ctx.infer.bindings.get(owner)?.get(name)?.[0] : undefined;
  return site?.how === "import" && site.name === null ? site.module : null;
}

/** True when every `return` of `def` gives back its first parameter and the body ends in one. */
function returnsParameter(def: A.FunctionDef): boolean {
  const param = [...def.args.posonlyargs, ...def.args.args][0]?.arg;
  const last = def.body[def.body.length - 1];
  if (!param || last?.kind !== "Return") return false;
  let ok = true;
  const visit = (n: A.Node): void => {
    if (n.kind === "FunctionDef" || n.kind === "AsyncFunctionDef" || n.kind === "ClassDef" || n.kind === "Lambda") return;
    if (n.kind === "Return") ok &&= n.value?.kind === "Name" && n.value.id === param;
    if (n.kind === "Name" && n.id === param && n.ctx !== "Load") ok = false;
    forEachChild(n, visit);
  };
  def.body.forEach(visit);
  return ok;
}
