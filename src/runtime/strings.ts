/**
 * Python str operations by code point (JS strings index UTF-16 units): length, indexing, slicing,
 * split/rsplit/splitlines/join/strip/replace/find/count/partition/..., with CPython's whitespace rules
 * and error messages. Every helper has a fast path for strings without surrogates, where UTF-16 units
 * and code points coincide. Case mapping and predicates are in strings-case.ts.
 *
 * For the compiler (`s` is the receiver, arguments follow Python's order; pass `undefined` for a
 * skipped optional argument and `null` for an explicit None):
 *     len(s) -> strLen(s)          s[i] -> strGetitem(s, i)      s[a:b:c] -> strSlice(s, a, b, c)
 *     s.split(sep, n) -> strSplit(s, sep, n)      s.rsplit -> strRsplit     s.splitlines(k) -> strSplitlines(s, k)
 *     sep.join(xs) -> strJoin(sep, xs)            s.strip(c) -> strStrip(s, c)  (strLstrip, strRstrip)
 *     s.replace(a, b, n) -> strReplace(s, a, b, n)
 *     s.find/rfind/index/rindex/count(sub, start, end) -> strFind/strRfind/strIndex/strRindex/strCount
 *     s.startswith/endswith(x, start, end) -> strStartswith/strEndswith (x may be a tuple)
 *     s.center/ljust/rjust(w, fill) -> strCenter/strLjust/strRjust;  s.zfill(w) -> strZfill
 *     s.partition/rpartition(sep) -> strPartition/strRpartition (tuples)
 * (searching helpers live in strings-search.ts and are re-exported here)
 *     s.expandtabs(n) -> strExpandtabs;  s.removeprefix/removesuffix -> strRemoveprefix/strRemovesuffix
 *     ord(c) -> ord(c);  chr(i) -> chr(i);  "ab" * 3 -> mul("ab", 3) (numbers.ts);  x in s -> contains(s, x)
 */
import { iterate, type PyIterable } from "./iter.js";
import { type Kw, methodArgs } from "./kwargs.js";
import { IndexError, OverflowError, TypeError, ValueError } from "./exceptions.js";
import { isIntNumber } from "./types.js";
import { typeName } from "./compare.js";
import { sliceIndices, normIndex, PySlice, type SliceBound } from "./slice.js";

export const SURROGATE = /[\ud800-\udfff]/;
/** Python's str.isspace characters. */
export const PY_SPACE = "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000";

function isSpace(ch: string): boolean {
  return PY_SPACE.includes(ch);
}

function cps(s: string): string[] {
  return Array.from(s);
}

export function strLen(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    }
  }
  return n;
}

export function strGetitem(s: string, i: unknown): string {
  if (i instanceof PySlice) return strSlice(s, i.start, i.stop, i.step);
  if (!SURROGATE.test(s)) {
    const k = normIndex(i, s.length, "string");
    if (k < 0) throw new IndexError("string index out of range");
    return s[k]!;
  }
  const chars = cps(s);
  const k = normIndex(i, chars.length, "string");
  if (k < 0) throw new IndexError("string index out of range");
  return chars[k]!;
}

export function strSlice(s: string, start?: SliceBound, stop?: SliceBound, step?: SliceBound): string {
  const plain = !SURROGATE.test(s);
  const chars = plain ? null : cps(s);
  const len = plain ? s.length : chars!.length;
  const [a, , st, n] = sliceIndices(len, start, stop, step);
  if (st === 1) return plain ? s.slice(a, a + n) : chars!.slice(a, a + n).join("");
  let out = "";
  for (let k = 0, i = a; k < n; k++, i += st) out += plain ? s[i] : chars![i];
  return out;
}

/** Code-point index range [a, b) of `s` for Python's optional start/end arguments. */
export function cpRange(len: number, start: SliceBound, end: SliceBound): [number, number] {
  const [a, b] = sliceIndices(len, start, end, 1);
  return [a, Math.max(a, b)];
}

export function checkStr(x: unknown, what: string): string {
  if (typeof x !== "string") throw new TypeError(`${what} must be str, not ${typeName(x)}`);
  return x;
}

/** `sep` and `maxsplit` may come by keyword (a trailing `kw({...})`, kwargs.ts) */
type SplitArgs = [sep?: string | null | Kw, maxsplit?: number | Kw, options?: Kw];
const SPLIT = ["sep", "maxsplit"];

