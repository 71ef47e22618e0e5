/**
 * Python `hash()` with CPython's values where they are observable (they fix set iteration order):
 * ints reduce modulo 2^61-1 (-1 becomes -2), floats hash like the equal rational, bools as ints, tuples
 * by CPython's xxHash-based tuple hash. Strings get a stable 32-bit FNV-1a hash (CPython's is randomised
 * per process, so no program can depend on it). Objects use `__hash__`, else identity; a class that
 * defines `__eq__` without `__hash__` is unhashable, as in Python.
 *
 * `identityOf(x)` is the stable per-object number behind `id(x)`, default hashes and the fake addresses
 * in `<__main__.Foo object at 0x7f...>`; it is the one piece of per-program state the value layer keeps
 * (like CPython's heap addresses), in a WeakMap so it never keeps objects alive.
 *
 * For the compiler: `hash(x)` -> hash(x); `id(x)` -> identityOf(x).
 */
import { TypeError } from "./exceptions.js";
import { isIntNumber } from "./types.js";
import { PyFloat } from "./float-box.js";
import { isTuple } from "./tuple.js";
import { normBig } from "./numbers.js";
import { typeName } from "./compare.js";

export type PyHash = number | bigint;

const P = (1n << 61n) - 1n;
const M64 = (1n << 64n) - 1n;
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
/** CPython 3.11's hash(None) varies with ASLR above bit 12; this is one observed value. */
const NONE_HASH = 8729818454974;

const identities = new WeakMap<object, number>();
const identityCounter = { next: 0 };

/** A stable fake address for `x` (multiples of 16 like CPython's heap objects). */
export function identityOf(x: unknown): number {
  if (x === null || (typeof x !== "object" && typeof x !== "function")) return primitiveId(x);
  let id = identities.get(x as object);
  if (id === undefined) {
    id = 0x7f3a1c000000 + identityCounter.next++ * 48 + 0x10;
    identities.set(x as object, id);
  }
  return id;
}

function primitiveId(x: unknown): number {
  const h = hash(x);
  return typeof h === "bigint" ? Number(h & 0xffffffffffffn) : Math.abs(h) * 16 + 0x7f3a00000000;
}

export function hash(x: unknown): PyHash {
  switch (typeof x) {
    case "number":
      if (isIntNumber(x)) return x === -1 ? -2 : x;
      return floatHash(x);
    case "string":
      return strHash(x);
    case "boolean":
      return x ? 1 : 0;
    case "bigint":
      return bigHash(x);
    case "undefined":
      return NONE_HASH;
    case "function":
      return identityOf(x) >> 4;
    case "symbol":
      return identityOf(x);
  }
  if (x === null) return NONE_HASH;
  if (x instanceof PyFloat) return floatHash(x.value);
  if (Array.isArray(x)) {
    if (isTuple(x)) return tupleHash(x);
    throw new TypeError("unhashable type: 'list'");
  }
  const obj = x as Record<string, unknown>;
  const h = obj.__hash__;
  if (typeof h === "function") return normalizeHash(h.call(x));
  if (h === null || typeof obj.__eq__ === "function") {
    throw new TypeError(`unhashable type: '${typeName(x)}'`);
  }
  return identityOf(x) / 16;
}

function normalizeHash(h: unknown): PyHash {
  if (typeof h === "number" && Number.isSafeInteger(h)) return h === -1 ? -2 : h;
  // CPython keeps a __hash__ result that fits in Py_ssize_t as is (e.g. `return hash((a, b))`)
  if (typeof h === "bigint") return h >= -(1n << 63n) && h < 1n << 63n ? (h === -1n ? -2 : normBig(h)) : bigHash(h);
  if (typeof h === "boolean") return h ? 1 : 0;
  throw new TypeError("__hash__ method should return an integer");
}

function bigHash(b: bigint): PyHash {
  const neg = b < 0n;
  let h = (neg ? -b : b) % P;
  if (neg) h = -h;
  return h === -1n ? -2 : normBig(h);
}

/** CPython's _Py_HashDouble: the hash of the rational value modulo 2^61-1. */
function floatHash(x: number): PyHash {
  if (x !== x) return 0;
  if (x === Infinity) return 314159;
  if (x === -Infinity) return -314159;
  if (Number.isSafeInteger(x)) return x === -1 ? -2 : x + 0;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Math.abs(x));
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n);
  let mant = bits & 0xfffffffffffffn;
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  const shift = exp >= 0 ? exp % 61 : (61 - ((-exp) % 61)) % 61;
  let h = ((mant % P) << BigInt(shift)) % P;
  if (x < 0) h = -h;
  return h === -1n ? -2 : normBig(h);
}

/** FNV-1a over UTF-16 units: stable within and across runs, always a non-negative 32-bit number. */
export function strHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** CPython 3.8+ tuple hash (xxHash-based). */
export function tupleHash(items: readonly unknown[]): PyHash {
  let acc = XXPRIME_5;
  for (const item of items) {
    const lane = BigInt.asUintN(64, BigInt(hash(item)));
    acc = (acc + lane * XXPRIME_2) & M64;
    acc = ((acc << 31n) | (acc >> 33n)) & M64;
    acc = (acc * XXPRIME_1) & M64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & M64;
  if (acc === M64) return 1546275796;
  return normBig(BigInt.asIntN(64, acc));
}

/**
 * A cheaper hash for dict buckets (not observable: dicts iterate in insertion order): equal keys get
 * equal values, but tuples are combined with 32-bit arithmetic instead of CPython's 64-bit xxHash.
 */
export function bucketHash(x: unknown): number {
  if (Array.isArray(x) && isTuple(x)) {
    let h = 0x345678 ^ x.length;
    for (const item of x) h = Math.imul(h ^ bucketHash(item), 1000003) ^ (h >>> 15);
    return h;
  }
  const full = hash(x);
  if (typeof full === "bigint") return Number(BigInt.asIntN(32, full));
  return (full | 0) ^ ((full / 4294967296) | 0);
}

