/**
 * Python `//`, `%` and `divmod` on ints (exact, floor semantics, bigint when large) and floats
 * (CPython's float_divmod rules), with CPython's ZeroDivisionError messages; `str % args` goes to
 * printf-style formatting. Re-exported by numbers.ts; see its header for what the compiler emits.
 */
import { ZeroDivisionError } from "./exceptions.js";
import { isIntNumber } from "./types.js";
import { asTuple } from "./tuple.js";
import { percentFormat } from "./format-percent.js";
import { normBig, binaryDunder, numeric, kindOfValue, toF, toB, type PyInt } from "./numbers.js";
import { boxFloat } from "./float-box.js";

function intFloorDiv(x: number | bigint, y: number | bigint): PyInt {
  if (typeof x === "number" && typeof y === "number") {
    const m = x % y;
    let q = (x - m) / y;
    if (m !== 0 && m < 0 !== y < 0) q -= 1;
    return q + 0;
  }
  const bx = toB(x);
  const by = toB(y);
  let q = bx / by;
  if (bx % by !== 0n && bx < 0n !== by < 0n) q -= 1n;
  return normBig(q);
}

function intMod(x: number | bigint, y: number | bigint): PyInt {
  if (typeof x === "number" && typeof y === "number") {
    let m = x % y;
    if (m !== 0 && m < 0 !== y < 0) m += y;
    return m + 0;
  }
  const by = toB(y);
  let m = toB(x) % by;
  if (m !== 0n && m < 0n !== by < 0n) m += by;
  return normBig(m);
}

/** CPython's float_divmod: [floor quotient, modulo] for floats. */
function floatDivmod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if (wx < 0 !== mod < 0) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 || Object.is(vx / wx, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

function divLike(op: "//" | "%" | "divmod", a: unknown, b: unknown, knownFloat: boolean): unknown {
  const x = numeric(a);
  const y = numeric(b);
  if (x === undefined || y === undefined) {
    if (op === "%" && typeof a === "string") return percentFormat(a, b);
    return binaryDunder(op, a, b);
  }
  const floaty = knownFloat || kindOfValue(a) === 2 || kindOfValue(b) === 2;
  if (y == 0) {
    if (floaty) {
      const msg = op === "//" ? "float floor division by zero" : op === "%" ? "float modulo" : "float divmod()";
      throw new ZeroDivisionError(msg);
    }
    throw new ZeroDivisionError(op === "%" ? "integer modulo by zero" : "integer division or modulo by zero");
  }
  if (floaty) {
    const [q, m] = floatDivmod(toF(x), toF(y)).map(boxFloat) as [number, number];
    return op === "//" ? q : op === "%" ? m : asTuple([q, m]);
  }
  if (op === "//") return intFloorDiv(x, y);
  if (op === "%") return intMod(x, y);
  return asTuple([intFloorDiv(x, y), intMod(x, y)]);
}

export function floordiv(a: unknown, b: unknown): any {
  if (typeof a === "number" && typeof b === "number" && b !== 0 && isIntNumber(a) && isIntNumber(b)) {
    return intFloorDiv(a, b);
  }
  return divLike("//", a, b, false);
}
export function mod(a: unknown, b: unknown): any {
  if (typeof a === "number" && typeof b === "number" && b !== 0 && isIntNumber(a) && isIntNumber(b)) {
    return intMod(a, b);
  }
  return divLike("%", a, b, false);
}
export function divmod(a: unknown, b: unknown): any {
  return divLike("divmod", a, b, false);
}
export function floordivF(a: unknown, b: unknown): any {
  return divLike("//", a, b, true);
}
export function modF(a: unknown, b: unknown): any {
  return divLike("%", a, b, true);
}
export function divmodF(a: unknown, b: unknown): any {
  return divLike("divmod", a, b, true);
}
