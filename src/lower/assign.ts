/**
 * Assignments. The first top-level binding of a local declares it; tuple targets become
 * destructuring (JS destructures any iterable, as Python unpacks any iterable); item
 * assignment goes through the runtime (negative indexes, KeyError-free dict insert).
 *
 *     a, b = b, a        →  [a, b] = [b, a];
 *     total += price     →  total += price;          (floats)      count = add(count, 1)  (ints)
 *     xs[-1] = 0         →  setItem(xs, -1, 0);
 */
import type * as A from "../ast/nodes.js";
import { type PyType, sameTsType } from "../analysis/pytypes.js";
import { call, type Expr, exprStmt, id, member, type Stmt, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { isForeignAttribute, lowerElement, lowerExpr, lowerOperand, lowerTuple, mayBeRawFloat } from "./expressions.js";
import { dropBeforeRebinding } from "./generator-owners.js";
import { binaryOp } from "./operators.js";

export function lowerAssign(ctx: LowerContext, s: A.Assign): Stmt[] {
  if (s.targets.length === 1) return assignTo(ctx, s.targets[0]!, s.value, null);
  const temp = ctx.temp();
  const out: Stmt[] = [{ k: "var", kind: "const", target: id(temp), init: lowerExpr(ctx, s.value) }];
  for (const t of s.targets) out.push(...assignTo(ctx, t, s.value, id(temp)));
  return out;
}

export function lowerAnnAssign(ctx: LowerContext, s: A.AnnAssign): Stmt[] {
  if (s.value) return assignTo(ctx, s.target, s.value, null);
  if (s.target.kind === "Name" && !ctx.declared.has(s.target.id) && ctx.scope.kind !== "class") {
    ctx.declared.add(s.target.id);
    return [{ k: "var", kind: "let", target: id(ctx.jsName(s.target.id)), type: ctx.annotationType(ctx.infer.variable(ctx.scope, s.target.id)) }];
  }
  return [];
}

/**
 * Assigns `valueNode` (or the already-lowered `value`) to `target`. `checked`: `value` already
 * has exactly as many elements as a tuple target (`unpackStar`'s result).
 */
export function assignTo(ctx: LowerContext, target: A.Expr, valueNode: A.Expr, value: Expr | null, options: { checked?: boolean } = {}): Stmt[] {
  // a float variable may hold a raw number; every other place holds canonical values
  const floatVariable = target.kind === "Name" && ctx.infer.variable(ctx.scope, target.id).t === "float";
  const rhs = (): Expr => value ?? (floatVariable ? lowerOperand(ctx, valueNode) : lowerExpr(ctx, valueNode));
  if (target.kind === "Name") {
    const name = ctx.jsName(target.id);
    if (!ctx.declared.has(target.id) && isLocal(ctx, target.id)) {
      ctx.declared.add(target.id);
      const once = (ctx.scope.bindCount.get(target.id) ?? 0) === 1;
      const varT = ctx.infer.variable(ctx.scope, target.id);
      const valueT = ctx.typeOf(valueNode);
      // TypeScript infers the initializer's own type; where the Python type is wider (unknown parts), say it
      const display = valueNode.kind === "List" || valueNode.kind === "Dict" || valueNode.kind === "Set" || valueNode.kind === "ListComp" || valueNode.kind === "DictComp" || valueNode.kind === "SetComp";
      // nor can it infer a dict's key and value types from `PyDict.of(k1, v1, ...)`
      const init = rhs();
      // a runtime class (`new Counter<any>()`) keeps its own type: PyDict<...> would hide its methods
      const widened = !sameTsType(varT, valueT) && (!once || (isContainer(varT) && init.k !== "new"));
      // a rebound variable py2ts cannot type takes whatever TypeScript infers for its first value
      // (`gather(...)`'s precise tuple), and a later, different value would not fit: say `any`
      const opaque = !once && varT.t === "unknown";
      const annotate = widened || opaque || isEmptyContainer(valueNode) || (display && ctx.annotationType(varT).includes("any")) || (valueNode.kind === "Dict" && varT.t === "dict" && ctx.annotationType(varT).includes("any"));
      return [{ k: "var", kind: once ? "const" : "let", target: id(name), init, ...(annotate ? { type: ctx.annotationType(varT) } : {}) }];
    }
    const drop = value ? [] : dropBeforeRebinding(ctx, target.id, valueNode);
    if (drop.length > 0 && !inert(ctx, valueNode)) {
      // CPython evaluates the new value first and closes the old generator after the store
      const temp = ctx.temp();
      return [{ k: "var", kind: "const", target: id(temp), init: rhs() }, ...drop, exprStmt({ k: "assign", op: "=", target: id(name), value: id(temp) })];
    }
    return [...drop, exprStmt({ k: "assign", op: "=", target: id(name), value: rhs() })];
  }
  if (target.kind === "Attribute") {
    if (isForeignAttribute(ctx, ctx.typeOf(target.value), target.attr)) return [exprStmt(call(ctx.helper("setattr"), [lowerExpr(ctx, target.value), str(target.attr), rhs()]))];
    return [exprStmt({ k: "assign", op: "=", target: lowerOperand(ctx, target), value: rhs() })];
  }
  if (target.kind === "Subscript") {
    const obj = lowerExpr(ctx, target.value);
    if (target.slice.kind === "Slice") {
      const s = target.slice;
      const bound = (x: A.Expr | null): Expr => (x ? lowerExpr(ctx, x) : { k: "lit", text: "undefined" });
      return [exprStmt(call(ctx.helper("setslice"), [obj, bound(s.lower), bound(s.upper), bound(s.step), rhs()]))];
    }
    const index = target.slice.kind === "Tuple" ? lowerTuple(ctx, target.slice.elts) : lowerExpr(ctx, target.slice);
    const t = ctx.typeOf(target.value);
    if (t.t === "dict") return [exprStmt(call(member(obj, "setitem"), [index, rhs()]))];
    if (t.t === "list") return [exprStmt(call(ctx.helper("listSetitem"), [obj, index, rhs()]))];
    return [exprStmt(call(ctx.helper("setitem"), [obj, index, rhs()]))];
  }
  const starIndex = target.kind === "Tuple" || target.kind === "List" ? target.elts.findIndex((e) => e.kind === "Starred") : -1;
  const literalLongEnough = (valueNode.kind === "List" || valueNode.kind === "Tuple") && !valueNode.elts.some((x) => x.kind === "Starred") && valueNode.elts.length >= starIndex;
  if ((target.kind === "Tuple" || target.kind === "List") && starIndex >= 0 && !(starIndex === target.elts.length - 1 && literalLongEnough && !options.checked)) {
    // `first, *middle, last = xs`: the runtime splits (and checks the count); JS rest elements
    // must come last, so the starred list is one element of the result
    const star = target.elts.findIndex((e) => e.kind === "Starred");
    const after = target.elts.length - star - 1;
    const plain = target.elts.map((e) => (e.kind === "Starred" ? e.value : e));
    const split = call(ctx.helper("unpackStar"), [value ?? lowerExpr(ctx, valueNode), { k: "num", text: String(star) }, { k: "num", text: String(after) }]);
    return assignTo(ctx, { ...target, elts: plain }, valueNode, split, { checked: true });
  }
  if (target.kind === "Tuple" || target.kind === "List") {
    const before: Stmt[] = [];
    const names = target.elts.map((e) => (e.kind === "Starred" ? e.value : e));
    const allNew = names.every((n) => n.kind === "Name" && !ctx.declared.has(n.id) && isLocal(ctx, n.id));
    const seen = new Set<string>();
    const pattern: Expr = { k: "array", items: target.elts.map((e) => destructureTarget(ctx, e, allNew, before, seen)) };
    const literal = valueNode.kind === "Tuple" && !valueNode.elts.some((x) => x.kind === "Starred") && valueNode.elts.length === target.elts.length;
    const source = options.checked ? value! : starIndex >= 0 ? value ?? lowerExpr(ctx, valueNode) : literal && !value ? { k: "array", items: valueNode.elts.map((x) => lowerElement(ctx, x)) } as Expr : counted(ctx, valueNode, value, target.elts.length);
    if (allNew) {
      const once = names.every((n) => (ctx.scope.bindCount.get((n as A.Name).id) ?? 0) === 1);
      names.forEach((n) => ctx.declared.add((n as A.Name).id));
      // `a, b = 0, 1` then `a = "s"`: TypeScript would type each name from its first value
      const elts = !value && valueNode.kind === "Tuple" && target.elts.every((e) => e.kind === "Name") && valueNode.elts.length === names.length ? valueNode.elts : null;
      const types = names.map((n) => ctx.infer.variable(ctx.scope, (n as A.Name).id));
      // a container's elements change by mutation even when the name is bound once: `rows, errs = [], []`
      const widen = elts !== null && types.some((t, i) => !sameTsType(t, ctx.typeOf(elts[i]!)) && (!once || isContainer(t) || isEmptyContainer(elts[i]!)));
      return [{ k: "var", kind: once ? "const" : "let", target: pattern, init: source, ...(widen ? { type: `[${types.map((t) => ctx.annotationType(t)).join(", ")}]` } : {}) }];
    }
    return [...before, exprStmt({ k: "assign", op: "=", target: pattern, value: source })];
  }
  ctx.report({ code: "PY2001", severity: "error", format: () => "this assignment target is not supported by py2ts" }, {}, target);
  return [];
}

function destructureTarget(ctx: LowerContext, e: A.Expr, declaring: boolean, before: Stmt[], seen: Set<string>): Expr {
  if (e.kind === "Starred") return { k: "spread", expr: destructureTarget(ctx, e.value, declaring, before, seen) };
  if (e.kind === "Name") {
    if (seen.has(e.id)) return { k: "elided" };
    seen.add(e.id);
    if (!declaring && !ctx.declared.has(e.id) && isLocal(ctx, e.id)) {
      ctx.declared.add(e.id);
      before.push({ k: "var", kind: "let", target: id(ctx.jsName(e.id)), type: ctx.annotationType(ctx.infer.variable(ctx.scope, e.id)) });
    }
    return id(ctx.jsName(e.id));
  }
  if (e.kind === "Tuple" || e.kind === "List") return { k: "array", items: e.elts.map((x) => destructureTarget(ctx, x, declaring, before, seen)) };
  return lowerExpr(ctx, e);
}

/**
 * What a tuple target of `n` names destructures: a tuple known to have `n` elements as it is,
 * anything else through `unpack`, which checks the count (ValueError "too many values to
 * unpack" / "not enough values") and takes values from any Python iterable exactly as CPython.
 */
function counted(ctx: LowerContext, e: A.Expr, value: Expr | null, n: number): Expr {
  const t = ctx.typeOf(e);
  const v = value ?? lowerExpr(ctx, e);
  if (t.t === "tuple" && t.elems && t.elems.length === n) return v;
  return call(ctx.helper("unpack"), [v, { k: "num", text: String(n) }]);
}

function sameExpr(a: Expr, b: Expr): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Evaluating it runs no Python code (a constant, a name, a call that only creates a generator). */
function inert(ctx: LowerContext, e: A.Expr): boolean {
  if (e.kind === "Constant" || e.kind === "Name") return true;
  if (e.kind !== "Call" || e.keywords.length > 0 || !e.args.every((a) => a.kind === "Constant" || a.kind === "Name")) return false;
  return e.func.kind === "Name" && ctx.typeOf(e).t === "gen" && ctx.typeOf(e.func).t === "func";
}

function isLocal(ctx: LowerContext, name: string): boolean {
  return ctx.scope.locals.has(name) && !ctx.scope.globals.has(name) && !ctx.scope.nonlocals.has(name);
}

/** A mutable container: what it holds may change after the binding TypeScript types it from. */
function isContainer(t: PyType): boolean {
  return t.t === "list" || t.t === "dict" || t.t === "set";
}

function isEmptyContainer(e: A.Expr): boolean {
  return (e.kind === "List" && e.elts.length === 0) || (e.kind === "Dict" && e.keys.length === 0) || (e.kind === "Call" && e.func.kind === "Name" && ["set", "dict", "list"].includes(e.func.id) && e.args.length === 0);
}

export function lowerAugAssign(ctx: LowerContext, s: A.AugAssign): Stmt[] {
  const tt = ctx.typeOf(s.target);
  const vt = ctx.typeOf(s.value);
  if (s.op === "Add" && tt.t === "list") return [exprStmt(call(ctx.helper("listExtend"), [lowerExpr(ctx, s.target), lowerExpr(ctx, s.value)]))];
  const target = s.target.kind === "Subscript" ? null : lowerOperand(ctx, s.target);
  if (!target) {
    const sub = s.target as A.Subscript;
    const temp = ctx.temp();
    const keyTemp = ctx.temp();
    const obj = lowerExpr(ctx, sub.value);
    const key = lowerExpr(ctx, sub.slice);
    const isDict = ctx.typeOf(sub.value).t === "dict";
    const current: Expr = isDict ? call(member(id(temp), "getitem"), [id(keyTemp)]) : call(ctx.helper("getitem"), [id(temp), id(keyTemp)]);
    const computed = binaryOp(ctx, s.op, ctx.typeOf(sub), vt, current, lowerExpr(ctx, s.value), s.value);
    const updated = ctx.infer.binary(s.op, ctx.typeOf(sub), vt).t === "float" && mayBeRawFloat(computed) ? call(ctx.helper("float"), [computed]) : computed;
    return [
      { k: "var", kind: "const", target: id(temp), init: obj },
      { k: "var", kind: "const", target: id(keyTemp), init: key },
      exprStmt(isDict ? call(member(id(temp), "setitem"), [id(keyTemp), updated]) : call(ctx.helper("setitem"), [id(temp), id(keyTemp), updated])),
    ];
  }
  const floatResult = ctx.infer.binary(s.op, tt, vt).t === "float";
  const operand = (x: A.Expr): Expr => (ctx.typeOf(x).t === "float" ? lowerOperand(ctx, x) : lowerExpr(ctx, x));
  const value = binaryOp(ctx, s.op, tt, vt, floatResult ? operand(s.target) : target, floatResult ? operand(s.value) : lowerExpr(ctx, s.value), s.value);
  // only a float variable may keep a raw result; attributes and wider variables hold canonical values
  const floatTarget = s.target.kind === "Name" && ctx.infer.variable(ctx.scope, s.target.id).t === "float";
  if (floatResult && !floatTarget && mayBeRawFloat(value)) return [exprStmt({ k: "assign", op: "=", target, value: call(ctx.helper("float"), [value]) })];
  if (value.k === "bin" && sameExpr(value.left, target)) return [exprStmt({ k: "assign", op: `${value.op}=`, target, value: value.right })];
  return [exprStmt({ k: "assign", op: "=", target, value })];
}
