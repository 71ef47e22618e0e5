/**
 * The lazy iteration builtins: enumerate, zip, reversed, map, filter, and any/all.
 *
 * What the compiler emits (keyword arguments in a trailing `kw({...})`, kwargs.ts):
 *   enumerate(xs, start=1) / enumerate(xs, 1) → enumerate(xs, kw({ start: 1 })) / enumerate(xs, 1)
 *   zip(a, b, strict=True)                    → zip(a, b, kw({ strict: true }))
 *   reversed(xs), map(f, xs, ys), filter(None, xs) → reversed(xs), map(f, xs, ys), filter(null, xs)
 *   any(gen) / all(gen)                       → any(gen) / all(gen)   (short-circuit, lazy)
 * Each returns a Python iterator (iter.ts `PyIterator`) that is also a JS iterable, with the type
 * name CPython reports (`type(map(f, xs)).__name__ == "map"`). Arguments can be anything Python
 * iterates; they are pulled only as results are asked for.
 */
import { truthy, typeName } from "./compare.js";
import { PyDict } from "./dict.js";
import { StopIteration, TypeError, ValueError } from "./exceptions.js";
import { iterate, JsIteratorAdapter, PyIterator, type PyIterable } from "./iter.js";
import { splitKw, type Kw } from "./kwargs.js";
import { toCallable } from "./builtins-types.js";
import { asTuple, type PyPair, type PyTuple } from "./tuple.js";

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

function source<T>(x: PyIterable<T>): Iterator<T> {
  return iterate(x)[Symbol.iterator]();
}

