/**
 * printf-style `str % args` with CPython's conversions, flags and errors: `%s %r %a %d %i %u %x %X %o
 * %e %E %f %F %g %G %c %%`, `%(name)s` with a mapping, `*` width/precision, flags `-+ #0`.
 *
 * For the compiler: `"%s has %d" % (a, b)` -> percentFormat("%s has %d", tuple(a, b), t?);
 * `"%s" % x` -> percentFormat("%s", x, t?); `"%(a)s" % d` -> percentFormat("%(a)s", d, t?), where `t`
 * describes the right operand (tupleOf(STR, FLOAT), FLOAT, dictOf(STR, FLOAT), ...).
 */
import { TypeError, ValueError, OverflowError } from "./exceptions.js";
import { FLOAT, isIntNumber, itemDesc, type TypeDesc } from "./types.js";
import { PyFloat } from "./float-box.js";
import { isTuple } from "./tuple.js";
import { PyDict } from "./dict.js";
import { repr, str, ascii } from "./repr.js";
import { typeName } from "./compare.js";
import { formatFloat } from "./format.js";
import { align, type FormatSpec } from "./format-spec.js";
import { floatToInt } from "./numbers-convert.js";

export function percentFormat(fmt: string, args: unknown, t?: TypeDesc): string {
  const values: readonly unknown[] = isTuple(args) ? args : [args];
  const tupleArgs = isTuple(args);
  const mapping = args instanceof PyDict ? args : null;
  let next = 0;
  let usedMapping = false;
  let out = "";
  let i = 0;
  const take = (): [unknown, TypeDesc | undefined] => {
    if (next >= values.length) throw new TypeError("not enough arguments for format string");
    const idx = next++;
    return [values[idx], tupleArgs ? itemDesc(t, idx) : t];
  };
  while (i < fmt.length) {
    const pct = fmt.indexOf("%", i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    i = pct + 1;
    if (i >= fmt.length) throw new ValueError("incomplete format");
    let keyValue: [unknown, TypeDesc | undefined] | null = null;
    if (fmt[i] === "(") {
      if (mapping === null) throw new TypeError("format requires a mapping");
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === "(") depth++;
        else if (fmt[j] === ")") depth--;
        j++;
      }
      if (depth > 0) throw new ValueError("incomplete format key");
      const key = fmt.slice(i + 1, j - 1);
      keyValue = [mapping.getitem(key), t?.kind === "dict" ? t.value : undefined];
      usedMapping = true;
      i = j;
    }
    const spec: FormatSpec = { fill: " ", align: "", sign: "", z: false, alt: false, zero: false, width: -1, grouping: "", precision: -1, type: "" };
    let left = false;
    for (; i < fmt.length && "-+ #0".includes(fmt[i]!); i++) {
      const f = fmt[i];
      if (f === "-") left = true;
      else if (f === "+") spec.sign = "+";
      else if (f === " ") spec.sign = spec.sign === "+" ? "+" : " ";
      else if (f === "#") spec.alt = true;
      else spec.zero = true;
    }
    if (fmt[i] === "*") {
      const [w] = take();
      spec.width = Number(w);
      if (spec.width < 0) {
        left = true;
        spec.width = -spec.width;
      }
      i++;
    } else {
      let w = "";
      while (i < fmt.length && fmt[i]! >= "0" && fmt[i]! <= "9") w += fmt[i++];
      if (w !== "") spec.width = Number(w);
    }
    if (fmt[i] === ".") {
      i++;
      if (fmt[i] === "*") {
        spec.precision = Number(take()[0]);
        i++;
      } else {
        let p = "";
        while (i < fmt.length && fmt[i]! >= "0" && fmt[i]! <= "9") p += fmt[i++];
        spec.precision = p === "" ? 0 : Number(p);
      }
    }
    while (i < fmt.length && "hlL".includes(fmt[i]!)) i++;
    if (i >= fmt.length) throw new ValueError("incomplete format");
    const conv = fmt[i++]!;
    if (conv === "%") {
      out += "%";
      continue;
    }
    const [v, vt] = keyValue ?? take();
    spec.align = left ? "<" : spec.zero && "diuxXoeEfFgG".includes(conv) ? "=" : ">";
    spec.fill = spec.zero && !left && "diuxXoeEfFgG".includes(conv) ? "0" : " ";
    out += convert(conv, v, vt, spec, i - 1);
  }
  if (!usedMapping && mapping === null && next < values.length) {
    throw new TypeError("not all arguments converted during string formatting");
  }
  return out;
}

