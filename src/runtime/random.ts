/**
 * The `random` module, bit-exact with CPython: the Mersenne Twister (MT19937) of
 * Modules/_randommodule.c with CPython's seeding (`init_by_array` on the 32-bit words of |seed|;
 * a str/bytes seed is extended with its SHA-512 digest), `random()` = genrand_res53, and the
 * distributions and sequence functions ported line by line from Lib/random.py, so the same seed
 * gives the same values in the same order.
 *
 * What the compiler emits: `import random` → `import { random } from "py2ts/runtime"`, then
 * `random.seed(42)`, `random.randint(1, 6)`, `random.choices(xs, kw({ k: 3 }))`,
 * `new random.Random(7)`. Floats come back in canonical form (float-box.ts).
 */
import { len } from "./builtins-reduce.js";
import { typeName } from "./compare.js";
import { IndexError, TypeError, ValueError, ZeroDivisionError } from "./exceptions.js";
import { boxFloat, PyFloat } from "./float-box.js";
import { hash } from "./hash.js";
import { getitem } from "./list.js";
import { params } from "./module-args.js";
import { add, bigToFloat, normBig, type PyInt } from "./numbers.js";
import { PyDict } from "./dict.js";
import { PyRange } from "./range.js";
import { PySet } from "./set.js";
import { sha512 } from "./sha512.js";
import { PyBytes } from "./strings-case.js";
import { isTuple, tuple, type PyTuple } from "./tuple.js";

const N = 624;
const M = 397;
const TWOPI = 2 * Math.PI;
const NV_MAGICCONST = (4 * Math.exp(-0.5)) / Math.sqrt(2.0);
const LOG4 = Math.log(4.0);
const SG_MAGICCONST = 1.0 + Math.log(4.5);

/** A Python number as a JS number or bigint (a boxed float unwrapped, a bool as 0/1). */
function num(x: unknown): number | bigint {
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "boolean") return x ? 1 : 0;
  throw new TypeError(`must be real number, not ${typeName(x)}`);
}

function toFloat(x: unknown): number {
  const n = num(x);
  return typeof n === "bigint" ? bigToFloat(n) : n;
}

function isFloat(x: unknown): boolean {
  return x instanceof PyFloat || (typeof x === "number" && !Number.isSafeInteger(x));
}

/** `operator.index(x)` for randrange: ints pass, integral floats are accepted (deprecated), others fail. */
function index(x: unknown, which: string): number | bigint {
  if (typeof x === "boolean") return x ? 1 : 0;
  if (typeof x === "bigint") return x;
  if (typeof x === "number" && Number.isSafeInteger(x)) return x;
  if (isFloat(x)) {
    const v = toFloat(x);
    if (!Number.isInteger(v)) throw new ValueError(`non-integer ${which} for randrange()`);
    return Number.isSafeInteger(v) ? v : BigInt(v);
  }
  throw new TypeError(`'${typeName(x)}' object cannot be interpreted as an integer`);
}

function bitLength(n: number | bigint): number {
  if (typeof n === "bigint") return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
  return n === 0 ? 0 : Math.abs(n).toString(2).length;
}

/** The 32-bit words of a non-negative integer, least significant first (at least one word). */
function words(n: bigint): number[] {
  const out: number[] = [];
  do {
    out.push(Number(n & 0xffffffffn));
    n >>= 32n;
  } while (n > 0n);
  return out;
}

function bytesToBig(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function entropy(): number[] {
  const key = new Uint32Array(N);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint32Array) => Uint32Array } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(key);
  else {
    const t = Date.now();
    for (let i = 0; i < N; i++) key[i] = (Math.random() * 2 ** 32) ^ (t + i * 2654435761);
  }
  return Array.from(key);
}

function isSequence(x: unknown): boolean {
  return Array.isArray(x) || typeof x === "string" || x instanceof PyRange || x instanceof PyBytes
    || (typeof x === "object" && x !== null && !(x instanceof PyDict) && !(x instanceof PySet) && typeof (x as { __getitem__?: unknown }).__getitem__ === "function" && typeof (x as { __len__?: unknown }).__len__ === "function");
}

