/**
 * Python tuples: plain JS arrays tagged with a non-enumerable symbol, readonly by convention.
 *
 * WHY a tag: `repr((1,))` is "(1,)" while `repr([1])` is "[1]", and `(1, 2) == [1, 2]` is False, so the
 * runtime must tell the two apart; a symbol property keeps the value a real array (spread, `for...of`,
 * indexing all work). It is set by plain assignment: `Object.defineProperty` costs ~25x more per
 * tuple in V8, and a symbol key is invisible to `Object.keys`, `for...in` and JSON anyway.
 *
 * For the compiler:
 *     (1, "a")        ->  tuple(1, "a")
 *     ()              ->  EMPTY_TUPLE           (or tuple())
 *     tuple(xs)       ->  tupleFrom(xs)         (any JS iterable)
 *     isinstance(x, tuple) -> isTuple(x)
 * Equality, hashing, ordering and repr are structural (compare.ts, repr.ts).
 */
import { iterate } from "./iter.js";

export const TUPLE_TAG: unique symbol = Symbol.for("py2ts.tuple");

export type PyTuple<T = unknown> = readonly T[] & { readonly [TUPLE_TAG]: true };
/** A two-element tuple that keeps both element types (what `dict.items()` yields). */
export type PyPair<A, B> = readonly [A, B] & { readonly [TUPLE_TAG]: true };
/** A tuple that keeps the type of each position (`tuple("ann", 31)` destructures as string, number). */
export type PyTupleOf<T extends readonly unknown[]> = Readonly<T> & { readonly [TUPLE_TAG]: true };

function tag<T>(items: T[]): PyTuple<T> {
  (items as unknown as Record<symbol, boolean>)[TUPLE_TAG] = true;
  return items as unknown as PyTuple<T>;
}

export function tuple<T>(...items: T[]): PyTuple<T>;
/** Mixed element types (`tuple("ann", 31)`) keep their positions. */
export function tuple<T extends unknown[]>(...items: T): PyTupleOf<T>;
export function tuple(...items: unknown[]): PyTuple<unknown> {
  return tag(items);
}

/** `tuple(iterable)`: a tuple argument is returned as is (tuples are immutable). */
export function tupleFrom<T>(items: Iterable<T>): PyTuple<T> {
  // a tuple subclass (a namedtuple) gives a plain tuple of its items
  if (isTuple(items) && Object.getPrototypeOf(items) === Array.prototype) return items as PyTuple<T>;
  return tag(Array.from(iterate(items as never)) as T[]);
}

/** Tags an array the caller has just built and will not mutate again (no copy). */
export function asTuple<T>(items: T[]): PyTuple<T> {
  return tag(items);
}

export function isTuple(x: unknown): x is PyTuple {
  return Array.isArray(x) && (x as unknown as Record<symbol, unknown>)[TUPLE_TAG] === true;
}

export const EMPTY_TUPLE: PyTuple<never> = Object.freeze(tag([] as never[])) as PyTuple<never>;
