/**
 * Type objects at run time: isinstance, issubclass, callable, `__name__`, `__mro__`, and calling a
 * type object that arrives as a value (a `defaultdict` factory, `map(str, xs)`, `sorted(key=len)`).
 *
 * Builtin types are the `PyBuiltinType` objects of types.ts (`int_`, `float_`, `str_`, `bool_`,
 * `list_`, `tuple_`, `dict_`, `set_`, `frozenset_`, `NoneType_`, `object_`, `type_`, `function_`);
 * user classes, exception classes and runtime classes (PyDict, Counter, deque, PyRange, ...) are
 * their JS classes.
 *
 * What the compiler emits:
 *   isinstance(x, int)              → isinstance(x, int_)            (x: float statically? fold it)
 *   isinstance(x, (str, Foo))       → isinstance(x, [str_, Foo])     (an array or a tuple)
 *   issubclass(Square, Shape)       → issubclass(Square, Shape)
 *   callable(f)                     → callable(f)
 *   C.__name__ / f.__name__         → nameOf(C) / nameOf(f)
 *   C.__mro__                       → mro(C)
 *   type(x) / type(x).__name__      → typeOf(x) / typeName(x)       (compare.ts)
 * Limitation (documented in the architecture): an integral float and an int are the same JS
 * number, so `isinstance(2.0, float)` needs the compiler's static knowledge; at run time an
 * integral number counts as an int.
 */
import { truthy, typeName } from "./compare.js";
import { PyDict } from "./dict.js";
import { BaseException, TypeError } from "./exceptions.js";
import { floatOf, intOf } from "./numbers-convert.js";
import { str } from "./repr.js";
import { PySet } from "./set.js";
import { asTuple, EMPTY_TUPLE, isTuple, type PyTuple } from "./tuple.js";
import * as T from "./types.js";
import { isIntNumber, PyBuiltinType } from "./types.js";
import { isFloatValue } from "./float-box.js";
import { boxFloat } from "./float-box.js";
import { boundParts, functionName } from "./function-objects.js";

type AnyClass = abstract new (...args: never[]) => unknown;

/** The JS class behind a builtin type, where there is one (for `instanceof` and subclassing). */
function jsClassOf(t: PyBuiltinType): Function | null {
  if (t === T.dict_) return PyDict;
  if (t === T.set_ || t === T.frozenset_) return PySet;
  return null;
}

/** Whether each function seen is a class (its source text says so); kept, since the test reads the source. */
const classFunctions = new WeakMap<Function, boolean>();

