/**
 * Number conversions with CPython's results and error messages: `int(x, base)`, `float(x)`,
 * `round(x, ndigits)` (half to even, exact decimal rounding for floats), `bin`/`hex`/`oct`.
 *
 * For the compiler:
 *     int(x) -> intOf(x)       int(s, 16) -> intOf(s, 16)       float(x) -> floatOf(x)
 *     round(x) -> round(x)     round(x, 2) -> round(x, 2)       (round(x, n) of a float gives a float;
 *                                                                pass FLOAT when formatting the result)
 *     bin(x) / hex(x) / oct(x) -> bin(x) / hex(x) / oct(x)
 */
import { OverflowError, TypeError, ValueError } from "./exceptions.js";
import { isIntNumber, type TypeDesc } from "./types.js";
import { boxFloat, PyFloat } from "./float-box.js";
import { normBig, bigToFloat, floordiv, mul, sub, type PyInt } from "./numbers.js";
import { roundFloat } from "./float-repr.js";
import { strRepr } from "./repr.js";
import { typeName } from "./compare.js";
import { isKw, methodArgs } from "./kwargs.js";

const PY_WS = /^[\s\u001c-\u001f\u0085]+|[\s\u001c-\u001f\u0085]+$/g;

/**
 * `int(x)` / `int(x, base)`. The fast path (a JS number with no base: an int, or a float whose
 * truncation is a safe integer) is a few instructions, so that V8 inlines it into hot loops
 * (`acc += int(avg * 100)`); everything else, NaN and infinities included, goes to intOfAny.
 */
export function intOf(x?: unknown, base?: unknown): PyInt {
  if (typeof x === "number" && base === undefined) {
    const t = Math.trunc(x);
    // + 0: int(-0.5) is the int 0, never JS -0
    if (Number.isSafeInteger(t)) return t + 0;
  }
  return intOfAny(x, base);
}

function intOfAny(x: unknown = 0, base?: unknown): PyInt {
  // `int(text, base=16)`: the base may come by keyword (kwargs.ts)
  if (isKw(base)) base = methodArgs("int", ["x", "base"], [x, base])[1];
  if (base !== undefined && base !== null) {
    if (typeof x !== "string") throw new TypeError("int() can't convert non-string with explicit base");
    return parseIntText(x, Number(base));
  }
  switch (typeof x) {
    case "number":
      if (isIntNumber(x)) return x;
      return floatToInt(x);
    case "bigint":
      return x;
    case "boolean":
      return x ? 1 : 0;
    case "string":
      return parseIntText(x, 10);
  }
  if (x instanceof PyFloat) return floatToInt(x.value);
  const o = x as Record<string, unknown> | null;
  for (const name of ["__int__", "__index__", "__trunc__"]) {
    const f = o?.[name];
    if (typeof f === "function") return f.call(x) as PyInt;
  }
  throw new TypeError(`int() argument must be a string, a bytes-like object or a real number, not '${typeName(x)}'`);
}

/** Truncates a float to an int (bigint when large); errors for inf and nan like CPython. */
export function floatToInt(x: number): PyInt {
  if (x !== x) throw new ValueError("cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw new OverflowError("cannot convert float infinity to integer");
  const t = Math.trunc(x) + 0;
  return Number.isSafeInteger(t) ? t : BigInt(t);
}

function parseIntText(text: string, base: number): PyInt {
  if (!(base === 0 || (base >= 2 && base <= 36))) throw new ValueError("int() base must be >= 2 and <= 36, or 0");
  const givenBase = base;
  const fail = (): never => {
    throw new ValueError(`invalid literal for int() with base ${givenBase}: ${strRepr(text)}`);
  };
  let s = text.replace(PY_WS, "");
  let neg = false;
  if (s[0] === "+" || s[0] === "-") {
    neg = s[0] === "-";
    s = s.slice(1);
  }
  const prefix = s.slice(0, 2).toLowerCase();
  const prefixBase = prefix === "0x" ? 16 : prefix === "0o" ? 8 : prefix === "0b" ? 2 : 0;
  if (base === 0) {
    if (prefixBase) {
      base = prefixBase;
      s = s.slice(2);
      if (s.startsWith("_")) s = s.slice(1);
    } else {
      base = 10;
      if (/^0+[1-9]/.test(s.replace(/_/g, ""))) fail();
    }
  } else if (prefixBase === base) {
    s = s.slice(2);
    if (s.startsWith("_")) s = s.slice(1);
  }
  if (s === "" || s.startsWith("_") || s.endsWith("_") || s.includes("__")) fail();
  s = s.replace(/_/g, "");
  let value = 0n;
  const big = BigInt(base);
  for (const ch of s) {
    const d = digitValue(ch);
    if (d < 0 || d >= base) fail();
    value = value * big + BigInt(d);
  }
  return normBig(neg ? -value : value);
}

function digitValue(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 122) return c - 87;
  if (c >= 65 && c <= 90) return c - 55;
  const uni = /\p{Nd}/u.test(ch) ? unicodeDigit(ch) : -1;
  return uni;
}

