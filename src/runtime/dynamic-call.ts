/**
 * Calls the compiler cannot resolve statically.
 *
 * 1. Keyword arguments to a callee known only at run time (a decorated function, a function held
 *    in a variable). A translated function whose callers may be unknown carries its Python
 *    signature (`withSignature`); `callKw` binds positional and keyword arguments against it
 *    exactly as CPython does (same TypeError messages) and calls the function with py2ts's JS
 *    parameter order: positional parameters, keyword-only parameters, `**kwargs` as a PyDict,
 *    then the extra positional arguments (the `*args` rest parameter).
 *
 *        @logged def area(w, h=1)      →  const area = logged(withSignature(function area(w, h = 1) {...}, AREA_SIG))
 *        area(3, h=4)                  →  callKw(area, [3], [["h", 4]])
 *        func(*args, **kwargs)         →  callKw(func, [...args], [...kwargs.items()])
 *
 * 2. Methods of builtin types on a receiver whose type is unknown statically (`x.append(v)`,
 *    `x.split(",")`): `callMethod(x, "append", v)` dispatches on the run-time kind to the same
 *    helpers the compiler emits when it knows the type; other objects get a plain method call.
 */
import { AttributeError, OverflowError, TypeError, ValueError } from "./exceptions.js";
import { typeName } from "./compare.js";
import { PyDict } from "./dict.js";
import { isKw, kw, methodArgs } from "./kwargs.js";
import { asTuple, isTuple, type PyTuple } from "./tuple.js";
import * as L from "./list.js";
import * as S from "./strings.js";
import * as C from "./strings-case.js";
import { strFormat } from "./format-str.js";
import { callType, isClassFunction } from "./builtins-types.js";
import { isFloatValue, PyFloat } from "./float-box.js";
import { markBuiltinMethod } from "./builtin-functions.js";
import { objectAddress } from "./repr.js";
import { callMissingDunder } from "./builtin-dunders.js";

/** [name, kind, hasDefault] with kind "posonly" | "plain" | "kwonly". */
export type ParamSpec = readonly [string, "posonly" | "plain" | "kwonly", boolean];

export interface CallSpec {
  readonly name: string;
  readonly params: readonly ParamSpec[];
  readonly varargs: boolean;
  readonly varkw: boolean;
}

const SPEC: unique symbol = Symbol.for("py2ts.signature");

/** Attach a Python signature to a translated function (returns the function). */
export function withSignature<F extends Function>(fn: F, spec: CallSpec): F {
  Object.defineProperty(fn, SPEC, { value: spec, enumerable: false });
  return fn;
}

function missing(names: readonly string[], what: string): string {
  const q = names.map((n) => `'${n}'`);
  const list = q.length === 1 ? q[0]! : q.length === 2 ? `${q[0]} and ${q[1]}` : `${q.slice(0, -1).join(", ")}, and ${q[q.length - 1]}`;
  return `${names.length} required ${what} argument${names.length === 1 ? "" : "s"}: ${list}`;
}

