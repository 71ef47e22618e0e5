/**
 * The `itertools` module, part 2: product, permutations, combinations,
 * combinations_with_replacement (re-exported by itertools.ts, which documents the emission).
 *
 * As in CPython, each one reads its input(s) completely when called (into a pool) and then
 * produces tuples lazily, in CPython's order (the algorithms of the itertools documentation).
 *   itertools.product("ab", repeat=2)  → itertools.product("ab", kw({ repeat: 2 }))
 *   itertools.permutations(xs, 2)      → itertools.permutations(xs, 2)
 */
import { TypeError, ValueError } from "./exceptions.js";
import { iterate, PyIterator, type PyIterable } from "./iter.js";
import { splitKw } from "./kwargs.js";
import { asTuple, type PyTuple } from "./tuple.js";

class TupleStream<T> extends PyIterator<PyTuple<T>> {
  #it: Iterator<PyTuple<T>>;
  constructor(it: Iterator<PyTuple<T>>) {
    super();
    this.#it = it;
  }
  next(): IteratorResult<PyTuple<T>, undefined> {
    const r = this.#it.next();
    return r.done === true ? { done: true, value: undefined } : r;
  }
}

function kind(name: string): new <T>(it: Iterator<PyTuple<T>>) => TupleStream<T> {
  const cls = class extends TupleStream<unknown> {};
  Object.defineProperty(cls, "__name__", { value: name });
  Object.defineProperty(cls, "__pyname__", { value: name });
  return cls as unknown as new <T>(it: Iterator<PyTuple<T>>) => TupleStream<T>;
}

const ProductIterator = kind("product");
const PermutationsIterator = kind("permutations");
const CombinationsIterator = kind("combinations");
const CombinationsWithReplacementIterator = kind("combinations_with_replacement");

function pool<T>(iterable: PyIterable<T>): T[] {
  return Array.from(iterate(iterable));
}

function countArg(value: unknown, negativeMessage: string): number {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value !== "number" || !Number.isInteger(value)) {
    throw new TypeError(`'${typeof value === "number" ? "float" : typeof value}' object cannot be interpreted as an integer`);
  }
  if (value < 0) throw new ValueError(negativeMessage);
  return value;
}

/** product(*iterables, repeat=1) */
export function product(...args: unknown[]): PyIterator<PyTuple<unknown>> {
  const [iterables, named] = splitKw<{ repeat: unknown }>(args, "product", ["repeat"]);
  const repeatCount = named.repeat === undefined ? 1 : countArg(named.repeat, "repeat argument cannot be negative");
  const pools: unknown[][] = [];
  const once = iterables.map((x) => pool(x as PyIterable<unknown>));
  for (let i = 0; i < repeatCount; i++) pools.push(...once);
  return new ProductIterator(
    (function* () {
      if (pools.some((p) => p.length === 0)) return;
      const indices = pools.map(() => 0);
      for (;;) {
        yield asTuple(indices.map((ix, i) => (pools[i] as unknown[])[ix]));
        let i = pools.length - 1;
        while (i >= 0) {
          indices[i] = (indices[i] as number) + 1;
          if ((indices[i] as number) < (pools[i] as unknown[]).length) break;
          indices[i] = 0;
          i--;
        }
        if (i < 0) return;
      }
    })(),
  );
}

/** permutations(iterable, r=None) */
export function permutations<T>(iterable: PyIterable<T>, r: unknown = null): PyIterator<PyTuple<T>> {
  const items = pool(iterable);
  const n = items.length;
  const size = r === null || r === undefined ? n : countArg(r, "r must be non-negative");
  return new PermutationsIterator<T>(
    (function* () {
      if (size > n) return;
      const indices = Array.from({ length: n }, (_, i) => i);
      const cycles = Array.from({ length: size }, (_, i) => n - i);
      yield asTuple(indices.slice(0, size).map((i) => items[i] as T));
      while (n > 0) {
        let i = size - 1;
        for (; i >= 0; i--) {
          cycles[i] = (cycles[i] as number) - 1;
          if (cycles[i] === 0) {
            const moved = indices.splice(i, 1);
            indices.push(...moved);
            cycles[i] = n - i;
          } else {
            const j = n - (cycles[i] as number);
            [indices[i], indices[j]] = [indices[j] as number, indices[i] as number];
            yield asTuple(indices.slice(0, size).map((k) => items[k] as T));
            break;
          }
        }
        if (i < 0) return;
      }
    })(),
  );
}

/** combinations(iterable, r) */
export function combinations<T>(iterable: PyIterable<T>, r: unknown): PyIterator<PyTuple<T>> {
  const items = pool(iterable);
  const n = items.length;
  const size = countArg(r, "r must be non-negative");
  return new CombinationsIterator<T>(
    (function* () {
      if (size > n) return;
      const indices = Array.from({ length: size }, (_, i) => i);
      yield asTuple(indices.map((i) => items[i] as T));
      for (;;) {
        let i = size - 1;
        while (i >= 0 && indices[i] === i + n - size) i--;
        if (i < 0) return;
        indices[i] = (indices[i] as number) + 1;
        for (let j = i + 1; j < size; j++) indices[j] = (indices[j - 1] as number) + 1;
        yield asTuple(indices.map((k) => items[k] as T));
      }
    })(),
  );
}

/** combinations_with_replacement(iterable, r) */
export function combinations_with_replacement<T>(iterable: PyIterable<T>, r: unknown): PyIterator<PyTuple<T>> {
  const items = pool(iterable);
  const n = items.length;
  const size = countArg(r, "r must be non-negative");
  return new CombinationsWithReplacementIterator<T>(
    (function* () {
      if (n === 0 && size > 0) return;
      const indices = Array.from({ length: size }, () => 0);
      yield asTuple(indices.map((i) => items[i] as T));
      for (;;) {
        let i = size - 1;
        while (i >= 0 && indices[i] === n - 1) i--;
        if (i < 0) return;
        const v = (indices[i] as number) + 1;
        for (let j = i; j < size; j++) indices[j] = v;
        yield asTuple(indices.map((k) => items[k] as T));
      }
    })(),
  );
}
