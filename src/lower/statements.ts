/**
 * Statement bodies and variable declarations. A local whose first binding is a plain top-level
 * assignment is declared there (`const` when bound once, else `let`); any other local is
 * declared with `let` at the top of its function, since Python variables are function-scoped.
 *
 *     if c: y = 1           let y: number;
 *     else: y = 2      →    if (c) { y = 1; } else { y = 2; }
 */
import { typeParameterName } from "./typing-names.js";
import { realBases } from "../analysis/class-bases.js";
import type * as A from "../ast/nodes.js";
import { join, NEVER } from "../analysis/pytypes.js";
import { boundNames } from "../analysis/walk.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { call, type Expr, exprStmt, id, lit, member, type Stmt } from "../ir/nodes.js";
import { lowerAssign, lowerAugAssign, lowerAnnAssign } from "./assign.js";
import { lowerClass } from "./classes.js";
import type { LowerContext } from "./context.js";
import { lowerRaise, lowerTry, lowerWith, lowerAssert } from "./exceptions.js";
import { lowerExpr, sliceArgs } from "./expressions.js";
import { lowerFunctionDef } from "./functions-def.js";
import { lowerImport } from "./imports.js";
import { lowerFor, lowerWhile, loopLabels } from "./loops.js";
import { lowerMatch } from "./match.js";
import { lowerAsyncFor } from "./async-for.js";
import { lowerAsyncWith } from "./async-with.js";
import { lowerTryStar } from "./try-star.js";
import { coroutineReturn } from "./coroutines.js";
import { dropBeforeDelete } from "./generator-owners.js";
import { truthTest } from "./operators.js";

export function lowerBody(ctx: LowerContext, body: readonly A.Stmt[], options: { top: boolean }): Stmt[] {
  const out: Stmt[] = [];
  if (options.top) out.push(...hoistDeclarations(ctx, body));
  for (const s of body) out.push(...lowerStmt(ctx, s));
  return out;
}

/** `let` declarations for locals that are not first bound by a top-level assignment. */
function hoistDeclarations(ctx: LowerContext, body: readonly A.Stmt[]): Stmt[] {
  const scope = ctx.scope;
  const inline = new Set<string>();
  const hoisted = new Set<string>();
  for (const s of body) {
    const names = boundNames(s);
    const simple = s.kind === "Assign" && s.targets.length === 1 ? simpleTargets(s.targets[0]!) : s.kind === "AnnAssign" && s.value && s.target.kind === "Name" ? [s.target.id] : null;
    for (const n of names) {
      if (inline.has(n) || hoisted.has(n) || ctx.declared.has(n)) continue;
      if (!scope.locals.has(n)) continue;
      const isDef = (s.kind === "FunctionDef" || s.kind === "AsyncFunctionDef" || s.kind === "ClassDef") && s.name === n;
      const isImport = s.kind === "Import" || s.kind === "ImportFrom";
      const isLoopTarget = s.kind === "For" && simpleTargets(s.target)?.includes(n) && !scope.captured.has(n) && (scope.bindCount.get(n) ?? 0) === 1;
      if ((simple && simple.includes(n)) || isDef || isImport || isLoopTarget) inline.add(n);
      else hoisted.add(n);
    }
  }
  const out: Stmt[] = [];
  for (const n of hoisted) {
    ctx.declared.add(n);
    const t = varType(ctx, n);
    // `let K!: typeof K` would name the class through itself (TS2502)
    const type = t.t === "class" && ctx.jsName(t.cls) === ctx.jsName(n) ? "any" : ctx.annotationType(t);
    out.push({ k: "var", kind: "let", target: { k: "nonnull", expr: id(ctx.jsName(n)) }, type });
  }
  return out;
}

function varType(ctx: LowerContext, name: string) {
  const t = ctx.infer.variable(ctx.scope, name);
  return join(t, NEVER);
}

function simpleTargets(t: A.Expr): string[] | null {
  if (t.kind === "Name") return [t.id];
  if (t.kind === "Tuple" || t.kind === "List") {
    const names = t.elts.map((e) => (e.kind === "Name" ? e.id : e.kind === "Starred" && e.value.kind === "Name" ? e.value.id : null));
    return names.every((n) => n !== null) ? (names as string[]) : null;
  }
  return null;
}

