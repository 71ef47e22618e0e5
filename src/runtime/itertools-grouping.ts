/**
 * The `itertools` module, part 3: groupby, tee, zip_longest (re-exported by itertools.ts, which
 * documents the emission). Lazy like the rest: groups share the underlying iterator, as in CPython,
 * so advancing groupby invalidates the previous group.
 */
import { eq } from "./compare.js";
import { TypeError, ValueError } from "./exceptions.js";
import type { PyIterable, PyIterator } from "./iter.js";
import { isKw, splitKw } from "./kwargs.js";
import { asTuple, type PyPair, type PyTuple } from "./tuple.js";
import { DONE, Lazy, lazy, named, source } from "./itertools-base.js";

/** The iterator of one group of groupby: valid until the outer iterator advances. */
class Grouper<K, T> extends Lazy<T> {
  constructor(
    private readonly parent: GroupBy<K, T>,
    readonly key: K,
  ) {
    super();
  }
  next(): IteratorResult<T, undefined> {
    return this.parent.stepGroup(this, this.key);
  }
}
named(Grouper, "_grouper");

export class GroupBy<K, T> extends Lazy<PyPair<K, Grouper<K, T>>> {
  #it: Iterator<T>;
  #keyfunc: ((v: T) => K) | null;
  #currentKey: K | undefined;
  #currentValue: T | undefined;
  #hasCurrent = false;
  #exhausted = false;
  #group: Grouper<K, T> | null = null;
  #started = false;

  constructor(iterable: PyIterable<T>, keyfunc: ((v: T) => K) | null) {
    super();
    this.#it = source(iterable);
    this.#keyfunc = keyfunc;
  }

  private advance(): boolean {
    const r = this.#it.next();
    if (r.done === true) {
      this.#exhausted = true;
      this.#hasCurrent = false;
      return false;
    }
    this.#currentValue = r.value;
    this.#currentKey = this.#keyfunc === null ? (r.value as unknown as K) : this.#keyfunc(r.value);
    this.#hasCurrent = true;
    return true;
  }

  next(): IteratorResult<PyPair<K, Grouper<K, T>>, undefined> {
    const previous = this.#group;
    this.#group = null;
    if (!this.#started) {
      this.#started = true;
      if (!this.advance()) return DONE;
    } else if (previous !== null) {
      // skip the rest of the current group
      while (this.#hasCurrent && eq(this.#currentKey, previous.key)) {
        if (!this.advance()) break;
      }
    }
    if (this.#exhausted || !this.#hasCurrent) return DONE;
    const key = this.#currentKey as K;
    const group = new Grouper(this, key);
    this.#group = group;
    return { done: false, value: asTuple<K | Grouper<K, T>>([key, group]) as unknown as PyPair<K, Grouper<K, T>> };
  }

  /** @internal the next value of `group`, if it is still the current group */
  stepGroup(group: Grouper<K, T>, key: K): IteratorResult<T, undefined> {
    if (this.#group !== group || !this.#hasCurrent || this.#exhausted) return DONE;
    if (!eq(this.#currentKey, key)) return DONE;
    const value = this.#currentValue as T;
    this.advance();
    return { done: false, value };
  }
}
named(GroupBy, "groupby");

/** groupby(iterable, key=None) */
export function groupby<T, K = T>(iterable: PyIterable<T>, ...rest: unknown[]): GroupBy<K, T> {
  const [positional, named] = splitKw<{ key: unknown }>(rest, "groupby", ["key"]);
  const key = (positional[0] ?? named.key ?? null) as ((v: T) => K) | null;
  return new GroupBy<K, T>(iterable, key);
}

/** tee(iterable, n=2): n independent iterators over one source */
export function tee<T>(iterable: PyIterable<T>, n: number = 2): PyTuple<PyIterator<T>> {
  if (typeof n !== "number" || !Number.isInteger(n)) throw new TypeError("integer argument expected");
  if (n < 0) throw new ValueError("n must be >= 0");
  const it = source(iterable);
  const buffers: T[][] = Array.from({ length: n }, () => []);
  const make = (mine: T[]) =>
    lazy("_tee", function* () {
      for (;;) {
        if (mine.length === 0) {
          const r = it.next();
          if (r.done === true) return;
          for (const b of buffers) b.push(r.value);
        }
        yield mine.shift() as T;
      }
    });
  return asTuple(buffers.map(make));
}

/** zip_longest(*iterables, fillvalue=None) */
export function zip_longest(...args: unknown[]): PyIterator<PyTuple<unknown>> {
  const last = args[args.length - 1];
  const fill = isKw(last) ? ((last as { fillvalue?: unknown }).fillvalue ?? null) : null;
  const iterables = (isKw(last) ? splitKw(args, "zip_longest", ["fillvalue"])[0] : args) as PyIterable<unknown>[];
  const its: (Iterator<unknown> | null)[] = iterables.map((x) => source(x));
  return lazy("zip_longest", function* () {
    if (its.length === 0) return;
    for (;;) {
      let active = 0;
      const row = its.map((it, i) => {
        if (it === null) return fill;
        const r = it.next();
        if (r.done === true) {
          its[i] = null;
          return fill;
        }
        active++;
        return r.value;
      });
      if (active === 0) return;
      yield asTuple(row);
    }
  });
}
