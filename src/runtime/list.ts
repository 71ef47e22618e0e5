/**
 * Python list (a plain JS Array) and tuple sequence operations with CPython's semantics and errors:
 * negative indexes, slices with steps (get/set/del, extended-slice size checks), index/count/remove/
 * pop/insert, and a stable sort with Python ordering (compare.ts) and CPython's TypeError text.
 *
 * For the compiler (`xs` is the receiver):
 *     xs[i] -> listGetitem(xs, i)             (tuples too: "tuple index out of range")
 *     xs[i] = v -> listSetitem(xs, i, v)      del xs[i] -> listDelitem(xs, i)
 *     xs[a:b:c] -> getslice(xs, a, b, c)      (list -> list, tuple -> tuple, str -> str)
 *     xs[a:b:c] = ys -> setslice(xs, a, b, c, ys)      del xs[a:b:c] -> delslice(xs, a, b, c)
 *     xs.append(v) -> xs.push(v)              xs.extend(it) -> listExtend(xs, it)
 *     xs.insert(i, v) -> listInsert(xs, i, v) xs.pop(i?) -> listPop(xs, i)
 *     xs.remove(v) -> listRemove(xs, v)       xs.index(v, a?, b?) -> listIndex(xs, v, a, b)
 *     xs.count(v) -> listCount(xs, v)         xs.reverse() -> xs.reverse()     xs.copy() -> xs.slice()
 *     xs.clear() -> xs.length = 0             xs.sort(key=f, reverse=r) -> listSort(xs, f, r)
 *     sorted(it, key=f, reverse=r) -> sorted(it, f, r)
 *     xs + ys -> add(xs, ys);  xs * n -> mul(xs, n)  (numbers.ts);  xs == ys -> eq;  x in xs -> contains
 */
import { IndexError, TypeError, ValueError } from "./exceptions.js";
import { eq, lt, typeName } from "./compare.js";
import { repr } from "./repr.js";
import { isTuple, asTuple, type PyTuple } from "./tuple.js";
import { sliceIndices, normIndex, PySlice, type SliceBound } from "./slice.js";
import { strGetitem, strSlice } from "./strings.js";
import { iterate, type PyIterable } from "./iter.js";

function kindOf(xs: readonly unknown[]): string {
  return isTuple(xs) ? "tuple" : "list";
}

export function listGetitem<T>(xs: readonly T[], i: unknown): T {
  // a slice object as a run-time index (`xs[s]` with `s = slice(1, 3)`): the static type says element
  if (i instanceof PySlice) return getslice(xs, i.start, i.stop, i.step) as unknown as T;
  const k = normIndex(i, xs.length, kindOf(xs));
  if (k < 0) throw new IndexError(`${kindOf(xs)} index out of range`);
  return xs[k]!;
}

export function listSetitem<T>(xs: T[], i: unknown, v: T): void {
  if (i instanceof PySlice) return setslice(xs, i.start, i.stop, i.step, v as Iterable<T>);
  const k = normIndex(i, xs.length, "list");
  if (k < 0) throw new IndexError("list assignment index out of range");
  xs[k] = v;
}

export function listDelitem(xs: unknown[], i: unknown): void {
  if (i instanceof PySlice) return delslice(xs, i.start, i.stop, i.step);
  const k = normIndex(i, xs.length, "list");
  if (k < 0) throw new IndexError("list assignment index out of range");
  xs.splice(k, 1);
}

/** A user object slicing through `__getitem__(slice)`, giving `R`. */
export interface PySliceable<R> {
  __getitem__(key: PySlice): R;
}

export function getslice(xs: string, start?: SliceBound, stop?: SliceBound, step?: SliceBound): string;
export function getslice<T>(xs: PyTuple<T>, start?: SliceBound, stop?: SliceBound, step?: SliceBound): PyTuple<T>;
export function getslice<T>(xs: T[], start?: SliceBound, stop?: SliceBound, step?: SliceBound): T[];
export function getslice<T>(xs: readonly T[], start?: SliceBound, stop?: SliceBound, step?: SliceBound): readonly T[];
export function getslice<R>(xs: PySliceable<R>, start?: SliceBound, stop?: SliceBound, step?: SliceBound): R;
export function getslice<T>(xs: readonly T[] | string | PySliceable<unknown>, start?: SliceBound, stop?: SliceBound, step?: SliceBound): unknown {
  if (typeof xs === "string") return strSlice(xs, start, stop, step);
  if (!Array.isArray(xs)) return userSubscript(xs, "__getitem__", new PySlice(start, stop, step));
  const [a, , st, n] = sliceIndices(xs.length, start, stop, step);
  let out: T[];
  if (st === 1) out = xs.slice(a, a + n);
  else {
    out = new Array<T>(n);
    for (let k = 0, i = a; k < n; k++, i += st) out[k] = xs[i]!;
  }
  return isTuple(xs) ? asTuple(out) : out;
}

