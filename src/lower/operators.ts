/**
 * Operators. Plain JS operators where the operand types make them exact (floats, bounded ints,
 * strings); the runtime's helpers where Python's meaning differs (unbounded ints, floor division,
 * `%`, `**`, `/` by zero, structural `==` and `<` on containers, sequence `+` and `*`).
 *
 *     i + 1 (both bounded) → i + 1        big * big → mul(big, big)     7 // -2 → floordiv(7, -2)
 *     i % 3 (i bounded, >= 0) → i % 3     x % 3 → mod(x, 3)
 *     seed * 48271 (31 and 16 bits, >= 0) → seed * 48271 (pytypes.ts, `bits`)
 *     xs == ys (lists)     → eq(xs, ys)   if items: → if (items.length > 0)
 *     -i (bounded)         → 0 - i        (`-i` would make JS -0 of 0, which a float shows: float(-i) is 0.0)
 */
import type * as A from "../ast/nodes.js";
import type { PyType } from "../analysis/pytypes.js";
import { bin, call, type Expr, id, lit, member, num } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { lowerExpr, lowerOperand, mayBeRawFloat } from "./expressions.js";

const HELPER: Record<A.Operator, string> = {
  Add: "add", Sub: "sub", Mult: "mul", Div: "truediv", FloorDiv: "floordiv", Mod: "mod", Pow: "pow",
  LShift: "lshift", RShift: "rshift", BitOr: "bitor", BitXor: "bitxor", BitAnd: "bitand", MatMult: "matmul",
};
const JS_OP: Partial<Record<A.Operator, string>> = { Add: "+", Sub: "-", Mult: "*", BitOr: "|", BitXor: "^", BitAnd: "&" };

const isFloat = (t: PyType): boolean => t.t === "float";
const isSmall = (t: PyType): boolean => t.t === "int" && t.small === true;
const isFloatOrSmall = (t: PyType): boolean => isFloat(t) || isSmall(t);

export function binaryOp(ctx: LowerContext, op: A.Operator, lt: PyType, rt: PyType, rawL: Expr, rawR: Expr, rightNode: A.Expr | null): Expr {
  // operands may be raw floats; a runtime helper gets them in canonical form
  const l = canonical(ctx, lt, rawL);
  const r = canonical(ctx, rt, rawR);
  if (op === "Add" && lt.t === "str" && rt.t === "str") return bin("+", l, r);
  const plain = JS_OP[op];
  if (plain && (op === "Add" || op === "Sub" || op === "Mult") && isFloatOrSmall(lt) && isFloatOrSmall(rt) && (isFloat(lt) || isFloat(rt) || op !== "Mult")) return bin(plain, rawL, rawR);
  // a product of bounded ints below 2^52 is exact; of non-negative ones it is never JS -0
  if (op === "Mult" && isExactProduct(lt, rt)) return bin("*", l, r);
  // JS's & | ^ work on 32 bits, and a small int may be past 2^31; masking with a literal below
  // 2^31 keeps exactly the low bits Python keeps, for any int below 2^53
  if (op === "BitAnd" && isSmall(lt) && isSmall(rt) && isInt32Mask(rightNode)) return bin("&", l, r);
  // JS's % takes the sign of the left operand, Python's that of the right: the same when both are >= 0
  if (op === "Mod" && isSmall(lt) && lt.t === "int" && lt.nonneg === true && isPositiveIntLiteral(rightNode)) return bin("%", l, r);
  if (op === "Div" && (isFloatOrSmall(lt)) && rightNode?.kind === "Constant" && (rightNode.value.type === "int" || rightNode.value.type === "float") && Number(rightNode.value.type === "int" ? rightNode.value.value : rightNode.value.value) !== 0) return bin("/", rawL, rawR);
  // truedivF knows its result is a float: a raw operand needs no box (saves one per call); not
  // so modF, whose str left operand (`"%r" % 2.0`) formats the right one
  if (op === "Div" && (isFloat(lt) || isFloat(rt))) return call(ctx.helper("truedivF"), [rawL, rawR]);
  if ((op === "FloorDiv" || op === "Mod") && (isFloat(lt) || isFloat(rt))) return call(ctx.helper(op === "Mod" ? "modF" : "floordivF"), [l, r]);
  if (op === "Mod" && lt.t === "str") return call(ctx.helper("percentFormat"), [l, r]);
  if ((op === "Sub" || op === "BitOr" || op === "BitAnd" || op === "BitXor") && lt.t === "set") {
    const method = { Sub: "difference", BitOr: "union", BitAnd: "intersection", BitXor: "symmetric_difference" }[op as "Sub"];
    return call(member(l, method), [r]);
  }
  return call(ctx.helper(HELPER[op]), [l, r]);
}

