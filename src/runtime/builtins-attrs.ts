/**
 * Attribute and identity builtins: getattr/setattr/hasattr/delattr, id, vars, dir, and Ellipsis.
 *
 * What the compiler emits:
 *   getattr(o, "x"), getattr(o, "x", None) → getattr(o, "x"), getattr(o, "x", null)
 *   setattr(o, "x", v) / hasattr(o, "x") / delattr(o, "x") → the same calls
 *   id(x) → id(x);  vars(o) → vars(o);  dir(o) → dir(o)
 *   `...` → Ellipsis
 * Plain `o.x` stays `o.x` in emitted code; these helpers are for names known only at run time.
 * A method fetched with getattr comes back bound to its object, as in Python.
 * A class may define `__setattr__(name, value)` (frozen dataclasses do); setattr honours it.
 */
import { typeName } from "./compare.js";
import { PyDict } from "./dict.js";
import { AttributeError, TypeError } from "./exceptions.js";
import { identityOf } from "./hash.js";
import { PyBuiltinType } from "./types.js";
import { nameOf } from "./builtins-types.js";
import { builtinMethodOf } from "./dynamic-call.js";
import { boundMethod } from "./function-objects.js";
import { builtinDunderValue } from "./builtin-dunders.js";

function isClass(x: unknown): x is Function {
  return typeof x === "function" && /^class[\s{]/.test(Function.prototype.toString.call(x));
}

function checkName(name: unknown): asserts name is string {
  if (typeof name !== "string") throw new TypeError(`attribute name must be string, not '${typeName(name)}'`);
}

function missing(obj: unknown, name: string): AttributeError {
  const exc = isClass(obj) || obj instanceof PyBuiltinType
    ? new AttributeError(`type object '${nameOf(obj)}' has no attribute '${name}'`)
    : new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  exc.obj = obj;
  return exc;
}

/** Python-visible names that live under another name in JS. */
function special(obj: unknown, name: string): { found: boolean; value?: unknown } {
  if (name === "__name__" && (typeof obj === "function" || obj instanceof PyBuiltinType)) return { found: true, value: nameOf(obj) };
  if (name === "__class__") return { found: true, value: obj === null || obj === undefined ? null : (obj as object).constructor };
  if (name === "__doc__" && typeof obj === "function") return { found: true, value: (obj as { __doc__?: unknown }).__doc__ ?? null };
  if (name === "__dict__" && obj !== null && typeof obj === "object") return { found: true, value: vars(obj) };
  return { found: false };
}


function lookup(obj: unknown, name: string): { found: boolean; value?: unknown } {
  const s = special(obj, name);
  if (s.found) return s;
  if (obj === null || obj === undefined || typeof obj === "number" || typeof obj === "boolean" || typeof obj === "bigint") {
    const dunder = builtinDunderValue(obj, name);
    return dunder ? { found: true, value: dunder } : { found: false };
  }
  const builtin = builtinMethodOf(obj, name) ?? (typeof obj !== "object" || !(name in obj) ? builtinDunderValue(obj, name) : null);
  if (builtin) return { found: true, value: builtin };
  const target = typeof obj === "string" ? (String.prototype as unknown as Record<string, unknown>) : (obj as Record<string, unknown>);
  if (!(name in target)) return { found: false };
  const value = (obj as Record<string, unknown>)[name];
  if (typeof value === "function" && !isClass(value) && typeof obj === "object" && !Object.hasOwn(obj, name)) {
    return { found: true, value: boundMethod(obj, value as Function, name) };
  }
  return { found: true, value };
}

/** getattr(object, name[, default]); an attribute the class type declares keeps its type */
export function getattr<T extends object, K extends keyof T & string>(obj: T, name: K): T[K];
export function getattr(obj: unknown, name: unknown, ...fallback: unknown[]): any;
export function getattr(obj: unknown, name: unknown, ...fallback: unknown[]): any {
  checkName(name);
  const r = lookup(obj, name);
  if (r.found) return r.value;
  if (fallback.length > 0) return fallback[0];
  throw missing(obj, name);
}

/** hasattr(object, name) */
export function hasattr(obj: unknown, name: unknown): boolean {
  checkName(name);
  return lookup(obj, name).found;
}

/** setattr(object, name, value) */
export function setattr(obj: unknown, name: unknown, value: unknown): void {
  checkName(name);
  if (obj === null || typeof obj !== "object" && typeof obj !== "function") {
    throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  }
  const hook = (obj as { __setattr__?: (n: string, v: unknown) => void }).__setattr__;
  if (typeof hook === "function") hook.call(obj, name, value);
  else (obj as Record<string, unknown>)[name] = value;
}

/** delattr(object, name) */
export function delattr(obj: unknown, name: unknown): void {
  checkName(name);
  if (obj === null || typeof obj !== "object" || !Object.hasOwn(obj, name)) throw missing(obj, name);
  const hook = (obj as { __delattr__?: (n: string) => void }).__delattr__;
  if (typeof hook === "function") hook.call(obj, name);
  else delete (obj as Record<string, unknown>)[name];
}

/** id(x): a stable fake address (hash.ts) */
export function id(x: unknown): number {
  return identityOf(x);
}

/** vars(object): the instance attributes as a new dict (a snapshot, not a live view) */
export function vars(obj: unknown): PyDict<string, unknown> {
  if (obj === null || (typeof obj !== "object" && typeof obj !== "function")) {
    throw new TypeError("vars() argument must have __dict__ attribute");
  }
  const d = new PyDict<string, unknown>();
  for (const key of Object.keys(obj)) d.setitem(key, (obj as Record<string, unknown>)[key]);
  return d;
}

/** dir(object): sorted attribute names, own and inherited (JS internals left out) */
export function dir(obj: unknown): string[] {
  const names = new Set<string>();
  for (let o: unknown = obj; o !== null && o !== undefined && o !== Object.prototype && o !== Function.prototype; o = Object.getPrototypeOf(o)) {
    for (const key of Object.getOwnPropertyNames(o)) if (key !== "constructor" && !key.startsWith("#")) names.add(key);
  }
  return [...names].sort();
}

/** The `...` singleton. */
export const Ellipsis: { readonly __repr__: () => string } = Object.freeze({
  __repr__: () => "Ellipsis",
  toString: () => "Ellipsis",
});

/** The attributes CPython gives a function object that JS functions lack (`__doc__`, `__defaults__`, ...). */
export function functionAttributes<F extends Function>(fn: F, attributes: Readonly<Record<string, unknown>>): F {
  for (const [name, value] of Object.entries(attributes)) Object.defineProperty(fn, name, { value, writable: true, configurable: true });
  return fn;
}

/** `f.__doc__` / `f.__defaults__` / `f.__kwdefaults__`: None where the function has none. */
export function functionAttribute(fn: unknown, name: string): any {
  return (fn as Record<string, unknown> | null)?.[name] ?? null;
}