export function setslice<T>(xs: T[], start: SliceBound, stop: SliceBound, step: SliceBound, values: Iterable<T>): void {
  if (!Array.isArray(xs)) {
    userSubscript(xs, "__setitem__", new PySlice(start, stop, step), values);
    return;
  }
  const vals = Array.from(iterate(values as never)) as T[];
  const [a, b, st, n] = sliceIndices(xs.length, start, stop, step);
  if (st === 1) {
    xs.splice(a, Math.max(0, b - a), ...vals);
    return;
  }
  if (vals.length !== n) {
    throw new ValueError(`attempt to assign sequence of size ${vals.length} to extended slice of size ${n}`);
  }
  for (let k = 0, i = a; k < n; k++, i += st) xs[i] = vals[k]!;
}

export function delslice(xs: unknown[], start?: SliceBound, stop?: SliceBound, step?: SliceBound): void {
  if (!Array.isArray(xs)) {
    userSubscript(xs, "__delitem__", new PySlice(start, stop, step));
    return;
  }
  const [a, , st, n] = sliceIndices(xs.length, start, stop, step);
  if (n === 0) return;
  if (st === 1) {
    xs.splice(a, n);
    return;
  }
  const doomed = new Set<number>();
  for (let k = 0, i = a; k < n; k++, i += st) doomed.add(i);
  let w = 0;
  for (let r = 0; r < xs.length; r++) if (!doomed.has(r)) xs[w++] = xs[r];
  xs.length = w;
}

export function listExtend<T>(xs: T[], items: Iterable<T>): void {
  if (items === xs) {
    xs.push(...xs.slice());
    return;
  }
  for (const v of iterate(items as never)) xs.push(v as T);
}

export function listInsert<T>(xs: T[], i: number, v: T): void {
  let k = i < 0 ? Math.max(0, i + xs.length) : Math.min(i, xs.length);
  if (!Number.isFinite(k)) k = xs.length;
  xs.splice(k, 0, v);
}

export function listPop<T>(xs: T[], i?: number | null): T {
  if (xs.length === 0) throw new IndexError("pop from empty list");
  if (i === undefined || i === null) return xs.pop()!;
  const k = normIndex(i, xs.length, "list");
  if (k < 0) throw new IndexError("pop index out of range");
  return xs.splice(k, 1)[0]!;
}

export function listRemove<T>(xs: T[], v: T): void {
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] === v || eq(xs[i], v)) {
      xs.splice(i, 1);
      return;
    }
  }
  throw new ValueError("list.remove(x): x not in list");
}

export function listIndex<T>(xs: readonly T[], v: T, start?: SliceBound, stop?: SliceBound): number {
  const [a, b] = sliceIndices(xs.length, start, stop, 1);
  for (let i = a; i < b; i++) if (xs[i] === v || eq(xs[i], v)) return i;
  throw new ValueError(isTuple(xs) ? "tuple.index(x): x not in tuple" : `${repr(v)} is not in list`);
}

export function listCount<T>(xs: readonly T[], v: T): number {
  let n = 0;
  for (const x of xs) if (x === v || eq(x, v)) n++;
  return n;
}

/** `xs.sort(key=..., reverse=...)`: stable, Python `<` ordering, CPython's reverse-stability trick. */
export function listSort<T>(xs: T[], key?: ((x: T) => unknown) | null, reverse?: boolean | null): void {
  const keys: unknown[] = key ? xs.map((x) => key(x)) : xs.slice();
  const order = keys.map((_, i) => i);
  if (reverse) order.reverse();
  const fast = fastComparator(keys);
  let sortedOrder: number[];
  if (fast) sortedOrder = order.sort((i, j) => fast(keys[i], keys[j]));
  else sortedOrder = mergeSort(order, (i, j) => lt(keys[i], keys[j]));
  if (reverse) sortedOrder.reverse();
  const vals = sortedOrder.map((i) => xs[i]!);
  for (let i = 0; i < vals.length; i++) xs[i] = vals[i]!;
}

