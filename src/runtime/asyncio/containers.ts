/**
 * A FIFO deque with Python's `deque.remove` (first occurrence), for the loop's ready queue
 * and the waiters of the synchronisation primitives. It prints and measures as the
 * `collections.deque` CPython keeps there (`lock._waiters`, `queue._queue`).
 */
import { repr } from "../repr.js";

export class Deque<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }
  push(x: T): void {
    this.items.push(x);
  }
  shift(): T {
    const x = this.items[this.head] as T;
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return x;
  }
  peek(): T | undefined {
    return this.items[this.head];
  }
  /** Python `deque.remove`: drop the first occurrence; false when absent. */
  remove(x: T): boolean {
    const i = this.items.indexOf(x, this.head);
    if (i < 0) return false;
    this.items.splice(i, 1);
    return true;
  }
  clear(): void {
    this.items = [];
    this.head = 0;
  }
  __len__(): number {
    return this.length;
  }
  __repr__(): string {
    return `deque([${[...this].map((x) => repr(x)).join(", ")}])`;
  }
  *[Symbol.iterator](): IterableIterator<T> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i] as T;
  }
}