/** JS arguments for `spec` from Python positional and keyword arguments (CPython's TypeErrors). */
export function bindArgs(spec: CallSpec, positional: readonly unknown[], keywords: Iterable<readonly [unknown, unknown]>): unknown[] {
  const fn = `${spec.name}()`;
  const slots: unknown[] = spec.params.map(() => undefined);
  const filled = spec.params.map(() => false);
  const positionalParams = spec.params.filter((p) => p[1] !== "kwonly");
  const extra: unknown[] = [];
  positional.forEach((v, i) => {
    if (i < positionalParams.length) { slots[i] = v; filled[i] = true; } else extra.push(v);
  });
  if (extra.length > 0 && !spec.varargs) {
    const required = positionalParams.filter((p) => !p[2]).length;
    const takes = required === positionalParams.length ? `${positionalParams.length}` : `from ${required} to ${positionalParams.length}`;
    const plural = positionalParams.length === 1 && required === positionalParams.length ? "" : "s";
    throw new TypeError(`${fn} takes ${takes} positional argument${plural} but ${positional.length} ${positional.length === 1 ? "was" : "were"} given`);
  }
  const extraKw = new PyDict<string, unknown>();
  const posonlyAsKw: string[] = [];
  for (const [k, v] of keywords) {
    if (typeof k !== "string") throw new TypeError(`keywords must be strings`);
    const i = spec.params.findIndex((p) => p[0] === k && p[1] !== "posonly");
    if (i < 0) {
      if (spec.varkw) extraKw.setitem(k, v);
      else if (spec.params.some((p) => p[0] === k)) posonlyAsKw.push(k);
      else throw new TypeError(`${fn} got an unexpected keyword argument '${k}'`);
      continue;
    }
    if (filled[i]) throw new TypeError(`${fn} got multiple values for argument '${k}'`);
    slots[i] = v;
    filled[i] = true;
  }
  if (posonlyAsKw.length > 0) throw new TypeError(`${fn} got some positional-only arguments passed as keyword arguments: '${posonlyAsKw.join(", ")}'`);
  const lacking = spec.params.map((p, i) => ({ p, i })).filter(({ p, i }) => !filled[i] && !p[2]);
  const lackPos = lacking.filter(({ p }) => p[1] !== "kwonly").map(({ p }) => p[0]);
  if (lackPos.length) throw new TypeError(`${fn} missing ${missing(lackPos, "positional")}`);
  const lackKw = lacking.filter(({ p }) => p[1] === "kwonly").map(({ p }) => p[0]);
  if (lackKw.length) throw new TypeError(`${fn} missing ${missing(lackKw, "keyword-only")}`);
  const out = [...slots];
  if (spec.varkw) out.push(extraKw);
  out.push(...extra);
  return out;
}

/** `f(*args, k=v, **kw)` for a callee known only at run time. */
export function callKw(fn: unknown, positional: readonly unknown[], keywords: Iterable<readonly [unknown, unknown]> | PyDict, signatureOf: unknown = fn): any {
  const pairs: (readonly [unknown, unknown])[] = keywords instanceof PyDict ? [...keywords.items()] as (readonly [unknown, unknown])[] : [...keywords];
  if (typeof fn !== "function") {
    if (pairs.length === 0) return callType(fn, ...positional);
    throw new TypeError(`'${typeName(fn)}' object is not callable`);
  }
  const spec = (signatureOf as { [SPEC]?: CallSpec })[SPEC];
  const apply = (args: unknown[]): unknown => (isClassFunction(fn) ? new (fn as new (...a: unknown[]) => unknown)(...args) : (fn as (...a: unknown[]) => unknown)(...args));
  if (spec) return apply(bindArgs(spec, positional, pairs));
  if (pairs.length === 0) return apply([...positional]);
  const named: Record<string, unknown> = {};
  for (const [k, v] of pairs) named[String(k)] = v;
  // runtime functions (and classes) take keywords as one trailing kw({...}) object
  return apply([...positional, kw(named)]);
}

type Method = (self: any, ...args: any[]) => unknown;

const INT_ONLY = new Set(["bit_length", "bit_count"]);
const FLOAT_ONLY = new Set(["is_integer", "hex"]);
const BOTH = new Set(["conjugate", "as_integer_ratio"]);

/** Methods of int and float (bools are ints). */
const NUMBER_METHODS: Record<string, Method> = {
  bit_length: (x: number | bigint | boolean) => {
    const b = BigInt(typeof x === "boolean" ? Number(x) : x);
    return b === 0n ? 0 : (b < 0n ? -b : b).toString(2).length;
  },
  bit_count: (x: number | bigint | boolean) => {
    const b = BigInt(typeof x === "boolean" ? Number(x) : x);
    return [...(b < 0n ? -b : b).toString(2)].filter((c) => c === "1").length;
  },
  conjugate: (x: unknown) => (typeof x === "boolean" ? Number(x) : x),
  is_integer: (x: unknown) => Number.isInteger(Number(x)),
  as_integer_ratio: (x: unknown) => integerRatio(x),
  hex: (x: unknown) => floatHex(Number(x)),
};

