/**
 * Expressions: constants, names, containers, attributes, subscripts, conditionals, truthiness.
 * Operators live in `operators.ts`, calls in `calls.ts`, f-strings in `fstrings.ts`,
 * comprehensions and lambdas in their own files.
 *
 *     x = [1, 2.5]; t = (1,); d = {"a": 1}   →   let x = [1, 2.5]; let t = tuple(1); let d = new PyDict([["a", 1]])
 */
import { checkBuiltinDunder } from "./builtin-dunders.js";
import type * as A from "../ast/nodes.js";
import { lowerConsumingTemporaries, recordTemporary } from "./generator-temporaries.js";
import { resolveScope } from "../analysis/scopes.js";
import { type PyType } from "../analysis/pytypes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { type Expr, type Stmt, call, id, lit, member, num, str } from "../ir/nodes.js";
import { lowerCall } from "./calls.js";
import { lowerComprehension } from "./comprehensions.js";
import type { LowerContext } from "./context.js";
import { lowerJoinedStr } from "./fstrings.js";
import { lowerLambda } from "./functions.js";
import { lowerYield } from "./generators.js";
import { builtinValue, moduleAttribute } from "./builtins.js";
import { isClassDataAttribute } from "./classes.js";
import { findMethod } from "./callees.js";
import { STR_METHOD_NAMES } from "./methods.js";
import { boundMethod } from "./bound-methods.js";
import { awaitLoopRun } from "./loop-runs.js";
import { lowerAwait } from "./coroutines.js";
import { FUNCTION_ATTRIBUTES } from "./function-attributes.js";
import { lowerBinOp, lowerBoolOp, lowerCompare, lowerUnary, truthTest } from "./operators.js";

/**
 * `e` in canonical form: where a float's static type is not exactly `float` (anything but a
 * float variable or a float operand) an integral float must be a runtime `PyFloat` box (see
 * src/runtime/float-box.ts), so a float-typed expression that may be a raw number is wrapped in
 * `float(...)`. This is the default on purpose: a place that forgets to ask for the raw form is
 * only slower, never wrong.
 *
 *     xs.append(total / n)   →   xs.push(float(total / n))      (total, n: float)
 */
export function lowerExpr(ctx: LowerContext, e: A.Expr): Expr {
  const v = lowerOperand(ctx, e);
  const t = ctx.typeOf(e);
  const floaty = t.t === "float" || (t.t === "optional" && t.inner.t === "float");
  return floaty && mayBeRawFloat(v) ? call(ctx.helper("float"), [v]) : v;
}

/**
 * `e` where a raw float may stand: operands of float arithmetic and comparisons, values stored
 * into float-typed variables. A float-typed value may still be a box there (it has `valueOf`),
 * so identity-sensitive uses (`===`, truthiness) unwrap it with unary `+`.
 */
export function lowerOperand(ctx: LowerContext, e: A.Expr): Expr {
  switch (e.kind) {
    case "Constant": return lowerConstant(ctx, e);
    case "Name": return lowerName(ctx, e);
    case "BinOp": return lowerBinOp(ctx, e);
    case "UnaryOp": return lowerUnary(ctx, e);
    case "BoolOp": return lowerBoolOp(ctx, e);
    case "Compare": return lowerConsumingTemporaries(ctx, e, () => lowerOperand(ctx, e)) ?? lowerCompare(ctx, e);
    case "Call": return lowerConsumingTemporaries(ctx, e, () => lowerOperand(ctx, e)) ?? recordTemporary(ctx, e, awaitLoopRun(ctx, e, lowerCall(ctx, e)));
    case "IfExp": return { k: "cond", test: truthTest(ctx, e.test), then: lowerExpr(ctx, e.body), else: lowerExpr(ctx, e.orelse) };
    case "List": return { k: "array", items: e.elts.map((x) => lowerElement(ctx, x)) };
    case "Tuple": return lowerTuple(ctx, e.elts);
    case "Set": return lowerSet(ctx, e);
    case "Dict": return lowerDict(ctx, e);
    case "Attribute": return boundMethod(ctx, e, () => lowerExpr(ctx, e.value)) ?? lowerAttribute(ctx, e);
    case "Subscript": return lowerSubscript(ctx, e);
    case "JoinedStr": return lowerJoinedStr(ctx, e);
    case "Lambda": return lowerLambda(ctx, e);
    case "ListComp": case "SetComp": case "DictComp": return lowerComprehension(ctx, e);
    case "GeneratorExp": return recordTemporary(ctx, e, lowerComprehension(ctx, e));
    case "NamedExpr": return { k: "assign", op: "=", target: lowerName(ctx, e.target), value: lowerExpr(ctx, e.value) };
    case "Starred": return lowerStarred(ctx, e.value);
    case "Await": return lowerAwait(ctx, e, (x) => lowerExpr(ctx, x));
    case "Yield": case "YieldFrom": return lowerYield(ctx, e);
    default:
      ctx.report(Diagnostics.unsupported, { construct: `the expression '${e.kind}'` }, e);
      return lit("null");
  }
}