function isExactProduct(lt: PyType, rt: PyType): boolean {
  if (lt.t !== "int" || rt.t !== "int" || lt.bits === undefined || rt.bits === undefined || lt.derived === true || rt.derived === true) return false;
  return lt.bits + rt.bits <= 52 && lt.nonneg === true && rt.nonneg === true;
}

function isInt32Mask(e: A.Expr | null): boolean {
  return e?.kind === "Constant" && e.value.type === "int" && e.value.value >= 0n && e.value.value < 2n ** 31n;
}

function isPositiveIntLiteral(e: A.Expr | null): boolean {
  return e?.kind === "Constant" && e.value.type === "int" && e.value.value > 0n && e.value.value <= BigInt(Number.MAX_SAFE_INTEGER);
}

/** A float-typed operand in canonical form (boxed when it may be a raw integral float). */
function canonical(ctx: LowerContext, t: PyType, v: Expr): Expr {
  return isFloat(t) && mayBeRawFloat(v) ? call(ctx.helper("float"), [v]) : v;
}

export function lowerBinOp(ctx: LowerContext, e: A.BinOp): Expr {
  const side = (x: A.Expr): Expr => (isFloat(ctx.typeOf(x)) ? lowerOperand(ctx, x) : lowerExpr(ctx, x));
  return binaryOp(ctx, e.op, ctx.typeOf(e.left), ctx.typeOf(e.right), side(e.left), side(e.right), e.right);
}

export function lowerUnary(ctx: LowerContext, e: A.UnaryOp): Expr {
  if (e.op === "Not") return { k: "unary", op: "!", operand: truthTest(ctx, e.operand) };
  const t = ctx.typeOf(e.operand);
  if (e.op === "USub" && e.operand.kind === "Constant" && (e.operand.value.type === "int" || e.operand.value.type === "float")) {
    const inner = lowerExpr(ctx, e.operand);
    // an int is never JS -0 (float(-0) is 0.0); a float keeps its sign (-0.0)
    if (inner.k === "num") return num(e.operand.value.type === "int" && Number(inner.text) === 0 ? "0" : `-${inner.text}`);
  }
  const operand = isFloat(t) ? lowerOperand(ctx, e.operand) : lowerExpr(ctx, e.operand);
  // `0 - i` rather than `-i`: negating an int 0 must give 0, not JS -0
  if (e.op === "USub" && isSmall(t)) return bin("-", num("0"), operand);
  if (e.op === "USub") return isFloat(t) ? { k: "unary", op: "-", operand } : call(ctx.helper("neg"), [operand]);
  if (e.op === "UAdd") return isFloatOrSmall(t) ? operand : call(ctx.helper("pos"), [operand]);
  // `-1 - i` rather than `~i`: JS's ~ works on 32 bits, and a small int may be past 2^31
  return isSmall(t) ? bin("-", num("-1"), operand) : call(ctx.helper("invert"), [operand]);
}

/** A JS boolean that is Python's `bool(e)`. */
export function truthTest(ctx: LowerContext, e: A.Expr): Expr {
  const t = ctx.typeOf(e);
  const v = isFloat(t) ? lowerOperand(ctx, e) : lowerExpr(ctx, e);
  return truthOf(ctx, t, v);
}