/** `x.as_integer_ratio()`: the exact fraction in lowest terms, positive denominator. */
function integerRatio(x: unknown): PyTuple<unknown> {
  if (!isFloatValue(x)) return asTuple([typeof x === "boolean" ? Number(x) : x, 1]);
  const v = Number(x);
  if (!Number.isFinite(v)) throw new (v !== v ? ValueError : OverflowError)(v !== v ? "cannot convert NaN to integer ratio" : "cannot convert Infinity to integer ratio");
  let num = v;
  let den = 1n;
  while (!Number.isInteger(num)) {
    num *= 2;
    den *= 2n;
  }
  let n = BigInt(num);
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
  const g = gcd(n, den);
  n /= g;
  den /= g;
  const norm = (b: bigint): number | bigint => (b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b);
  return asTuple([norm(n), norm(den)]);
}

/** `float.hex()`: CPython's `[-]0x1.<13 hex digits>p<exp>` layout. */
function floatHex(v: number): string {
  if (v !== v) return "nan";
  if (!Number.isFinite(v)) return v > 0 ? "inf" : "-inf";
  const sign = v < 0 || Object.is(v, -0) ? "-" : "";
  const a = Math.abs(v);
  if (a === 0) return `${sign}0x0.0p+0`;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, a);
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  const mant = (bits & 0xfffffffffffffn).toString(16).padStart(13, "0");
  const exp = biased === 0 ? -1022 : biased - 1023;
  return `${sign}0x${biased === 0 ? 0 : 1}.${mant}p${exp >= 0 ? "+" : ""}${exp}`;
}

const LIST_METHODS: Record<string, Method> = {
  append: (xs: unknown[], v: unknown) => { xs.push(v); return null; },
  extend: (xs: unknown[], it: Iterable<unknown>) => { L.listExtend(xs, it); return null; },
  insert: (xs: unknown[], i: number, v: unknown) => { L.listInsert(xs, i, v); return null; },
  pop: (xs: unknown[], i?: number) => L.listPop(xs, i),
  remove: (xs: unknown[], v: unknown) => { L.listRemove(xs, v); return null; },
  index: (xs: unknown[], v: unknown, a?: number, b?: number) => L.listIndex(xs, v, a, b),
  count: (xs: unknown[], v: unknown) => L.listCount(xs, v),
  reverse: (xs: unknown[]) => { xs.reverse(); return null; },
  copy: (xs: unknown[]) => xs.slice(),
  clear: (xs: unknown[]) => { xs.length = 0; return null; },
  sort: (xs: unknown[], ...args: unknown[]) => {
    if (args.length > 1 || (args.length === 1 && !isKw(args[0]))) throw new TypeError("sort() takes no positional arguments");
    const [key, reverse] = methodArgs("sort", ["key", "reverse"], args) as [((x: unknown) => unknown) | null | undefined, boolean | undefined];
    L.listSort(xs, key, reverse);
    return null;
  },
};

/** Methods of builtin values that take keyword arguments (kwargs.ts `methodArgs` binds them). */
const TAKES_KEYWORDS = new Set(["split", "rsplit", "splitlines", "expandtabs", "encode", "sort"]);

const STR_METHODS: Record<string, Method> = {
  upper: C.strUpper, lower: C.strLower, casefold: C.strCasefold, title: C.strTitle, capitalize: C.strCapitalize,
  swapcase: C.strSwapcase, isdigit: C.strIsdigit, isdecimal: C.strIsdecimal, isnumeric: C.strIsnumeric,
  isalpha: C.strIsalpha, isalnum: C.strIsalnum, isspace: C.strIsspace, isascii: C.strIsascii, isprintable: C.strIsprintable,
  isidentifier: C.strIsidentifier, isupper: C.strIsupper, islower: C.strIslower, istitle: C.strIstitle,
  split: S.strSplit, rsplit: S.strRsplit, splitlines: S.strSplitlines, join: S.strJoin, strip: S.strStrip,
  lstrip: S.strLstrip, rstrip: S.strRstrip, replace: S.strReplace, find: S.strFind, rfind: S.strRfind, index: S.strIndex,
  rindex: S.strRindex, count: S.strCount, startswith: S.strStartswith, endswith: S.strEndswith, center: S.strCenter,
  ljust: S.strLjust, rjust: S.strRjust, zfill: S.strZfill, partition: S.strPartition, rpartition: S.strRpartition,
  expandtabs: S.strExpandtabs, removeprefix: S.strRemoveprefix, removesuffix: S.strRemovesuffix,
  format: (s: string, ...args: unknown[]) => strFormat(s, args),
};