export function strSplit(s: string, ...args: SplitArgs): string[] {
  const [sep, maxsplit = -1] = methodArgs("split", SPLIT, args) as [string | null | undefined, number | undefined];
  if (sep === null || sep === undefined) return splitWhitespace(s, maxsplit);
  checkStr(sep, "must be str or None, not");
  if (sep === "") throw new ValueError("empty separator");
  const out: string[] = [];
  let pos = 0;
  while (maxsplit < 0 || out.length < maxsplit) {
    const k = s.indexOf(sep, pos);
    if (k < 0) break;
    out.push(s.slice(pos, k));
    pos = k + sep.length;
  }
  out.push(s.slice(pos));
  return out;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (true) {
    while (i < n && isSpace(s[i]!)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length >= maxsplit) {
      out.push(s.slice(i));
      break;
    }
    let j = i;
    while (j < n && !isSpace(s[j]!)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

export function strRsplit(s: string, ...args: SplitArgs): string[] {
  const [sep, maxsplit = -1] = methodArgs("rsplit", SPLIT, args) as [string | null | undefined, number | undefined];
  if (maxsplit < 0) return strSplit(s, sep, -1);
  if (sep === null || sep === undefined) {
    const out: string[] = [];
    let j = s.length;
    while (true) {
      while (j > 0 && isSpace(s[j - 1]!)) j--;
      if (j <= 0) break;
      if (out.length >= maxsplit) {
        out.push(s.slice(0, j));
        break;
      }
      let i = j;
      while (i > 0 && !isSpace(s[i - 1]!)) i--;
      out.push(s.slice(i, j));
      j = i;
    }
    return out.reverse();
  }
  if (sep === "") throw new ValueError("empty separator");
  const out: string[] = [];
  let end = s.length;
  while (out.length < maxsplit) {
    const k = s.lastIndexOf(sep, end - sep.length);
    if (k < 0 || end - sep.length < 0) break;
    out.push(s.slice(k + sep.length, end));
    end = k;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;

export function strSplitlines(s: string, ...args: [keepends?: boolean | Kw]): string[] {
  const [keepends = false] = methodArgs("splitlines", ["keepends"], args) as [boolean | undefined];
  const out: string[] = [];
  let pos = 0;
  for (const m of s.matchAll(LINE_BREAK)) {
    const end = m.index! + m[0].length;
    out.push(s.slice(pos, keepends ? end : m.index));
    pos = end;
  }
  if (pos < s.length) out.push(s.slice(pos));
  return out;
}

export function strJoin(sep: string, items: PyIterable<unknown>): string {
  const arr = Array.isArray(items) ? items : Array.from(iterate(items));
  for (let i = 0; i < arr.length; i++) {
    if (typeof arr[i] !== "string") throw new TypeError(`sequence item ${i}: expected str instance, ${typeName(arr[i])} found`);
  }
  return (arr as string[]).join(sep);
}

function stripSet(chars: string | null | undefined): (ch: string) => boolean {
  if (chars === null || chars === undefined) return isSpace;
  checkStr(chars, "strip arg");
  const set = new Set(cps(chars));
  return (ch) => set.has(ch);
}

export function strStrip(s: string, chars?: string | null): string {
  return strRstrip(strLstrip(s, chars), chars);
}

export function strLstrip(s: string, chars?: string | null): string {
  const inSet = stripSet(chars);
  const a = cps(s);
  let i = 0;
  while (i < a.length && inSet(a[i]!)) i++;
  return i === 0 ? s : a.slice(i).join("");
}

export function strRstrip(s: string, chars?: string | null): string {
  const inSet = stripSet(chars);
  const a = cps(s);
  let j = a.length;
  while (j > 0 && inSet(a[j - 1]!)) j--;
  return j === a.length ? s : a.slice(0, j).join("");
}

export function strReplace(s: string, old: string, repl: string, count: number = -1): string {
  if (count < 0) {
    if (old === "") return cps(s).length === 0 ? repl : repl + cps(s).join(repl) + repl;
    return s.split(old).join(repl);
  }
  let out = "";
  let pos = 0;
  let done = 0;
  if (old === "") {
    const a = cps(s);
    for (let i = 0; i <= a.length; i++) {
      if (done < count) {
        out += repl;
        done++;
      }
      if (i < a.length) out += a[i];
    }
    return out;
  }
  while (done < count) {
    const k = s.indexOf(old, pos);
    if (k < 0) break;
    out += s.slice(pos, k) + repl;
    pos = k + old.length;
    done++;
  }
  return out + s.slice(pos);
}


function fillChar(fill: unknown): string {
  if (typeof fill !== "string" || strLen(fill) !== 1) {
    throw new TypeError("The fill character must be exactly one character long");
  }
  return fill;
}

export function strCenter(s: string, width: number, fill = " "): string {
  const f = fillChar(fill);
  const len = strLen(s);
  if (width <= len) return s;
  const marg = width - len;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return f.repeat(left) + s + f.repeat(marg - left);
}
export function strLjust(s: string, width: number, fill = " "): string {
  const f = fillChar(fill);
  const len = strLen(s);
  return width <= len ? s : s + f.repeat(width - len);
}
export function strRjust(s: string, width: number, fill = " "): string {
  const f = fillChar(fill);
  const len = strLen(s);
  return width <= len ? s : f.repeat(width - len) + s;
}
export function strZfill(s: string, width: number): string {
  const len = strLen(s);
  if (width <= len) return s;
  const pad = "0".repeat(width - len);
  if (s[0] === "+" || s[0] === "-") return s[0] + pad + s.slice(1);
  return pad + s;
}


export function strExpandtabs(s: string, ...args: [tabsize?: number | Kw]): string {
  const [tabsize = 8] = methodArgs("expandtabs", ["tabsize"], args) as [number | undefined];
  let out = "";
  let col = 0;
  for (const ch of s) {
    if (ch === "\t") {
      if (tabsize > 0) {
        const n = tabsize - (col % tabsize);
        out += " ".repeat(n);
        col += n;
      }
    } else {
      out += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  return out;
}

export function strRemoveprefix(s: string, prefix: string): string {
  return prefix !== "" && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}
export function strRemovesuffix(s: string, suffix: string): string {
  return suffix !== "" && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

export function ord(c: unknown): number {
  if (typeof c !== "string") throw new TypeError(`ord() expected string of length 1, but ${typeName(c)} found`);
  const n = strLen(c);
  if (n !== 1) throw new TypeError(`ord() expected a character, but string of length ${n} found`);
  return c.codePointAt(0)!;
}

export function chr(i: unknown): string {
  if (typeof i === "boolean") i = i ? 1 : 0;
  if (typeof i === "bigint") throw new OverflowError("Python int too large to convert to C int");
  if (typeof i !== "number" || !isIntNumber(i)) throw new TypeError(`'${typeName(i)}' object cannot be interpreted as an integer`);
  if (i < 0 || i > 0x10ffff) throw new ValueError("chr() arg not in range(0x110000)");
  return String.fromCodePoint(i);
}

export * from "./strings-search.js";