export function sorted<T>(items: PyIterable<T>, key?: ((x: T) => unknown) | null, reverse?: boolean | null): T[] {
  // iterate() also accepts user classes with __iter__/__next__ or __getitem__, which Array.from would read as empty
  const xs = Array.from(iterate(items));
  listSort(xs, key, reverse);
  return xs;
}

/** A native comparator when every key is a non-NaN number or every key is a BMP-only string. */
function fastComparator(keys: readonly unknown[]): ((a: unknown, b: unknown) => number) | null {
  if (keys.length < 2) return (): number => 0;
  const t = typeof keys[0];
  if (t === "number") {
    for (const k of keys) if (typeof k !== "number" || k !== k) return null;
    return (a, b) => (a as number) - (b as number);
  }
  if (t === "string") {
    for (const k of keys) if (typeof k !== "string" || /[\ud800-\udfff]/.test(k)) return null;
    return (a, b) => ((a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0);
  }
  return null;
}

/** Stable merge sort calling only `less(later, earlier)`, like CPython's timsort. */
function mergeSort(items: number[], less: (a: number, b: number) => boolean): number[] {
  const n = items.length;
  if (n < 2) return items;
  for (let i = 1; i < Math.min(n, 32); i++) insertAt(items, i, 0, less);
  if (n <= 32) return items;
  for (let lo = 32; lo < n; lo += 32) {
    for (let i = lo + 1; i < Math.min(n, lo + 32); i++) insertAt(items, i, lo, less);
  }
  let src = items;
  let dst = new Array<number>(n);
  for (let width = 32; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) dst[k++] = less(src[j]!, src[i]!) ? src[j++]! : src[i++]!;
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
    }
    [src, dst] = [dst, src];
  }
  return src;
}

/** Binary insertion of items[i] into the sorted run items[lo..i). */
function insertAt(items: number[], i: number, lo: number, less: (a: number, b: number) => boolean): void {
  const pivot = items[i]!;
  let l = lo;
  let r = i;
  while (l < r) {
    const m = (l + r) >> 1;
    if (less(pivot, items[m]!)) r = m;
    else l = m + 1;
  }
  for (let k = i; k > l; k--) items[k] = items[k - 1]!;
  items[l] = pivot;
}

/** Calls a user `__getitem__`-style dunder with a slice object. */
function userSubscript(obj: unknown, name: string, key: PySlice, ...rest: unknown[]): any {
  const f = (obj as Record<string, unknown> | null)?.[name];
  if (typeof f === "function") return f.call(obj, key, ...rest);
  const what = name === "__getitem__" ? "is not subscriptable" : name === "__setitem__" ? "does not support item assignment" : "doesn't support item deletion";
  throw new TypeError(`'${typeName(obj)}' object ${what}`);
}

/** Generic `obj[key]` for values whose static type is unknown. */
export function getitem(obj: unknown, key: unknown): any {
  if (Array.isArray(obj)) return listGetitem(obj, key);
  if (typeof obj === "string") return strGetitem(obj, key);
  const o = obj as Record<string, unknown> | null;
  const f = o?.getitem ?? o?.__getitem__;
  if (typeof f === "function") return f.call(obj, key);
  throw new TypeError(`'${typeName(obj)}' object is not subscriptable`);
}

/** Generic `obj[key] = value`. */
export function setitem(obj: unknown, key: unknown, value: unknown): void {
  if (Array.isArray(obj) && !isTuple(obj)) return listSetitem(obj, key, value);
  const o = obj as Record<string, unknown> | null;
  const f = o?.setitem ?? o?.__setitem__;
  if (typeof f === "function") {
    f.call(obj, key, value);
    return;
  }
  throw new TypeError(`'${typeName(obj)}' object does not support item assignment`);
}

/** Generic `del obj[key]`. */
export function delitem(obj: unknown, key: unknown): void {
  if (Array.isArray(obj) && !isTuple(obj)) return listDelitem(obj, key);
  const o = obj as Record<string, unknown> | null;
  const f = o?.delitem ?? o?.__delitem__;
  if (typeof f === "function") {
    f.call(obj, key);
    return;
  }
  throw new TypeError(`'${typeName(obj)}' object doesn't support item deletion`);
}
