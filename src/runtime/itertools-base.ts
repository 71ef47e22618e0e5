/**
 * Shared plumbing of the itertools files: a JS iterator over anything Python iterates, and the
 * small base classes that give each lazy iterator its Python type name.
 */
import { iterate, PyIterator, type PyIterable } from "./iter.js";

export const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/** A JS iterator over anything Python can iterate (shares state with an iterator argument). */
export function source<T>(x: PyIterable<T>): Iterator<T> {
  return iterate(x)[Symbol.iterator]();
}

/** A Python iterator defined by a `step` function returning the next result. */
export abstract class Lazy<T> extends PyIterator<T> {
  static override readonly __name__: string = "iterator";
  static readonly __pyname__: string = "iterator";
}

export function named<C extends abstract new (...args: never[]) => unknown>(cls: C, name: string): C {
  Object.defineProperty(cls, "__name__", { value: name });
  Object.defineProperty(cls, "__pyname__", { value: name });
  return cls;
}

/** A lazy iterator from a JS generator function (for the simple filtering tools). */
class FromGenerator<T> extends Lazy<T> {
  #it: Iterator<T>;
  constructor(it: Iterator<T>) {
    super();
    this.#it = it;
  }
  next(): IteratorResult<T, undefined> {
    const r = this.#it.next();
    return r.done === true ? DONE : r;
  }
}

/** One small subclass per Python type name, so that `type(x).__name__` reads "islice" etc. */
const lazyKinds = new Map<string, new (it: Iterator<unknown>) => FromGenerator<unknown>>();

export function lazy<T>(name: string, body: () => Generator<T, void, undefined>): PyIterator<T> {
  let kind = lazyKinds.get(name);
  if (kind === undefined) {
    kind = named(class extends FromGenerator<unknown> {}, name);
    lazyKinds.set(name, kind);
  }
  return new kind(body()) as PyIterator<T>;
}

