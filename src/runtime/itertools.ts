/**
 * The `itertools` module, part 1: infinite and filtering iterators, groupby, islice, tee.
 * Combinatoric ones (product, permutations, combinations, ...) are in itertools-combinatorics.ts;
 * this module re-exports them so that one namespace holds the whole module.
 *
 * What the compiler emits: `import itertools` → `import { itertools } from "py2ts/runtime"` and
 * `itertools.count(10, 5)`; `from itertools import islice` → `import { islice } from
 * "py2ts/runtime/itertools"`. Keyword arguments go in a trailing `kw({...})` (kwargs.ts):
 *   itertools.accumulate(xs, operator.mul, initial=10) → itertools.accumulate(xs, operator.mul, kw({ initial: 10 }))
 *   itertools.groupby(rows, key=f)                    → itertools.groupby(rows, kw({ key: f }))
 *   itertools.chain.from_iterable(xss)                → itertools.chain.from_iterable(xss)
 *
 * Every function is lazy: it pulls from its argument only when asked, like CPython, and accepts
 * anything Python can iterate (lists, strings, generators, user iterators, JS iterables). Each
 * returns a Python iterator (iter.ts `PyIterator`) that is also a JS iterable.
 */
import { truthy } from "./compare.js";
import { TypeError, ValueError } from "./exceptions.js";
import { iterate, PyIterator, type PyIterable } from "./iter.js";
import { DONE, Lazy, lazy, named, source } from "./itertools-base.js";
import { splitKw } from "./kwargs.js";
import { add } from "./numbers.js";
import { repr } from "./repr.js";
import { asTuple, type PyTuple } from "./tuple.js";

export * from "./itertools-combinatorics.js";
export * from "./itertools-grouping.js";
export { source } from "./itertools-base.js";

export class count extends Lazy<unknown> {
  #next: unknown;
  constructor(
    start: unknown = 0,
    private readonly step: unknown = 1,
  ) {
    super();
    this.#next = start;
  }
  next(): IteratorResult<unknown, undefined> {
    const value = this.#next;
    this.#next = add(value, this.step);
    return { done: false, value };
  }
  __repr__(): string {
    const step = this.step;
    return step === 1 ? `count(${repr(this.#next)})` : `count(${repr(this.#next)}, ${repr(step)})`;
  }
}
named(count, "count");

export class cycle<T> extends Lazy<T> {
  #source: Iterator<T> | null;
  #saved: T[] = [];
  #index = 0;
  constructor(iterable: PyIterable<T>) {
    super();
    this.#source = source(iterable);
  }
  next(): IteratorResult<T, undefined> {
    if (this.#source !== null) {
      const r = this.#source.next();
      if (r.done !== true) {
        this.#saved.push(r.value);
        return r;
      }
      this.#source = null;
    }
    if (this.#saved.length === 0) return DONE;
    const value = this.#saved[this.#index] as T;
    this.#index = (this.#index + 1) % this.#saved.length;
    return { done: false, value };
  }
}
named(cycle, "cycle");

export class repeat<T> extends Lazy<T> {
  #left: number;
  constructor(
    private readonly object: T,
    times?: number,
  ) {
    super();
    if (times !== undefined && times !== null && typeof times !== "number") throw new TypeError("integer argument expected");
    this.#left = times === undefined || times === null ? Infinity : Math.max(times, 0);
  }
  next(): IteratorResult<T, undefined> {
    if (this.#left <= 0) return DONE;
    this.#left--;
    return { done: false, value: this.object };
  }
  __length_hint__(): number {
    return this.#left;
  }
  __repr__(): string {
    return this.#left === Infinity ? `repeat(${repr(this.object)})` : `repeat(${repr(this.object)}, ${this.#left})`;
  }
}
named(repeat, "repeat");

/** accumulate(iterable[, func], *, initial=None) */
export class accumulate extends Lazy<unknown> {
  #source: Iterator<unknown>;
  #total: unknown;
  #started = false;
  #func: (a: unknown, b: unknown) => unknown;
  #initial: unknown;