function unicodeDigit(ch: string): number {
  const cp = ch.codePointAt(0)!;
  for (let zero = cp; zero > cp - 10; zero--) {
    if (!/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) return cp - zero;
  }
  return -1;
}

const FLOAT_TEXT = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)$/i;

/** `float(x)`, in canonical form (float-box.ts). */
export function floatOf(x: unknown = 0): number {
  return boxFloat(floatValue(x));
}

function floatValue(x: unknown): number {
  switch (typeof x) {
    case "number":
      return x;
    case "bigint":
      return bigToFloat(x);
    case "boolean":
      return x ? 1 : 0;
    case "string": {
      const s = x.replace(PY_WS, "");
      if (!FLOAT_TEXT.test(s)) throw new ValueError(`could not convert string to float: ${strRepr(x)}`);
      const lower = s.toLowerCase();
      const neg = lower.startsWith("-");
      const body = lower.replace(/^[+-]/, "");
      if (body.startsWith("inf")) return neg ? -Infinity : Infinity;
      if (body === "nan") return NaN;
      return Number(s.replace(/_/g, ""));
    }
  }
  if (x instanceof PyFloat) return x.value;
  const o = x as Record<string, unknown> | null;
  for (const name of ["__float__", "__index__"]) {
    const f = o?.[name];
    if (typeof f === "function") return Number(f.call(x));
  }
  throw new TypeError(`float() argument must be a string or a real number, not '${typeName(x)}'`);
}

/**
 * `round(x)` / `round(x, ndigits)`. `t` (FLOAT) marks an integral number as a float, which only matters
 * for the result type of `round(x)` with ndigits: the rounded value itself is the same number.
 */
export function round(x: unknown, ndigits?: unknown, t?: TypeDesc): any {
  if (isKw(ndigits)) ndigits = methodArgs("round", ["number", "ndigits"], [x, ndigits])[1];
  if (typeof x === "boolean") x = x ? 1 : 0;
  const nd = ndigits === undefined || ndigits === null ? undefined : Number(ndigits);
  const isFloat = x instanceof PyFloat || (typeof x === "number" && (t?.kind === "float" || !isIntNumber(x)));
  if (isFloat) {
    const f = Number(x);
    if (nd === undefined) return floatToInt(roundHalfEven(f));
    return boxFloat(roundFloat(f, nd));
  }
  if (typeof x === "number" || typeof x === "bigint") {
    if (nd === undefined || nd >= 0) return x;
    const p = 10n ** BigInt(-nd);
    const scale = normBig(p);
    const q = floordiv(x, scale);
    const r = sub(x, mul(q, scale));
    const twice = BigInt(r) * 2n;
    const qb = BigInt(q);
    const up = twice > p || (twice === p && qb % 2n !== 0n);
    return normBig((up ? qb + 1n : qb) * p);
  }
  const f = (x as Record<string, unknown> | null)?.__round__;
  if (typeof f === "function") return nd === undefined ? f.call(x) : f.call(x, nd);
  throw new TypeError(`type ${typeName(x)} doesn't define __round__ method`);
}

function roundHalfEven(x: number): number {
  if (!Number.isFinite(x)) return x;
  const f = Math.floor(x);
  const diff = x - f;
  if (diff > 0.5) return f + 1;
  if (diff < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}

function toIndex(x: unknown): bigint {
  if (typeof x === "number" && isIntNumber(x)) return BigInt(x);
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1n : 0n;
  const f = (x as Record<string, unknown> | null)?.__index__;
  if (typeof f === "function") return BigInt(f.call(x) as PyInt);
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

function based(x: unknown, radix: number, prefix: string): string {
  const v = toIndex(x);
  return v < 0n ? `-${prefix}${(-v).toString(radix)}` : `${prefix}${v.toString(radix)}`;
}

export function bin(x: unknown): string {
  return based(x, 2, "0b");
}
export function hex(x: unknown): string {
  return based(x, 16, "0x");
}
export function oct(x: unknown): string {
  return based(x, 8, "0o");
}
