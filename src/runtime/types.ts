/**
 * Static type descriptors and builtin type objects for the py2ts value layer.
 *
 * WHY: a Python float that happens to be integral (2.0) is the same JS `number` as the int 2, so every
 * formatting entry point (`repr`, `str`, `format`, `percentFormat`, `strFormat`) takes an optional
 * descriptor saying where floats are. Without one (or with `ANY`) an integral safe number is an int and
 * anything else (fractional, inf, nan, -0, |x| >= 2^53) is a float.
 *
 * For the compiler: emit the constants directly (`FLOAT`, `INT`, ...) and hoist composite descriptors to
 * module constants so no call site allocates:
 *
 *     import { FLOAT, listOf, tupleOf, repr } from "py2ts/runtime";
 *     const $t0 = listOf(FLOAT);            // hoisted: xs: list[float]
 *     const $t1 = tupleOf(INT, FLOAT);      // hoisted: p: tuple[int, float]
 *     repr(xs, $t0);                        // "[2.0, 0.5]"
 *
 * Descriptors: ANY, INT, FLOAT, BOOL, STR, NONE, listOf(t), tupleOf(...ts) (fixed length),
 * varTupleOf(t) (tuple[t, ...]), dictOf(k, v), setOf(t), optional(t), unionOf(...ts).
 * In a union the first alternative whose runtime category matches the value wins (null -> NONE,
 * string -> STR, number -> INT/FLOAT/BOOL, arrays -> list/tuple ...).
 *
 * Builtin type objects (what `type(x)` returns and what `print(int)` prints as `<class 'int'>`):
 * `int_`, `float_`, `str_`, `bool_`, `list_`, `tuple_`, `dict_`, `set_`, `frozenset_`, `NoneType_`,
 * `object_`, `type_`, `function_`. Each is a frozen `PyBuiltinType` with `__name__`. `typeOf(x, t?)`
 * (compare.ts) maps a value to its type object (user instances map to their JS class).
 *
 * `NotImplemented` is the sentinel that user `__eq__`/`__lt__`/`__add__` return to ask for reflection.
 */

export type TypeKind =
  | "any"
  | "int"
  | "float"
  | "bool"
  | "str"
  | "none"
  | "list"
  | "tuple"
  | "vartuple"
  | "dict"
  | "set"
  | "union";

export interface TypeDesc {
  readonly kind: TypeKind;
  /** element type of list / vartuple / set, key type of dict */
  readonly elem?: TypeDesc;
  /** value type of dict */
  readonly value?: TypeDesc;
  /** fixed tuple items, or union alternatives */
  readonly items?: readonly TypeDesc[];
}

function desc(d: TypeDesc): TypeDesc {
  return Object.freeze(d);
}

export const ANY: TypeDesc = desc({ kind: "any" });
export const INT: TypeDesc = desc({ kind: "int" });
export const FLOAT: TypeDesc = desc({ kind: "float" });
export const BOOL: TypeDesc = desc({ kind: "bool" });
export const STR: TypeDesc = desc({ kind: "str" });
export const NONE: TypeDesc = desc({ kind: "none" });

export function listOf(elem: TypeDesc): TypeDesc {
  return desc({ kind: "list", elem });
}
export function tupleOf(...items: TypeDesc[]): TypeDesc {
  return desc({ kind: "tuple", items: Object.freeze(items) });
}
export function varTupleOf(elem: TypeDesc): TypeDesc {
  return desc({ kind: "vartuple", elem });
}
export function dictOf(key: TypeDesc, value: TypeDesc): TypeDesc {
  return desc({ kind: "dict", elem: key, value });
}
export function setOf(elem: TypeDesc): TypeDesc {
  return desc({ kind: "set", elem });
}
export function unionOf(...items: TypeDesc[]): TypeDesc {
  return desc({ kind: "union", items: Object.freeze(items) });
}
export function optional(t: TypeDesc): TypeDesc {
  return unionOf(NONE, t);
}

/** True when the descriptor says "a float lives here" for a number value. */
export function isFloatDesc(t: TypeDesc | undefined, x: number): boolean {
  if (t === undefined) return !isIntNumber(x);
  switch (t.kind) {
    case "float":
      return true;
    case "int":
    case "bool":
      return false;
    case "union":
      return isFloatDesc(pickAlternative(t, x), x);
    default:
      return !isIntNumber(x);
  }
}

/**
 * An int held as a JS number: a safe integer. A float with such a value is boxed wherever its
 * static type is not known (float-box.ts), so a bare `-0` counts as the int 0 (though py2ts makes
 * no int -0: docs/architecture.md, "An int is never JS -0").
 */
export function isIntNumber(x: number): boolean {
  return Number.isSafeInteger(x);
}

/** The union alternative that matches the runtime category of `x` (ANY when none does). */
export function pickAlternative(t: TypeDesc, x: unknown): TypeDesc {
  const items = t.items ?? [];
  for (const alt of items) {
    if (matchesCategory(alt, x)) return alt;
  }
  return ANY;
}

function matchesCategory(t: TypeDesc, x: unknown): boolean {
  switch (t.kind) {
    case "none":
      return x === null || x === undefined;
    case "int":
    case "float":
      return typeof x === "number" || typeof x === "bigint";
    case "bool":
      return typeof x === "boolean";
    case "str":
      return typeof x === "string";
    case "list":
    case "tuple":
    case "vartuple":
      return Array.isArray(x);
    case "dict":
    case "set":
      return typeof x === "object" && x !== null && !Array.isArray(x);
    default:
      return true;
  }
}

/** Element descriptor for index `i` of a container described by `t`. */
export function itemDesc(t: TypeDesc | undefined, i: number): TypeDesc | undefined {
  if (t === undefined) return undefined;
  if (t.kind === "tuple") return t.items?.[i];
  if (t.kind === "list" || t.kind === "vartuple" || t.kind === "set") return t.elem;
  return undefined;
}

/** A builtin Python type object (`int`, `str`, ...), printed as `<class 'int'>`. */
export class PyBuiltinType {
  /** unbound methods (`str.lower`, `dict.fromkeys`), attached by builtin-type-methods.ts */
  // any: they are passed where callables are expected (`sorted(words, key=str.lower)`)
  [method: string]: any;
  constructor(readonly __name__: string) {}
  get __qualname__(): string {
    return this.__name__;
  }
}

export const int_ = new PyBuiltinType("int");
export const float_ = new PyBuiltinType("float");
export const str_ = new PyBuiltinType("str");
export const bool_ = new PyBuiltinType("bool");
export const list_ = new PyBuiltinType("list");
export const tuple_ = new PyBuiltinType("tuple");
export const dict_ = new PyBuiltinType("dict");
export const set_ = new PyBuiltinType("set");
export const frozenset_ = new PyBuiltinType("frozenset");
export const NoneType_ = new PyBuiltinType("NoneType");
export const object_ = new PyBuiltinType("object");
export const type_ = new PyBuiltinType("type");
export const function_ = new PyBuiltinType("function");
export const builtin_function_or_method_ = new PyBuiltinType("builtin_function_or_method");
export const method_ = new PyBuiltinType("method");

/** The `NotImplemented` singleton returned by binary dunders to request the reflected operation. */
export const NotImplemented: unique symbol = Symbol.for("py2ts.NotImplemented");
export type NotImplementedType = typeof NotImplemented;
