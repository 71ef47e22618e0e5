/**
 * A dunder method called on a value whose type the compiler did not know (`x.__repr__()` with
 * `x` a parameter that receives both ints and user objects). A user object answers with its own
 * method; this module answers for py2ts's built-in values, which are JS numbers, strings and
 * arrays and runtime containers without CPython's slot methods.
 *
 * The slot methods whose result does not depend on the argument's type are answered with the
 * builtin they implement (`x.__len__()` is `len(x)`). The others, the binary operators above all
 * (`(3).__add__(2.0)` is NotImplemented in CPython, not 5.0), raise a RuntimeError naming the
 * limit rather than give a wrong answer; the compiler gives the same limit as a diagnostic when
 * it knows the receiver is built-in (src/lower/builtin-dunders.ts).
 */
import { contains, typeName } from "./compare.js";
import { AttributeError, RuntimeError, TypeError } from "./exceptions.js";
import { PyDict } from "./dict.js";
import { PyFloat } from "./float-box.js";
import { hash, identityOf } from "./hash.js";
import { markBuiltinMethod } from "./builtin-functions.js";
import { getitem } from "./list.js";
import { len } from "./builtins-reduce.js";
import { repr, str } from "./repr.js";
import { PySet } from "./set.js";

/** Slot methods of every Python object (`object.__repr__` and friends). */
const OBJECT_DUNDERS = new Set(["__init__", "__new__", "__setattr__", "__getattribute__", "__repr__", "__str__", "__hash__", "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__format__", "__sizeof__", "__reduce__", "__reduce_ex__", "__dir__", "__init_subclass__", "__subclasshook__", "__delattr__"]);

type Answer = (obj: unknown, args: readonly unknown[]) => unknown;

const noArgs = (name: string, f: (obj: unknown) => unknown): Answer => (obj, args) => {
  if (args.length !== 0) throw new TypeError(`${typeName(obj)}.${name}() takes no arguments (${args.length} given)`);
  return f(obj);
};
const oneArg = (name: string, f: (obj: unknown, arg: unknown) => unknown): Answer => (obj, args) => {
  if (args.length !== 1) throw new TypeError(`${typeName(obj)}.${name}() takes exactly one argument (${args.length} given)`);
  return f(obj, args[0]);
};

/** Answers that hold for any built-in value that has the method. */
const ANSWERS: Readonly<Record<string, Answer>> = {
  __repr__: noArgs("__repr__", (o) => repr(o)),
  __str__: noArgs("__str__", (o) => str(o)),
  __hash__: noArgs("__hash__", (o) => hash(o)),
  __len__: noArgs("__len__", (o) => len(o)),
  __getitem__: oneArg("__getitem__", (o, k) => getitem(o, k)),
  __contains__: oneArg("__contains__", (o, k) => contains(o, k)),
};

/** The built-in types that have `__len__`, `__getitem__` and `__contains__` (sets: no `__getitem__`). */
function isSized(obj: unknown): boolean {
  return typeof obj === "string" || Array.isArray(obj) || obj instanceof PyDict || obj instanceof PySet;
}

function isBuiltinValue(obj: unknown): boolean {
  const t = typeof obj;
  return t === "number" || t === "bigint" || t === "boolean" || t === "string" || obj === null || obj === undefined || obj instanceof PyFloat || isSized(obj);
}

/**
 * `x.__add__` read as a value on a built-in value: a method-wrapper that answers as
 * callMissingDunder does when called (or raises its RuntimeError naming the limit); null when
 * `obj` is not a built-in value or lacks the method (`(5).__len__`: getattr's AttributeError).
 */
export function builtinDunderValue(obj: unknown, name: string): Function | null {
  if (!isBuiltinValue(obj) || obj === null || obj === undefined || !/^__\w+__$/.test(name)) return null;
  if ((name === "__len__" || name === "__contains__" || name === "__getitem__") && (!isSized(obj) || (name === "__getitem__" && obj instanceof PySet))) {
    return null;
  }
  return markBuiltinMethod((...args: unknown[]) => callMissingDunder(obj, name, args), { name, typeName: typeName(obj), address: "0x" + identityOf(obj).toString(16).padStart(12, "0") });
}

/**
 * `obj.name(...args)` for a dunder `name` that `obj` has no JS method for: the builtin's answer,
 * CPython's AttributeError for a method the type lacks, or a RuntimeError naming py2ts's limit.
 */
export function callMissingDunder(obj: unknown, name: string, args: readonly unknown[]): unknown {
  if (!isBuiltinValue(obj)) {
    // object.__repr__ and object.__str__ are what repr() and str() fall back to
    if (name === "__repr__" || name === "__str__") return ANSWERS[name]!(obj, args);
    if (!OBJECT_DUNDERS.has(name)) throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
    throw new RuntimeError(`py2ts: '${typeName(obj)}.${name}()' (inherited from object) is not supported; use the operator or builtin it implements`);
  }
  const lacks = (name === "__len__" || name === "__contains__" || name === "__getitem__") && (!isSized(obj) || (name === "__getitem__" && obj instanceof PySet));
  if (lacks) throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  // list, dict and set set __hash__ to None
  if (name === "__hash__" && (Array.isArray(obj) || obj instanceof PyDict || obj instanceof PySet) && typeName(obj) !== "tuple" && !(obj instanceof PySet && obj.frozen)) {
    throw new TypeError("'NoneType' object is not callable");
  }
  const answer = ANSWERS[name];
  if (answer !== undefined) return answer(obj, args);
  throw new RuntimeError(`py2ts: the method '${name}' of the built-in type '${typeName(obj)}' is not supported; use the operator or builtin it implements`);
}
