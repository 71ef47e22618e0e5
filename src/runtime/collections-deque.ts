/**
 * `collections.deque`: a double-ended queue on a growable ring buffer (O(1) at both ends, which
 * `Array.prototype.shift` is not for large arrays).
 *
 * What the compiler emits (method names are Python's):
 *   deque()                     → new deque()
 *   deque(xs, maxlen=3)         → new deque(xs, 3)     or  new deque(xs, kw({ maxlen: 3 }))
 *   d.append(x) / d.appendleft(x) / d.pop() / d.popleft() / d.extend(xs) / d.extendleft(xs)
 *   d.rotate(n) / d.clear() / d.count(x) / d.index(x) / d.remove(x) / d.insert(i, x) / d.reverse()
 *   d[i] → d.__getitem__(i)    d[i] = v → d.__setitem__(i, v)    len(d) → len(d) (builtins)
 * repr: `deque([1, 2])`, `deque([], maxlen=3)`.
 */
import { eq, lt } from "./compare.js";
import { IndexError, RuntimeError, TypeError, ValueError } from "./exceptions.js";
import { iterate, PyIterator, type PyIterable } from "./iter.js";
import { isKw } from "./kwargs.js";
import { repr } from "./repr.js";
import { NotImplemented } from "./types.js";

class DequeIterator<T> extends PyIterator<T> {
  static override readonly __name__: string = "_collections._deque_iterator";
  static readonly __pyname__: string = "_collections._deque_iterator";
  #index = 0;
  readonly #version: number;

  constructor(
    private readonly owner: deque<T>,
    private readonly reversed: boolean,
  ) {
    super();
    this.#version = owner.version;
  }