/** True unless the IR is known to give a canonical value (runtime and user calls, loads from containers and attributes). */
export function mayBeRawFloat(v: Expr): boolean {
  switch (v.k) {
    case "num": return Number.isSafeInteger(Number(v.text));
    case "unary": return v.operand.k !== "num" || Number.isSafeInteger(Number(v.operand.text));
    case "bin": case "id": case "cond": case "assign": case "seq": case "nonnull": case "as": return true;
    default: return false;
  }
}

export function lowerElement(ctx: LowerContext, e: A.Expr): Expr {
  return e.kind === "Starred" ? lowerStarred(ctx, e.value) : lowerExpr(ctx, e);
}

/** `*xs` in a display or a call: a JS spread of `xs` as an iterable (see jsIterable). */
function lowerStarred(ctx: LowerContext, value: A.Expr): Expr {
  return { k: "spread", expr: jsIterable(ctx, value, lowerExpr(ctx, value)) };
}

/**
 * `lowered` (the lowering of `e`) as something JS can spread or iterate. `[Symbol.iterator]` is
 * there only on the runtime's own iterables: anything else (a user class with `__iter__`,
 * `__getitem__`) goes through `iterate`.
 */
export function jsIterable(ctx: LowerContext, e: A.Expr, lowered: Expr): Expr {
  const t = ctx.typeOf(e).t;
  const native = t === "list" || t === "tuple" || t === "str" || t === "set" || t === "dict" || t === "iter" || t === "gen";
  return native ? lowered : call(ctx.helper("iterate"), [lowered]);
}

export function lowerTuple(ctx: LowerContext, elts: readonly A.Expr[]): Expr {
  if (elts.length === 0) return ctx.helper("EMPTY_TUPLE");
  return call(ctx.helper("tuple"), elts.map((x) => lowerElement(ctx, x)));
}

/** TypeScript spells no `any` in this type. */
function hasAny(ts: string): boolean {
  return /\bany\b/.test(ts);
}

/** `{a, 1}`: TypeScript infers the element type from the first element, so mixed ones get it spelled. */
function lowerSet(ctx: LowerContext, e: A.SetExpr): Expr {
  const items = e.elts.map((x) => lowerElement(ctx, x));
  const kinds = new Set(e.elts.map((x) => (x.kind === "Starred" ? "any" : ctx.annotationType(ctx.typeOf(x)))));
  const typeArgs = kinds.size > 1 && ![...kinds].some(hasAny) ? [[...kinds].join(" | ")] : null;
  return { k: "call", callee: member(ctx.helper("PySet"), e.elts.every(isConstant) ? "ofConst" : "of"), args: items, ...(typeArgs ? { typeArgs } : {}) };
}

function lowerDict(ctx: LowerContext, e: A.Dict): Expr {
  if (e.keys.length === 0) return { k: "new", callee: ctx.helper("PyDict"), args: [] };
  if (e.keys.some((k) => k === null)) {
    const d = id("$d");
    const body: Stmt[] = [{ k: "var", kind: "const", target: d, init: { k: "new", callee: ctx.helper("PyDict"), args: [] } }];
    e.keys.forEach((k, i) => {
      const v = lowerExpr(ctx, e.values[i]!);
      body.push({ k: "expr", expr: k ? call(member(d, "setitem"), [lowerExpr(ctx, k), v]) : call(member(d, "update"), [v]) });
    });
    body.push({ k: "return", value: d });
    return call({ k: "arrow", params: [], body }, []);
  }
  // `PyDict.of(k1, v1, ...)` cannot infer its key and value types: spell known ones
  const t = ctx.typeOf(e);
  const typeArgs = t.t === "dict" ? [ctx.annotationType(t.key), ctx.annotationType(t.value)] : [];
  return { k: "call", callee: member(ctx.helper("PyDict"), "of"), args: e.keys.flatMap((k, i) => [lowerExpr(ctx, k!), lowerExpr(ctx, e.values[i]!)]), ...(typeArgs.length > 0 && !typeArgs.some(hasAny) ? { typeArgs } : {}) };
}

