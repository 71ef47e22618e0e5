/**
 * The `heapq` module: a binary min-heap on a Python list, a port of CPython's heapq.py so that
 * the list's layout after each operation (which programs print) is the same.
 *
 * What the compiler emits: `import heapq` → `import { heapq } from "py2ts/runtime"`, then
 * `heapq.heappush(h, x)`, `heapq.nlargest(3, xs, kw({ key: f }))`. Ordering is Python's `<`.
 */
import { lt } from "./compare.js";
import { IndexError, TypeError } from "./exceptions.js";
import { iterate, type PyIterable } from "./iter.js";
import { splitKw } from "./kwargs.js";
import { toCallable } from "./builtins-types.js";

function checkList(heap: unknown): asserts heap is unknown[] {
  if (!Array.isArray(heap)) throw new TypeError("heap argument must be a list");
}

function siftdown(heap: unknown[], startpos: number, pos: number): void {
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (lt(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
}

function siftup(heap: unknown[], pos: number): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !lt(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos);
}

export function heappush(heap: unknown[], item: unknown): void {
  checkList(heap);
  heap.push(item);
  siftdown(heap, 0, heap.length - 1);
}

export function heappop(heap: unknown[]): any {
  checkList(heap);
  if (heap.length === 0) throw new IndexError("index out of range");
  const last = heap.pop();
  if (heap.length === 0) return last;
  const top = heap[0];
  heap[0] = last;
  siftup(heap, 0);
  return top;
}

export function heapreplace(heap: unknown[], item: unknown): any {
  checkList(heap);
  if (heap.length === 0) throw new IndexError("index out of range");
  const top = heap[0];
  heap[0] = item;
  siftup(heap, 0);
  return top;
}

export function heappushpop(heap: unknown[], item: unknown): any {
  checkList(heap);
  if (heap.length > 0 && lt(heap[0], item)) {
    const top = heap[0];
    heap[0] = item;
    siftup(heap, 0);
    return top;
  }
  return item;
}

export function heapify(heap: unknown[]): void {
  checkList(heap);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftup(heap, i);
}

function selectN(n: number, iterable: PyIterable<unknown>, rest: unknown[], fn: string, largest: boolean): unknown[] {
  const [, named] = splitKw<{ key: unknown }>(rest, fn, ["key"]);
  const key = named.key === null || named.key === undefined ? (x: unknown) => x : toCallable(named.key);
  const items = Array.from(iterate(iterable)).map((item, index) => ({ item, index, k: key(item) }));
  // a stable sort by key (descending for nlargest), ties in input order: CPython's documented result
  items.sort((a, b) => {
    const before = largest ? lt(b.k, a.k) : lt(a.k, b.k);
    const after = largest ? lt(a.k, b.k) : lt(b.k, a.k);
    return before ? -1 : after ? 1 : a.index - b.index;
  });
  return items.slice(0, Math.max(0, n)).map((x) => x.item);
}

/** nlargest(n, iterable, key=None) */
export function nlargest(n: number, iterable: PyIterable<unknown>, ...rest: unknown[]): unknown[] {
  return selectN(n, iterable, rest, "nlargest", true);
}

/** nsmallest(n, iterable, key=None) */
export function nsmallest(n: number, iterable: PyIterable<unknown>, ...rest: unknown[]): unknown[] {
  return selectN(n, iterable, rest, "nsmallest", false);
}

/** merge(*iterables, key=None, reverse=False): eager here, returns an iterator over the merged list */
export function merge(...args: unknown[]): IterableIterator<unknown> {
  const [iterables, named] = splitKw<{ key: unknown; reverse: unknown }>(args, "merge", ["key", "reverse"]);
  const key = named.key === null || named.key === undefined ? (x: unknown) => x : toCallable(named.key);
  const reverse = Boolean(named.reverse);
  const all: { item: unknown; k: unknown; src: number; index: number }[] = [];
  iterables.forEach((it, src) => {
    let index = 0;
    for (const item of iterate(it as PyIterable<unknown>)) all.push({ item, k: key(item), src, index: index++ });
  });
  all.sort((a, b) => {
    const first = reverse ? lt(b.k, a.k) : lt(a.k, b.k);
    const second = reverse ? lt(a.k, b.k) : lt(b.k, a.k);
    return first ? -1 : second ? 1 : a.src - b.src || a.index - b.index;
  });
  return all.map((x) => x.item)[Symbol.iterator]();
}
