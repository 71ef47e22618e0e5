/**
 * `format(value, spec)`: the full format mini-language for int (incl. bigint), float, str and bool,
 * `__format__` on user objects, CPython's error messages. Floats round the exact binary value half to
 * even (float-repr.ts), never through toFixed's ties-away rounding.
 *
 * For the compiler:
 *     format(x, spec)         -> format(x, spec, t?)
 *     f"{x:>8.3f}"            -> `${format(x, ">8.3f", t?)}`
 *     f"{x:{w}.{p}f}"         -> `${format(x, `${str(w)}.${str(p)}f`, t?)}`   (nested fields build the spec)
 *     f"{x!r:>8}"             -> `${format(repr(x, t?), ">8")}`                 (!s -> str, !a -> ascii)
 *     f"{x}"                  -> `${format(x, "", t?)}`   (calls a user __format__; str(x) would not)
 *     f"{x=}" / f"{x=:.2f}"   -> `x=${repr(x, t?)}` / `x=${format(x, ".2f", t?)}`
 * `t` is FLOAT (or a composite descriptor) whenever the static type involves float, so that an
 * integral float formats as `2.0` / uses float rules.
 */
import { TypeError, ValueError, OverflowError } from "./exceptions.js";
import { isFloatDesc, pickAlternative, type TypeDesc } from "./types.js";
import { fixedDigits, sigDigits, floatRepr } from "./float-repr.js";
import { bigToFloat } from "./numbers.js";
import { str } from "./repr.js";
import { typeName } from "./compare.js";
import { PyFloat } from "./float-box.js";
import { parseSpec, align, layoutNumber, type FormatSpec } from "./format-spec.js";

export function format(value: unknown, spec = "", t?: TypeDesc): string {
  if (value instanceof PyFloat) return spec === "" ? floatRepr(value.value) : formatFloat(value.value, parseSpec(spec, "float"));
  if (t !== undefined && t.kind === "union") t = pickAlternative(t, value);
  switch (typeof value) {
    case "string":
      return spec === "" ? value : formatStr(value, parseSpec(spec, "str"));
    case "number":
      if (isFloatDesc(t, value)) return spec === "" ? floatRepr(value) : formatFloat(value, parseSpec(spec, "float"));
      return spec === "" ? String(value) : formatInt(value, parseSpec(spec, "int"));
    case "bigint":
      return spec === "" ? value.toString() : formatInt(value, parseSpec(spec, "int"));
    case "boolean":
      return spec === "" ? (value ? "True" : "False") : formatInt(value ? 1 : 0, parseSpec(spec, "bool"), "bool");
  }
  const f = value !== null && typeof value === "object" ? (value as Record<string, unknown>).__format__ : undefined;
  if (typeof f === "function") {
    const r = f.call(value, spec);
    if (typeof r !== "string") throw new TypeError(`__format__ must return a str, not ${typeName(r)}`);
    return r;
  }
  if (spec === "") return str(value, t);
  throw new TypeError(`unsupported format string passed to ${typeName(value)}.__format__`);
}

function formatStr(s: string, spec: FormatSpec): string {
  if (spec.type !== "" && spec.type !== "s") throw new ValueError(`Unknown format code '${spec.type}' for object of type 'str'`);
  if (spec.sign !== "") throw new ValueError("Sign not allowed in string format specifier");
  if (spec.alt) throw new ValueError("Alternate form (#) not allowed in string format specifier");
  if (spec.z) throw new ValueError("Negative zero coercion (z) not allowed in string format specifier");
  if (spec.align === "=") throw new ValueError("'=' alignment not allowed in string format specifier");
  if (spec.grouping !== "") throw new ValueError(`Cannot specify '${spec.grouping}' with 's'.`);
  let body = s;
  if (spec.precision >= 0) {
    const cps = Array.from(s);
    if (cps.length > spec.precision) body = cps.slice(0, spec.precision).join("");
  }
  return align(body, spec, "<");
}