export class EnumerateIterator<T> extends PyIterator<PyPair<number, T>> {
  static override readonly __name__: string = "enumerate";
  static readonly __pyname__: string = "enumerate";
  #it: Iterator<T>;
  #count: number;
  constructor(iterable: PyIterable<T>, start: number) {
    super();
    this.#it = source(iterable);
    this.#count = start;
  }
  next(): IteratorResult<PyPair<number, T>, undefined> {
    const r = this.#it.next();
    if (r.done === true) return DONE;
    return { done: false, value: asTuple<number | T>([this.#count++, r.value]) as unknown as PyPair<number, T> };
  }
}

/** enumerate(iterable, start=0) */
export function enumerate<T>(iterable: PyIterable<T>, ...rest: unknown[]): EnumerateIterator<T> {
  const [positional, named] = splitKw<{ start: unknown }>(rest, "enumerate", ["start"]);
  const start = positional[0] ?? named.start ?? 0;
  if (typeof start !== "number" || !Number.isInteger(start)) {
    throw new TypeError(`'${typeName(start)}' object cannot be interpreted as an integer`);
  }
  return new EnumerateIterator(iterable, start);
}

function argumentRange(n: number): string {
  return n === 1 ? "argument 1" : `arguments 1-${n}`;
}

export class ZipIterator<R extends PyTuple<unknown> = PyTuple<unknown>> extends PyIterator<R> {
  static override readonly __name__: string = "zip";
  static readonly __pyname__: string = "zip";
  #its: Iterator<unknown>[] | null;
  constructor(
    iterables: PyIterable<unknown>[],
    private readonly strict: boolean,
  ) {
    super();
    this.#its = iterables.map((x) => source(x));
  }
  next(): IteratorResult<R, undefined> {
    const its = this.#its;
    if (its === null || its.length === 0) return DONE;
    const row: unknown[] = [];
    for (let i = 0; i < its.length; i++) {
      const r = (its[i] as Iterator<unknown>).next();
      if (r.done === true) {
        this.#its = null;
        if (this.strict) this.checkStrict(its, i);
        return DONE;
      }
      row.push(r.value);
    }
    return { done: false, value: asTuple(row) as R };
  }
  /** CPython's strict=True messages: which argument ran out first, or is longer */
  private checkStrict(its: Iterator<unknown>[], stoppedAt: number): void {
    if (stoppedAt > 0) {
      throw new ValueError(`zip() argument ${stoppedAt + 1} is shorter than ${argumentRange(stoppedAt)}`);
    }
    for (let j = 1; j < its.length; j++) {
      if ((its[j] as Iterator<unknown>).next().done !== true) {
        throw new ValueError(`zip() argument ${j + 1} is longer than ${argumentRange(j)}`);
      }
    }
  }
}

/** zip(*iterables, strict=False); two or three iterables keep their element types. */
export function zip<A, B>(a: PyIterable<A>, b: PyIterable<B>, ...options: Kw[]): ZipIterator<PyPair<A, B>>;
export function zip<A, B, C>(a: PyIterable<A>, b: PyIterable<B>, c: PyIterable<C>, ...options: Kw[]): ZipIterator<PyTuple<A | B | C>>;
export function zip(...args: unknown[]): ZipIterator;
export function zip(...args: unknown[]): ZipIterator {
  const [iterables, named] = splitKw<{ strict: unknown }>(args, "zip", ["strict"]);
  return new ZipIterator(iterables as PyIterable<unknown>[], truthy(named.strict ?? false));
}

export class MapIterator<R> extends PyIterator<R> {
  static override readonly __name__: string = "map";
  static readonly __pyname__: string = "map";
  #its: Iterator<unknown>[] | null;
  constructor(
    private readonly func: (...args: unknown[]) => R,
    iterables: PyIterable<unknown>[],
  ) {
    super();
    this.#its = iterables.map((x) => source(x));
  }
  next(): IteratorResult<R, undefined> {
    const its = this.#its;
    if (its === null) return DONE;
    const args: unknown[] = [];
    for (const it of its) {
      const r = it.next();
      if (r.done === true) {
        this.#its = null;
        return DONE;
      }
      args.push(r.value);
    }
    let value: R;
    try {
      value = this.func(...args);
    } catch (e) {
      // CPython's map.__next__ passes a StopIteration from func on: whoever iterates sees the end
      if (e instanceof StopIteration) return { done: true, value: e.value as undefined };
      throw e;
    }
    return { done: false, value };
  }
}

/**
 * map(func, *iterables); `func` may also be a builtin type object such as `str_`
 * (builtins-types.ts) or an instance with `__call__`.
 */
export function map<R>(func: (...args: any[]) => R, ...iterables: PyIterable<unknown>[]): MapIterator<R>;
export function map(func: unknown, ...iterables: PyIterable<unknown>[]): MapIterator<any>;
export function map(func: unknown, ...iterables: PyIterable<unknown>[]): MapIterator<unknown> {
  if (iterables.length === 0) throw new TypeError("map() must have at least two arguments.");
  return new MapIterator(toCallable(func) as (...args: unknown[]) => unknown, iterables);
}

export class FilterIterator<T> extends PyIterator<T> {
  static override readonly __name__: string = "filter";
  static readonly __pyname__: string = "filter";
  #it: Iterator<T>;
  constructor(
    private readonly predicate: ((v: T) => unknown) | null,
    iterable: PyIterable<T>,
  ) {
    super();
    this.#it = source(iterable);
  }
  next(): IteratorResult<T, undefined> {
    for (;;) {
      const r = this.#it.next();
      if (r.done === true) return DONE;
      if (this.predicate === null) {
        if (truthy(r.value)) return r;
        continue;
      }
      let keep: unknown;
      try {
        keep = this.predicate(r.value);
      } catch (e) {
        // as for map: a StopIteration from the predicate ends the iteration where it is seen
        if (e instanceof StopIteration) return { done: true, value: e.value as undefined };
        throw e;
      }
      if (truthy(keep)) return r;
    }
  }
}

/** filter(function or None, iterable) */
export function filter<T>(predicate: ((v: T) => unknown) | null, iterable: PyIterable<T>): FilterIterator<T> {
  return new FilterIterator(predicate === null || predicate === undefined ? null : (toCallable(predicate) as (v: T) => unknown), iterable);
}

class SequenceReverseIterator<T> extends PyIterator<T> {
  #index: number;
  constructor(
    private readonly get: (i: number) => T,
    length: number,
  ) {
    super();
    this.#index = length - 1;
  }
  next(): IteratorResult<T, undefined> {
    if (this.#index < 0) return DONE;
    return { done: false, value: this.get(this.#index--) };
  }
}

export class ListReverseIterator<T> extends SequenceReverseIterator<T> {
  static override readonly __name__: string = "list_reverseiterator";
  static readonly __pyname__: string = "list_reverseiterator";
}
export class ReversedIterator<T> extends SequenceReverseIterator<T> {
  static override readonly __name__: string = "reversed";
  static readonly __pyname__: string = "reversed";
}

/** reversed(seq): lists, tuples, strings, dicts, ranges, and classes with __reversed__ or __len__/__getitem__ */
export function reversed<T>(seq: unknown): PyIterator<T> {
  if (Array.isArray(seq)) {
    const items = seq as T[];
    return new ListReverseIterator<T>((i) => items[i] as T, items.length);
  }
  if (typeof seq === "string") {
    const chars = Array.from(seq) as unknown as T[];
    return new ReversedIterator<T>((i) => chars[i] as T, chars.length);
  }
  if (seq instanceof PyDict) {
    const keys = [...seq] as T[];
    return new ReversedIterator<T>((i) => keys[i] as T, keys.length);
  }
  const obj = seq as { __reversed__?: () => unknown; __len__?: () => number; __getitem__?: (i: number) => T } | null;
  if (obj !== null && typeof obj === "object") {
    if (typeof obj.__reversed__ === "function") {
      const it = obj.__reversed__();
      return it instanceof PyIterator ? (it as PyIterator<T>) : new JsIteratorAdapter<T>(source(it as PyIterable<T>));
    }
    if (typeof obj.__len__ === "function" && typeof obj.__getitem__ === "function") {
      const getitem = obj.__getitem__.bind(obj);
      return new ReversedIterator<T>((i) => getitem(i), obj.__len__());
    }
  }
  throw new TypeError(`'${typeName(seq)}' object is not reversible`);
}

/** any(iterable): stops at the first truthy item */
export function any(iterable: PyIterable<unknown>): boolean {
  for (const x of iterate(iterable)) if (truthy(x)) return true;
  return false;
}

/** all(iterable): stops at the first falsy item */
export function all(iterable: PyIterable<unknown>): boolean {
  for (const x of iterate(iterable)) if (!truthy(x)) return false;
  return true;
}
