/**
 * The `statistics` module, ported from CPython 3.11's Lib/statistics.py with its exact
 * arithmetic: `mean`, `variance` and friends sum exact fractions (`_sum`, `_ss`) and convert
 * once, correctly rounded, to the data's type (an int mean of ints stays an int); `stdev` is the
 * correctly rounded square root of the exact fraction; `median`, `quantiles` use Python's own
 * arithmetic on the data. fmean/geometric_mean use fsum/log/exp as CPython does.
 *
 * What the compiler emits: `statistics.mean(xs)`, `statistics.quantiles(xs, kw({ n: 10 }))`.
 */
import { typeName } from "./compare.js";
import { TypeError, ValueError } from "./exceptions.js";
import { boxFloat, PyFloat } from "./float-box.js";
import { PyDict } from "./dict.js";
import { sorted } from "./list.js";
import { fsum } from "./math-int.js";
import { params } from "./module-args.js";
import { add, mul, normBig, sub, truediv } from "./numbers.js";
import { floordiv, divmod } from "./numbers-div.js";
import { iterate } from "./iter.js";

export class StatisticsError extends ValueError {}

/** An exact rational n/d (d > 0, reduced). */
interface Frac {
  readonly n: bigint;
  readonly d: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b) [a, b] = [b, a % b];
  return a;
}

function frac(n: bigint, d: bigint): Frac {
  if (d < 0n) { n = -n; d = -d; }
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}

const fadd = (a: Frac, b: Frac): Frac => frac(a.n * b.d + b.n * a.d, a.d * b.d);

type Kind = "int" | "float";

/** x.as_integer_ratio() for ints, bools and finite floats; null for inf/nan. */
function exactRatio(x: unknown): { ratio: Frac | null; kind: Kind; special: number } {
  if (typeof x === "boolean") return { ratio: frac(x ? 1n : 0n, 1n), kind: "int", special: 0 };
  if (typeof x === "bigint") return { ratio: frac(x, 1n), kind: "int", special: 0 };
  if (typeof x === "number" && Number.isSafeInteger(x)) return { ratio: frac(BigInt(x), 1n), kind: "int", special: 0 };
  if (typeof x === "number" || x instanceof PyFloat) {
    const v = +x;
    if (!Number.isFinite(v)) return { ratio: null, kind: "float", special: v };
    return { ratio: floatRatio(v), kind: "float", special: 0 };
  }
  throw new TypeError(`can't convert type '${typeName(x)}' to numerator/denominator`);
}

function floatRatio(v: number): Frac {
  if (v === 0) return { n: 0n, d: 1n };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, v);
  const bits = view.getBigUint64(0);
  const sign = bits >> 63n ? -1n : 1n;
  const exp = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & ((1n << 52n) - 1n);
  let e: number;
  if (exp === 0) e = -1074;
  else { mant |= 1n << 52n; e = exp - 1075; }
  return e >= 0 ? frac(sign * (mant << BigInt(e)), 1n) : frac(sign * mant, 1n << BigInt(-e));
}

interface Sum {
  readonly kind: Kind;
  readonly total: Frac;
  /** the sum of the non-finite values (NaN/inf), when there were any */
  readonly special: number | null;
  readonly count: number;
}

function exactSum(data: Iterable<unknown>): Sum {
  let total: Frac = { n: 0n, d: 1n };
  let special: number | null = null;
  let kind: Kind = "int";
  let count = 0;
  for (const x of data) {
    const r = exactRatio(x);
    count++;
    if (r.kind === "float") kind = "float";
    if (r.ratio === null) special = (special ?? 0) + r.special;
    else total = fadd(total, r.ratio);
  }
  return { kind, total, special, count };
}

function toFloat(f: Frac): number {
  return +truediv(normBig(f.n), normBig(f.d));
}

/** `_convert(value, T)`: an int when T is int and the value is integral, else a float. */
function convert(f: Frac, kind: Kind, special: number | null): unknown {
  if (special !== null) return boxFloat(special);
  if (kind === "int" && f.d === 1n) return normBig(f.n);
  return boxFloat(toFloat(f));
}

function list(data: unknown): unknown[] {
  return Array.isArray(data) ? data : Array.from(iterate(data as Iterable<unknown>));
}

/** mean(data) */
export function mean(data: unknown): unknown {
  const s = exactSum(list(data));
  if (s.count < 1) throw new StatisticsError("mean requires at least one data point");
  return convert(frac(s.total.n, s.total.d * BigInt(s.count)), s.kind, s.special);
}