/**
 * A builtin value's method read as a value: `push = stack.append`, `"-".join`. JS strings and
 * arrays have no such methods, so the result calls through `callMethod` with the receiver kept.
 */
export function methodOf(obj: unknown, name: string): (...args: unknown[]) => any {
  const table = typeof obj === "string" ? STR_METHODS : Array.isArray(obj) ? LIST_METHODS : null;
  if (table !== null && !Object.hasOwn(table, name) && !(isTuple(obj) && (name === "index" || name === "count"))) {
    throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  }
  return (...args: unknown[]) => callMethod(obj, name, ...args);
}

/** A bound builtin method of a list, tuple or str (`xs.append` as a value), or null. */
export function builtinMethodOf(obj: unknown, name: string): ((...args: unknown[]) => unknown) | null {
  const table = typeof obj === "string" ? STR_METHODS : Array.isArray(obj) ? (isTuple(obj) ? (name === "index" || name === "count" ? LIST_METHODS : null) : LIST_METHODS) : null;
  const m = table?.[name];
  if (!m) return null;
  return markBuiltinMethod((...args: unknown[]) => m(obj, ...args), { name, typeName: typeName(obj), address: objectAddress(obj) });
}

/** `obj.name(...args)` where `obj`'s type is unknown statically. */
export function callMethod(obj: unknown, name: string, ...args: unknown[]): any {
  if (typeof obj === "number" || typeof obj === "bigint" || typeof obj === "boolean" || obj instanceof PyFloat) {
    const m = NUMBER_METHODS[name];
    if (m && (isFloatValue(obj) ? FLOAT_ONLY.has(name) || BOTH.has(name) : BOTH.has(name) || INT_ONLY.has(name))) return m(obj, ...args);
  }
  if (typeof obj === "string") {
    const m = STR_METHODS[name];
    if (m) return m(obj, ...args);
  } else if (Array.isArray(obj) && !isTuple(obj)) {
    const m = LIST_METHODS[name];
    if (m) return m(obj, ...args);
  } else if (Array.isArray(obj) && (name === "index" || name === "count")) {
    return LIST_METHODS[name]!(obj, ...args);
  }
  const f = obj === null || obj === undefined ? undefined : (obj as Record<string, unknown>)[name];
  if (typeof f !== "function") {
    if (/^__\w+__$/.test(name)) return callMissingDunder(obj, name, args);
    throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  }
  return (f as (...a: unknown[]) => unknown).apply(obj, args);
}

/**
 * `obj.name(*args, **kw)` where the compiler cannot bind the keywords itself: the method keeps
 * its receiver, and the keywords bind as in `callKw`.
 *
 *     p._replace(x=5)   →   callMethodKw(p, "_replace", [], [["x", 5]])
 */
export function callMethodKw(obj: unknown, name: string, positional: readonly unknown[], keywords: Iterable<readonly [unknown, unknown]> | PyDict): any {
  const builtin = typeof obj === "string" ? Object.hasOwn(STR_METHODS, name) : Array.isArray(obj) ? Object.hasOwn(LIST_METHODS, name) : typeof obj === "number" || typeof obj === "bigint" || typeof obj === "boolean" || obj instanceof PyFloat;
  if (builtin) {
    const pairs = keywords instanceof PyDict ? [...keywords.items()] : [...keywords];
    if (pairs.length === 0) return callMethod(obj, name, ...positional);
    if (!TAKES_KEYWORDS.has(name)) throw new TypeError(`${typeName(obj)}.${name}() takes no keyword arguments`);
    return callMethod(obj, name, ...positional, kw(Object.fromEntries(pairs.map(([k, v]) => [String(k), v]))));
  }
  const f = obj === null || obj === undefined ? undefined : (obj as Record<string, unknown>)[name];
  if (typeof f !== "function") throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`);
  return callKw(f.bind(obj), positional, keywords, f);
}