export function truthOf(ctx: LowerContext, t: PyType, v: Expr): Expr {
  switch (t.t) {
    case "bool": return v;
    case "float": return bin("!==", unboxed(v), num("0"));
    // a literal's truth is known (TypeScript rejects comparing two distinct literals)
    case "str": return v.k === "str" ? lit(v.value === "" ? "false" : "true") : bin("!==", v, { k: "str", value: "" });
    case "list": return bin(">", member(v, "length"), num("0"));
    case "none": return lit("false");
    case "instance": return ctx.infer.classes.get(t.cls) && !hasTruthDunder(ctx, t.cls) ? bin("!==", v, lit("null")) : call(ctx.helper("truthy"), [v]);
    case "optional":
      if (t.inner.t === "instance" && !hasTruthDunder(ctx, t.inner.cls)) return bin("!=", v, lit("null"));
      return call(ctx.helper("truthy"), [v]);
    default: return call(ctx.helper("truthy"), [v]);
  }
}

function hasTruthDunder(ctx: LowerContext, cls: string): boolean {
  for (let c: string | null = cls; c; c = ctx.infer.classes.get(c)?.base ?? null) {
    const facts = ctx.infer.classes.get(c);
    if (!facts) return true;
    if (facts.isDataclass) continue;
    if (facts.node.body.some((s) => s.kind === "FunctionDef" && (s.name === "__bool__" || s.name === "__len__"))) return true;
  }
  return false;
}

/** JS truthiness equals Python's for these types, so `a or b` can be `a || b`. */
function jsTruthMatches(ctx: LowerContext, t: PyType): boolean {
  if (t.t === "bool" || t.t === "str" || t.t === "none") return true;
  if (t.t === "int") return true;
  if (t.t === "instance" || (t.t === "optional" && t.inner.t === "instance")) return !hasTruthDunder(ctx, t.t === "instance" ? t.cls : (t.inner as { cls: string }).cls);
  if (t.t === "optional") return jsTruthMatches(ctx, t.inner) && t.inner.t !== "int";
  return false;
}

/** Truthiness of a literal operand, known at compile time (null when not a simple literal). */
function constantTruth(v: A.Expr): boolean | null {
  if (v.kind !== "Constant") return null;
  const c = v.value;
  switch (c.type) {
    case "None": return false;
    case "bool": return c.value;
    case "int": return c.value !== 0n;
    case "float": return c.value !== 0;
    case "str": return c.value.length > 0;
    default: return null;
  }
}

/**
 * Operands before the last whose truthiness is a literal fact are decided here: `0 or x` is `x`,
 * `"a" and x` is `x`, `5 or x` is `5`. Besides being shorter, this keeps TypeScript from
 * rejecting `0 || x` as an always-falsy test.
 */
function foldLiteralOperands(e: A.BoolOp): readonly A.Expr[] {
  const kept: A.Expr[] = [];
  for (let i = 0; i < e.values.length; i++) {
    const v = e.values[i]!;
    const truth = i === e.values.length - 1 ? null : constantTruth(v);
    if (truth === null) kept.push(v);
    else if (truth === (e.op === "Or")) return [...kept, v];
  }
  return kept;
}

export function lowerBoolOp(ctx: LowerContext, e: A.BoolOp): Expr {
  const op = e.op === "And" ? "&&" : "||";
  const values = foldLiteralOperands(e);
  if (values.length === 1) return lowerExpr(ctx, values[0]!);
  const parts = values.map((v) => ({ t: ctx.typeOf(v), x: lowerExpr(ctx, v) }));
  if (parts.every((p, i) => i === parts.length - 1 || jsTruthMatches(ctx, p.t))) {
    return parts.slice(1).reduce((acc, p) => bin(op, acc, p.x), parts[0]!.x);
  }
  // value semantics with Python truthiness: `a or b` is `a` when truthy(a), else `b`
  let result = parts[parts.length - 1]!.x;
  for (let i = parts.length - 2; i >= 0; i--) {
    const p = parts[i]!;
    const simple = p.x.k === "id" || p.x.k === "lit" || p.x.k === "num" || p.x.k === "str" || (p.x.k === "member" && p.x.obj.k !== "call");
    const hold = simple ? p.x : id("$v");
    const test = truthOf(ctx, p.t, hold);
    const pick: Expr = e.op === "Or" ? { k: "cond", test, then: hold, else: result } : { k: "cond", test, then: result, else: hold };
    result = simple ? pick : call({ k: "arrow", params: [{ name: "$v", type: "any" }], body: pick }, [p.x]);
  }
  return result;
}

