/**
 * `heapq.heappush` / `heappop` / `heapify` ported line by line. Ties matter: CPython's
 * TimerHandle compares by `when` only and PriorityQueue items by Python's `<`, and heapq is
 * not stable, so equal keys come out in the order this exact algorithm gives — which is why
 * the loop's timers and PriorityQueue use it rather than a (when, sequence) heap.
 */
import { lt } from "../compare.js";

export type Less<T> = (a: T, b: T) => boolean;

export function heappush<T>(heap: T[], item: T, less: Less<T> = lt): void {
  heap.push(item);
  siftdown(heap, 0, heap.length - 1, less);
}

export function heappop<T>(heap: T[], less: Less<T> = lt): T {
  const last = heap.pop() as T;
  if (heap.length > 0) {
    const top = heap[0]!;
    heap[0] = last;
    siftup(heap, 0, less);
    return top;
  }
  return last;
}

export function heapify<T>(heap: T[], less: Less<T> = lt): void {
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftup(heap, i, less);
}

function siftdown<T>(heap: T[], startpos: number, pos: number, less: Less<T>): void {
  const newitem = heap[pos]!;
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos]!;
    if (less(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
}

function siftup<T>(heap: T[], pos: number, less: Less<T>): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos]!;
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !less(heap[childpos]!, heap[rightpos]!)) childpos = rightpos;
    heap[pos] = heap[childpos]!;
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos, less);
}
