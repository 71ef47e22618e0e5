/**
 * Dunder methods read on built-in values: `(10).__add__(5)`, `"a".__len__()`, `int.__add__(1, 2)`.
 * py2ts's ints, strs, lists and dicts are JS numbers, strings, arrays and runtime containers
 * without CPython's slot methods, so such a read would raise a false AttributeError (or a JS
 * TypeError); it is diagnosed (PY2001) instead. The operators and builtins (`10 + 5`, `len("a")`)
 * translate.
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

/** Reports PY2001 when `e` reads a slot method of a built-in value or type; true when reported. */
export function checkBuiltinDunder(ctx: LowerContext, e: A.Attribute, owner: PyType): boolean {
  if (!/^__\w+__$/.test(e.attr) || SUPPORTED.has(e.attr)) return false;
  const typeName = e.value.kind === "Name" && TYPE_NAMES.has(e.value.id) && !ctx.infer.classes.has(e.value.id) ? e.value.id : VALUE_TYPES[owner.t];
  if (typeName === undefined) return false;
  if (typeName === "object" && (e.attr === "__init__" || e.attr === "__new__" || e.attr === "__setattr__")) return false;
  ctx.report(Diagnostics.unsupported, { construct: `the method '${e.attr}' of the built-in type '${typeName}' (use the operator or builtin it implements)` }, e);
  return true;
}
