/**
 * Function objects as Python shows them. A lambda is a JS arrow, which JS names after the
 * variable it initialises (`const g = () => 0` is named "g"): `functionName` says `<lambda>`.
 *
 * Methods as values. A JS method is a prototype function that takes its object as `this`; Python
 * shows two other objects:
 *
 * - `inst.m`, a bound method (`bindMethod(inst, "m")`): calls with `this` = inst, has `__self__`
 *   and `__func__`, `__name__` "m", `__qualname__` "K.m" (K the class that defines m), repr
 *   `<bound method K.m of <__main__.K object at 0x...>>`, type `method`;
 * - `K.m`, the plain function (`unboundMethod(K, "m")`): takes the object as its first argument,
 *   `__qualname__` "K.m", one object per method, so `inst.m.__func__ is K.m`.
 *
 * Both find the class that owns the method on the prototype chain, so an inherited method is
 * `Base.m`. The class's own `__qualname__` (a class defined in a function) prefixes it.
 */

import { BUILTIN_TYPE, markBuiltinMethod } from "./builtin-functions.js";
import { identityOf } from "./hash.js";


const UNBOUND: unique symbol = Symbol("py2ts.unbound");

type BoundFunction = Function & { __self__?: unknown; __func__?: Function };

function classQualname(cls: Function): string {
  const own = cls as { __qualname__?: unknown; __pyname__?: unknown };
  if (Object.hasOwn(cls, "__qualname__") && typeof own.__qualname__ === "string") return own.__qualname__;
  if (Object.hasOwn(cls, "__pyname__") && typeof own.__pyname__ === "string") return own.__pyname__;
  return cls.name;
}

/** The class on `proto`'s chain whose prototype defines `name`, or null. */
function ownerOf(proto: object | null, name: string): Function | null {
  for (let p = proto; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    if (Object.hasOwn(p, name)) return (p as { constructor?: Function }).constructor ?? null;
  }
  return null;
}

/** The function `K.m` for the method `fn` that class `owner` defines under `name` (one per method). */
function plainFunction(fn: Function, owner: Function | null, name: string): Function {
  const cached = (fn as { [UNBOUND]?: Function })[UNBOUND];
  if (cached !== undefined) return cached;
  const plain = function (this: unknown, self: unknown, ...args: unknown[]): unknown {
    return fn.apply(self, args);
  };
  const own = fn as { __qualname__?: unknown };
  const qualname = Object.hasOwn(fn, "__qualname__") && typeof own.__qualname__ === "string" ? own.__qualname__ : owner ? `${classQualname(owner)}.${name}` : name;
  Object.defineProperty(plain, "name", { value: name, configurable: true });
  Object.defineProperty(plain, "__name__", { value: name, configurable: true, writable: true });
  Object.defineProperty(plain, "__qualname__", { value: qualname, configurable: true, writable: true });
  Object.defineProperty(fn, UNBOUND, { value: plain });
  return plain;
}

/** `K.m` read as a value on the class: the method as a function taking the object first. */
export function unboundMethod<C extends abstract new (...args: any) => any, K extends keyof InstanceType<C> & string>(cls: C, name: K): PlainFunction<InstanceType<C>[K]> {
  const fn = (cls.prototype as Record<string, unknown>)[name];
  if (typeof fn !== "function") return fn as never;
  return plainFunction(fn, ownerOf(cls.prototype as object, name), name) as PlainFunction<InstanceType<C>[K]>;
}

/** The type of `K.m`: the method's parameters after the object. */
type PlainFunction<M> = M extends (...args: infer A) => infer R ? (self: any, ...args: A) => R : M;

/** `obj.m` read as a value: a bound method (or the attribute itself when it is not a prototype function). */
export function bindMethod<T, K extends keyof T & string>(obj: T, name: K): T[K] {
  const fn = (obj as Record<string, unknown>)[name];
  if (typeof fn !== "function" || (typeof obj === "object" && obj !== null && Object.hasOwn(obj, name))) return fn as T[K];
  return boundMethod(obj as object, fn, name) as T[K];
}

/** A bound method of `obj` for the prototype function `fn` found under `name`. */
export function boundMethod(obj: object, fn: Function, name: string): Function {
  const bound = fn.bind(obj) as BoundFunction;
  bound.__self__ = obj;
  const owner = ownerOf(Object.getPrototypeOf(obj) as object | null, name);
  const builtinType = owner !== null && Object.hasOwn(owner, BUILTIN_TYPE) ? (owner as { [BUILTIN_TYPE]?: unknown })[BUILTIN_TYPE] : undefined;
  if (typeof builtinType === "string") return markBuiltinMethod(bound, { name, typeName: builtinType, address: "0x" + identityOf(obj).toString(16).padStart(12, "0") });
  bound.__func__ = plainFunction(fn, owner, name);
  return bound;
}

/** `__self__` and `__func__` of a bound method made here, or null. */
export function boundParts(f: unknown): { self: unknown; func: Function } | null {
  if (typeof f !== "function" || !Object.hasOwn(f, "__func__")) return null;
  const b = f as BoundFunction;
  return typeof b.__func__ === "function" ? { self: b.__self__, func: b.__func__ } : null;
}

/** The `__name__` of a JS function with none of its own: `<lambda>` for an arrow (a Python lambda). */
export function functionName(f: Function): string {
  if (f.name === "" || (!Object.hasOwn(f, "prototype") && /^(async\s*)?(\(|[\w$]+\s*=>)/.test(Function.prototype.toString.call(f)))) return "<lambda>";
  return f.name;
}
