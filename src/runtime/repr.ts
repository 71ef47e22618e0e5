/**
 * `repr()`, `str()` and `ascii()` with CPython's output: `None`, `True`, ints of any size, floats in
 * Python's layout (float-repr.ts), strings with CPython's quote choice and escapes (non-printable
 * characters as \x.., \u...., \U........ per str.isprintable), lists/tuples/dicts/sets nested, recursive
 * containers as `[...]` / `{...}`, user objects through `__repr__`/`__str__`, default reprs with a
 * stable fake address, functions, classes and builtin type objects (`<class 'int'>`), exceptions.
 *
 * For the compiler: `repr(x)` -> repr(x, t?), `str(x)` -> str(x, t?), `ascii(x)` -> ascii(x, t?), where `t`
 * is a type descriptor from types.ts whenever the static type involves float (e.g. `repr(xs, $listOfFloat)`).
 * f-strings: `f"{x}"` -> `${format(x, "", t)}` (NOT str(x): a user `__format__` must be called; for values
 * statically known to be str/int/float/bool/None/containers, `str(x, t)` gives the same text),
 * `f"{x!r}"` -> `${repr(x, t)}`, `f"{x:spec}"` -> `${format(x, "spec", t)}`.
 * User classes: a method `__repr__()` / `__str__()` returning a JS string is honoured; a static
 * `__module__` overrides "__main__" in `<class '__main__.Foo'>`.
 */
import * as E from "./exceptions.js";
import { BaseException, KeyError } from "./exceptions.js";
import { floatRepr } from "./float-repr.js";
import { isFloatDesc, itemDesc, pickAlternative, PyBuiltinType, NotImplemented, type TypeDesc } from "./types.js";
import { isTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { PySet } from "./set.js";
import { identityOf } from "./hash.js";
import { classNameOf } from "./compare.js";
import { PyFloat } from "./float-box.js";
import { isBuiltinFunction } from "./builtin-functions.js";
import { boundParts, functionName } from "./function-objects.js";

function isBuiltinClass(f: unknown): boolean {
  return f === PyDict || f === PySet || Object.values(E).includes(f as never) || (f as { __module__?: unknown }).__module__ === "builtins";
}

const PLAIN = /^[\x20-\x26\x28-\x5b\x5d-\x7e]*$/;
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** CPython's unicode_repr. */
export function strRepr(s: string): string {
  if (PLAIN.test(s)) return `'${s}'`;
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\t") out += "\\t";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (cp < 0x20 || cp === 0x7f) out += "\\x" + hex2(cp);
    else if (cp < 0x7f) out += ch;
    else if (isPrintableChar(ch)) out += ch;
    else out += escapeCodePoint(cp);
  }
  return out + quote;
}

export function isPrintableChar(ch: string): boolean {
  return ch === " " || !NON_PRINTABLE.test(ch);
}

function hex2(cp: number): string {
  return cp.toString(16).padStart(2, "0");
}

function escapeCodePoint(cp: number): string {
  if (cp < 0x100) return "\\x" + hex2(cp);
  if (cp < 0x10000) return "\\u" + cp.toString(16).padStart(4, "0");
  return "\\U" + cp.toString(16).padStart(8, "0");
}

export function repr(x: unknown, t?: TypeDesc): string {
  switch (typeof x) {
    case "string":
      return strRepr(x);
    case "number":
      if (t !== undefined && t.kind === "union") t = pickAlternative(t, x);
      return isFloatDesc(t, x) ? floatRepr(x) : String(x);
    case "boolean":
      return x ? "True" : "False";
    case "undefined":
      return "None";
    case "bigint":
      return x.toString();
    case "function":
      return functionRepr(x);
    case "symbol":
      return x === NotImplemented ? "NotImplemented" : String(x);
  }
  if (x === null) return "None";
  return objectRepr(x as object, t, new Set());
}