export class Random {
  static readonly __pyname__ = "Random";
  static readonly VERSION = 3;
  private readonly mt = new Uint32Array(N);
  private mti = N + 1;
  gauss_next: number | null = null;

  constructor(x: unknown = null) {
    this.seed(x);
  }

  // ---- the generator (Modules/_randommodule.c) ----

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.mti = N;
  }

  private initByArray(key: readonly number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) + key[j]! + j) >>> 0;
      i++;
      j++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]!; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  private genrandUint32(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + M]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk]! & 0x80000000) | (mt[kk + 1]! & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      const y = (mt[N - 1]! & 0x80000000) | (mt[0]! & 0x7fffffff);
      mt[N - 1] = mt[M - 1]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.mti = 0;
    }
    let y = mt[this.mti++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** random() -> x in the interval [0, 1). */
  random(): number {
    return boxFloat(this.rawRandom());
  }

  private rawRandom(): number {
    const a = this.genrandUint32() >>> 5;
    const b = this.genrandUint32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /** seed(a=None, version=2) */
  seed(...args: unknown[]): null {
    const [a = null, version = 2] = params({ name: "seed", names: ["a", "version"], required: 0 }, args);
    let value = a;
    const v = num(version);
    if (v == 1 && (typeof value === "string" || value instanceof PyBytes)) {
      const codes = typeof value === "string" ? Array.from(value, (ch) => ch.codePointAt(0)!) : Array.from(value.data);
      let x = codes.length ? BigInt(codes[0]!) << 7n : 0n;
      for (const c of codes) x = ((1000003n * x) ^ BigInt(c)) & 0xffffffffffffffffn;
      x ^= BigInt(codes.length);
      value = normBig(x === -1n ? -2n : x);
    } else if (v == 2 && (typeof value === "string" || value instanceof PyBytes)) {
      const bytes = typeof value === "string" ? new TextEncoder().encode(value) : value.data;
      const joined = new Uint8Array(bytes.length + 64);
      joined.set(bytes);
      joined.set(sha512(bytes), bytes.length);
      value = bytesToBig(joined);
    } else if (value !== null && typeof value !== "number" && typeof value !== "bigint" && typeof value !== "boolean" && !(value instanceof PyFloat)) {
      throw new TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
    }
    this.seedInt(value);
    this.gauss_next = null;
    return null;
  }

  /** `_random.Random.seed`: None from entropy, an int by its absolute value, anything else by its hash. */
  private seedInt(a: unknown): void {
    if (a === null || a === undefined) { this.initByArray(entropy()); return; }
    let n: bigint;
    if (typeof a === "bigint") n = a < 0n ? -a : a;
    else if (typeof a === "boolean") n = a ? 1n : 0n;
    else if (typeof a === "number" && Number.isSafeInteger(a)) n = BigInt(Math.abs(a));
    else n = BigInt.asUintN(64, BigInt(hash(a) as number | bigint));
    this.initByArray(words(n));
  }

  /** getrandbits(k) -> x: a non-negative int with k random bits. */
  getrandbits(k: unknown): PyInt {
    const bits = num(k);
    if (typeof bits === "number" && !Number.isInteger(bits)) throw new TypeError(`'float' object cannot be interpreted as an integer`);
    if (bits < 0) throw new ValueError("number of bits must be non-negative");
    const n = Number(bits);
    if (n === 0) return 0;
    if (n <= 32) return this.genrandUint32() >>> (32 - n);
    if (n <= 53) {
      const low = this.genrandUint32();
      const high = this.genrandUint32() >>> (64 - n);
      return high * 4294967296 + low;
    }
    let result = 0n;
    let shift = 0n;
    for (let left = n; left > 0; left -= 32) {
      let r = this.genrandUint32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return normBig(result);
  }

  /** A random int in [0, n), n > 0 (`_randbelow_with_getrandbits`). */
  private randbelow(n: number | bigint): PyInt {
    const k = bitLength(n);
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** randbytes(n) */
  randbytes(n: unknown): PyBytes {
    const count = Number(num(n));
    if (count < 0) throw new ValueError("negative argument not allowed");
    const r = this.getrandbits(count * 8);
    const out = new Uint8Array(count);
    let big = BigInt(r);
    for (let i = 0; i < count; i++) { out[i] = Number(big & 0xffn); big >>= 8n; }
    return new PyBytes(out);
  }

  /** randrange(start, stop=None, step=1) */
  randrange(...args: unknown[]): PyInt {
    const [start, stop = null, step] = params({ name: "randrange", names: ["start", "stop", "step"], required: 1 }, args);
    const istart = index(start, "arg 1");
    if (stop === null) {
      if (step !== undefined && step !== 1) throw new TypeError("Missing a non-None stop argument");
      if (istart > 0) return this.randbelow(istart);
      throw new ValueError("empty range for randrange()");
    }
    const istop = index(stop, "stop");
    const big = typeof istart === "bigint" || typeof istop === "bigint";
    const width = big ? BigInt(istop) - BigInt(istart) : (istop as number) - (istart as number);
    const istep = step === undefined ? 1 : index(step, "step");
    if (istep == 1) {
      if (width > 0) return normBig(BigInt(istart) + BigInt(this.randbelow(normBig(BigInt(width)))));
      throw new ValueError(`empty range for randrange() (${istart}, ${istop}, ${width})`);
    }
    const bw = BigInt(width);
    const bs = BigInt(istep);
    let n: bigint;
    if (bs > 0n) n = floorDiv(bw + bs - 1n, bs);
    else if (bs < 0n) n = floorDiv(bw + bs + 1n, bs);
    else throw new ValueError("zero step for randrange()");
    if (n <= 0n) throw new ValueError("empty range for randrange()");
    return normBig(BigInt(istart) + bs * BigInt(this.randbelow(normBig(n))));
  }

  /** randint(a, b): a random int in [a, b] */
  randint(a: unknown, b: unknown): PyInt {
    return this.randrange(a, add(b, 1));
  }

  /** choice(seq) */
  choice(seq: unknown): any {
    const n = len(seq);
    if (!n) throw new IndexError("Cannot choose from an empty sequence");
    return getitem(seq, this.randbelow(n));
  }

  /** shuffle(x): in place */
  shuffle(x: unknown): null {
    if (!Array.isArray(x)) {
      const n = len(x);
      const o = x as { __getitem__(i: number): unknown; __setitem__(i: number, v: unknown): void };
      for (let i = n - 1; i > 0; i--) {
        const j = this.randbelow(i + 1) as number;
        const xi = o.__getitem__(i);
        o.__setitem__(i, o.__getitem__(j));
        o.__setitem__(j, xi);
      }
      return null;
    }
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.randbelow(i + 1) as number;
      const t = x[i];
      x[i] = x[j];
      x[j] = t;
    }
    return null;
  }

  /** sample(population, k, *, counts=None) */
  sample(...args: unknown[]): unknown[] {
    const [population, kArg, counts = null] = params({ name: "sample", names: ["population", "k"], required: 2, kwonly: ["counts"] }, args);
    if (!isSequence(population)) throw new TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
    const n = len(population);
    if (counts !== null) {
      const cum: unknown[] = [];
      let total: unknown = 0;
      for (const c of counts as Iterable<unknown>) { total = cum.length ? add(total, c) : c; cum.push(total); }
      if (cum.length !== n) throw new ValueError("The number of counts does not match the population");
      cum.pop();
      if (isFloat(total) || (typeof total !== "number" && typeof total !== "bigint" && typeof total !== "boolean")) throw new TypeError("Counts must be integers");
      if (num(total) <= 0) throw new ValueError("Total of counts must be greater than zero");
      const selections = this.sample(new PyRange(0, total as number, 1), kArg);
      return selections.map((s) => getitem(population, bisectRight(cum, s, 0, cum.length)));
    }
    const k = Number(index(kArg, "k"));
    if (!(0 <= k && k <= n)) throw new ValueError("Sample larger than population or is negative");
    const result: unknown[] = new Array(k).fill(null);
    let setsize = 21;
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4));
    if (n <= setsize) {
      const pool = Array.isArray(population) ? population.slice() : Array.from(population as Iterable<unknown>);
      for (let i = 0; i < k; i++) {
        const j = this.randbelow(n - i) as number;
        result[i] = pool[j];
        pool[j] = pool[n - i - 1];
      }
    } else {
      const selected = new Set<number>();
      for (let i = 0; i < k; i++) {
        let j = this.randbelow(n) as number;
        while (selected.has(j)) j = this.randbelow(n) as number;
        selected.add(j);
        result[i] = getitem(population, j);
      }
    }
    return result;
  }

  /** choices(population, weights=None, *, cum_weights=None, k=1) */
  choices(...args: unknown[]): unknown[] {
    const [population, weights = null, cumArg = null, kArg = 1] = params({ name: "choices", names: ["population", "weights"], required: 1, kwonly: ["cum_weights", "k"] }, args);
    const n = len(population);
    const k = Number(index(kArg, "k"));
    const out: unknown[] = [];
    let cum: unknown[];
    if (cumArg === null) {
      if (weights === null) {
        for (let i = 0; i < k; i++) out.push(getitem(population, Math.floor(this.rawRandom() * n)));
        return out;
      }
      if (typeof weights === "number" || typeof weights === "bigint") throw new TypeError(`The number of choices must be a keyword argument: k=${weights}`);
      cum = [];
      let total: unknown = 0;
      for (const w of weights as Iterable<unknown>) { total = cum.length ? add(total, w) : w; cum.push(total); }
    } else if (weights !== null) {
      throw new TypeError("Cannot specify both weights and cumulative weights");
    } else {
      cum = Array.from(cumArg as Iterable<unknown>);
    }
    if (cum.length !== n) throw new ValueError("The number of weights does not match the population");
    const total = toFloat(cum[cum.length - 1]) + 0.0;
    if (total <= 0.0) throw new ValueError("Total of weights must be greater than zero");
    if (!Number.isFinite(total)) throw new ValueError("Total of weights must be finite");
    const hi = n - 1;
    for (let i = 0; i < k; i++) out.push(getitem(population, bisectRight(cum, this.rawRandom() * total, 0, hi)));
    return out;
  }

  // ---- real-valued distributions (Lib/random.py) ----

  /** uniform(a, b) */
  uniform(a: unknown, b: unknown): number {
    const width = typeof num(a) === "bigint" || typeof num(b) === "bigint" ? bigToFloat(BigInt(num(b)) - BigInt(num(a))) : toFloat(b) - toFloat(a);
    return boxFloat(toFloat(a) + width * this.rawRandom());
  }

  /** triangular(low=0.0, high=1.0, mode=None) */
  triangular(...args: unknown[]): unknown {
    const [lowArg = 0.0, highArg = 1.0, mode = null] = params({ name: "triangular", names: ["low", "high", "mode"], required: 0 }, args);
    let u = this.rawRandom();
    let low = toFloat(lowArg);
    let high = toFloat(highArg);
    let c: number;
    if (mode === null) c = 0.5;
    else {
      if (high - low === 0) {
        if (isFloat(lowArg) || isFloat(highArg) || isFloat(mode)) throw new ZeroDivisionError("float division by zero");
        return lowArg;
      }
      c = (toFloat(mode) - low) / (high - low);
    }
    if (u > c) {
      u = 1.0 - u;
      c = 1.0 - c;
      [low, high] = [high, low];
    }
    return boxFloat(low + (high - low) * Math.sqrt(u * c));
  }

  /** normalvariate(mu=0.0, sigma=1.0) */
  normalvariate(...args: unknown[]): number {
    const [mu = 0.0, sigma = 1.0] = params({ name: "normalvariate", names: ["mu", "sigma"], required: 0 }, args);
    let z: number;
    for (;;) {
      const u1 = this.rawRandom();
      const u2 = 1.0 - this.rawRandom();
      z = (NV_MAGICCONST * (u1 - 0.5)) / u2;
      const zz = (z * z) / 4.0;
      if (zz <= -Math.log(u2)) break;
    }
    return boxFloat(toFloat(mu) + z * toFloat(sigma));
  }

  /** gauss(mu=0.0, sigma=1.0) */
  gauss(...args: unknown[]): number {
    const [mu = 0.0, sigma = 1.0] = params({ name: "gauss", names: ["mu", "sigma"], required: 0 }, args);
    let z = this.gauss_next;
    this.gauss_next = null;
    if (z === null) {
      const x2pi = this.rawRandom() * TWOPI;
      const g2rad = Math.sqrt(-2.0 * Math.log(1.0 - this.rawRandom()));
      z = Math.cos(x2pi) * g2rad;
      this.gauss_next = Math.sin(x2pi) * g2rad;
    }
    return boxFloat(toFloat(mu) + z * toFloat(sigma));
  }

  /** lognormvariate(mu, sigma) */
  lognormvariate(mu: unknown, sigma: unknown): number {
    return boxFloat(Math.exp(+this.normalvariate(mu, sigma)));
  }

  /** expovariate(lambd) */
  expovariate(lambd: unknown): number {
    const l = toFloat(lambd);
    const x = -Math.log(1.0 - this.rawRandom());
    if (l === 0) throw new ZeroDivisionError("float division by zero");
    return boxFloat(x / l);
  }

  /** vonmisesvariate(mu, kappa) */
  vonmisesvariate(muArg: unknown, kappaArg: unknown): number {
    const mu = toFloat(muArg);
    const kappa = toFloat(kappaArg);
    if (kappa <= 1e-6) return boxFloat(TWOPI * this.rawRandom());
    const s = 0.5 / kappa;
    const r = s + Math.sqrt(1.0 + s * s);
    let z: number;
    for (;;) {
      const u1 = this.rawRandom();
      z = Math.cos(Math.PI * u1);
      const d = z / (r + z);
      const u2 = this.rawRandom();
      if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Math.exp(d)) break;
    }
    const q = 1.0 / r;
    const f = (q + z) / (1.0 + q * z);
    const u3 = this.rawRandom();
    const theta = u3 > 0.5 ? pyMod(mu + Math.acos(f), TWOPI) : pyMod(mu - Math.acos(f), TWOPI);
    return boxFloat(theta);
  }

  /** gammavariate(alpha, beta) */
  gammavariate(alphaArg: unknown, betaArg: unknown): number {
    return boxFloat(this.gamma(toFloat(alphaArg), toFloat(betaArg)));
  }

  private gamma(alpha: number, beta: number): number {
    if (alpha <= 0.0 || beta <= 0.0) throw new ValueError("gammavariate: alpha and beta must be > 0.0");
    if (alpha > 1.0) {
      const ainv = Math.sqrt(2.0 * alpha - 1.0);
      const bbb = alpha - LOG4;
      const ccc = alpha + ainv;
      for (;;) {
        const u1 = this.rawRandom();
        if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
        const u2 = 1.0 - this.rawRandom();
        const v = Math.log(u1 / (1.0 - u1)) / ainv;
        const x = alpha * Math.exp(v);
        const z = u1 * u1 * u2;
        const r = bbb + ccc * v - x;
        if (r + SG_MAGICCONST - 4.5 * z >= 0.0 || r >= Math.log(z)) return x * beta;
      }
    }
    if (alpha === 1.0) return -Math.log(1.0 - this.rawRandom()) * beta;
    let x: number;
    for (;;) {
      const u = this.rawRandom();
      const b = (Math.E + alpha) / Math.E;
      const p = b * u;
      x = p <= 1.0 ? p ** (1.0 / alpha) : -Math.log((b - p) / alpha);
      const u1 = this.rawRandom();
      if (p > 1.0) {
        if (u1 <= x ** (alpha - 1.0)) break;
      } else if (u1 <= Math.exp(-x)) break;
    }
    return x * beta;
  }

  /** betavariate(alpha, beta) */
  betavariate(alpha: unknown, beta: unknown): number {
    const y = this.gamma(toFloat(alpha), 1.0);
    if (y) return boxFloat(y / (y + this.gamma(toFloat(beta), 1.0)));
    return boxFloat(0.0);
  }

  /** paretovariate(alpha) */
  paretovariate(alpha: unknown): number {
    const u = 1.0 - this.rawRandom();
    return boxFloat(u ** (-1.0 / toFloat(alpha)));
  }

  /** weibullvariate(alpha, beta) */
  weibullvariate(alpha: unknown, beta: unknown): number {
    const u = 1.0 - this.rawRandom();
    return boxFloat(toFloat(alpha) * (-Math.log(u)) ** (1.0 / toFloat(beta)));
  }

  // ---- state ----

  /** getstate() -> (3, (624 words..., index), gauss_next) */
  getstate(): PyTuple {
    const internal = tuple(...Array.from(this.mt), this.mti);
    return tuple(Random.VERSION, internal, this.gauss_next === null ? null : boxFloat(this.gauss_next));
  }

  /** setstate(state) */
  setstate(state: unknown): null {
    if (!isTuple(state)) throw new TypeError("state vector must be a tuple");
    const version = state[0];
    if (version !== 3 && version !== 2) {
      throw new ValueError(`state with version ${String(version)} passed to Random.setstate() of version ${Random.VERSION}`);
    }
    const internal = state[1] as readonly unknown[];
    if (!isTuple(internal)) throw new TypeError("state vector must be a tuple");
    if (internal.length !== N + 1) throw new ValueError("state vector is the wrong size");
    const index = Number(num(internal[N]));
    if (index < 0 || index > N) throw new ValueError("invalid state");
    for (let i = 0; i < N; i++) this.mt[i] = Number(BigInt.asUintN(32, BigInt(num(internal[i]))));
    this.mti = index;
    const g = state[2];
    this.gauss_next = g === null || g === undefined ? null : toFloat(g);
    return null;
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function pyMod(a: number, b: number): number {
  const m = a % b;
  return m !== 0 && (m < 0) !== (b < 0) ? m + b : m;
}

/** bisect.bisect_right on numbers (ints, floats, boxed floats) */
function bisectRight(a: readonly unknown[], x: unknown, lo: number, hi: number): number {
  const xv = num(x);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xv < num(a[mid])) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The module's shared generator (`random.seed`, `random.random`, ...), made on first use. */
let shared: Random | null = null;
const inst = (): Random => (shared ??= new Random());

export const seed = (...args: unknown[]): null => inst().seed(...args);
export const random = (): number => inst().random();
export const uniform = (a: unknown, b: unknown): number => inst().uniform(a, b);
export const triangular = (...args: unknown[]): unknown => inst().triangular(...args);
export const randint = (a: unknown, b: unknown): PyInt => inst().randint(a, b);
export const choice = (seq: unknown): any => inst().choice(seq);
export const randrange = (...args: unknown[]): PyInt => inst().randrange(...args);
export const sample = (...args: unknown[]): unknown[] => inst().sample(...args);
export const shuffle = (x: unknown): null => inst().shuffle(x);
export const choices = (...args: unknown[]): unknown[] => inst().choices(...args);
export const normalvariate = (...args: unknown[]): number => inst().normalvariate(...args);
export const lognormvariate = (mu: unknown, sigma: unknown): number => inst().lognormvariate(mu, sigma);
export const expovariate = (lambd: unknown): number => inst().expovariate(lambd);
export const vonmisesvariate = (mu: unknown, kappa: unknown): number => inst().vonmisesvariate(mu, kappa);
export const gammavariate = (alpha: unknown, beta: unknown): number => inst().gammavariate(alpha, beta);
export const gauss = (...args: unknown[]): number => inst().gauss(...args);
export const betavariate = (alpha: unknown, beta: unknown): number => inst().betavariate(alpha, beta);
export const paretovariate = (alpha: unknown): number => inst().paretovariate(alpha);
export const weibullvariate = (alpha: unknown, beta: unknown): number => inst().weibullvariate(alpha, beta);
export const getstate = (): PyTuple => inst().getstate();
export const setstate = (state: unknown): null => inst().setstate(state);
export const getrandbits = (k: unknown): PyInt => inst().getrandbits(k);
export const randbytes = (n: unknown): PyBytes => inst().randbytes(n);
