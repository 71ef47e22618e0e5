/**
 * Python `**` / `pow()` (including the 3-argument modular form) and the integer bit operations
 * (`<<`, `>>`, `&`, `|`, `^`, `~`), on the number-or-bigint int representation (see numbers.ts).
 *
 * For the compiler: `a ** b` -> pow(a, b); `pow(a, b, m)` -> pow(a, b, m); `a << b` -> lshift(a, b);
 * `a >> b` -> rshift(a, b); `a & b` -> bitand(a, b); `a | b` -> bitor(a, b); `a ^ b` -> bitxor(a, b);
 * `~a` -> invert(a). The bit helpers also dispatch to `__and__`/`__or__`/... (sets, dicts, user classes).
 */
import { ZeroDivisionError, OverflowError, TypeError, ValueError } from "./exceptions.js";
import { isIntNumber } from "./types.js";
import { boxFloat, PyFloat } from "./float-box.js";
import { normBig, bigToFloat, binaryDunder, complexUnsupported, unaryDunder } from "./numbers.js";

function intOperand(x: unknown): number | bigint | undefined {
  if (typeof x === "number") return isIntNumber(x) ? x : undefined;
  if (typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  return undefined;
}

function floatOperand(x: unknown): number | undefined {
  if (typeof x === "number") return x;
  if (x instanceof PyFloat) return x.value;
  if (typeof x === "bigint") return bigToFloat(x);
  if (typeof x === "boolean") return x ? 1 : 0;
  return undefined;
}

export function pow(a: unknown, b: unknown, m?: unknown): any {
  if (m !== undefined && m !== null) return powMod(a, b, m);
  if (typeof a === "number" && typeof b === "number" && b >= 0 && isIntNumber(a) && isIntNumber(b)) {
    const r = a ** b;
    if (r <= 2147483648 && r >= -2147483648) return r;
    return normBig(BigInt(a) ** BigInt(b));
  }
  const x = intOperand(a);
  const y = intOperand(b);
  if (x !== undefined && y !== undefined) {
    if (y >= 0) return normBig(BigInt(x) ** BigInt(y));
    if (x == 0) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
    return boxFloat(floatPow(floatOperand(x)!, floatOperand(y)!));
  }
  const fx = floatOperand(a);
  const fy = floatOperand(b);
  if (fx === undefined || fy === undefined) return binaryDunder("**", a, b);
  return boxFloat(floatPow(fx, fy));
}

/** `**` with a float operand: C99 pow special cases plus CPython's errors. */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (iv === 1) return 1.0;
  if (iv !== iv || iw !== iw) return NaN;
  if (!Number.isFinite(iw)) {
    if (iv === -1) return 1.0;
    return iv ** iw;
  }
  if (iv === 0 && iw < 0) throw new ZeroDivisionError("0.0 cannot be raised to a negative power");
  if (iv < 0 && Number.isFinite(iv) && !Number.isInteger(iw)) complexUnsupported();
  const r = iv ** iw;
  if (!Number.isFinite(r) && Number.isFinite(iv)) throw new OverflowError(34, "Numerical result out of range");
  return r;
}

function powMod(a: unknown, b: unknown, m: unknown): number | bigint {
  const x = intOperand(a);
  const y = intOperand(b);
  const z = intOperand(m);
  if (x === undefined || y === undefined || z === undefined) {
    throw new TypeError("pow() 3rd argument not allowed unless all arguments are integers");
  }
  let mod = BigInt(z);
  if (mod === 0n) throw new ValueError("pow() 3rd argument cannot be 0");
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = ((BigInt(x) % mod) + mod) % mod;
  let exp = BigInt(y);
  if (exp < 0n) {
    base = modInverse(base, mod);
    exp = -exp;
  }
  let result = 1n % mod;
  while (exp > 0n) {
    if (exp & 1n) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  if (negMod && result !== 0n) result -= mod;
  return normBig(result);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) throw new ValueError("base is not invertible for the given modulus");
  return ((oldS % m) + m) % m;
}

export function lshift(a: unknown, b: unknown): any {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === undefined || y === undefined) return binaryDunder("<<", a, b);
  if (y < 0) throw new ValueError("negative shift count");
  if (typeof x === "number" && typeof y === "number" && y < 53) {
    const r = x * 2 ** y;
    if (Number.isSafeInteger(r)) return r;
  }
  if (x == 0) return 0;
  if (BigInt(y) > 2n ** 40n) throw new OverflowError("too many digits in integer");
  return normBig(BigInt(x) << BigInt(y));
}

export function rshift(a: unknown, b: unknown): any {
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === undefined || y === undefined) return binaryDunder(">>", a, b);
  if (y < 0) throw new ValueError("negative shift count");
  if (typeof x === "number") {
    if (y >= 64) return x < 0 ? -1 : 0;
    return Math.floor(x / 2 ** Number(y));
  }
  if (y >= 2n ** 32n) return x < 0n ? -1 : 0;
  return normBig(x >> BigInt(y));
}

const I32 = 2147483647;

function bitop(op: "&" | "|" | "^", a: unknown, b: unknown): unknown {
  if (typeof a === "boolean" && typeof b === "boolean") {
    return op === "&" ? a && b : op === "|" ? a || b : a !== b;
  }
  const x = intOperand(a);
  const y = intOperand(b);
  if (x === undefined || y === undefined) return binaryDunder(op, a, b);
  if (typeof x === "number" && typeof y === "number" && x <= I32 && x >= -I32 - 1 && y <= I32 && y >= -I32 - 1) {
    return op === "&" ? x & y : op === "|" ? x | y : x ^ y;
  }
  const bx = BigInt(x);
  const by = BigInt(y);
  return normBig(op === "&" ? bx & by : op === "|" ? bx | by : bx ^ by);
}

export function bitand(a: unknown, b: unknown): any {
  return bitop("&", a, b);
}
export function bitor(a: unknown, b: unknown): any {
  return bitop("|", a, b);
}
export function bitxor(a: unknown, b: unknown): any {
  return bitop("^", a, b);
}

export function invert(a: unknown): any {
  const x = intOperand(a);
  if (x === undefined) return unaryDunder("__invert__", "~", a);
  if (typeof x === "number") return -x - 1;
  return normBig(-x - 1n);
}
