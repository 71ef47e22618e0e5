/**
 * Python equality, ordering, membership, truthiness and type names.
 *
 * For the compiler (use plain `===`/`<` only when both sides are statically str or both numbers):
 *     a == b -> eq(a, b)      a != b -> ne(a, b)      a < b -> lt(a, b)   (le, gt, ge likewise)
 *     x in c -> contains(c, x)        x not in c -> !contains(c, x)
 *     if x:  -> if (truthy(x))        not x -> !truthy(x)
 *     type(x).__name__ -> typeName(x)       type(x) -> typeOf(x)
 *     a is b -> a === b  (None: `x == null`)
 * Numbers compare mathematically across number/bigint/boolean; str by code point; list/tuple
 * lexicographically; dict/set structurally; user objects through `__eq__`/`__lt__`/... with
 * NotImplemented reflection, else CPython's "'<' not supported between instances of 'X' and 'Y'".
 */
import { TypeError } from "./exceptions.js";
import { NotImplemented, PyBuiltinType } from "./types.js";
import * as T from "./types.js";
import { isTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { PySet } from "./set.js";
import { iterate } from "./iter.js";
import { PyFloat } from "./float-box.js";
import { builtinFunctionType } from "./builtin-functions.js";
import { boundParts } from "./function-objects.js";

type Op = "<" | "<=" | ">" | ">=";
const DUNDER: Record<Op, string> = { "<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__" };
const REFLECT: Record<Op, Op> = { "<": ">", "<=": ">=", ">": "<", ">=": "<=" };

function isNumeric(t: string): boolean {
  return t === "number" || t === "bigint" || t === "boolean";
}

/** `a is b` where one side is a fresh list or function (never identical to the other; still evaluated). */
export function identical(a: unknown, b: unknown): boolean {
  return a === b;
}

export function eq(a: unknown, b: unknown): boolean {
  if (a === b) return typeof a !== "object" || a === null || typeof (a as Record<string, unknown>).__eq__ !== "function" || eqObjects(a, b);
  const ta = typeof a;
  const tb = typeof b;
  if (isNumeric(ta) && isNumeric(tb)) return (a as number) == (b as number);
  if (ta === "object" || tb === "object") return eqObjects(a, b);
  if (ta === "function" && tb === "function") return sameBoundMethod(a, b);
  if ((a === null && b === undefined) || (a === undefined && b === null)) return true;
  return false;
}

/** Two bound methods are equal when they bind the same function to the same object. */
function sameBoundMethod(a: unknown, b: unknown): boolean {
  const x = boundParts(a);
  const y = boundParts(b);
  return x !== null && y !== null && x.self === y.self && x.func === y.func;
}

export function ne(a: unknown, b: unknown): boolean {
  const fa = a !== null && typeof a === "object" ? (a as Record<string, unknown>).__ne__ : undefined;
  if (typeof fa === "function") {
    const r = fa.call(a, b);
    if (r !== NotImplemented) return truthy(r);
  }
  return !eq(a, b);
}

function eqObjects(a: unknown, b: unknown): boolean {
  if (a instanceof PyFloat) return eq(a.value, b);
  if (b instanceof PyFloat) return eq(a, b.value);
  if (a == null || b == null) return a == b && (a === null || a === undefined) && (b === null || b === undefined);
  if (Array.isArray(a)) {
    if (Array.isArray(b) && isTuple(a) === isTuple(b)) return seqEq(a, b);
  } else if (a instanceof PyDict) {
    if (b instanceof PyDict) return a.__eq__(b) === true;
  } else if (a instanceof PySet) {
    if (b instanceof PySet) return a.__eq__(b) === true;
  }
  const fa = (a as Record<string, unknown>).__eq__;
  if (typeof fa === "function" && !(a instanceof PyDict) && !(a instanceof PySet)) {
    const r = fa.call(a, b);
    if (r !== NotImplemented) return truthy(r);
  }
  const fb = typeof b === "object" ? (b as Record<string, unknown>).__eq__ : undefined;
  if (typeof fb === "function" && !(b instanceof PyDict) && !(b instanceof PySet)) {
    const r = fb.call(b, a);
    if (r !== NotImplemented) return truthy(r);
  }
  return a === b;
}

function seqEq(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x !== y && !eq(x, y)) return false;
  }
  return true;
}

export function lt(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a < b;
  return compare("<", a, b);
}
export function le(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a <= b;
  return compare("<=", a, b);
}
export function gt(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a > b;
  return compare(">", a, b);
}
export function ge(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return a >= b;
  return compare(">=", a, b);
}

const HIGH = /[\ud800-\uffff]/;