const CMP: Record<string, string> = { Lt: "<", LtE: "<=", Gt: ">", GtE: ">=" };

/** A float-typed value as a JS number for `===` (a box compares by identity): `+x`. */
function unboxed(v: Expr): Expr {
  if (v.k === "num" || v.k === "bin" || (v.k === "unary" && v.op === "-")) return v;
  return { k: "unary", op: "+", operand: v };
}

function isFreshLiteral(v: Expr): boolean {
  return v.k === "array" || v.k === "object" || v.k === "arrow";
}

function compareOne(ctx: LowerContext, op: A.CmpOperator, lt: PyType, rt: PyType, l: Expr, r: Expr): Expr {
  const primitive = (t: PyType): boolean => t.t === "int" || t.t === "float" || t.t === "bool" || t.t === "str" || t.t === "num";
  switch (op) {
    case "Is": case "IsNot": {
      // `[] is x`: TypeScript rejects comparing a fresh array or function literal by identity
      if (isFreshLiteral(l) || isFreshLiteral(r)) {
        const test = call(ctx.helper("identical"), [l, r]);
        return op === "Is" ? test : { k: "unary", op: "!", operand: test };
      }
      if (rt.t === "none" || lt.t === "none") return bin(op === "Is" ? "==" : "!=", rt.t === "none" ? l : r, lit("null"));
      return bin(op === "Is" ? "===" : "!==", l, r);
    }
    case "Eq": case "NotEq": {
      const exact = (t: PyType): boolean => t.t === "int" || t.t === "float";
      if (exact(lt) && exact(rt) && (isFloat(lt) || isFloat(rt))) {
        // int == float compares values; a boxed float must be unwrapped first
        return bin(op === "Eq" ? "===" : "!==", isFloat(lt) ? unboxed(l) : l, isFloat(rt) ? unboxed(r) : r);
      }
      if (primitive(lt) && primitive(rt) && lt.t !== "num" && rt.t !== "num" && (lt.t === rt.t || (lt.t !== "str" && rt.t !== "str" && lt.t !== "bool" && rt.t !== "bool"))) {
        const mixed = lt.t !== rt.t;
        return bin(op === "Eq" ? (mixed ? "==" : "===") : mixed ? "!=" : "!==", l, r);
      }
      const test = call(ctx.helper("eq"), [l, r]);
      return op === "Eq" ? test : { k: "unary", op: "!", operand: test };
    }
    case "In": case "NotIn": {
      let test: Expr;
      if (rt.t === "str" && lt.t === "str") test = call(member(r, "includes"), [l]);
      // PyDict/PySet.has is the whole of `contains` for them, whatever the key (it raises for unhashable ones)
      else if (rt.t === "dict" || rt.t === "set") test = call(member(r, "has"), [l]);
      else test = call(ctx.helper("contains"), [r, l]);
      return op === "In" ? test : { k: "unary", op: "!", operand: test };
    }
    default: {
      const numeric = (t: PyType): boolean => t.t === "int" || t.t === "float" || t.t === "num";
      if ((numeric(lt) && numeric(rt)) || (lt.t === "str" && rt.t === "str")) return bin(CMP[op]!, l, r);
      return call(ctx.helper({ Lt: "lt", LtE: "le", Gt: "gt", GtE: "ge" }[op as "Lt"]), [l, r]);
    }
  }
}

export function lowerCompare(ctx: LowerContext, e: A.Compare): Expr {
  const operands = [e.left, ...e.comparators];
  const tests: Expr[] = [];
  for (let i = 0; i < e.ops.length; i++) {
    const a = operands[i]!;
    const b = operands[i + 1]!;
    const side = (x: A.Expr): Expr => (isFloat(ctx.typeOf(x)) ? lowerOperand(ctx, x) : lowerExpr(ctx, x));
    tests.push(compareOne(ctx, e.ops[i]!, ctx.typeOf(a), ctx.typeOf(b), side(a), side(b)));
  }
  return tests.slice(1).reduce((acc, t) => bin("&&", acc, t), tests[0]!);
}