  constructor(iterable: PyIterable<unknown>, ...rest: unknown[]) {
    super();
    const [positional, named] = splitKw<{ initial: unknown; func: unknown }>(rest, "accumulate", ["initial", "func"]);
    const func = positional[0] ?? named.func ?? null;
    this.#func = func === null ? add : (func as (a: unknown, b: unknown) => unknown);
    this.#initial = named.initial ?? null;
    this.#source = source(iterable);
  }
  next(): IteratorResult<unknown, undefined> {
    if (!this.#started) {
      this.#started = true;
      if (this.#initial !== null) {
        this.#total = this.#initial;
        return { done: false, value: this.#total };
      }
      const first = this.#source.next();
      if (first.done === true) return DONE;
      this.#total = first.value;
      return { done: false, value: this.#total };
    }
    const r = this.#source.next();
    if (r.done === true) return DONE;
    this.#total = this.#func(this.#total, r.value);
    return { done: false, value: this.#total };
  }
}
named(accumulate, "accumulate");

class ChainIterator<T> extends Lazy<T> {
  #sources: Iterator<PyIterable<T>>;
  #current: Iterator<T> | null = null;
  constructor(iterables: Iterator<PyIterable<T>>) {
    super();
    this.#sources = iterables;
  }
  next(): IteratorResult<T, undefined> {
    for (;;) {
      if (this.#current !== null) {
        const r = this.#current.next();
        if (r.done !== true) return r;
        this.#current = null;
      }
      const nextSource = this.#sources.next();
      if (nextSource.done === true) return DONE;
      this.#current = source(nextSource.value);
    }
  }
}
named(ChainIterator, "chain");

/** The element type of an iterable (a union over a union of iterables). */
type ElementOf<I> = I extends PyIterable<infer E> ? E : never;

/** chain(*iterables) and chain.from_iterable(iterable_of_iterables) */
export const chain = Object.assign(
  function chain<A extends PyIterable<unknown>[]>(...iterables: A): PyIterator<ElementOf<A[number]>> {
    return new ChainIterator<ElementOf<A[number]>>(iterables[Symbol.iterator]() as Iterator<PyIterable<ElementOf<A[number]>>>);
  },
  {
    from_iterable<T>(iterables: PyIterable<PyIterable<T>>): PyIterator<T> {
      return new ChainIterator<T>(source(iterables));
    },
    __name__: "chain",
    __pyname__: "chain",
  },
);

export function compress<T>(data: PyIterable<T>, selectors: PyIterable<unknown>): PyIterator<T> {
  const d = source(data);
  const s = source(selectors);
  return lazy("compress", function* () {
    for (;;) {
      const a = d.next();
      if (a.done === true) return;
      const b = s.next();
      if (b.done === true) return;
      if (truthy(b.value)) yield a.value;
    }
  });
}

export function dropwhile<T>(predicate: (v: T) => unknown, iterable: PyIterable<T>): PyIterator<T> {
  const it = source(iterable);
  return lazy("dropwhile", function* () {
    let dropping = true;
    for (let r = it.next(); r.done !== true; r = it.next()) {
      if (dropping && truthy(predicate(r.value))) continue;
      dropping = false;
      yield r.value;
    }
  });
}

export function takewhile<T>(predicate: (v: T) => unknown, iterable: PyIterable<T>): PyIterator<T> {
  const it = source(iterable);
  return lazy("takewhile", function* () {
    for (let r = it.next(); r.done !== true; r = it.next()) {
      if (!truthy(predicate(r.value))) return;
      yield r.value;
    }
  });
}

export function filterfalse<T>(predicate: ((v: T) => unknown) | null, iterable: PyIterable<T>): PyIterator<T> {
  const it = source(iterable);
  return lazy("filterfalse", function* () {
    for (let r = it.next(); r.done !== true; r = it.next()) {
      if (!truthy(predicate === null ? r.value : predicate(r.value))) yield r.value;
    }
  });
}

export function starmap<R>(func: (...args: unknown[]) => R, iterable: PyIterable<PyIterable<unknown>>): PyIterator<R> {
  const it = source(iterable);
  return lazy("starmap", function* () {
    for (let r = it.next(); r.done !== true; r = it.next()) yield func(...Array.from(iterate(r.value)));
  });
}

export function pairwise<T>(iterable: PyIterable<T>): PyIterator<PyTuple<T>> {
  const it = source(iterable);
  return lazy("pairwise", function* () {
    let previous = it.next();
    if (previous.done === true) return;
    for (let r = it.next(); r.done !== true; r = it.next()) {
      yield asTuple([previous.value, r.value]);
      previous = r;
    }
  });
}

const ISLICE_STOP = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
const ISLICE_INDEX = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

function sliceBound(value: unknown, message: string): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" && Number.isInteger(value) && value >= 0) return value;
  if (typeof value === "bigint" && value >= 0n) return Number(value);
  throw new ValueError(message);
}

/** islice(iterable, stop) / islice(iterable, start, stop[, step]) */
export function islice<T>(iterable: PyIterable<T>, ...bounds: unknown[]): PyIterator<T> {
  let start = 0;
  let stop: number | null;
  let step = 1;
  if (bounds.length === 1) stop = sliceBound(bounds[0], ISLICE_STOP);
  else {
    start = sliceBound(bounds[0], ISLICE_INDEX) ?? 0;
    stop = sliceBound(bounds[1], ISLICE_STOP);
    const s = bounds[2];
    if (s !== undefined && s !== null) {
      if (typeof s !== "number" || !Number.isInteger(s) || s <= 0) throw new ValueError("Step for islice() must be a positive integer or None.");
      step = s;
    }
  }
  const it = source(iterable);
  return lazy("islice", function* () {
    let index = 0;
    let wanted = start;
    while (stop === null || wanted < stop) {
      const r = it.next();
      if (r.done === true) return;
      if (index++ === wanted) {
        yield r.value;
        wanted += step;
      }
    }
    // CPython consumes up to `stop` when the stop falls between steps
    while (index < (stop ?? 0)) {
      if (it.next().done === true) return;
      index++;
    }
  });
}

