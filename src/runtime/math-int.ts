/**
 * The exact parts of Python's `math` module: gcd, lcm, factorial, perm, comb, isqrt (BigInt when
 * needed, results normalized back to number), prod (through the generic `*`), and fsum (CPython's
 * Shewchuk summation with its final half-way correction). Re-exported by math.ts.
 */
import { OverflowError, TypeError, ValueError } from "./exceptions.js";
import { isIntNumber } from "./types.js";
import { boxFloat, PyFloat } from "./float-box.js";
import { normBig, mul, type PyInt } from "./numbers.js";
import { iterate } from "./iter.js";
import { toFloat, toInt } from "./math.js";
import { keywordOnly } from "./kwargs.js";

function bgcd(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

export function gcd(...xs: unknown[]): PyInt {
  let g = 0n;
  for (const x of xs) g = bgcd(g, toInt(x));
  return normBig(g);
}
export function lcm(...xs: unknown[]): PyInt {
  let l = 1n;
  for (const x of xs) {
    const v = toInt(x);
    if (v === 0n) return 0;
    l = (l / bgcd(l, v)) * (v < 0n ? -v : v);
  }
  return normBig(l);
}

export function factorial(n: unknown): PyInt {
  if ((typeof n === "number" && !isIntNumber(n)) || n instanceof PyFloat) throw new TypeError("'float' object cannot be interpreted as an integer");
  const v = toInt(n);
  if (v < 0n) throw new ValueError("factorial() not defined for negative values");
  let r = 1n;
  for (let i = 2n; i <= v; i++) r *= i;
  return normBig(r);
}

export function perm(n: unknown, k?: unknown): PyInt {
  const a = toInt(n);
  if (a < 0n) throw new ValueError("n must be a non-negative integer");
  const b = k === undefined || k === null ? a : toInt(k);
  if (b < 0n) throw new ValueError("k must be a non-negative integer");
  if (b > a) return 0;
  let r = 1n;
  for (let i = a - b + 1n; i <= a; i++) r *= i;
  return normBig(r);
}

export function comb(n: unknown, k: unknown): PyInt {
  const a = toInt(n);
  const b = toInt(k);
  if (a < 0n) throw new ValueError("n must be a non-negative integer");
  if (b < 0n) throw new ValueError("k must be a non-negative integer");
  if (b > a) return 0;
  const kk = b < a - b ? b : a - b;
  let r = 1n;
  for (let i = 1n; i <= kk; i++) r = (r * (a - kk + i)) / i;
  return normBig(r);
}

export function isqrt(n: unknown): PyInt {
  const v = toInt(n);
  if (v < 0n) throw new ValueError("isqrt() argument must be nonnegative");
  if (v < 2n) return normBig(v);
  let x = BigInt(Math.floor(Math.sqrt(Number(v))));
  if (x === 0n) x = 1n;
  for (;;) {
    const y = (x + v / x) >> 1n;
    if (y >= x && x * x <= v && (x + 1n) * (x + 1n) > v) return normBig(x);
    x = y;
    if (x * x <= v && (x + 1n) * (x + 1n) > v) return normBig(x);
  }
}

/** prod(iterable, /, *, start=1) */
export function prod(items: Iterable<unknown>, ...keywords: unknown[]): any {
  const [start = 1] = keywordOnly({ name: "prod", positional: 1, names: ["start"] }, keywords);
  let r: unknown = start;
  for (const x of iterate(items as never)) r = mul(r, x);
  return r;
}

/** CPython's math.fsum: exact sum of the partials, correctly rounded once. */
export function fsum(items: Iterable<unknown>): number {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (const item of iterate(items as never)) {
    let x = toFloat(item);
    if (!Number.isFinite(x)) {
      if (x === Infinity || x === -Infinity) infSum += x;
      special += x;
      continue;
    }
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j]!;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    if (!Number.isFinite(x)) throw new OverflowError("intermediate overflow in fsum");
    partials.length = i;
    partials.push(x);
  }
  if (special !== 0 || special !== special) {
    if (infSum !== infSum) throw new ValueError("-inf + inf in fsum");
    return special;
  }
  let n = partials.length;
  if (n === 0) return boxFloat(0);
  let hi = partials[--n]!;
  let lo = 0;
  while (n > 0) {
    const x = hi;
    const y = partials[--n]!;
    hi = x + y;
    const yr = hi - x;
    lo = y - yr;
    if (lo !== 0) break;
  }
  if (n > 0 && ((lo < 0 && partials[n - 1]! < 0) || (lo > 0 && partials[n - 1]! > 0))) {
    const y = lo * 2;
    const x = hi + y;
    const yr = x - hi;
    if (y === yr) hi = x;
  }
  return boxFloat(hi);
}
