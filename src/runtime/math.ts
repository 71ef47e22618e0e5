/**
 * Python's `math` module on the py2ts number representation: floor/ceil/trunc return ints (bigint
 * when large), exact integer functions (factorial, comb, perm, gcd, lcm, isqrt) use BigInt when needed,
 * fsum is CPython's exact Shewchuk summation, and domain/range errors carry CPython's messages.
 *
 * For the compiler: `import math; math.sqrt(x)` -> `import * as math from "py2ts/runtime/math"` and
 * `math.sqrt(x)`, or named imports (`from math import sqrt`). Keyword-only parameters come as one
 * trailing `kw({...})`, as for every runtime function: `math.isclose(a, b, rel_tol=r)` ->
 * isclose(a, b, kw({ rel_tol: r })); `math.prod(xs, start=s)` -> prod(xs, kw({ start: s })). Results of float functions are floats: pass FLOAT when
 * formatting them (`math.sqrt(16)` prints `4.0`).
 */
import { OverflowError, TypeError, ValueError, ZeroDivisionError } from "./exceptions.js";
import { isIntNumber } from "./types.js";
import { boxFloat, PyFloat } from "./float-box.js";
import { bigToFloat, type PyInt } from "./numbers.js";
import { floatToInt } from "./numbers-convert.js";
import { asTuple, type PyTuple } from "./tuple.js";
import { typeName } from "./compare.js";
import { keywordOnly } from "./kwargs.js";

export const pi = Math.PI;
export const e = Math.E;
export const tau = 2 * Math.PI;
export const inf = Infinity;
export const nan = NaN;

export function toFloat(x: unknown): number {
  if (typeof x === "number") return x;
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "bigint") return bigToFloat(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  const f = (x as Record<string, unknown> | null)?.__float__;
  if (typeof f === "function") return Number(f.call(x));
  throw new TypeError(`must be real number, not ${typeName(x)}`);
}

export function toInt(x: unknown, fn?: string): bigint {
  if (typeof x === "number" && isIntNumber(x)) return BigInt(x);
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1n : 0n;
  if (fn && (typeof x === "number" || x instanceof PyFloat)) throw new TypeError(`${fn} only accepts integral values`);
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

function domain(): never {
  throw new ValueError("math domain error");
}

function checked(r: number, ...inputs: number[]): number {
  if (r !== r && !inputs.some((v) => v !== v)) domain();
  if (!Number.isFinite(r) && inputs.every((v) => Number.isFinite(v))) throw new OverflowError("math range error");
  return r;
}

function rounding(x: unknown, fn: (v: number) => number, dunder: string): PyInt {
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "number") return isIntNumber(x) ? x : floatToInt(fn(x));
  if (x instanceof PyFloat) return floatToInt(x.value);
  const f = (x as Record<string, unknown> | null)?.[dunder];
  if (typeof f === "function") return f.call(x) as PyInt;
  return floatToInt(fn(toFloat(x)));
}

export function floor(x: unknown): PyInt {
  return rounding(x, Math.floor, "__floor__");
}
export function ceil(x: unknown): PyInt {
  return rounding(x, Math.ceil, "__ceil__");
}
export function trunc(x: unknown): PyInt {
  return rounding(x, Math.trunc, "__trunc__");
}

export function sqrt(x: unknown): number {
  const v = toFloat(x);
  if (v < 0) domain();
  return boxFloat(Math.sqrt(v));
}

/** isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) */
export function isclose(a: unknown, b: unknown, ...keywords: unknown[]): boolean {
  const [relArg = 1e-9, absArg = 0.0] = keywordOnly({ name: "isclose", positional: 2, names: ["rel_tol", "abs_tol"] }, keywords);
  const rel_tol = toFloat(relArg);
  const abs_tol = toFloat(absArg);
  if (rel_tol < 0 || abs_tol < 0) throw new ValueError("tolerances must be non-negative");
  const x = toFloat(a);
  const y = toFloat(b);
  if (x === y) return true;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
  const diff = Math.abs(y - x);
  return diff <= Math.abs(rel_tol * y) || diff <= Math.abs(rel_tol * x) || diff <= abs_tol;
}

export function isnan(x: unknown): boolean {
  const v = toFloat(x);
  return v !== v;
}
export function isinf(x: unknown): boolean {
  const v = toFloat(x);
  return v === Infinity || v === -Infinity;
}
export function isfinite(x: unknown): boolean {
  return Number.isFinite(toFloat(x));
}
export function fabs(x: unknown): number {
  return boxFloat(Math.abs(toFloat(x)));
}

/** Natural log; exact for ints beyond the float range, like CPython's loghelper. */
function ln(x: unknown): number {
  if (typeof x === "bigint") {
    if (x <= 0n) domain();
    const bits = x.toString(2).length;
    if (bits < 1000) return Math.log(Number(x));
    const shift = BigInt(bits - 60);
    return Math.log(Number(x >> shift)) + Number(shift) * Math.LN2;
  }
  const v = toFloat(x);
  if (v <= 0) domain();
  return Math.log(v);
}

