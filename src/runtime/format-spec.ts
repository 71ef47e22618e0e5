/**
 * The format mini-language's spec parser and the layout steps shared by int, float and str formatting:
 * `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`, alignment with fill, digit
 * grouping (including CPython's grouped zero padding: `format(1234, "08,")` is `0,001,234`).
 * Not used directly by emitted code: see format.ts.
 */
import { ValueError } from "./exceptions.js";

export interface FormatSpec {
  fill: string;
  /** "<", ">", "=", "^" or "" when not given */
  align: string;
  /** "+", "-", " " or "" */
  sign: string;
  z: boolean;
  alt: boolean;
  /** the "0" flag was given */
  zero: boolean;
  width: number;
  /** ",", "_" or "" */
  grouping: string;
  /** -1 when not given */
  precision: number;
  /** "" when not given */
  type: string;
}

const ALIGN = "<>=^";

export function parseSpec(spec: string, typeName: string): FormatSpec {
  const r: FormatSpec = { fill: " ", align: "", sign: "", z: false, alt: false, zero: false, width: -1, grouping: "", precision: -1, type: "" };
  const cps = Array.from(spec);
  let i = 0;
  if (cps.length >= 2 && ALIGN.includes(cps[1]!)) {
    r.fill = cps[0]!;
    r.align = cps[1]!;
    i = 2;
  } else if (cps.length >= 1 && ALIGN.includes(cps[0]!)) {
    r.align = cps[0]!;
    i = 1;
  }
  const fillGiven = i === 2;
  if (cps[i] === "+" || cps[i] === "-" || cps[i] === " ") r.sign = cps[i++]!;
  if (cps[i] === "z") {
    r.z = true;
    i++;
  }
  if (cps[i] === "#") {
    r.alt = true;
    i++;
  }
  if (cps[i] === "0") {
    r.zero = true;
    if (!fillGiven) r.fill = "0";
    i++;
  }
  let w = "";
  while (i < cps.length && cps[i]! >= "0" && cps[i]! <= "9") w += cps[i++];
  if (w !== "") r.width = Number(w);
  if (cps[i] === "," || cps[i] === "_") {
    r.grouping = cps[i++]!;
    if (cps[i] === "," || cps[i] === "_") {
      throw new ValueError(r.grouping === cps[i] ? `Cannot specify '${r.grouping}' with '${r.grouping}'.` : "Cannot specify both ',' and '_'.");
    }
  }
  if (cps[i] === ".") {
    i++;
    let p = "";
    while (i < cps.length && cps[i]! >= "0" && cps[i]! <= "9") p += cps[i++];
    if (p === "") throw new ValueError("Format specifier missing precision");
    r.precision = Number(p);
  }
  if (cps.length - i > 1) throw new ValueError(`Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (i < cps.length) r.type = cps[i]!;
  if (r.grouping !== "" && r.type !== "" && "bdoxXeEfFgG%".indexOf(r.type) < 0) {
    throw new ValueError(`Cannot specify '${r.grouping}' with '${r.type}'.`);
  }
  return r;
}

/** Pads `body` (sign/prefix already attached by the caller) to the spec's width. */
export function align(body: string, spec: FormatSpec, defaultAlign: string, signLen = 0): string {
  const len = codePointLength(body);
  if (spec.width <= len) return body;
  const pad = spec.width - len;
  const a = spec.align || defaultAlign;
  const fill = spec.fill;
  switch (a) {
    case "<":
      return body + fill.repeat(pad);
    case ">":
      return fill.repeat(pad) + body;
    case "^": {
      const left = Math.floor(pad / 2);
      return fill.repeat(left) + body + fill.repeat(pad - left);
    }
    default:
      return body.slice(0, signLen) + fill.repeat(pad) + body.slice(signLen);
  }
}

export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}

/**
 * Groups an integer digit string with `sep` every `size` digits, zero-padding it to at least
 * `minWidth` characters the way CPython does when the fill is "0" with "=" alignment.
 */
export function groupDigits(digits: string, sep: string, size: number, minWidth: number): string {
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= size) groups.unshift(digits.slice(Math.max(0, end - size), end));
  if (groups.length === 0) groups.push("0");
  let text = groups.join(sep);
  while (text.length < minWidth) {
    if (groups[0]!.length < size) groups[0] = "0" + groups[0];
    else groups.unshift("0");
    text = groups.join(sep);
  }
  return text;
}

/**
 * Lays out a number: `sign` + `prefix` + integer digits (grouped) + `rest`, then aligns. With "0" fill and
 * "=" alignment the padding goes between the prefix and the digits (grouped if grouping is on).
 */
export function layoutNumber(sign: string, prefix: string, intDigits: string, rest: string, spec: FormatSpec, groupSize: number): string {
  const a = spec.align || ">";
  const zeroPad = spec.fill === "0" && (spec.align === "" || spec.align === "=") && spec.width > 0;
  const effectiveAlign = zeroPad ? "=" : a;
  const head = sign + prefix;
  if (spec.grouping !== "") {
    const minWidth = zeroPad ? spec.width - codePointLength(head) - codePointLength(rest) : 0;
    const grouped = groupDigits(intDigits, spec.grouping, groupSize, minWidth);
    return align(head + grouped + rest, { ...spec, align: effectiveAlign }, ">", head.length);
  }
  return align(head + intDigits + rest, { ...spec, align: effectiveAlign }, ">", head.length);
}
