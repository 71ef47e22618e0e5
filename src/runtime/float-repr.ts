/**
 * CPython-exact float text: `repr(float)` (shortest round-trip digits in Python's layout: `1e+16`,
 * `1e-05`, `0.0001`, `123456789.0`, `inf`, `nan`, `-0.0`) and correctly rounded fixed / scientific
 * digits for the format mini-language and `round(x, n)`.
 *
 * WHY not toFixed/toExponential: they round exact ties away from zero, CPython rounds the exact binary
 * value half to even (`f"{0.125:.2f}"` is 0.12, `f"{21.5625:.3f}"` is 21.562). `toFixed(p)` is still
 * exact whenever the value is not a tie at that precision, which `isFixedTie` detects with two exact
 * power-of-two multiplications; only ties and huge values take the BigInt path (`exactDecimal`).
 *
 * For the compiler: nothing to emit directly; use `repr`/`str`/`format` (repr.ts, format.ts).
 */

/** `repr(x)` for a float. */
export function floatRepr(x: number): string {
  if (x !== x) return "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return 1 / x < 0 ? "-0.0" : "0.0";
  const ax = Math.abs(x);
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return Number.isInteger(x) ? s + ".0" : s;
  }
  return pyExponent(x.toExponential());
}

/** JS exponent layout ("1.5e+300", "1e-5") to Python's two-digit minimum ("1e-05"). */
function pyExponent(s: string): string {
  const i = s.indexOf("e");
  const mant = s.slice(0, i);
  const sign = s[i + 1];
  const digits = s.slice(i + 2);
  return `${mant}e${sign}${digits.length < 2 ? "0" + digits : digits}`;
}

/** The exact decimal value of |x| (finite): |x| = digits / 10^scale, digits without leading zeros. */
export function exactDecimal(x: number): { digits: string; scale: number } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  let mant = bits & 0xfffffffffffffn;
  let exp: number;
  if (biased === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = biased - 1075;
  }
  if (mant === 0n) return { digits: "0", scale: 0 };
  while (exp < 0 && (mant & 1n) === 0n) {
    mant >>= 1n;
    exp++;
  }
  if (exp >= 0) return { digits: (mant << BigInt(exp)).toString(), scale: 0 };
  return { digits: (mant * 5n ** BigInt(-exp)).toString(), scale: -exp };
}

/**
 * Rounds the digit string `d` (an integer) to its first `keep` digits, half to even.
 * Returns the kept digits (possibly one longer after a carry: "999" -> "1000").
 */
function roundDigits(d: string, keep: number): string {
  if (keep >= d.length) return d;
  if (keep < 0) return "0";
  const head = keep === 0 ? "0" : d.slice(0, keep);
  const first = d.charCodeAt(keep) - 48;
  let up: boolean;
  if (first !== 5) up = first > 5;
  else {
    let rest = false;
    for (let i = keep + 1; i < d.length; i++) {
      if (d.charCodeAt(i) !== 48) {
        rest = true;
        break;
      }
    }
    up = rest || (head.charCodeAt(head.length - 1) - 48) % 2 === 1;
  }
  return up ? incrementDigits(head) : head;
}

function incrementDigits(d: string): string {
  const a = d.split("");
  let i = a.length - 1;
  while (i >= 0) {
    if (a[i] === "9") {
      a[i] = "0";
      i--;
    } else {
      a[i] = String.fromCharCode(a[i]!.charCodeAt(0) + 1);
      return a.join("");
    }
  }
  return "1" + a.join("");
}

/** True when |x| lies exactly halfway between two multiples of 10^-prec (toFixed would round up). */
function isFixedTie(ax: number, prec: number): boolean {
  const a = ax * 2 ** (prec + 1);
  return Number.isInteger(a) && !Number.isInteger(ax * 2 ** prec) && a < 2 ** 53;
}

/** |x| (finite) with exactly `prec` digits after the point (no point when prec is 0), half-even. */
export function fixedDigits(x: number, prec: number): string {
  const ax = Math.abs(x);
  if (ax < 1e21 && prec <= 100 && !isFixedTie(ax, prec)) return ax.toFixed(prec);
  const { digits, scale } = exactDecimal(ax);
  let intPart: string;
  if (scale <= prec) intPart = digits + "0".repeat(prec - scale);
  else {
    const padded = digits.length <= scale ? "0".repeat(scale - digits.length + 1) + digits : digits;
    intPart = roundDigits(padded, padded.length - (scale - prec));
  }
  intPart = intPart.replace(/^0+(?=\d)/, "");
  if (prec === 0) return intPart;
  const whole = intPart.length > prec ? intPart : "0".repeat(prec - intPart.length + 1) + intPart;
  return whole.slice(0, whole.length - prec) + "." + whole.slice(whole.length - prec);
}

/**
 * |x| (finite) rounded to `sig` significant digits, half-even: `digits` has exactly `sig` characters and
 * |x| ~= 0.d1d2... * 10^(exp + 1), i.e. `exp` is the decimal exponent of the first digit.
 */
export function sigDigits(x: number, sig: number): { digits: string; exp: number } {
  const ax = Math.abs(x);
  if (ax === 0) return { digits: "0".repeat(sig), exp: 0 };
  if (sig <= 100 && !mayBeSigTie(ax, sig)) {
    // toExponential rounds the exact value correctly whenever it is not a tie
    const s = ax.toExponential(sig - 1);
    const e = s.indexOf("e");
    return { digits: s.slice(0, e).replace(".", ""), exp: Number(s.slice(e + 1)) };
  }
  const { digits, scale } = exactDecimal(ax);
  let exp = digits.length - 1 - scale;
  let d = roundDigits(digits, sig);
  if (d.length > sig) {
    d = d.slice(0, sig);
    exp++;
  }
  if (d.length < sig) d += "0".repeat(sig - d.length);
  return { digits: d, exp };
}

/**
 * False when |x| is certainly not halfway between two `sig`-digit decimals. A true tie has an exact
 * expansion of sig+1 significant digits ending in 5, which toExponential(sig) reproduces exactly.
 */
function mayBeSigTie(ax: number, sig: number): boolean {
  if (sig >= 100) return true;
  const s = ax.toExponential(sig);
  const e = s.indexOf("e");
  return s.charCodeAt(e - 1) === 53 && Number(s) === ax;
}

/** CPython's round(x, ndigits) for a finite float: exact half-even decimal rounding, back to a double. */
export function roundFloat(x: number, ndigits: number): number {
  if (!Number.isFinite(x) || x === 0) return x;
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  const { digits, scale } = exactDecimal(Math.abs(x));
  const drop = scale - ndigits;
  let text: string;
  if (drop <= 0) return x;
  if (drop > digits.length) text = "0";
  else text = `${roundDigits(digits, digits.length - drop)}e${-ndigits}`;
  const r = Number(text);
  return x < 0 ? -r : r;
}