export function isClassFunction(f: unknown): f is Function {
  if (typeof f !== "function") return false;
  let known = classFunctions.get(f);
  if (known === undefined) {
    known = /^class[\s{]/.test(Function.prototype.toString.call(f));
    classFunctions.set(f, known);
  }
  return known;
}

function builtinCheck(t: PyBuiltinType, x: unknown): boolean {
  switch (t) {
    case T.object_:
      return true;
    case T.int_:
      return typeof x === "boolean" || typeof x === "bigint" || (typeof x === "number" && isIntNumber(x));
    case T.bool_:
      return typeof x === "boolean";
    case T.float_:
      return isFloatValue(x);
    case T.str_:
      return typeof x === "string";
    case T.list_:
      return Array.isArray(x) && !isTuple(x);
    case T.tuple_:
      return isTuple(x);
    case T.dict_:
      return x instanceof PyDict;
    case T.set_:
      return x instanceof PySet && !x.frozen;
    case T.frozenset_:
      return x instanceof PySet && x.frozen;
    case T.NoneType_:
      return x === null || x === undefined;
    case T.type_:
      return x instanceof PyBuiltinType || isClassFunction(x);
    case T.function_:
      return typeof x === "function" && !isClassFunction(x) && boundParts(x) === null && typeName(x) === "function";
    case T.method_:
      return boundParts(x) !== null;
  }
  return false;
}

function checkClassInfo(cls: unknown, fn: string): void {
  if (cls instanceof PyBuiltinType || typeof cls === "function") return;
  throw new TypeError(`${fn}() arg 2 must be a type, a tuple of types, or a union`);
}

/** `isinstance(x, cls)` with cls a type object, a class, or an array/tuple of them. */
export function isinstance(x: unknown, cls: unknown): boolean {
  if (Array.isArray(cls)) return cls.some((c) => isinstance(x, c));
  checkClassInfo(cls, "isinstance");
  if (cls instanceof PyBuiltinType) return builtinCheck(cls, x);
  const check = (cls as { __instancecheck__?: (v: unknown) => unknown }).__instancecheck__;
  if (typeof check === "function") return Boolean(check.call(cls, x));
  return x instanceof (cls as AnyClass);
}

const BUILTIN_BASES = new Map<PyBuiltinType, PyBuiltinType>([[T.bool_, T.int_]]);

/** `issubclass(a, b)` with b a type object, a class, or an array/tuple of them. */
export function issubclass(a: unknown, b: unknown): boolean {
  if (!(a instanceof PyBuiltinType) && typeof a !== "function") throw new TypeError("issubclass() arg 1 must be a class");
  if (Array.isArray(b)) return b.some((c) => issubclass(a, c));
  checkClassInfo(b, "issubclass");
  if (a === b || b === T.object_) return true;
  if (a instanceof PyBuiltinType) {
    for (let t = BUILTIN_BASES.get(a); t !== undefined; t = BUILTIN_BASES.get(t)) if (t === b) return true;
    const own = jsClassOf(a);
    return own !== null && typeof b === "function" && (own === b || own.prototype instanceof b);
  }
  const target = b instanceof PyBuiltinType ? jsClassOf(b) : (b as Function);
  if (target === null) return false;
  return (a as Function) === target || (a as Function).prototype instanceof target;
}

/** `callable(x)`: functions, classes, type objects, objects with `__call__`. */
export function callable(x: unknown): boolean {
  if (typeof x === "function" || x instanceof PyBuiltinType) return true;
  return x !== null && typeof x === "object" && typeof (x as { __call__?: unknown }).__call__ === "function";
}

/** `x.__name__` for a class, function or type object. */
export function nameOf(x: unknown): string {
  if (x instanceof PyBuiltinType) return x.__name__;
  if (typeof x === "function" || (typeof x === "object" && x !== null)) {
    const own = x as { __pyname__?: unknown; __name__?: unknown; name?: unknown };
    if (Object.hasOwn(x, "__pyname__") && typeof own.__pyname__ === "string") return own.__pyname__;
    if (Object.hasOwn(x, "__name__") && typeof own.__name__ === "string") return own.__name__;
    const bound = boundParts(x);
    if (bound !== null) return nameOf(bound.func);
    if (typeof x === "function") return functionName(x as Function);
  }
  throw new TypeError(`'${typeName(x)}' object has no attribute '__name__'`);
}

/** `x.__qualname__`: an own `__qualname__` (generators, generator functions), else `__name__`. */
export function qualnameOf(x: unknown): string {
  const bound = boundParts(x);
  if (bound !== null) return qualnameOf(bound.func);
  if ((typeof x === "function" || (typeof x === "object" && x !== null)) && typeof (x as { __qualname__?: unknown }).__qualname__ === "string") {
    if (Object.hasOwn(x, "__qualname__") || !(typeof x === "function")) return (x as { __qualname__: string }).__qualname__;
  }
  return nameOf(x);
}

/** `C.__mro__`: the class, its JS superclasses, then `object`. */
export function mro(cls: unknown): PyTuple<unknown> {
  if (cls instanceof PyBuiltinType) {
    const chain: unknown[] = [cls];
    for (let t = BUILTIN_BASES.get(cls); t !== undefined; t = BUILTIN_BASES.get(t)) chain.push(t);
    if (cls !== T.object_) chain.push(T.object_);
    return asTuple(chain);
  }
  if (typeof cls !== "function") throw new TypeError(`'${typeName(cls)}' object has no attribute '__mro__'`);
  const chain: unknown[] = [];
  for (let c: Function | null = cls as Function; c && c !== Function.prototype && c !== Object; c = Object.getPrototypeOf(c)) {
    chain.push(c === Error ? T.object_ : c);
    if (c === BaseException) break;
  }
  if (chain[chain.length - 1] !== T.object_) chain.push(T.object_);
  return asTuple(chain);
}

/**
 * Call a type object or any callable passed as a value, with Python's no-argument results for the
 * builtin types (`int()` is 0, `list()` is `[]`, ...) and their conversions (`int("42")` through
 * numbers-convert.ts).
 */
export function callType(factory: unknown, ...args: unknown[]): unknown {
  if (factory instanceof PyBuiltinType) {
    if (args.length === 0) return emptyValueOf(factory);
    const value = args[0];
    switch (factory) {
      case T.list_:
        return Array.from(value as Iterable<unknown>);
      case T.tuple_:
        return isTuple(value) ? value : asTuple(Array.from(value as Iterable<unknown>));
      case T.set_:
        return PySet.from(value as Iterable<unknown>);
      case T.dict_:
        return PyDict.fromEntries(value);
      case T.bool_:
        return truthy(value);
      case T.str_:
        return str(value);
      case T.int_:
        return intOf(value, args[1]);
      case T.float_:
        return floatOf(value);
    }
    throw new TypeError(`cannot create '${factory.__name__}' instances from arguments`);
  }
  if (isClassFunction(factory)) return new (factory as new (...a: unknown[]) => unknown)(...args);
  if (typeof factory === "function") return (factory as (...a: unknown[]) => unknown)(...args);
  const call = (factory as { __call__?: (...a: unknown[]) => unknown } | null)?.__call__;
  if (typeof call === "function") return call.apply(factory, args);
  throw new TypeError(`'${typeName(factory)}' object is not callable`);
}

function emptyValueOf(t: PyBuiltinType): unknown {
  switch (t) {
    case T.int_:
      return 0;
    case T.float_:
      return boxFloat(0);
    case T.bool_:
      return false;
    case T.str_:
      return "";
    case T.list_:
      return [];
    case T.tuple_:
      return EMPTY_TUPLE;
    case T.dict_:
      return new PyDict();
    case T.set_:
      return new PySet();
    case T.frozenset_:
      return new PySet([], { frozen: true });
    case T.NoneType_:
      return null;
  }
  throw new TypeError(`cannot create '${t.__name__}' instances`);
}

/**
 * A call of a value the compiler cannot see the kind of (a parameter, an element, a builtin type
 * passed as a callback): plain functions are called, classes constructed, type objects and
 * `__call__` objects dispatched.
 *
 *     def apply(f, x): return f(x)    →   function apply(f: any, x: any): any { return invoke(f, x); }
 */
export function invoke(f: unknown, ...args: unknown[]): any {
  if (typeof f === "function" && !isClassFunction(f)) return (f as (...a: unknown[]) => unknown)(...args);
  return callType(f, ...args);
}

/** A JS function for anything callable passed as a value (type objects, classes, `__call__` objects). */
export function toCallable(f: unknown): (...args: unknown[]) => unknown {
  if (typeof f === "function" && !isClassFunction(f)) return f as (...args: unknown[]) => unknown;
  if (!callable(f)) throw new TypeError(`'${typeName(f)}' object is not callable`);
  return (...args: unknown[]) => callType(f, ...args);
}