/** fmean(data, weights=None) */
export function fmean(...args: unknown[]): number {
  const [data, weights = null] = params({ name: "fmean", names: ["data", "weights"], required: 1 }, args);
  const xs = list(data);
  if (weights === null) {
    const total = +fsum(xs);
    if (!xs.length) throw new StatisticsError("fmean requires at least one data point");
    return boxFloat(total / xs.length);
  }
  const ws = list(weights);
  const num = +fsum(xs.map((x, i) => (i < ws.length ? mul(x, ws[i]) : 0)).slice(0, Math.min(xs.length, ws.length)));
  if (xs.length !== ws.length) throw new StatisticsError("data and weights must be the same length");
  const den = +fsum(ws);
  if (!den) throw new StatisticsError("sum of weights must be non-zero");
  return boxFloat(num / den);
}

/** geometric_mean(data) */
export function geometric_mean(data: unknown): number {
  const xs = list(data);
  if (!xs.length || xs.some((x) => !(+(x as number) > 0))) {
    throw new StatisticsError("geometric mean requires a non-empty dataset containing positive numbers");
  }
  return boxFloat(Math.exp(+fmean(xs.map((x) => boxFloat(Math.log(+(x as number)))))));
}

/** harmonic_mean(data) (without weights) */
export function harmonic_mean(data: unknown): unknown {
  const xs = list(data);
  const errmsg = "harmonic mean does not support negative values";
  if (xs.length < 1) throw new StatisticsError("harmonic_mean requires at least one data point");
  if (xs.length === 1) {
    if (+(xs[0] as number) < 0) throw new StatisticsError(errmsg);
    return xs[0];
  }
  const inverses: unknown[] = [];
  for (const x of xs) {
    if (+(x as number) < 0) throw new StatisticsError(errmsg);
    if (+(x as number) === 0) return 0;
    inverses.push(truediv(1, x));
  }
  const s = exactSum(inverses);
  if (s.special === null && s.total.n <= 0n) throw new StatisticsError("Weighted sum must be positive");
  return convert(frac(BigInt(xs.length) * s.total.d, s.total.n), s.kind, s.special === null ? null : xs.length / s.special);
}

function sortedData(data: unknown, what: string): unknown[] {
  const xs = sorted(list(data));
  if (xs.length === 0) throw new StatisticsError(`no ${what} for empty data`);
  return xs;
}

/** median(data) */
export function median(data: unknown): unknown {
  const xs = sortedData(data, "median");
  const n = xs.length;
  if (n % 2 === 1) return xs[(n - 1) / 2];
  return truediv(add(xs[n / 2 - 1], xs[n / 2]), 2);
}

/** median_low(data) */
export function median_low(data: unknown): unknown {
  const xs = sortedData(data, "median");
  const n = xs.length;
  return n % 2 === 1 ? xs[(n - 1) / 2] : xs[n / 2 - 1];
}

/** median_high(data) */
export function median_high(data: unknown): unknown {
  const xs = sortedData(data, "median");
  return xs[Math.floor(xs.length / 2)];
}

function counts(data: unknown): PyDict<unknown, number> {
  const c = new PyDict<unknown, number>();
  for (const x of iterate(data as Iterable<unknown>)) c.setitem(x, (c.has(x) ? c.getitem(x) : 0) + 1);
  return c;
}

/** mode(data): the most common value (the first seen among ties) */
export function mode(data: unknown): unknown {
  let best: unknown = undefined;
  let bestCount = 0;
  for (const [v, n] of counts(data).items()) if (n > bestCount) { best = v; bestCount = n; }
  if (bestCount === 0) throw new StatisticsError("no mode for empty data");
  return best;
}

/** multimode(data): every most common value, in first-seen order */
export function multimode(data: unknown): unknown[] {
  const c = [...counts(data).items()];
  if (!c.length) return [];
  const max = Math.max(...c.map(([, n]) => n));
  return c.filter(([, n]) => n === max).map(([v]) => v);
}

/** quantiles(data, *, n=4, method='exclusive') */
export function quantiles(...args: unknown[]): unknown[] {
  const [data, nArg = 4, method = "exclusive"] = params({ name: "quantiles", names: ["data"], required: 1, kwonly: ["n", "method"] }, args);
  const n = Number(nArg);
  if (n < 1) throw new StatisticsError("n must be at least 1");
  const xs = sorted(list(data));
  const ld = xs.length;
  if (ld < 2) throw new StatisticsError("must have at least two data points");
  const result: unknown[] = [];
  if (method === "inclusive") {
    const m = ld - 1;
    for (let i = 1; i < n; i++) {
      const [j, delta] = divmod(i * m, n) as unknown as [number, number];
      result.push(truediv(add(mul(xs[j], n - delta), mul(xs[j + 1], delta)), n));
    }
    return result;
  }
  if (method === "exclusive") {
    const m = ld + 1;
    for (let i = 1; i < n; i++) {
      let j = floordiv(i * m, n) as number;
      j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
      const delta = i * m - j * n;
      result.push(truediv(add(mul(xs[j - 1], n - delta), mul(xs[j], delta)), n));
    }
    return result;
  }
  throw new ValueError(`Unknown method: ${typeof method === "string" ? `'${method}'` : String(method)}`);
}

