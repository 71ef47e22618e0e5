/**
 * Class decorators other than `@dataclass` (dataclasses.ts). A class declaration cannot be
 * rebound, so a decorator is translated only when it is known to hand back the class it was
 * given: `functools.total_ordering` (which fills in the missing comparisons in place) and a
 * module function whose every `return` returns its parameter (a registry). It then becomes a
 * call after the class; any other class decorator is a diagnostic, never silently dropped.
 *
 *     @total_ordering                          class Version { ... }
 *     class Version: ...               →       total_ordering(Version);
 *
 *     def register(cls):                       function register(cls: any) { ...; return cls; }
 *         REGISTRY.append(cls); return cls     class Plugin { ... }
 *     @register                        →       register(Plugin);
 *     class Plugin: ...
 */
import type * as A from "../ast/nodes.js";
import { isDataclassDecorator } from "../analysis/infer.js";
import { resolveScope } from "../analysis/scopes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { call, exprStmt, id, type Stmt } from "../ir/nodes.js";
import { importedMember, importedModule } from "./builtins.js";
import type { LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";

/** Statements applying the class's decorators (innermost first, as Python applies them). */
export function classDecoratorCalls(ctx: LowerContext, s: A.ClassDef, options: { skip: (d: A.Expr) => boolean }): Stmt[] {
  const out: Stmt[] = [];
  for (const d of [...s.decorator_list].reverse()) {
    if (options.skip(d) || isDataclassDecorator(d)) continue;
    if (isTotalOrdering(ctx, d) || returnsItsArgument(ctx, d)) out.push(exprStmt(call(lowerExpr(ctx, d), [id(ctx.jsName(s.name))])));
    else ctx.report(Diagnostics.unsupported, { construct: "a class decorator that may not return the class it decorates" }, d);
  }
  return out;
}

function isTotalOrdering(ctx: LowerContext, d: A.Expr): boolean {
  if (d.kind === "Name") {
    const m = importedMember(ctx, d.id);
    return m !== null && m.module === "functools" && m.name === "total_ordering";
  }
  return d.kind === "Attribute" && d.attr === "total_ordering" && d.value.kind === "Name" && importedModule(ctx, d.value.id) === "functools";
}

/** A plain function bound once, whose body ends in `return <param>` and returns nothing else. */
function returnsItsArgument(ctx: LowerContext, d: A.Expr): boolean {
  if (d.kind !== "Name") return false;
  const owner = resolveScope(ctx.scope, d.id);
  const sites = owner ? ctx.infer.bindings.get(owner)?.get(d.id) ?? [] : [];
  if (sites.length !== 1 || sites[0]!.how !== "def") return false;
  const def = sites[0].node;
  if (def.kind !== "FunctionDef" || def.decorator_list.length > 0) return false;
  const params = [...def.args.posonlyargs, ...def.args.args];
  if (params.length < 1) return false;
  const param = params[0]!.arg;
  const last = def.body[def.body.length - 1];
  const returnsParam = (r: A.Return): boolean => r.value !== null && r.value.kind === "Name" && r.value.id === param;
  return last?.kind === "Return" && returnsParam(last) && returnsOf(def.body).every(returnsParam) && !assigns(def.body, param);
}

/** The `return` statements of a function body, not of the functions and classes nested in it. */
function returnsOf(body: readonly A.Stmt[]): A.Return[] {
  const out: A.Return[] = [];
  for (const s of body) {
    if (s.kind === "Return") out.push(s);
    for (const child of childBlocks(s)) out.push(...returnsOf(child));
  }
  return out;
}

/** True when the body rebinds `name` (then the returned value need not be the class). */
function assigns(body: readonly A.Stmt[], name: string): boolean {
  return body.some((s) => {
    if ((s.kind === "Assign" && s.targets.some((t) => t.kind === "Name" && t.id === name)) || ((s.kind === "AugAssign" || s.kind === "AnnAssign") && s.target.kind === "Name" && s.target.id === name)) return true;
    if ((s.kind === "For" || s.kind === "AsyncFor") && s.target.kind === "Name" && s.target.id === name) return true;
    return childBlocks(s).some((b) => assigns(b, name));
  });
}

function childBlocks(s: A.Stmt): (readonly A.Stmt[])[] {
  switch (s.kind) {
    case "If": case "While": case "For": case "AsyncFor": return [s.body, s.orelse];
    case "With": case "AsyncWith": return [s.body];
    case "Try": case "TryStar": return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    case "Match": return s.cases.map((c) => c.body);
    default: return [];
  }
}