function objectRepr(x: object, t: TypeDesc | undefined, active: Set<object>): string {
  if (x instanceof PyFloat) return floatRepr(x.value);
  if (t !== undefined && t.kind === "union") t = pickAlternative(t, x);
  // a tuple subclass with its own __repr__ (collections.namedtuple) prints itself
  if (Array.isArray(x) && Object.getPrototypeOf(x) !== Array.prototype && typeof (x as { __repr__?: unknown }).__repr__ === "function") {
    return String((x as unknown as { __repr__: (t?: TypeDesc) => unknown }).__repr__(t));
  }
  if (Array.isArray(x)) {
    const tup = isTuple(x);
    if (active.has(x)) return tup ? "(...)" : "[...]";
    active.add(x);
    const parts = x.map((v, i) => nestedRepr(v, itemDesc(t, i), active));
    active.delete(x);
    if (tup) return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(", ")})`;
    return `[${parts.join(", ")}]`;
  }
  const custom = (x as { __repr__?: unknown }).__repr__;
  if (typeof custom === "function") return String(custom.call(x, t));
  if (x instanceof PyDict) {
    if (active.has(x)) return "{...}";
    active.add(x);
    const parts: string[] = [];
    for (const [k, v] of x.entries()) parts.push(`${nestedRepr(k, t?.elem, active)}: ${nestedRepr(v, t?.value, active)}`);
    active.delete(x);
    // dict.__repr__ never names the class (subclasses like Counter define their own __repr__)
    return `{${parts.join(", ")}}`;
  }
  if (x instanceof PySet) {
    const name = classNameOf(x);
    const parts: string[] = [];
    for (const v of x) parts.push(nestedRepr(v, t?.elem, active));
    if (parts.length === 0) return `${x.frozen && name === "set" ? "frozenset" : name}()`;
    const body = `{${parts.join(", ")}}`;
    if (x.frozen) return `${name === "set" ? "frozenset" : name}(${body})`;
    return name === "set" ? body : `${name}(${body})`;
  }
  if (x instanceof BaseException) return exceptionRepr(x);
  if (x instanceof PyBuiltinType) return `<class '${x.__name__}'>`;
  return objectReprDefault(x);
}

/** `object.__repr__`: `<module.Class object at 0x...>` (what a `__repr__` calling `super().__repr__()` builds on). */
export function objectReprDefault(x: object): string {
  const ctor = x.constructor;
  const name = typeof ctor === "function" ? classNameOfClass(ctor) : classNameOf(x);
  return `<${moduleOf(ctor)}.${name} object at ${objectAddress(x)}>`;
}

function nestedRepr(v: unknown, t: TypeDesc | undefined, active: Set<object>): string {
  if (v !== null && typeof v === "object") return objectRepr(v, t, active);
  return repr(v, t);
}

function moduleOf(ctor: unknown): string {
  // an own property: a subclass defined by the program does not inherit its base's module
  const m = ctor !== null && typeof ctor === "function" && Object.hasOwn(ctor, "__module__") ? (ctor as { __module__?: unknown }).__module__ : undefined;
  return typeof m === "string" ? m : "__main__";
}

/** The stable fake address `id()`-style reprs show (`0x...`). */
export function objectAddress(x: unknown): string {
  return "0x" + identityOf(x).toString(16).padStart(12, "0");
}

function functionRepr(f: Function): string {
  // callables with their own repr (functools.partial, operator.itemgetter) print it
  if (Object.hasOwn(f, "__repr__") && typeof (f as { __repr__?: unknown }).__repr__ === "function") return String((f as unknown as { __repr__: () => unknown }).__repr__());
  if (isBuiltinClass(f)) return `<class '${classNameOfClass(f)}'>`;
  if (/^class[\s{]/.test(Function.prototype.toString.call(f))) {
    return `<class '${moduleOf(f)}.${classNameOfClass(f)}'>`;
  }
  if (isBuiltinFunction(f)) return `<built-in function ${f.name}>`;
  const bound = boundParts(f);
  if (bound !== null) return `<bound method ${functionQualname(bound.func)} of ${repr(bound.self)}>`;
  return `<function ${functionQualname(f)} at ${objectAddress(f)}>`;
}

function functionQualname(f: Function): string {
  const qual = (f as { __qualname__?: unknown }).__qualname__;
  return typeof qual === "string" ? qual : functionName(f);
}

/** A class's name as its repr shows it: its own `__qualname__` (a class defined in a function), else its name. */
function classNameOfClass(f: Function): string {
  if (Object.hasOwn(f, "__qualname__")) return String((f as unknown as { __qualname__: unknown }).__qualname__);
  if (Object.prototype.hasOwnProperty.call(f, "__pyname__")) return String((f as unknown as { __pyname__: unknown }).__pyname__);
  return f.name;
}

function exceptionRepr(e: BaseException): string {
  const args = e.args.map((a) => repr(a));
  return `${classNameOf(e)}(${args.join(", ")})`;
}

/** `str(x)`: strings as is, `__str__` when defined, exception messages, else `repr`. */
export function str(x: unknown, t?: TypeDesc): string {
  if (typeof x === "string") return x;
  if (x === null || typeof x !== "object") return repr(x, t);
  if (x instanceof PyFloat) return floatRepr(x.value);
  const custom = (x as { __str__?: unknown }).__str__;
  if (typeof custom === "function") return String(custom.call(x));
  if (x instanceof BaseException) {
    const args = e_args(x);
    if (args.length === 0) return "";
    if (args.length === 1) return x instanceof KeyError ? repr(args[0]) : str(args[0]);
    return repr(args, undefined);
  }
  return repr(x, t);
}

function e_args(e: BaseException): readonly unknown[] {
  const args = e.args;
  return isTuple(args) ? args : Object.defineProperty(args.slice(), Symbol.for("py2ts.tuple"), { value: true });
}

/** `ascii(x)`: repr with every non-ASCII character escaped. */
export function ascii(x: unknown, t?: TypeDesc): string {
  const r = repr(x, t);
  if (/^[\x00-\x7f]*$/.test(r)) return r;
  let out = "";
  for (const ch of r) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : escapeCodePoint(cp);
  }
  return out;
}
