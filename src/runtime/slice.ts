/**
 * Python slice arithmetic shared by str, list and tuple: `sliceIndices(len, start, stop, step)` is
 * CPython's PySlice_AdjustIndices (None bounds, negative indexes, clamping), and `normIndex` turns a
 * possibly negative subscript into an array index (or -1 when out of range).
 * Not emitted directly: see list.ts (`getslice`, `setslice`, ...) and strings.ts (`strSlice`).
 */
import { TypeError, ValueError } from "./exceptions.js";
import { isIntNumber } from "./types.js";
import { typeName } from "./compare.js";

export type SliceBound = number | bigint | boolean | null | undefined;

function toIndexNumber(x: SliceBound | unknown, what: string): number {
  if (typeof x === "number" && isIntNumber(x)) return x;
  if (typeof x === "bigint") return x > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  if (typeof x === "boolean") return x ? 1 : 0;
  const f = (x as Record<string, unknown> | null)?.__index__;
  if (typeof f === "function") return Number(f.call(x));
  throw new TypeError(what);
}

const SLICE_MSG = "slice indices must be integers or None or have an __index__ method";

/** [start, stop, step, length] for a slice of a sequence of length `len`. */
export function sliceIndices(len: number, start: SliceBound, stop: SliceBound, step: SliceBound): [number, number, number, number] {
  const st = step === null || step === undefined ? 1 : toIndexNumber(step, SLICE_MSG);
  if (st === 0) throw new ValueError("slice step cannot be zero");
  let a: number;
  let b: number;
  if (start === null || start === undefined) a = st < 0 ? len - 1 : 0;
  else {
    a = toIndexNumber(start, SLICE_MSG);
    if (a < 0) {
      a += len;
      if (a < 0) a = st < 0 ? -1 : 0;
    } else if (a >= len) a = st < 0 ? len - 1 : len;
  }
  if (stop === null || stop === undefined) b = st < 0 ? -1 : len;
  else {
    b = toIndexNumber(stop, SLICE_MSG);
    if (b < 0) {
      b += len;
      if (b < 0) b = st < 0 ? -1 : 0;
    } else if (b >= len) b = st < 0 ? len - 1 : len;
  }
  let n = 0;
  if (st < 0) {
    if (b < a) n = Math.floor((a - b - 1) / -st) + 1;
  } else if (a < b) n = Math.floor((b - a - 1) / st) + 1;
  return [a, b, st, n];
}

/** The array index for subscript `i` of a sequence of length `len`, or -1 when out of range. */
export function normIndex(i: unknown, len: number, kind: string): number {
  let n: number;
  if (typeof i === "number" && isIntNumber(i)) n = i;
  else if (typeof i === "boolean") n = i ? 1 : 0;
  else if (typeof i === "bigint") return -1;
  else {
    const f = (i as Record<string, unknown> | null)?.__index__;
    if (typeof f !== "function") {
      throw new TypeError(kind === "string" ? `string indices must be integers, not '${typeName(i)}'` : `${kind} indices must be integers or slices, not ${typeName(i)}`);
    }
    n = Number(f.call(i));
  }
  if (n < 0) n += len;
  return n >= 0 && n < len ? n : -1;
}

/**
 * A Python `slice` object, what `obj[a:b:c]` passes to a user `__getitem__` / `__setitem__` /
 * `__delitem__`. For the compiler: `slice(a, b, c)` -> `new PySlice(a, b, c)`; list/str/tuple
 * subscripts with a PySlice key slice as usual.
 */
export class PySlice {
  static readonly __pyname__ = "slice";
  constructor(
    readonly start: SliceBound = null,
    readonly stop: SliceBound = null,
    readonly step: SliceBound = null,
  ) {}
  /** `slice.indices(len)` */
  indices(len: number): readonly number[] {
    const [a, b, st] = sliceIndices(len, this.start, this.stop, this.step);
    return [a, b, st];
  }
  __eq__(other: unknown): boolean {
    return other instanceof PySlice && other.start === this.start && other.stop === this.stop && other.step === this.step;
  }
  __repr__(): string {
    const show = (v: SliceBound): string => (v === null || v === undefined ? "None" : typeof v === "boolean" ? (v ? "True" : "False") : String(v));
    return `slice(${show(this.start)}, ${show(this.stop)}, ${show(this.step)})`;
  }
}