interface SumSquares {
  readonly kind: Kind;
  readonly ss: Frac;
  readonly special: number | null;
  readonly count: number;
}

/** `_ss(data, c)`: the exact sum of squared deviations */
function sumSquares(data: unknown, c: unknown): SumSquares {
  const xs = list(data);
  if (c !== null && c !== undefined) {
    const s = exactSum(xs.map((x) => { const d = sub(x, c); return mul(d, d); }));
    return { kind: s.kind, ss: s.total, special: s.special, count: s.count };
  }
  let kind: Kind = "int";
  let sx: Frac = { n: 0n, d: 1n };
  let sxx: Frac = { n: 0n, d: 1n };
  let special: number | null = null;
  for (const x of xs) {
    const r = exactRatio(x);
    if (r.kind === "float") kind = "float";
    if (r.ratio === null) { special = (special ?? 0) + r.special; continue; }
    sx = fadd(sx, r.ratio);
    sxx = fadd(sxx, frac(r.ratio.n * r.ratio.n, r.ratio.d * r.ratio.d));
  }
  const count = xs.length;
  if (!count) return { kind, ss: { n: 0n, d: 1n }, special: null, count };
  if (special !== null) return { kind, ss: { n: 0n, d: 1n }, special, count };
  const N = BigInt(count);
  // ssd = (count * sxx - sx * sx) / count
  const ss = frac((N * sxx.n * sx.d * sx.d - sx.n * sx.n * sxx.d) , sxx.d * sx.d * sx.d * N);
  return { kind, ss, special: null, count };
}

function isqrtBig(n: bigint): bigint {
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(n.toString(2).length / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

function bitLength(n: bigint): number {
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

/** `_float_sqrt_of_frac(n, m)`: the correctly rounded square root of n/m */
function sqrtOfFrac(f: Frac): number {
  const rto = (n: bigint, m: bigint): bigint => {
    const a = isqrtBig(n / m);
    return a | (a * a * m !== n ? 1n : 0n);
  };
  const q = Math.floor((bitLength(f.n) - bitLength(f.d) - 109) / 2);
  if (q >= 0) return +truediv(normBig(rto(f.n, f.d << BigInt(2 * q)) << BigInt(q)), 1);
  return +truediv(normBig(rto(f.n << BigInt(-2 * q), f.d)), normBig(1n << BigInt(-q)));
}

/** variance(data, xbar=None) */
export function variance(...args: unknown[]): unknown {
  const [data, xbar = null] = params({ name: "variance", names: ["data", "xbar"], required: 1 }, args);
  const s = sumSquares(data, xbar);
  if (s.count < 2) throw new StatisticsError("variance requires at least two data points");
  return convert(frac(s.ss.n, s.ss.d * BigInt(s.count - 1)), s.kind, s.special);
}

/** pvariance(data, mu=None) */
export function pvariance(...args: unknown[]): unknown {
  const [data, mu = null] = params({ name: "pvariance", names: ["data", "mu"], required: 1 }, args);
  const s = sumSquares(data, mu);
  if (s.count < 1) throw new StatisticsError("pvariance requires at least one data point");
  return convert(frac(s.ss.n, s.ss.d * BigInt(s.count)), s.kind, s.special);
}

/** stdev(data, xbar=None) */
export function stdev(...args: unknown[]): number {
  const [data, xbar = null] = params({ name: "stdev", names: ["data", "xbar"], required: 1 }, args);
  const s = sumSquares(data, xbar);
  if (s.count < 2) throw new StatisticsError("stdev requires at least two data points");
  if (s.special !== null) return boxFloat(Math.sqrt(s.special));
  return boxFloat(sqrtOfFrac(frac(s.ss.n, s.ss.d * BigInt(s.count - 1))));
}

/** pstdev(data, mu=None) */
export function pstdev(...args: unknown[]): number {
  const [data, mu = null] = params({ name: "pstdev", names: ["data", "mu"], required: 1 }, args);
  const s = sumSquares(data, mu);
  if (s.count < 1) throw new StatisticsError("pstdev requires at least one data point");
  if (s.special !== null) return boxFloat(Math.sqrt(s.special));
  return boxFloat(sqrtOfFrac(frac(s.ss.n, s.ss.d * BigInt(s.count))));
}


