/**
 * Dunder methods read on built-in values: `(10).__add__(5)`, `"a".__len__()`, `int.__add__(1, 2)`.
 * py2ts's ints, strs, lists and dicts are JS numbers, strings, arrays and runtime containers
 * without CPython's slot methods, so such a read would raise a false AttributeError (or a JS
 * TypeError); it is diagnosed (PY2001) instead. The operators and builtins (`10 + 5`, `len("a")`)
 * translate. The few slot methods whose answer does not depend on an argument's type (`__len__`,
 * `__repr__`, `__str__`, `__hash__`, `__getitem__`, `__contains__`) are called through callMethod,
 * which answers them with the builtin they implement (runtime builtin-dunders.ts).
 *
 *     (10).__add__(5)   →   error[PY2001]: the method '__add__' of the built-in type 'int' ...
 */
import type * as A from "../ast/nodes.js";
import type { PyType } from "../analysis/pytypes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import type { LowerContext } from "./context.js";

/** Dunder attributes py2ts gives every value (expressions.ts lowers them). */
const SUPPORTED = new Set(["__name__", "__qualname__", "__class__", "__doc__", "__mro__", "__module__", "__defaults__", "__kwdefaults__", "__dict__", "__getattr__", "__getattribute__"]);
const VALUE_TYPES: Readonly<Partial<Record<PyType["t"], string>>> = { int: "int", float: "float", bool: "bool", str: "str", none: "NoneType", list: "list", tuple: "tuple", dict: "dict", set: "set", num: "float" };
const TYPE_NAMES = new Set(["int", "float", "bool", "str", "list", "tuple", "dict", "set", "frozenset", "object", "type", "range", "bytes"]);

const OPERATORS = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "or", "xor"];
/**
 * Slot methods of built-in values that JS values lack (unlike `__next__` or `__aenter__`, which
 * only runtime objects have, as JS methods): on a receiver of unknown type they go through
 * callMethod.
 */
const VALUE_DUNDERS = new Set([
  ...OPERATORS.flatMap((op) => [`__${op}__`, `__r${op}__`, `__i${op}__`]),
  ...["neg", "pos", "abs", "invert", "lt", "le", "gt", "ge", "eq", "ne", "bool", "int", "float", "index", "round", "trunc", "floor", "ceil"].map((n) => `__${n}__`),
  ...["len", "getitem", "setitem", "delitem", "contains", "iter", "reversed", "repr", "str", "hash", "format", "sizeof"].map((n) => `__${n}__`),
]);

/** True when `e` calls a slot method that built-in values have and JS values lack, on a value (not `int.__add__`). */
export function isValueDunderCall(ctx: LowerContext, e: A.Attribute): boolean {
  return VALUE_DUNDERS.has(e.attr) && !isBuiltinTypeName(ctx, e.value);
}

function isBuiltinTypeName(ctx: LowerContext, e: A.Expr): boolean {
  return e.kind === "Name" && TYPE_NAMES.has(e.id) && !ctx.infer.classes.has(e.id);
}

const ANSWERED = new Set(["__len__", "__repr__", "__str__", "__hash__", "__getitem__", "__contains__"]);

/** True when `value.attr(...)` on a built-in value is answered at run time by callMethod. */
export function isAnsweredDunderCall(ctx: LowerContext, e: A.Attribute, owner: PyType): boolean {
  return ANSWERED.has(e.attr) && !isBuiltinTypeName(ctx, e.value) && VALUE_TYPES[owner.t] !== undefined;
}

/** Reports PY2001 when `e` reads a slot method of a built-in value or type; true when reported. */
export function checkBuiltinDunder(ctx: LowerContext, e: A.Attribute, owner: PyType): boolean {
  if (!/^__\w+__$/.test(e.attr) || SUPPORTED.has(e.attr)) return false;
  const typeName = isBuiltinTypeName(ctx, e.value) && e.value.kind === "Name" ? e.value.id : VALUE_TYPES[owner.t];
  if (typeName === undefined) return false;
  if (typeName === "object" && (e.attr === "__init__" || e.attr === "__new__" || e.attr === "__setattr__")) return false;
  ctx.report(Diagnostics.unsupported, { construct: `the method '${e.attr}' of the built-in type '${typeName}' (use the operator or builtin it implements)` }, e);
  return true;
}
