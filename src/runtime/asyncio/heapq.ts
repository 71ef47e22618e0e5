/**
 * `heapq.heappush` / `heappop` ported line by line (with Python's `<` from compare.ts), so
 * PriorityQueue hands out equal-priority items in CPython's order.
 */
import { lt } from "../compare.js";

export function heappush<T>(heap: T[], item: T): void {
  heap.push(item);
  siftdown(heap, 0, heap.length - 1);
}

export function heappop<T>(heap: T[]): T {
  const last = heap.pop() as T;
  if (heap.length > 0) {
    const top = heap[0]!;
    heap[0] = last;
    siftup(heap, 0);
    return top;
  }
  return last;
}

function siftdown<T>(heap: T[], startpos: number, pos: number): void {
  const newitem = heap[pos]!;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos]!;
    if (lt(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
}

function siftup<T>(heap: T[], pos: number): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos]!;
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !lt(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos]!;
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos);
}
