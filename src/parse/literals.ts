/**
 * Values of Python literals, decoded exactly as CPython 3.11 does: string escapes for every
 * prefix (plain, raw, bytes, u), ints as bigint (any base, underscores), floats, imaginary.
 * Also Python's float repr, needed to print constants as CPython does.
 *
 * Errors are returned (never thrown) with an offset into the literal so the caller can report
 * a syntax error at the right place.
 */
import type { ConstantValue } from "../ast/nodes.js";
import { unicodeNameToCodePoint } from "./unicode-names.js";

export interface StringPrefix {
  readonly raw: boolean;
  readonly bytes: boolean;
  readonly fstring: boolean;
  readonly unicode: boolean;
}

/** A STRING token split into prefix, quotes and body (body offsets relative to the token). */
export interface StringParts {
  readonly prefix: StringPrefix;
  readonly bodyStart: number;
  readonly bodyEnd: number;
}

export function splitStringToken(image: string): StringParts {
  let i = 0;
  let raw = false;
  let bytes = false;
  let fstring = false;
  let unicode = false;
  for (; i < image.length; i++) {
    const c = image[i];
    if (c === "r" || c === "R") raw = true;
    else if (c === "b" || c === "B") bytes = true;
    else if (c === "f" || c === "F") fstring = true;
    else if (c === "u" || c === "U") unicode = true;
    else break;
  }
  const quote = image[i];
  const triple = image[i + 1] === quote && image[i + 2] === quote && image.length - i >= 6;
  const q = triple ? 3 : 1;
  return { prefix: { raw, bytes, fstring, unicode }, bodyStart: i + q, bodyEnd: image.length - q };
}

export interface LiteralError {
  readonly message: string;
  /** Offset of the problem within the decoded text. */
  readonly offset: number;
}

const SIMPLE_ESCAPES: Record<string, number> = {
  "\n": -1, "\\": 92, "'": 39, '"': 34, a: 7, b: 8, f: 12, n: 10, r: 13, t: 9, v: 11,
};

/** Decode the body of a non-bytes string (raw or not). CRLF/CR are already `\n` (see normalizeNewlines). */
export function decodeStr(body: string, raw: boolean): string | LiteralError {
  if (raw || body.indexOf("\\") < 0) return body;
  let out = "";
  let i = 0;
  const n = body.length;
  while (i < n) {
    const j = body.indexOf("\\", i);
    if (j < 0) {
      out += body.slice(i);
      break;
    }
    out += body.slice(i, j);
    const c = body[j + 1];
    if (c === undefined) return { message: "(unicode error) 'unicodeescape' codec can't decode bytes: \\ at end of string", offset: j };
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      if (simple >= 0) out += String.fromCharCode(simple);
      i = j + 2;
      continue;
    }
    if (c >= "0" && c <= "7") {
      let k = j + 1;
      let value = 0;
      while (k < n && k < j + 4 && body[k]! >= "0" && body[k]! <= "7") value = value * 8 + (body.charCodeAt(k++) - 48);
      out += String.fromCodePoint(value);
      i = k;
      continue;
    }
    if (c === "x" || c === "u" || c === "U") {
      const digits = c === "x" ? 2 : c === "u" ? 4 : 8;
      const hex = body.slice(j + 2, j + 2 + digits);
      if (hex.length < digits || !/^[0-9a-fA-F]+$/.test(hex)) {
        return { message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${j + 1 + Math.max(hex.search(/[^0-9a-fA-F]|$/), 0)}: truncated \\${c === "x" ? "xXX" : c === "u" ? "uXXXX" : "UXXXXXXXX"} escape`, offset: j };
      }
      const value = parseInt(hex, 16);
      if (value > 0x10ffff) return { message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${j + 9}: illegal Unicode character`, offset: j };
      out += String.fromCodePoint(value);
      i = j + 2 + digits;
      continue;
    }
    if (c === "N") {
      const close = body.indexOf("}", j);
      if (body[j + 2] !== "{" || close < 0) return { message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${j + 1}: malformed \\N character escape`, offset: j };
      const code = unicodeNameToCodePoint(body.slice(j + 3, close));
      if (code === undefined) return { message: `(unicode error) 'unicodeescape' codec can't decode bytes in position ${j}-${close}: unknown Unicode character name`, offset: j };
      out += String.fromCodePoint(code);
      i = close + 1;
      continue;
    }
    // An unknown escape keeps its backslash (CPython warns, it does not fail).
    out += "\\";
    i = j + 1;
  }
  return out;
}

/** Decode the body of a bytes literal into byte values. */
export function decodeBytes(body: string, raw: boolean): number[] | LiteralError {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    if (body.charCodeAt(i) >= 128) return { message: "bytes can only contain ASCII literal characters", offset: i };
  }
  let i = 0;
  const n = body.length;
  while (i < n) {
    const ch = body.charCodeAt(i);
    if (ch !== 92 || raw) {
      out.push(ch);
      i++;
      continue;
    }
    const c = body[i + 1];
    if (c === undefined) return { message: "(value error) Trailing \\ in string", offset: i };
    const simple = SIMPLE_ESCAPES[c];
    if (simple !== undefined) {
      if (simple >= 0) out.push(simple);
      i += 2;
      continue;
    }
    if (c >= "0" && c <= "7") {
      let k = i + 1;
      let value = 0;
      while (k < n && k < i + 4 && body[k]! >= "0" && body[k]! <= "7") value = value * 8 + (body.charCodeAt(k++) - 48);
      out.push(value & 0xff);
      i = k;
      continue;
    }
    if (c === "x") {
      const hex = body.slice(i + 2, i + 4);
      if (hex.length < 2 || !/^[0-9a-fA-F]{2}$/.test(hex)) return { message: `(value error) invalid \\x escape at position ${i}`, offset: i };
      out.push(parseInt(hex, 16));
      i += 4;
      continue;
    }
    out.push(92);
    i++;
  }
  return out;
}

