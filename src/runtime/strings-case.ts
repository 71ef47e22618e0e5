/**
 * Python str case mapping and character-class predicates, plus translate/maketrans and a minimal
 * `encode` (UTF-8 bytes as a `PyBytes` value printing like `b'\xc3\xa9'`).
 *
 * For the compiler: s.upper() -> strUpper(s); lower/casefold/title/capitalize/swapcase likewise;
 * s.isdigit() -> strIsdigit(s) (isalpha, isalnum, isspace, isupper, islower, istitle, isidentifier,
 * isnumeric, isdecimal, isascii, isprintable likewise); s.translate(t) -> strTranslate(s, t);
 * str.maketrans(...) -> strMaketrans(...); s.encode() -> strEncode(s).
 */
import { LookupError, TypeError, ValueError } from "./exceptions.js";
import { PyDict } from "./dict.js";
import { isPrintableChar } from "./repr.js";
import { PY_SPACE, strLen } from "./strings.js";
import { typeName } from "./compare.js";
import { type Kw, methodArgs } from "./kwargs.js";

const CASED = /\p{Cased}/u;
const LOWER = /\p{Lowercase}/u;
const UPPER = /\p{Uppercase}/u;
const TITLE = /\p{Lt}/u;
/** Titlecase forms JS cannot derive from toUpperCase (Unicode digraphs). */
const TITLE_CASE: Readonly<Record<string, string>> = {
  "\u01c4": "\u01c5", "\u01c5": "\u01c5", "\u01c6": "\u01c5",
  "\u01c7": "\u01c8", "\u01c8": "\u01c8", "\u01c9": "\u01c8",
  "\u01ca": "\u01cb", "\u01cb": "\u01cb", "\u01cc": "\u01cb",
  "\u01f1": "\u01f2", "\u01f2": "\u01f2", "\u01f3": "\u01f2",
};

function titleChar(ch: string): string {
  return TITLE_CASE[ch] ?? (ch === "ß" ? "Ss" : ch.toUpperCase());
}

export function strUpper(s: string): string {
  return s.toUpperCase();
}
export function strLower(s: string): string {
  return s.toLowerCase();
}
export function strCasefold(s: string): string {
  return s.toLowerCase().replace(/ß/g, "ss").replace(/ς/g, "σ").replace(/ſ/g, "s");
}

export function strTitle(s: string): string {
  let out = "";
  let prevCased = false;
  for (const ch of s) {
    const cased = CASED.test(ch);
    out += cased ? (prevCased ? ch.toLowerCase() : titleChar(ch)) : ch;
    prevCased = cased;
  }
  return out;
}

export function strCapitalize(s: string): string {
  const chars = Array.from(s);
  if (chars.length === 0) return s;
  return titleChar(chars[0]!) + chars.slice(1).join("").toLowerCase();
}

export function strSwapcase(s: string): string {
  let out = "";
  for (const ch of s) out += UPPER.test(ch) ? ch.toLowerCase() : LOWER.test(ch) ? ch.toUpperCase() : ch;
  return out;
}

function every(s: string, test: (ch: string) => boolean): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!test(ch)) return false;
  return true;
}

const DIGIT = /[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792\u{1f100}-\u{1f10a}]/u;
const NUMERIC = /[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u5146\u96f6]/u;

export function strIsdigit(s: string): boolean {
  return every(s, (ch) => DIGIT.test(ch));
}
export function strIsdecimal(s: string): boolean {
  return every(s, (ch) => /\p{Nd}/u.test(ch));
}
export function strIsnumeric(s: string): boolean {
  return every(s, (ch) => NUMERIC.test(ch));
}
export function strIsalpha(s: string): boolean {
  return every(s, (ch) => /\p{L}/u.test(ch));
}
export function strIsalnum(s: string): boolean {
  return every(s, (ch) => /\p{L}/u.test(ch) || NUMERIC.test(ch));
}
export function strIsspace(s: string): boolean {
  return every(s, (ch) => PY_SPACE.includes(ch));
}
export function strIsascii(s: string): boolean {
  return /^[\x00-\x7f]*$/.test(s);
}
export function strIsprintable(s: string): boolean {
  for (const ch of s) if (!isPrintableChar(ch)) return false;
  return true;
}
export function strIsidentifier(s: string): boolean {
  return /^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(s);
}