function isConstant(e: A.Expr): boolean {
  if (e.kind === "Constant") return true;
  if (e.kind === "UnaryOp" && e.op === "USub") return isConstant(e.operand);
  if (e.kind === "Tuple") return e.elts.every(isConstant);
  return false;
}

export function lowerConstant(ctx: LowerContext, e: A.Constant): Expr {
  const v = e.value;
  switch (v.type) {
    case "int": {
      const abs = v.value < 0n ? -v.value : v.value;
      return abs <= BigInt(Number.MAX_SAFE_INTEGER) ? num(v.value.toString()) : num(`${v.value}n`);
    }
    case "float":
      if (Number.isNaN(v.value)) return id("NaN");
      if (!Number.isFinite(v.value)) return id("Infinity");
      return num(floatText(v.value));
    case "str": return str(v.value);
    case "bool": return lit(v.value ? "true" : "false");
    case "None": return lit("null");
    default:
      ctx.report(Diagnostics.unsupported, { construct: `a ${v.type} literal` }, e);
      return lit("null");
  }
}

/** JS text for a float literal; integral values keep a `.0` so the TypeScript still reads as a float. */
function floatText(x: number): string {
  if (Number.isSafeInteger(x)) return `${x}.0`;
  return Number.isInteger(x) ? x.toExponential() : String(x);
}

export function lowerName(ctx: LowerContext, e: A.Name): Expr {
  const owner = resolveScope(ctx.scope, e.id);
  if (ctx.thisAlias && ctx.thisAlias.name === e.id && owner === ctx.thisAlias.scope) return lit("this");
  // a class body reads its own earlier bindings from the class (`copy = vals`, and the first
  // iterable of a comprehension there); the static block's `this` is the class
  if (owner && owner.kind === "class" && owner === ctx.scope && e.ctx === "Load") return member(member(lit("this"), "prototype"), e.id);
  if (!owner) {
    const builtin = builtinValue(ctx, e.id, e);
    if (builtin) return builtin;
    if (e.ctx === "Load" && !ctx.scopes.module.locals.has(e.id)) return call(ctx.helper("undefinedName"), [str(e.id)]);
  }
  return id(ctx.jsName(e.id));
}

