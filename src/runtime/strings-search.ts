/**
 * Python str searching by code point: find/rfind/index/rindex/count with start/end, startswith/
 * endswith (str or tuple of str), partition/rpartition, with CPython's errors. Re-exported by
 * strings.ts; see its header for what the compiler emits.
 */
import { TypeError, ValueError } from "./exceptions.js";
import { asTuple, isTuple, type PyTuple } from "./tuple.js";
import { typeName } from "./compare.js";
import type { SliceBound } from "./slice.js";
import { SURROGATE, strLen, strSlice, cpRange, checkStr } from "./strings.js";

/** Converts between code-point and UTF-16 positions for strings with surrogates. */
function unitIndex(s: string, cp: number): number {
  let u = 0;
  for (let c = 0; c < cp && u < s.length; c++) {
    const code = s.charCodeAt(u);
    u += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
  }
  return u;
}

function findImpl(s: string, sub: string, start: SliceBound, end: SliceBound, fromRight: boolean): number {
  checkStr(sub, "must be str, not");
  const plain = !SURROGATE.test(s);
  const len = plain ? s.length : strLen(s);
  if (typeof start === "number" && (start < 0 ? Math.max(0, start + len) : start) > len) return -1;
  const [a, b] = cpRange(len, start, end);
  if (b - a < strLen(sub)) return sub === "" && a <= len && a === b ? a : -1;
  const ua = plain ? a : unitIndex(s, a);
  const ub = plain ? b : unitIndex(s, b);
  const window = s.slice(ua, ub);
  const k = fromRight ? window.lastIndexOf(sub) : window.indexOf(sub);
  if (k < 0) return -1;
  return plain ? a + k : a + strLen(window.slice(0, k));
}

export function strFind(s: string, sub: string, start?: SliceBound, end?: SliceBound): number {
  return findImpl(s, sub, start, end, false);
}
export function strRfind(s: string, sub: string, start?: SliceBound, end?: SliceBound): number {
  return findImpl(s, sub, start, end, true);
}
export function strIndex(s: string, sub: string, start?: SliceBound, end?: SliceBound): number {
  const k = findImpl(s, sub, start, end, false);
  if (k < 0) throw new ValueError("substring not found");
  return k;
}
export function strRindex(s: string, sub: string, start?: SliceBound, end?: SliceBound): number {
  const k = findImpl(s, sub, start, end, true);
  if (k < 0) throw new ValueError("substring not found");
  return k;
}

export function strCount(s: string, sub: string, start?: SliceBound, end?: SliceBound): number {
  checkStr(sub, "must be str, not");
  const window = start === undefined && end === undefined ? s : strSlice(s, start ?? null, end ?? null);
  if (start !== undefined && start !== null) {
    const [a] = cpRange(strLen(s), start, end);
    if (a > strLen(s)) return 0;
  }
  if (sub === "") return strLen(window) + 1;
  let n = 0;
  let pos = 0;
  for (;;) {
    const k = window.indexOf(sub, pos);
    if (k < 0) return n;
    n++;
    pos = k + sub.length;
  }
}

function affix(s: string, x: unknown, start: SliceBound, end: SliceBound, atEnd: boolean, name: string): boolean {
  const window = start === undefined && end === undefined ? s : strSlice(s, start ?? null, end ?? null);
  if (start !== undefined && start !== null && cpRange(strLen(s), start, end)[0] > strLen(s)) return false;
  const test = (p: unknown): boolean => {
    if (typeof p !== "string") {
      throw new TypeError(`${name} first arg must be str or a tuple of str, not ${typeName(p)}`);
    }
    return atEnd ? window.endsWith(p) : window.startsWith(p);
  };
  if (isTuple(x)) {
    for (const p of x) {
      if (typeof p !== "string") throw new TypeError(`tuple for ${name} must only contain str, not ${typeName(p)}`);
      if (test(p)) return true;
    }
    return false;
  }
  return test(x);
}

export function strStartswith(s: string, prefix: string | PyTuple<string>, start?: SliceBound, end?: SliceBound): boolean {
  return affix(s, prefix, start, end, false, "startswith");
}
export function strEndswith(s: string, suffix: string | PyTuple<string>, start?: SliceBound, end?: SliceBound): boolean {
  return affix(s, suffix, start, end, true, "endswith");
}

export function strPartition(s: string, sep: string): PyTuple<string> {
  checkStr(sep, "must be str, not");
  if (sep === "") throw new ValueError("empty separator");
  const k = s.indexOf(sep);
  if (k < 0) return asTuple([s, "", ""]);
  return asTuple([s.slice(0, k), sep, s.slice(k + sep.length)]);
}
export function strRpartition(s: string, sep: string): PyTuple<string> {
  checkStr(sep, "must be str, not");
  if (sep === "") throw new ValueError("empty separator");
  const k = s.lastIndexOf(sep);
  if (k < 0) return asTuple(["", "", s]);
  return asTuple([s.slice(0, k), sep, s.slice(k + sep.length)]);
}