function convert(conv: string, v: unknown, t: TypeDesc | undefined, spec: FormatSpec, index: number): string {
  if (v instanceof PyFloat) {
    v = v.value;
    t = FLOAT;
  }
  switch (conv) {
    case "s":
    case "r":
    case "a": {
      let s = conv === "s" ? str(v, t) : conv === "r" ? repr(v, t) : ascii(v, t);
      if (spec.precision >= 0) s = Array.from(s).slice(0, spec.precision).join("");
      return align(s, { ...spec, fill: " " }, ">");
    }
    case "d":
    case "i":
    case "u":
    case "x":
    case "X":
    case "o":
      return intConv(conv, v, spec, t);
    case "e":
    case "E":
    case "f":
    case "F":
    case "g":
    case "G": {
      const x = toReal(v, `must be real number, not ${typeName(v)}`);
      return formatFloat(x, { ...spec, type: conv, precision: spec.precision < 0 ? 6 : spec.precision });
    }
    case "c": {
      let ch: string;
      if (typeof v === "string" && Array.from(v).length === 1) ch = v;
      else if ((typeof v === "number" && isIntNumber(v)) || typeof v === "bigint") {
        if (v < 0 || v > 0x10ffff) throw new OverflowError("%c arg not in range(0x110000)");
        ch = String.fromCodePoint(Number(v));
      } else throw new TypeError("%c requires int or char");
      return align(ch, { ...spec, fill: " " }, ">");
    }
  }
  const code = conv.codePointAt(0)!;
  throw new ValueError(`unsupported format character '${conv}' (0x${code.toString(16)}) at index ${index}`);
}

/** The result of a user object's `__float__` / `__int__` / `__index__`, or undefined without one. */
function viaDunder(v: unknown, name: "__float__" | "__int__" | "__index__"): unknown {
  if (typeof v !== "object" || v === null || v instanceof PyFloat) return undefined;
  const method = (v as Record<string, unknown>)[name];
  return typeof method === "function" ? method.call(v) : undefined;
}

function toReal(v: unknown, message: string): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  const converted = viaDunder(v, "__float__") ?? viaDunder(v, "__index__");
  if (converted !== undefined) return Number(converted);
  throw new TypeError(message);
}

function intConv(conv: string, given: unknown, spec: FormatSpec, t: TypeDesc | undefined): string {
  let n: number | bigint;
  // %x and %o take what has __index__; %d, %i and %u also what has __int__ (CPython's mainformatlong)
  const v = viaDunder(given, "__index__") ?? ("xXo".includes(conv) ? undefined : viaDunder(given, "__int__")) ?? given;
  if (typeof v === "boolean") n = v ? 1 : 0;
  else if (typeof v === "bigint") n = v;
  else if (typeof v === "number") {
    if ((!isIntNumber(v) || t === FLOAT) && "xXo".includes(conv)) throw new TypeError(`%${conv} format: an integer is required, not float`);
    n = floatToInt(v);
  } else {
    const need = "xXo".includes(conv) ? "an integer" : "a real number";
    throw new TypeError(`%${conv} format: ${need} is required, not ${typeName(v)}`);
  }
  const neg = n < 0;
  const mag = typeof n === "bigint" ? (neg ? -n : n) : Math.abs(n);
  const radix = conv === "x" || conv === "X" ? 16 : conv === "o" ? 8 : 10;
  let digits = mag.toString(radix);
  if (conv === "X") digits = digits.toUpperCase();
  if (spec.precision > digits.length) digits = "0".repeat(spec.precision - digits.length) + digits;
  const prefix = spec.alt && radix !== 10 ? (conv === "X" ? "0X" : conv === "x" ? "0x" : "0o") : "";
  const sign = neg ? "-" : spec.sign;
  const head = sign + prefix;
  return align(head + digits, spec, ">", head.length);
}