/** `obj.attr` as a member access (a callee, or a data attribute); see bound-methods.ts for values. */
export function lowerAttribute(ctx: LowerContext, e: A.Attribute): Expr {
  const fromModule = moduleAttribute(ctx, e);
  if (fromModule) return fromModule;
  if (e.attr === "__getattr__" || e.attr === "__getattribute__" || e.attr === "__dict__") {
    ctx.report(Diagnostics.dynamicAttribute, { name: e.attr }, e);
  }
  if (e.value.kind === "Call" && e.value.func.kind === "Name" && e.value.func.id === "super" && e.value.args.length === 0 && ctx.currentClass && ctx.callees.has(e)) {
    return member(lit("super"), e.attr);
  }
  if (e.attr === "__name__" && e.value.kind === "Call" && e.value.func.kind === "Name" && e.value.func.id === "type") {
    return call(ctx.helper("typeName"), [lowerExpr(ctx, e.value.args[0]!)]);
  }
  // a bound method's object: set by the runtime on the bound function, which TypeScript types without it
  if (e.ctx === "Load" && (e.attr === "__self__" || e.attr === "__func__")) return call(ctx.helper("getattr"), [lowerExpr(ctx, e.value), str(e.attr)]);
  if (e.ctx === "Load" && (e.attr === "__name__" || e.attr === "__qualname__")) return call(ctx.helper(e.attr === "__name__" ? "nameOf" : "qualnameOf"), [lowerExpr(ctx, e.value)]);
  if (e.ctx === "Load" && e.attr === "__mro__") return call(ctx.helper("mro"), [lowerExpr(ctx, e.value)]);
  if (e.ctx === "Load" && FUNCTION_ATTRIBUTES.has(e.attr)) return call(ctx.helper("functionAttribute"), [lowerExpr(ctx, e.value), str(e.attr)]);
  if (e.ctx === "Load" && e.attr === "__class__") return call(ctx.helper("typeOf"), [lowerExpr(ctx, e.value)]);
  const owner = ctx.typeOf(e.value);
  checkBuiltinDunder(ctx, e, owner);
  if (owner.t === "class" && isClassDataAttribute(ctx, owner.cls, e.attr)) return member(member(lowerExpr(ctx, e.value), "prototype"), e.attr);
  // not the class's own: JS would read undefined where Python raises AttributeError, and the
  // TypeScript class type does not have it
  if (e.ctx === "Load" && isForeignAttribute(ctx, owner, e.attr)) return call(ctx.helper("getattr"), [lowerExpr(ctx, e.value), str(e.attr)]);
  // a method read as a value (`key=counts.get`, `f = obj.method`) keeps its receiver
  if (e.ctx === "Load" && !ctx.callees.has(e) && isMethodValue(ctx, owner, e.attr)) return call(ctx.helper("getattr"), [lowerExpr(ctx, e.value), str(e.attr)]);
  if (e.ctx === "Load" && !ctx.callees.has(e) && isBuiltinMethodValue(owner, e.attr)) return call(ctx.helper("methodOf"), [lowerExpr(ctx, e.value), str(e.attr)]);
  // declared, but set only on some paths: reading it before any store raises AttributeError
  if (e.ctx === "Load" && owner.t === "instance" && !e.attr.startsWith("__") && ctx.infer.mayLackAttribute(owner.cls, e.attr)) {
    return call(ctx.helper("getattr"), [lowerExpr(ctx, e.value), str(e.attr)]);
  }
  // `e.__cause__.value`: the chained exception can be of any class (the runtime types it BaseException | null)
  if (e.value.kind === "Attribute" && (e.value.attr === "__cause__" || e.value.attr === "__context__")) {
    const chainOwner = ctx.typeOf(e.value.value);
    if (chainOwner.t === "instance" && ctx.infer.isExceptionClass(chainOwner.cls)) return member({ k: "as", expr: lowerExpr(ctx, e.value), type: "any" }, e.attr);
  }
  // `fetch = g.__next__`, `step = agen.asend`: a generator's method taken as a value stays bound to it
  if (e.ctx === "Load" && !ctx.callees.has(e) && (owner.t === "gen" || owner.t === "unknown") && GENERATOR_METHODS.has(e.attr)) {
    return call(ctx.helper("getattr"), [lowerExpr(ctx, e.value), str(e.attr)]);
  }
  return member(receiver(ctx, e.value), e.attr);
}

const GENERATOR_METHODS = new Set(["send", "throw", "close", "__next__", "__iter__", "asend", "athrow", "aclose", "__anext__", "__aiter__"]);

/**
 * An attribute's receiver. One that may be None is asserted non-null for TypeScript: at run time
 * the access on null raises the AttributeError CPython raises (exception-catch.ts).
 */
export function receiver(ctx: LowerContext, value: A.Expr): Expr {
  const obj = lowerExpr(ctx, value);
  return ctx.typeOf(value).t === "optional" ? { k: "nonnull", expr: obj } : obj;
}

const CONTAINER_METHODS = new Set(["get", "keys", "values", "items", "pop", "popitem", "setdefault", "update", "copy", "clear", "add", "discard", "remove", "union", "intersection", "difference", "issubset", "issuperset", "most_common", "elements", "append", "appendleft", "popleft", "extend"]);

/** True when `owner.attr` is a method: a dict's or set's, or a plain method of a program class. */
function isMethodValue(ctx: LowerContext, owner: PyType, attr: string): boolean {
  if (owner.t === "dict" || owner.t === "set") return CONTAINER_METHODS.has(attr);
  if (owner.t !== "instance" || !ctx.infer.classes.has(owner.cls)) return false;
  const found = findMethod(ctx, owner.cls, attr);
  return found !== null && found.def.decorator_list.length === 0;
}

const LIST_METHOD_NAMES = new Set(["append", "extend", "insert", "pop", "remove", "index", "count", "reverse", "copy", "clear", "sort"]);