  next(): IteratorResult<T, undefined> {
    const d = this.owner;
    if (d.version !== this.#version) throw new RuntimeError("deque mutated during iteration");
    if (this.#index >= d.length) return { done: true, value: undefined };
    const i = this.#index++;
    return { done: false, value: d.at(this.reversed ? d.length - 1 - i : i) };
  }
}

export class deque<T = unknown> implements Iterable<T> {
  static readonly __pyname__: string = "deque";
  static readonly __name__: string = "deque";
  readonly maxlen: number | null;
  #items: (T | undefined)[] = new Array(8);
  #head = 0;
  #length = 0;
  /** @internal bumped on every change of length, so running iterators can tell */
  version = 0;

  constructor(iterable: PyIterable<T> | null = null, maxlen: unknown = null) {
    if (isKw(maxlen)) maxlen = (maxlen as { maxlen?: unknown }).maxlen ?? null;
    if (isKw(iterable)) {
      maxlen = (iterable as { maxlen?: unknown }).maxlen ?? null;
      iterable = (iterable as { iterable?: PyIterable<T> }).iterable ?? null;
    }
    if (maxlen !== null && maxlen !== undefined) {
      if (typeof maxlen !== "number" || !Number.isInteger(maxlen)) throw new TypeError("an integer is required");
      if (maxlen < 0) throw new ValueError("maxlen must be non-negative");
    }
    this.maxlen = (maxlen as number | null | undefined) ?? null;
    if (iterable !== null && iterable !== undefined) this.extend(iterable);
  }

  get length(): number {
    return this.#length;
  }

  /** @internal the i-th element (0 <= i < length) */
  at(i: number): T {
    return this.#items[(this.#head + i) % this.#items.length] as T;
  }

  private setAt(i: number, value: T | undefined): void {
    this.#items[(this.#head + i) % this.#items.length] = value;
  }

  private grow(): void {
    if (this.#length < this.#items.length) return;
    const bigger: (T | undefined)[] = new Array(this.#items.length * 2);
    for (let i = 0; i < this.#length; i++) bigger[i] = this.at(i);
    this.#items = bigger;
    this.#head = 0;
  }

  append(x: T): void {
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.#length === this.maxlen) this.popleft();
    this.grow();
    this.setAt(this.#length, x);
    this.#length++;
    this.version++;
  }

  appendleft(x: T): void {
    if (this.maxlen === 0) return;
    if (this.maxlen !== null && this.#length === this.maxlen) this.pop();
    this.grow();
    this.#head = (this.#head - 1 + this.#items.length) % this.#items.length;
    this.#items[this.#head] = x;
    this.#length++;
    this.version++;
  }

  pop(): T {
    if (this.#length === 0) throw new IndexError("pop from an empty deque");
    const value = this.at(this.#length - 1);
    this.setAt(this.#length - 1, undefined);
    this.#length--;
    this.version++;
    return value;
  }

  popleft(): T {
    if (this.#length === 0) throw new IndexError("pop from an empty deque");
    const value = this.at(0);
    this.#items[this.#head] = undefined;
    this.#head = (this.#head + 1) % this.#items.length;
    this.#length--;
    this.version++;
    return value;
  }

  extend(iterable: PyIterable<T>): void {
    const items = iterable === (this as unknown) ? [...this] : iterate(iterable);
    for (const x of items) this.append(x);
  }

  extendleft(iterable: PyIterable<T>): void {
    const items = iterable === (this as unknown) ? [...this] : iterate(iterable);
    for (const x of items) this.appendleft(x);
  }

  /** rotate right by n (left for negative n) */
  rotate(n: number = 1): void {
    const len = this.#length;
    if (len <= 1) return;
    let k = n % len;
    if (k < 0) k += len;
    for (let i = 0; i < k; i++) this.appendleftRaw(this.popRaw());
  }

  private popRaw(): T {
    const value = this.at(this.#length - 1);
    this.setAt(this.#length - 1, undefined);
    this.#length--;
    return value;
  }

  private appendleftRaw(x: T): void {
    this.#head = (this.#head - 1 + this.#items.length) % this.#items.length;
    this.#items[this.#head] = x;
    this.#length++;
  }

  clear(): void {
    this.#items = new Array(8);
    this.#head = 0;
    this.#length = 0;
    this.version++;
  }

  copy(): deque<T> {
    return new deque<T>(this, this.maxlen);
  }

  count(x: unknown): number {
    let n = 0;
    for (let i = 0; i < this.#length; i++) if (eq(this.at(i), x)) n++;
    return n;
  }

  index(x: unknown, start: number = 0, stop: number = this.#length): number {
    for (let i = Math.max(0, start); i < Math.min(stop, this.#length); i++) if (eq(this.at(i), x)) return i;
    throw new ValueError(`${repr(x)} is not in deque`);
  }

  remove(x: unknown): void {
    const i = this.index(x);
    this.__delitem__(i);
  }

  insert(index: number, x: T): void {
    if (this.maxlen !== null && this.#length >= this.maxlen) throw new IndexError("deque already at its maximum size");
    const items = [...this];
    let i = index < 0 ? Math.max(0, index + items.length) : Math.min(index, items.length);
    items.splice(i, 0, x);
    this.clear();
    for (i = 0; i < items.length; i++) this.append(items[i] as T);
  }

  reverse(): void {
    const items = [...this].reverse();
    for (let i = 0; i < items.length; i++) this.setAt(i, items[i]);
  }

  private normalize(index: number): number {
    const i = index < 0 ? index + this.#length : index;
    if (!Number.isInteger(i) || i < 0 || i >= this.#length) throw new IndexError("deque index out of range");
    return i;
  }

  __getitem__(index: number): T {
    return this.at(this.normalize(index));
  }
  __setitem__(index: number, value: T): void {
    this.setAt(this.normalize(index), value);
  }
  __delitem__(index: number): void {
    const i = this.normalize(index);
    const items = [...this];
    items.splice(i, 1);
    this.clear();
    for (const x of items) this.append(x);
  }
  __len__(): number {
    return this.#length;
  }
  __bool__(): boolean {
    return this.#length > 0;
  }
  __contains__(x: unknown): boolean {
    for (let i = 0; i < this.#length; i++) if (eq(this.at(i), x)) return true;
    return false;
  }
  __iter__(): DequeIterator<T> {
    return new DequeIterator(this, false);
  }
  __reversed__(): DequeIterator<T> {
    return new DequeIterator(this, true);
  }
  [Symbol.iterator](): DequeIterator<T> {
    return new DequeIterator(this, false);
  }

  __eq__(other: unknown): unknown {
    if (!(other instanceof deque)) return NotImplemented;
    if (other.length !== this.#length) return false;
    for (let i = 0; i < this.#length; i++) if (!eq(this.at(i), other.at(i))) return false;
    return true;
  }
  __lt__(other: unknown): unknown {
    if (!(other instanceof deque)) return NotImplemented;
    return lt([...this], [...other]);
  }
  __hash__(): never {
    throw new TypeError("unhashable type: 'deque'");
  }
  __repr__(): string {
    const body = `[${[...this].map((x) => repr(x)).join(", ")}]`;
    return this.maxlen === null ? `deque(${body})` : `deque(${body}, maxlen=${this.maxlen})`;
  }
  __copy__(): deque<T> {
    return this.copy();
  }
  toString(): string {
    return this.__repr__();
  }
}
