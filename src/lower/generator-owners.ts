/**
 * Closing generators when their last reference goes, as CPython does by reference counting
 * (analysis/generator-owners.ts finds the variables that hold the only reference). Such a
 * variable is declared at the top of its function; rebinding it closes the generator it held;
 * the function's body runs in a `try` whose `finally` closes what the variables still hold
 * when it returns (CPython frees the frame then). `dropGenerator` ignores None and unassigned.
 *
 *     def consume():                     function consume(): void {
 *         g = numbers()                      let g!: PyGenerator<number, void, any>;
 *         print(next(g))            →        try {
 *         g = numbers()                        g = numbers();
 *                                              print(next(g));
 *                                              dropGenerator(g);
 *                                              g = numbers();
 *                                            } finally {
 *                                              dropGenerator(g);
 *                                            }
 *                                          }
 *
 * An exception leaving the function closes them too (CPython keeps the frame alive until the
 * exception is handled, so its `finally` output comes after the handler's there).
 */
import type * as A from "../ast/nodes.js";
import { ownedGenerators, type OwnedGenerator } from "../analysis/generator-owners.js";
import type { Scope } from "../analysis/scopes.js";
import { call, exprStmt, id, type Stmt } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";

function owned(ctx: LowerContext, scope: Scope): readonly OwnedGenerator[] {
  let list = ctx.ownedGenerators.get(scope);
  if (!list) ctx.ownedGenerators.set(scope, (list = ownedGenerators(scope, ctx.infer)));
  return list;
}

/** `let g!: T` for each owning variable of the current scope (before anything is lowered). */
export function declareOwners(ctx: LowerContext): Stmt[] {
  return owned(ctx, ctx.scope).map((o) => {
    ctx.declared.add(o.name);
    return { k: "var", kind: "let", target: { k: "nonnull", expr: id(ctx.jsName(o.name)) }, type: ctx.annotationType(ctx.infer.variable(ctx.scope, o.name)) };
  });
}

/** A function body: the declarations, then the rest in a `try` that drops the generators at the end. */
export function withOwners(ctx: LowerContext, declarations: Stmt[], body: Stmt[]): Stmt[] {
  if (declarations.length === 0) return body;
  let split = 0;
  while (split < body.length && body[split]!.k === "var" && (body[split] as { target: { k: string } }).target.k === "nonnull") split++;
  const drops = owned(ctx, ctx.scope).map((o) => exprStmt(call(ctx.helper("dropGenerator"), [id(ctx.jsName(o.name))])));
  return [...declarations, ...body.slice(0, split), { k: "try", body: body.slice(split), finally: drops }];
}

/** Whether the current scope's body closes generators it owns (a generator body then has cleanup). */
export function ownsGenerators(ctx: LowerContext, scope: Scope): boolean {
  return owned(ctx, scope).length > 0;
}

/** Before `g = value`: close the generator `g` may still hold. */
export function dropBeforeRebinding(ctx: LowerContext, name: string, value: A.Expr): Stmt[] {
  const o = owned(ctx, ctx.scope).find((x) => x.name === name);
  if (!o || !o.rebinding.has(value)) return [];
  return [exprStmt(call(ctx.helper("dropGenerator"), [id(ctx.jsName(name))]))];
}

/** Before `del g`. */
export function dropBeforeDelete(ctx: LowerContext, name: string): Stmt[] {
  if (!owned(ctx, ctx.scope).some((x) => x.name === name)) return [];
  return [exprStmt(call(ctx.helper("dropGenerator"), [id(ctx.jsName(name))]))];
}
