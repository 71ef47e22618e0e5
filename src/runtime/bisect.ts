/**
 * The `bisect` module: binary search and insertion in sorted Python lists (Python's `<`).
 *
 * What the compiler emits: `import bisect` → `import { bisect } from "py2ts/runtime"`, then
 * `bisect.bisect_left(xs, x)`, `bisect.insort(xs, x, kw({ key: f }))`.
 */
import { lt } from "./compare.js";
import { ValueError } from "./exceptions.js";
import { isKw } from "./kwargs.js";
import { toCallable } from "./builtins-types.js";

interface Bounds {
  lo: number;
  hi: number;
  key: ((x: unknown) => unknown) | null;
}

function bounds(a: readonly unknown[], rest: unknown[]): Bounds {
  const named = isKw(rest[rest.length - 1]) ? (rest.pop() as { lo?: number; hi?: number | null; key?: unknown }) : {};
  const lo = (rest[0] as number | undefined) ?? named.lo ?? 0;
  const hiArg = (rest[1] as number | null | undefined) ?? named.hi ?? null;
  if (lo < 0) throw new ValueError("lo must be non-negative");
  const key = named.key === null || named.key === undefined ? null : toCallable(named.key);
  return { lo, hi: hiArg === null ? a.length : hiArg, key };
}

/** bisect_left(a, x, lo=0, hi=len(a), *, key=None) */
export function bisect_left(a: readonly unknown[], x: unknown, ...rest: unknown[]): number {
  let { lo, hi, key } = bounds(a, rest);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = key === null ? a[mid] : key(a[mid]);
    if (lt(v, x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** bisect_right(a, x, lo=0, hi=len(a), *, key=None); also `bisect` */
export function bisect_right(a: readonly unknown[], x: unknown, ...rest: unknown[]): number {
  let { lo, hi, key } = bounds(a, rest);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = key === null ? a[mid] : key(a[mid]);
    if (lt(x, v)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
export const bisect = bisect_right;

function keyOf(rest: unknown[]): ((x: unknown) => unknown) | null {
  const last = rest[rest.length - 1];
  const k = isKw(last) ? (last as { key?: unknown }).key : undefined;
  return k === null || k === undefined ? null : toCallable(k);
}

/** insort_left(a, x, lo=0, hi=len(a), *, key=None) */
export function insort_left(a: unknown[], x: unknown, ...rest: unknown[]): void {
  const key = keyOf(rest);
  a.splice(bisect_left(a, key === null ? x : key(x), ...rest), 0, x);
}

/** insort_right(a, x, lo=0, hi=len(a), *, key=None); also `insort` */
export function insort_right(a: unknown[], x: unknown, ...rest: unknown[]): void {
  const key = keyOf(rest);
  a.splice(bisect_right(a, key === null ? x : key(x), ...rest), 0, x);
}
export const insort = insort_right;
