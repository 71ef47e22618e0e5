/**
 * Python's `range`: a lazy, immutable arithmetic sequence.
 *
 * What the compiler emits: `for i in range(n)` over a local is best written as a plain counting
 * `for` loop; everywhere else `range(stop)`, `range(start, stop[, step])` builds a `PyRange`:
 *   list(range(5))     → listFrom(range(5))            (it is a JS iterable)
 *   len(r), x in r     → len(r), contains(r, x)        (builtins; or r.__len__(), r.__contains__(x))
 *   r[i], r[a:b:c]     → r.__getitem__(i), r.slice(a, b, c)   (undefined for an omitted bound)
 *   reversed(r)        → reversed(r)                    (builtins; r.__reversed__())
 *   repr(r)            → "range(0, 5)" / "range(1, 10, 2)"
 * Bounds are JS numbers (safe integers); bigint bounds raise OverflowError rather than lose digits.
 */
import { IndexError, OverflowError, TypeError, ValueError } from "./exceptions.js";
import { PyIterator } from "./iter.js";
import { typeName } from "./compare.js";


/** A Python int argument as a safe JS integer (bools count as ints, as in Python). */
function toIndex(value: unknown): number {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "bigint") {
    if (value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)) return Number(value);
    throw new OverflowError("range() bounds beyond 2**53 are not supported by py2ts");
  }
  const index = (value as { __index__?: () => unknown } | null)?.__index__;
  if (typeof index === "function") return toIndex(index.call(value));
  throw new TypeError(`'${typeName(value)}' object cannot be interpreted as an integer`);
}

class RangeIterator extends PyIterator<number> {
  static override readonly __name__: string = "range_iterator";
  #next: number;
  #left: number;

  constructor(
    start: number,
    private readonly step: number,
    length: number,
  ) {
    super();
    this.#next = start;
    this.#left = length;
  }

  next(): IteratorResult<number, undefined> {
    if (this.#left <= 0) return { done: true, value: undefined };
    const value = this.#next;
    this.#next += this.step;
    this.#left--;
    return { done: false, value };
  }

  __length_hint__(): number {
    return Math.max(this.#left, 0);
  }
}

export class PyRange implements Iterable<number> {
  static readonly __name__ = "range";
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  readonly length: number;

  constructor(start: number, stop: number, step: number) {
    this.start = start;
    this.stop = stop;
    this.step = step;
    const span = step > 0 ? stop - start : start - stop;
    const size = span <= 0 ? 0 : Math.floor((span - 1) / Math.abs(step)) + 1;
    this.length = size;
  }

  [Symbol.iterator](): RangeIterator {
    return new RangeIterator(this.start, this.step, this.length);
  }
  __iter__(): RangeIterator {
    return this[Symbol.iterator]();
  }
  __reversed__(): RangeIterator {
    return new RangeIterator(this.start + (this.length - 1) * this.step, -this.step, this.length);
  }
  __len__(): number {
    return this.length;
  }
  __bool__(): boolean {
    return this.length > 0;
  }

  __contains__(value: unknown): boolean {
    if (typeof value === "boolean") value = value ? 1 : 0;
    if (typeof value !== "number" || !Number.isInteger(value)) {
      if (typeof value === "number") return this.__contains__(Math.trunc(value)) && Math.trunc(value) === value;
      return false;
    }
    if (this.step > 0 ? value < this.start || value >= this.stop : value > this.start || value <= this.stop) return false;
    return (value - this.start) % this.step === 0;
  }

  /** `r[i]` with a negative index counting from the end */
  __getitem__(index: unknown): number {
    let i = toIndex(index);
    if (i < 0) i += this.length;
    if (i < 0 || i >= this.length) throw new IndexError("range object index out of range");
    return this.start + i * this.step;
  }

  /** `r[start:stop:step]` (undefined or null for an omitted bound): another range */
  slice(start?: unknown, stop?: unknown, step?: unknown): PyRange {
    const s = step === undefined || step === null ? 1 : toIndex(step);
    if (s === 0) throw new ValueError("slice step cannot be zero");
    const n = this.length;
    const clamp = (v: unknown, fallback: number): number => {
      if (v === undefined || v === null) return fallback;
      let i = toIndex(v);
      if (i < 0) i = Math.max(i + n, s < 0 ? -1 : 0);
      else i = Math.min(i, s < 0 ? n - 1 : n);
      return i;
    };
    const lo = clamp(start, s < 0 ? n - 1 : 0);
    const hi = clamp(stop, s < 0 ? -1 : n);
    return new PyRange(this.start + lo * this.step, this.start + hi * this.step, this.step * s);
  }

  count(value: unknown): number {
    return this.__contains__(value) ? 1 : 0;
  }

  index(value: unknown): number {
    if (!this.__contains__(value)) throw new ValueError(`${String(value)} is not in range`);
    return ((value as number) - this.start) / this.step;
  }

  /** ranges are equal when they describe the same sequence: range(0) == range(2, 2) */
  __eq__(other: unknown): boolean {
    if (!(other instanceof PyRange)) return false;
    if (this.length !== other.length) return false;
    if (this.length === 0) return true;
    if (this.start !== other.start) return false;
    return this.length === 1 || this.step === other.step;
  }
  __ne__(other: unknown): boolean {
    return !this.__eq__(other);
  }
  __hash__(): number {
    if (this.length === 0) return 0;
    return this.length === 1 ? this.start * 31 + 1 : (this.start * 31 + this.step) * 31 + this.length;
  }

  __repr__(): string {
    return this.step === 1 ? `range(${this.start}, ${this.stop})` : `range(${this.start}, ${this.stop}, ${this.step})`;
  }
}

/** The builtin `range(stop)` / `range(start, stop[, step])`, with CPython's errors for other argument counts. */
export function range(...args: unknown[]): PyRange {
  if (args.length === 0) throw new TypeError("range expected at least 1 argument, got 0");
  if (args.length > 3) throw new TypeError(`range expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PyRange(0, toIndex(args[0]), 1);
  const s = args.length === 2 ? 1 : toIndex(args[2]);
  if (s === 0) throw new ValueError("range() arg 3 must not be zero");
  return new PyRange(toIndex(args[0]), toIndex(args[1]), s);
}