/** -1, 0, 1 comparing strings by code point (JS compares UTF-16 units, which differs above U+D7FF). */
export function compareStr(a: string, b: string): number {
  if (a === b) return 0;
  if (!HIGH.test(a) || !HIGH.test(b)) return a < b ? -1 : 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function applyOp(op: Op, c: number): boolean {
  return op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
}

export function compare(op: Op, a: unknown, b: unknown): boolean {
  if (a instanceof PyFloat) a = a.value;
  if (b instanceof PyFloat) b = b.value;
  const ta = typeof a;
  const tb = typeof b;
  if (isNumeric(ta) && isNumeric(tb)) {
    const x = a as number;
    const y = b as number;
    return op === "<" ? x < y : op === "<=" ? x <= y : op === ">" ? x > y : x >= y;
  }
  if (ta === "string" && tb === "string") return applyOp(op, compareStr(a as string, b as string));
  if (Array.isArray(a) && Array.isArray(b) && isTuple(a) === isTuple(b)) return seqCompare(op, a, b);
  if (a instanceof PySet && b instanceof PySet) return a.compare(op, b);
  if (a !== null && ta === "object" && !(a instanceof PyDict)) {
    const f = (a as Record<string, unknown>)[DUNDER[op]];
    if (typeof f === "function") {
      const r = f.call(a, b);
      if (r !== NotImplemented) return truthy(r);
    }
  }
  if (b !== null && tb === "object" && !(b instanceof PyDict)) {
    const f = (b as Record<string, unknown>)[DUNDER[REFLECT[op]]];
    if (typeof f === "function") {
      const r = f.call(b, a);
      if (r !== NotImplemented) return truthy(r);
    }
  }
  throw new TypeError(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

function seqCompare(op: Op, a: readonly unknown[], b: readonly unknown[]): boolean {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y || eq(x, y)) continue;
    return compare(op, x, y);
  }
  return applyOp(op, a.length - b.length);
}

/** Python truthiness. */
export function truthy(x: unknown): boolean {
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return x !== 0;
    case "string":
      return x.length > 0;
    case "undefined":
      return false;
    case "bigint":
      return x !== 0n;
    case "function":
    case "symbol":
      return true;
  }
  if (x === null) return false;
  if (x instanceof PyFloat) return x.value !== 0;
  if (Array.isArray(x)) return x.length > 0;
  if (x instanceof PyDict || x instanceof PySet) return x.size > 0;
  const obj = x as Record<string, unknown>;
  if (typeof obj.__bool__ === "function") return (obj.__bool__ as () => unknown).call(x) === true;
  if (typeof obj.__len__ === "function") return Number((obj.__len__ as () => unknown).call(x)) > 0;
  return true;
}

/** `x in container`. */
export function contains(container: unknown, item: unknown): boolean {
  if (typeof container === "string") {
    if (typeof item !== "string") {
      throw new TypeError(`'in <string>' requires string as left operand, not ${typeName(item)}`);
    }
    return container.includes(item);
  }
  if (Array.isArray(container)) {
    for (const v of container) if (v === item || eq(v, item)) return true;
    return false;
  }
  if (container instanceof PyDict || container instanceof PySet) return container.has(item);
  // a class answers `in` through a static __contains__ (an enum class)
  if (container !== null && (typeof container === "object" || typeof container === "function")) {
    const c = container as Record<string | symbol, unknown>;
    if (typeof c.__contains__ === "function") return truthy((c.__contains__ as (v: unknown) => unknown).call(container, item));
    if (typeof c[Symbol.iterator] === "function" || typeof c.__iter__ === "function" || typeof c.__getitem__ === "function") {
      for (const v of iterate(container as Iterable<unknown>)) if (v === item || eq(v, item)) return true;
      return false;
    }
  }
  throw new TypeError(`argument of type '${typeName(container)}' is not iterable`);
}

function isClass(f: Function): boolean {
  return /^class[\s{]/.test(Function.prototype.toString.call(f));
}

/**
 * The Python type name of a runtime value. Runtime classes may carry an own static `__pyname__`
 * ("dict", "Counter", ...); user classes use their JS class name.
 */
export function typeName(x: unknown, t?: T.TypeDesc): string {
  switch (typeof x) {
    case "number":
      return T.isFloatDesc(t, x) ? "float" : "int";
    case "bigint":
      return "int";
    case "boolean":
      return "bool";
    case "string":
      return "str";
    case "undefined":
      return "NoneType";
    case "function":
      if (isClass(x)) return "type";
      const builtin = builtinFunctionType(x);
      if (builtin !== null) return builtin;
      if (boundParts(x) !== null) return "method";
      // a callable runtime object (a function given a runtime class's prototype) is named by its class
      return Object.hasOwn(x.constructor, "__pyname__") ? classNameOf(x) : "function";
    case "symbol":
      return x === NotImplemented ? "NotImplementedType" : "symbol";
  }
  if (x === null) return "NoneType";
  // a tuple subclass (collections.namedtuple) is named by its class
  if (Array.isArray(x)) return Object.getPrototypeOf(x) === Array.prototype ? (isTuple(x) ? "tuple" : "list") : classNameOf(x);
  if (x instanceof PyBuiltinType) return "type";
  if (x instanceof PySet) return x.frozen ? "frozenset" : "set";
  return classNameOf(x as object);
}

/** Python class name for an object's constructor (own static `__pyname__` wins). */
export function classNameOf(x: object): string {
  const ctor = (x as { constructor?: Function }).constructor;
  if (ctor === undefined) return "object";
  if (Object.prototype.hasOwnProperty.call(ctor, "__pyname__")) return String((ctor as unknown as { __pyname__: unknown }).__pyname__);
  return ctor.name || "object";
}

/** `type(x)`: builtin type objects for builtin values, the JS class for user instances. */
export function typeOf(x: unknown, t?: T.TypeDesc): unknown {
  if (boundParts(x) !== null) return T.method_;
  switch (typeName(x, t)) {
    case "int":
      return T.int_;
    case "float":
      return T.float_;
    case "bool":
      return T.bool_;
    case "str":
      return T.str_;
    case "NoneType":
      return T.NoneType_;
    case "list":
      return T.list_;
    case "tuple":
      return T.tuple_;
    case "set":
      return T.set_;
    case "frozenset":
      return T.frozenset_;
    case "function":
      return T.function_;
    case "builtin_function_or_method":
      return T.builtin_function_or_method_;
    case "type":
      return T.type_;
  }
  if (x instanceof PyDict && x.constructor === PyDict) return T.dict_;
  return (x as { constructor: unknown }).constructor;
}