export function log(x: unknown, base?: unknown): number {
  if (base === undefined || base === null) return boxFloat(ln(x));
  const d = ln(base);
  if (d === 0) throw new ZeroDivisionError("float division by zero");
  return boxFloat(ln(x) / d);
}
export function log2(x: unknown): number {
  if (typeof x === "bigint") return boxFloat(ln(x) / Math.LN2);
  const v = toFloat(x);
  if (v <= 0) domain();
  return boxFloat(Math.log2(v));
}
export function log10(x: unknown): number {
  if (typeof x === "bigint") return boxFloat(ln(x) / Math.LN10);
  const v = toFloat(x);
  if (v <= 0) domain();
  return boxFloat(Math.log10(v));
}
export function log1p(x: unknown): number {
  const v = toFloat(x);
  if (v <= -1) domain();
  return boxFloat(Math.log1p(v));
}
export function exp(x: unknown): number {
  const v = toFloat(x);
  return boxFloat(checked(Math.exp(v), v));
}
export function expm1(x: unknown): number {
  const v = toFloat(x);
  return boxFloat(checked(Math.expm1(v), v));
}

export function pow(x: unknown, y: unknown): number {
  const a = toFloat(x);
  const b = toFloat(y);
  if (b === 0 || a === 1) return boxFloat(1);
  if (a === 0 && b < 0) domain();
  if (a < 0 && Number.isFinite(a) && Number.isFinite(b) && !Number.isInteger(b)) domain();
  if (a === -1 && !Number.isFinite(b)) return boxFloat(1);
  return boxFloat(checked(a ** b, a, b));
}

function unary(f: (v: number) => number): (x: unknown) => number {
  return (x) => {
    const v = toFloat(x);
    return boxFloat(checked(f(v), v));
  };
}

export const sin = unary((v) => (Number.isFinite(v) ? Math.sin(v) : NaN));
export const cos = unary((v) => (Number.isFinite(v) ? Math.cos(v) : NaN));
export const tan = unary((v) => (Number.isFinite(v) ? Math.tan(v) : NaN));
export const asin = unary(Math.asin);
export const acos = unary(Math.acos);
export const atan = unary(Math.atan);
export const sinh = unary(Math.sinh);
export const cosh = unary(Math.cosh);
export const tanh = unary(Math.tanh);
export const asinh = unary(Math.asinh);
export const acosh = unary(Math.acosh);
export const atanh = unary(Math.atanh);

export function atan2(y: unknown, x: unknown): number {
  return boxFloat(Math.atan2(toFloat(y), toFloat(x)));
}
export function hypot(...coords: unknown[]): number {
  return boxFloat(Math.hypot(...coords.map(toFloat)));
}
export function dist(p: Iterable<unknown>, q: Iterable<unknown>): number {
  const a = Array.from(p).map(toFloat);
  const b = Array.from(q).map(toFloat);
  if (a.length !== b.length) throw new ValueError("both points must have the same number of dimensions");
  return boxFloat(Math.hypot(...a.map((v, i) => v - b[i]!)));
}
export function degrees(x: unknown): number {
  return boxFloat(toFloat(x) * (180 / Math.PI));
}
export function radians(x: unknown): number {
  return boxFloat(toFloat(x) * (Math.PI / 180));
}
export function copysign(x: unknown, y: unknown): number {
  const a = Math.abs(toFloat(x));
  const b = toFloat(y);
  return boxFloat(b < 0 || Object.is(b, -0) ? -a : a);
}
export function fmod(x: unknown, y: unknown): number {
  const a = toFloat(x);
  const b = toFloat(y);
  if (b === 0 || (!Number.isFinite(a) && a === a)) domain();
  return boxFloat(a % b);
}
export function modf(x: unknown): PyTuple<number> {
  const v = toFloat(x);
  if (!Number.isFinite(v)) return asTuple(v !== v ? [v, v] : [copysign(0, v), v]);
  const i = Math.trunc(v);
  return asTuple([copysign(v - i, v), copysign(i, v)]);
}
export function frexp(x: unknown): PyTuple<number> {
  const v = toFloat(x);
  if (v === 0 || !Number.isFinite(v)) return asTuple([boxFloat(v), 0]);
  const view = new DataView(new ArrayBuffer(8));
  let scaled = v;
  let adjust = 0;
  if (Math.abs(v) < 2 ** -1000) {
    scaled = v * 2 ** 64;
    adjust = -64;
  }
  view.setFloat64(0, scaled);
  const biased = (view.getUint16(0) >> 4) & 0x7ff;
  const e = biased - 1022;
  view.setUint16(0, (view.getUint16(0) & 0x800f) | (1022 << 4));
  return asTuple([boxFloat(view.getFloat64(0)), e + adjust]);
}
export function ldexp(x: unknown, i: unknown): number {
  const v = toFloat(x);
  const n = Number(toInt(i));
  let r = v;
  let k = n;
  while (k > 1000) {
    r *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    r *= 2 ** -1000;
    k += 1000;
  }
  return boxFloat(checked(r * 2 ** k, v));
}

export { gcd, lcm, factorial, perm, comb, isqrt, prod, fsum } from "./math-int.js";