function formatInt(v: number | bigint, spec: FormatSpec, pyType = "int"): string {
  const type = spec.type;
  if ("eEfFgG%".includes(type) && type !== "") {
    return formatFloat(typeof v === "bigint" ? bigToFloat(v) : v, spec);
  }
  if (spec.precision >= 0) throw new ValueError("Precision not allowed in integer format specifier");
  if (spec.z) throw new ValueError("Negative zero coercion (z) not allowed in integer format specifier");
  const neg = v < 0;
  const mag = typeof v === "bigint" ? (neg ? -v : v) : Math.abs(v);
  let digits: string;
  let prefix = "";
  let groupSize = 3;
  switch (type) {
    case "":
    case "d":
    case "n":
      if (type === "n" && spec.grouping !== "") throw new ValueError(`Cannot specify '${spec.grouping}' with 'n'.`);
      digits = mag.toString();
      break;
    case "b":
    case "o":
    case "x":
    case "X": {
      if (spec.grouping === ",") throw new ValueError(`Cannot specify ',' with '${type}'.`);
      const radix = type === "b" ? 2 : type === "o" ? 8 : 16;
      digits = mag.toString(radix);
      if (type === "X") digits = digits.toUpperCase();
      if (spec.alt) prefix = type === "X" ? "0X" : "0" + type;
      groupSize = 4;
      break;
    }
    case "c": {
      if (spec.sign !== "") throw new ValueError("Sign not allowed with integer format specifier 'c'");
      if (spec.alt) throw new ValueError("Alternate form (#) is not allowed with integer format specifier 'c'");
      if (typeof mag === "bigint" && mag >= 2n ** 63n) throw new OverflowError("Python int too large to convert to C long");
      if (neg || mag > 0x10ffff) throw new OverflowError("%c arg not in range(0x110000)");
      return align(String.fromCodePoint(Number(mag)), spec, ">");
    }
    default:
      throw new ValueError(`Unknown format code '${type}' for object of type '${pyType}'`);
  }
  const sign = neg ? "-" : spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
  return layoutNumber(sign, prefix, digits, "", spec, groupSize);
}

export function formatFloat(x: number, spec: FormatSpec): string {
  let type = spec.type;
  let precision = spec.precision;
  let addDot0 = false;
  let pct = false;
  if (!"eEfFgGn%".includes(type) || type === "") {
    if (type !== "") throw new ValueError(`Unknown format code '${type}' for object of type 'float'`);
  }
  if (type === "") {
    addDot0 = true;
    type = precision < 0 ? "r" : "g";
  }
  if (type === "n") type = "g";
  if (type === "%") {
    type = "f";
    x *= 100;
    pct = true;
  }
  if (precision < 0) precision = 6;
  const upper = type === "E" || type === "F" || type === "G";
  let neg = x < 0 || (x === 0 && 1 / x < 0);
  let body: string;
  if (!Number.isFinite(x)) {
    body = x !== x ? "nan" : "inf";
    if (x !== x) neg = false;
    if (upper) body = body.toUpperCase();
  } else {
    body = floatBody(Math.abs(x), type.toLowerCase(), precision, spec.alt, addDot0);
    if (upper) body = body.toUpperCase();
    if (neg && spec.z && !/[1-9]/.test(body.replace(/e.*$/i, ""))) neg = false;
  }
  if (pct) body += "%";
  const sign = neg ? "-" : spec.sign === "+" ? "+" : spec.sign === " " ? " " : "";
  if (spec.grouping !== "" && Number.isFinite(x)) {
    const m = /^(\d+)(.*)$/s.exec(body)!;
    return layoutNumber(sign, "", m[1]!, m[2]!, spec, 3);
  }
  return layoutNumber(sign, "", body, "", { ...spec, grouping: "" }, 3);
}

/** Digits of a finite non-negative float for types f, e, g, r. */
function floatBody(ax: number, type: string, precision: number, alt: boolean, addDot0: boolean): string {
  switch (type) {
    case "f": {
      const s = fixedDigits(ax, precision);
      return alt && precision === 0 ? s + "." : s;
    }
    case "e":
      return expBody(ax, precision, alt);
    case "r": {
      const r = floatRepr(ax);
      return r;
    }
    default: {
      const p = precision === 0 ? 1 : precision;
      const { exp } = sigDigits(ax, p);
      let s: string;
      const limit = addDot0 ? p - 1 : p;
      if (ax !== 0 && (exp < -4 || exp >= limit)) s = expBody(ax, p - 1, alt);
      else s = fixedDigits(ax, Math.max(0, p - 1 - (ax === 0 ? 0 : exp)));
      if (!alt) {
        s = stripZeros(s);
        if (addDot0 && !/[.e]/.test(s)) s += ".0";
      } else if (!s.includes(".")) {
        const e = s.indexOf("e");
        s = e < 0 ? s + "." : s.slice(0, e) + "." + s.slice(e);
      }
      return s;
    }
  }
}

function stripZeros(s: string): string {
  const e = s.indexOf("e");
  const mant = e < 0 ? s : s.slice(0, e);
  const rest = e < 0 ? "" : s.slice(e);
  if (!mant.includes(".")) return s;
  return mant.replace(/\.?0+$/, "") + rest;
}

function expBody(ax: number, precision: number, alt: boolean): string {
  const { digits, exp } = sigDigits(ax, precision + 1);
  let mant = digits.slice(0, 1);
  if (precision > 0) mant += "." + digits.slice(1);
  else if (alt) mant += ".";
  const e = Math.abs(exp);
  return `${mant}e${exp < 0 ? "-" : "+"}${e < 10 ? "0" + e : e}`;
}