export function strIsupper(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (LOWER.test(ch) || TITLE.test(ch)) return false;
    if (UPPER.test(ch)) cased = true;
  }
  return cased;
}
export function strIslower(s: string): boolean {
  let cased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) return false;
    if (LOWER.test(ch)) cased = true;
  }
  return cased;
}
export function strIstitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (UPPER.test(ch) || TITLE.test(ch)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (LOWER.test(ch)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

/** `str.maketrans(x)` (dict) or `str.maketrans(from, to[, delete])`: a PyDict from code points. */
export function strMaketrans(x: unknown, y?: string, z?: string): PyDict<number, unknown> {
  const table = new PyDict<number, unknown>();
  if (y === undefined) {
    if (!(x instanceof PyDict)) throw new TypeError("if you give only one argument to maketrans it must be a dict");
    for (const [k, v] of x.entries()) {
      if (typeof k === "string") {
        if (strLen(k) !== 1) throw new ValueError("string keys in translate table must be of length 1");
        table.setitem(k.codePointAt(0)!, v);
      } else table.setitem(k as number, v);
    }
    return table;
  }
  const from = Array.from(x as string);
  const to = Array.from(y);
  if (from.length !== to.length) throw new ValueError("the first two maketrans arguments must have equal length");
  from.forEach((ch, i) => table.setitem(ch.codePointAt(0)!, to[i]!.codePointAt(0)!));
  if (z !== undefined) for (const ch of z) table.setitem(ch.codePointAt(0)!, null);
  return table;
}

export function strTranslate(s: string, table: unknown): string {
  let out = "";
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    let v: unknown;
    if (table instanceof PyDict) {
      if (!table.has(cp)) {
        out += ch;
        continue;
      }
      v = table.getitem(cp);
    } else {
      const f = (table as Record<string, unknown> | null)?.__getitem__;
      if (typeof f !== "function") throw new TypeError(`'${typeName(table)}' object is not subscriptable`);
      v = f.call(table, cp);
    }
    if (v === null || v === undefined) continue;
    if (typeof v === "string") out += v;
    else if (typeof v === "number") out += String.fromCodePoint(v);
    else throw new TypeError("character mapping must return integer, None or str");
  }
  return out;
}

/** A minimal immutable bytes value (what `str.encode()` returns). */
export class PyBytes {
  static readonly __pyname__ = "bytes";
  constructor(readonly data: Uint8Array) {}
  get size(): number {
    return this.data.length;
  }
  __len__(): number {
    return this.data.length;
  }
  *[Symbol.iterator](): Iterator<number> {
    yield* this.data;
  }
  decode(encoding = "utf-8"): string {
    checkEncoding(encoding);
    return new TextDecoder().decode(this.data);
  }
  __eq__(other: unknown): boolean {
    return other instanceof PyBytes && other.data.length === this.data.length && other.data.every((b, i) => b === this.data[i]);
  }
  __hash__(): number {
    let h = 0x811c9dc5;
    for (const b of this.data) h = Math.imul(h ^ b, 0x01000193);
    return h >>> 0;
  }
  __repr__(): string {
    let hasSingle = false;
    let hasDouble = false;
    for (const b of this.data) {
      if (b === 0x27) hasSingle = true;
      if (b === 0x22) hasDouble = true;
    }
    const quote = hasSingle && !hasDouble ? '"' : "'";
    let out = "b" + quote;
    for (const b of this.data) {
      if (b === 0x5c || String.fromCharCode(b) === quote) out += "\\" + String.fromCharCode(b);
      else if (b === 9) out += "\\t";
      else if (b === 10) out += "\\n";
      else if (b === 13) out += "\\r";
      else if (b < 0x20 || b >= 0x7f) out += "\\x" + b.toString(16).padStart(2, "0");
      else out += String.fromCharCode(b);
    }
    return out + quote;
  }
}

function checkEncoding(encoding: string): void {
  const e = encoding.toLowerCase().replace(/[-_]/g, "");
  if (e !== "utf8") throw new LookupError(`unknown encoding: ${encoding}`);
}

export function strEncode(s: string, ...args: [encoding?: string | Kw, errors?: string | Kw, options?: Kw]): PyBytes {
  const [encoding = "utf-8"] = methodArgs("encode", ["encoding", "errors"], args) as [string | undefined];
  checkEncoding(encoding);
  return new PyBytes(new TextEncoder().encode(s));
}