/** A method of a str, list or tuple (JS values without Python's methods) read as a value. */
function isBuiltinMethodValue(owner: PyType, attr: string): boolean {
  if (owner.t === "str") return STR_METHOD_NAMES.has(attr) || attr === "format";
  if (owner.t === "list") return LIST_METHOD_NAMES.has(attr);
  return owner.t === "tuple" && (attr === "index" || attr === "count");
}

/** An attribute that a user class instance gets only from outside the class, if at all. */
export function isForeignAttribute(ctx: LowerContext, owner: PyType, attr: string): boolean {
  if (owner.t !== "instance" || attr.startsWith("__")) return false;
  // `except ValueError as e: e.code` reads what a subclass stored
  if (!ctx.infer.classes.has(owner.cls)) return ctx.infer.isExceptionClass(owner.cls) && !isExceptionAttribute(owner.cls, attr);
  return !ctx.infer.isExceptionClass(owner.cls) && !ctx.infer.declaresAttribute(owner.cls, attr);
}

/** Attributes the runtime's built-in exceptions have beyond `args` (exceptions.ts, exception-group.ts). */
const OS_ERROR = ["errno", "strerror", "filename", "filename2", "characters_written"];
const GROUP = ["exceptions", "message", "subgroup", "split", "derive"];
const EXCEPTION_FIELDS: Readonly<Record<string, readonly string[]>> = {
  StopIteration: ["value"], StopAsyncIteration: ["value"], SystemExit: ["code"],
  AttributeError: ["name", "obj"], NameError: ["name"], ImportError: ["name", "path", "msg"], ModuleNotFoundError: ["name", "path", "msg"],
  SyntaxError: ["msg", "lineno", "offset", "text", "end_lineno", "end_offset", "filename"],
  UnicodeError: ["encoding", "reason", "object", "start", "end"], UnicodeDecodeError: ["encoding", "reason", "object", "start", "end"],
  UnicodeEncodeError: ["encoding", "reason", "object", "start", "end"],
  ExceptionGroup: GROUP, BaseExceptionGroup: GROUP,
  ...Object.fromEntries(["OSError", "IOError", "EnvironmentError", "FileNotFoundError", "FileExistsError", "PermissionError", "IsADirectoryError",
    "NotADirectoryError", "TimeoutError", "ConnectionError", "BrokenPipeError", "ConnectionResetError", "ConnectionRefusedError",
    "ConnectionAbortedError", "BlockingIOError", "ChildProcessError", "InterruptedError", "ProcessLookupError"].map((n) => [n, OS_ERROR])),
};

function isExceptionAttribute(cls: string, attr: string): boolean {
  return attr === "args" || attr === "with_traceback" || attr === "add_note" || (EXCEPTION_FIELDS[cls]?.includes(attr) ?? false);
}

function lowerSubscript(ctx: LowerContext, e: A.Subscript): Expr {
  const obj = lowerExpr(ctx, e.value);
  if (e.slice.kind === "Slice") {
    const s = e.slice;
    const t = ctx.typeOf(e.value);
    return call(ctx.helper(t.t === "str" ? "strSlice" : "getslice"), sliceArgs(ctx, obj, s));
  }
  const index = e.slice.kind === "Tuple" ? lowerTuple(ctx, e.slice.elts) : lowerExpr(ctx, e.slice);
  const t = ctx.typeOf(e.value);
  if (t.t === "dict") return call(member(obj, "getitem"), [index]);
  if (t.t === "tuple" && t.elems && e.slice.kind === "Constant" && e.slice.value.type === "int") {
    const i = Number(e.slice.value.value);
    const n = t.elems.length;
    if (i >= -n && i < n) return { k: "index", obj, index: num(String(i < 0 ? n + i : i)) };
  }
  if (t.t === "list" || t.t === "tuple") return call(ctx.helper("listGetitem"), [obj, index]);
  if (t.t === "str") return call(ctx.helper("strGetitem"), [obj, index]);
  return call(ctx.helper("getitem"), [obj, index]);
}

/** The receiver and bounds of a slice; missing bounds are `undefined` (trailing ones dropped). */
export function sliceArgs(ctx: LowerContext, obj: Expr, s: A.Slice): Expr[] {
  const args = [obj, ...[s.lower, s.upper, s.step].map((x) => (x ? lowerExpr(ctx, x) : lit("undefined")))];
  while (args.length > 1 && args[args.length - 1]!.k === "lit") args.pop();
  return args;
}

export { truthTest };