export function lowerStmt(ctx: LowerContext, s: A.Stmt): Stmt[] {
  switch (s.kind) {
    case "Expr": return lowerExprStmt(ctx, s);
    case "Assign": {
      // `T = TypeVar("T")` read only by annotations is compile-time only (typing-names.ts)
      const typeParam = typeParameterName(s);
      return typeParam !== null && !ctx.runtimeNames.has(typeParam) ? [] : lowerAssign(ctx, s);
    }
    case "AugAssign": return lowerAugAssign(ctx, s);
    case "AnnAssign": return lowerAnnAssign(ctx, s);
    case "If": {
      const elseBody = s.orelse.length ? lowerBody(ctx, s.orelse, { top: false }) : undefined;
      return [{ k: "if", test: truthTest(ctx, s.test), then: lowerBody(ctx, s.body, { top: false }), ...(elseBody ? { else: elseBody } : {}) }];
    }
    case "While": return lowerWhile(ctx, s);
    case "For": return lowerFor(ctx, s);
    case "Pass": return [];
    case "Break": return [{ k: "break", ...(loopLabels(ctx).break ? { label: loopLabels(ctx).break! } : {}) }];
    case "Continue": return [{ k: "continue" }];
    case "Return": return [{ k: "return", value: s.value ? coroutineReturn(ctx, s.value, lowerExpr(ctx, s.value)) : bareReturnValue(ctx) }];
    case "FunctionDef": case "AsyncFunctionDef": return lowerFunctionDef(ctx, s);
    case "ClassDef": return lowerClass(ctx, s);
    case "Raise": return lowerRaise(ctx, s);
    case "Try": return lowerTry(ctx, s);
    case "With": return lowerWith(ctx, s);
    case "AsyncWith": return lowerAsyncWith(ctx, s);
    case "AsyncFor": return lowerAsyncFor(ctx, s);
    case "TryStar": return lowerTryStar(ctx, s);
    case "Assert": return lowerAssert(ctx, s);
    case "Import": case "ImportFrom": return lowerImport(ctx, s);
    case "Global": case "Nonlocal": return [];
    case "Match": return lowerMatch(ctx, s);
    case "Delete": return lowerDelete(ctx, s);
    default: {
      const other = s as A.Stmt;
      ctx.report(Diagnostics.unsupported, { construct: `the statement '${other.kind}'` }, other);
      return [];
    }
  }
}

function lowerExprStmt(ctx: LowerContext, s: A.ExprStmt): Stmt[] {
  // a docstring, or `...` as a placeholder body (`def area(self): ...`), does nothing
  if (s.value.kind === "Constant" && (s.value.value.type === "str" || s.value.value.type === "Ellipsis")) return [];
  if (isObjectInit(ctx, s.value)) return [];
  return [exprStmt(lowerExpr(ctx, s.value))];
}

/** `super().__init__()` in a class whose only bases are `object` or typing markers: object's, a no-op. */
function isObjectInit(ctx: LowerContext, e: A.Expr): boolean {
  if (e.kind !== "Call" || e.args.length || e.keywords.length || e.func.kind !== "Attribute" || e.func.attr !== "__init__") return false;
  const target = e.func.value;
  if (target.kind !== "Call" || target.func.kind !== "Name" || target.func.id !== "super" || target.args.length || !ctx.currentClass) return false;
  const cls = ctx.infer.classes.get(ctx.currentClass);
  return cls !== undefined && !cls.isDataclass && realBases(cls.node).length === 0;
}

function lowerDelete(ctx: LowerContext, s: A.Delete): Stmt[] {
  const out: Stmt[] = [];
  for (const t of s.targets) {
    if (t.kind === "Subscript") {
      const obj = lowerExpr(ctx, t.value);
      const type = ctx.typeOf(t.value);
      if (t.slice.kind === "Slice") out.push(exprStmt(call(ctx.helper("delslice"), sliceArgs(ctx, obj, t.slice))));
      else if (type.t === "dict") out.push(exprStmt(call(member(obj, "delitem"), [lowerExpr(ctx, t.slice)])));
      else out.push(exprStmt(call(ctx.helper(type.t === "list" ? "listDelitem" : "delitem"), [obj, lowerExpr(ctx, t.slice)])));
    } else if (t.kind === "Name") {
      // a variable holding the only reference to a generator: `del g` closes it (and g is not read again)
      const drop = dropBeforeDelete(ctx, t.id);
      if (drop.length) out.push(...drop);
      else if (ctx.scope.kind === "module" || ctx.scope.globals.has(t.id)) ctx.report(Diagnostics.deleteGlobal, { name: t.id }, t);
      else out.push(exprStmt({ k: "assign", op: "=", target: id(ctx.jsName(t.id)), value: lit("undefined") as Expr }));
    } else if (t.kind === "Attribute") {
      // delattr raises AttributeError for a missing attribute, where JS's delete succeeds
      out.push(exprStmt(call(ctx.helper("delattr"), [lowerExpr(ctx, t.value), { k: "str", value: t.attr }])));
    }
  }
  return out;
}

/**
 * A bare `return` returns None: `return null` in a function that also returns values (its
 * TypeScript type is `T | null`, which `undefined` does not satisfy), plain `return` elsewhere.
 */
function bareReturnValue(ctx: LowerContext): Expr | null {
  const fn = ctx.scope.node;
  if ((fn.kind !== "FunctionDef" && fn.kind !== "AsyncFunctionDef") || ctx.scope.isGenerator) return null;
  return ctx.infer.returnType(fn).t === "none" ? null : lit("null");
}