/** CPython reads source with universal newlines: CRLF and CR inside literals become LF. */
export function normalizeNewlines(text: string): string {
  return text.indexOf("\r") < 0 ? text : text.replace(/\r\n?/g, "\n");
}

/** The value of a NUMBER token. */
export function parseNumber(image: string): ConstantValue | LiteralError {
  const text = image.indexOf("_") >= 0 ? image.replace(/_/g, "") : image;
  const last = text[text.length - 1];
  if (last === "j" || last === "J") return { type: "complex", imag: Number(text.slice(0, -1)) };
  const second = text[1];
  if (text[0] === "0" && second !== undefined && /[xXoObB]/.test(second)) return { type: "int", value: BigInt(text) };
  if (/[.eE]/.test(text)) return { type: "float", value: Number(text) };
  if (text.length > 1 && text[0] === "0" && /[1-9]/.test(text)) {
    return { message: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", offset: 0 };
  }
  return { type: "int", value: BigInt(text) };
}

/** Python's `repr(float)`: shortest round-trip digits, exponent form outside 1e-4 <= |x| < 1e16. */
export function pyFloatRepr(x: number): string {
  return formatShortFloat(x, { forceDecimalPoint: true });
}

/** Python's `repr(complex)` for a literal: always a pure imaginary `<imag>j`. */
export function pyImaginaryRepr(imag: number): string {
  return `${formatShortFloat(imag, { forceDecimalPoint: false })}j`;
}

function formatShortFloat(x: number, options: { readonly forceDecimalPoint: boolean }): string {
  if (Number.isNaN(x)) return "nan";
  if (!Number.isFinite(x)) return x > 0 ? "inf" : "-inf";
  if (x === 0) return (Object.is(x, -0) ? "-0" : "0") + (options.forceDecimalPoint ? ".0" : "");
  const sign = x < 0 ? "-" : "";
  const [mantissa, expText] = Math.abs(x).toExponential().split("e") as [string, string];
  const digits = mantissa.replace(".", "");
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : `${Math.abs(exp)}`;
    return `${sign}${m}e${exp < 0 ? "-" : "+"}${e}`;
  }
  let body: string;
  if (exp < 0) body = `0.${"0".repeat(-exp - 1)}${digits}`;
  else if (digits.length <= exp + 1) body = digits + "0".repeat(exp + 1 - digits.length) + (options.forceDecimalPoint ? ".0" : "");
  else body = `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
  return sign + body;
}
