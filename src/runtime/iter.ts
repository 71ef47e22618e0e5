/**
 * Python's iteration protocol, bridged both ways with JavaScript's.
 *
 *   iter(x) / iter(f, sentinel)   the builtin: a Python iterator (`__next__` raising StopIteration)
 *                                 that is also a JS iterator; `iter(it) is it` for iterators
 *   next(it) / next(it, default)  the builtin; TypeError "'list' object is not an iterator"
 *   iterate(x)                    what `for x in <name>` loops over: a JS iterable; arrays, strings
 *                                 and generators come back as they are (cheap), user classes with
 *                                 `__iter__`/`__next__` or `__getitem__` are bridged
 *   iterateTemporary(x)           what `for x in <call or other temporary>` loops over: like
 *                                 iterate, but a generator is closed when the loop exits early
 *                                 (CPython frees the temporary at once and so closes it)
 *
 * Why two loop helpers: JS `for...of` calls `return()` on break, Python leaves an iterator held
 * in a variable suspended. `PyGenerator` has no `return()`, so looping over it directly keeps
 * Python's rule for variables; temporaries get a wrapper whose `return()` is `close()`.
 * An iterator that `__iter__` creates afresh is owned by the loop and closed the same way.
 */
import { IndexError, StopIteration, TypeError, ValueError } from "./exceptions.js";
import { PyGenerator, stopIteration } from "./generator.js";
import { isTuple } from "./tuple.js";
import { typeName as valueTypeName } from "./compare.js";

/** An object following Python's iterator protocol. */
export interface PyIteratorProtocol<T> {
  __next__(): T;
}

/** An object following Python's iterable protocol. */
export interface PyIterableProtocol<T> {
  /** Python requires an iterator; anything else raises TypeError in `iter()` at run time. */
  __iter__(): PyIteratorProtocol<T> | Iterator<T> | Iterable<T>;
}

/** An object supporting the old sequence protocol (`__getitem__` with 0, 1, 2, ...). */
export interface PySequenceProtocol<T> {
  __getitem__(index: number): T;
}

/** Anything Python can iterate. */
export type PyIterable<T> = Iterable<T> | PyIterableProtocol<T> | PySequenceProtocol<T>;

/** What `next()` accepts. */
export type PyIteratorLike<T> = PyIteratorProtocol<T> | Iterator<T>;

/** Base of the runtime's own iterators: a Python iterator that is also a JS iterator. */
export abstract class PyIterator<T> implements Iterator<T, undefined>, PyIteratorProtocol<T> {
  static readonly __name__: string = "iterator";
  abstract next(): IteratorResult<T, undefined>;

  __next__(): T {
    const r = this.next();
    if (r.done === true) throw new StopIteration();
    return r.value;
  }

  __iter__(): this {
    return this;
  }

  [Symbol.iterator](): this {
    return this;
  }
}

const DONE: IteratorReturnResult<undefined> = Object.freeze({ done: true, value: undefined });

/** list_iterator: reads by index (sees appends); once exhausted, stays exhausted. */
export class ListIterator<T> extends PyIterator<T> {
  static override readonly __name__: string = "list_iterator";
  static readonly __pyname__: string = "list_iterator";
  #seq: readonly T[] | null;
  #index = 0;

  constructor(seq: readonly T[]) {
    super();
    this.#seq = seq;
  }

  next(): IteratorResult<T, undefined> {
    const seq = this.#seq;
    if (seq !== null && this.#index < seq.length) return { done: false, value: seq[this.#index++] as T };
    this.#seq = null;
    return DONE;
  }
}

export class TupleIterator<T> extends ListIterator<T> {
  static override readonly __name__: string = "tuple_iterator";
  static override readonly __pyname__: string = "tuple_iterator";
}

/** A Python iterator over a JS iterator (strings by code point, JS iterables, ...). */
export class JsIteratorAdapter<T> extends PyIterator<T> {
  #it: Iterator<T> | null;

  constructor(it: Iterator<T>) {
    super();
    this.#it = it;
  }

  next(): IteratorResult<T, undefined> {
    const it = this.#it;
    if (it === null) return DONE;
    const r = it.next();
    if (r.done === true) {
      this.#it = null;
      return DONE;
    }
    return r;
  }
}

export class StrAsciiIterator extends JsIteratorAdapter<string> {
  static override readonly __name__: string = "str_ascii_iterator";
  static readonly __pyname__: string = "str_ascii_iterator";
}

export class StrIterator extends JsIteratorAdapter<string> {
  static override readonly __name__: string = "str_iterator";
  static readonly __pyname__: string = "str_iterator";
}

/** `iter(obj)` for an object with only `__getitem__`: indexes 0, 1, ... until IndexError. */
export class SeqIterator<T> extends PyIterator<T> {
  static readonly __pyname__: string = "iterator";
  #seq: PySequenceProtocol<T> | null;
  #index = 0;

  constructor(seq: PySequenceProtocol<T>) {
    super();
    this.#seq = seq;
  }

  next(): IteratorResult<T, undefined> {
    const seq = this.#seq;
    if (seq === null) return DONE;
    try {
      return { done: false, value: seq.__getitem__(this.#index++) };
    } catch (e) {
      if (e instanceof IndexError || e instanceof StopIteration) {
        this.#seq = null;
        return DONE;
      }
      throw e;
    }
  }
}

/** `iter(callable, sentinel)`: calls until the result equals the sentinel. */
export class CallableIterator<T> extends PyIterator<T> {
  static override readonly __name__: string = "callable_iterator";
  static readonly __pyname__: string = "callable_iterator";
  #fn: (() => T) | null;

  constructor(
    fn: () => T,
    private readonly sentinel: unknown,
  ) {
    super();
    this.#fn = fn;
  }

  next(): IteratorResult<T, undefined> {
    const fn = this.#fn;
    if (fn === null) return DONE;
    const value = fn();
    if (value === this.sentinel) {
      this.#fn = null;
      return DONE;
    }
    return { done: false, value };
  }
}

/** A user iterator (`__next__` raising StopIteration) seen as a JS iterator. */
class UserIteratorBridge<T> implements IterableIterator<T> {
  constructor(private readonly it: PyIteratorProtocol<T>) {}

  next(): IteratorResult<T, undefined> {
    try {
      return { done: false, value: this.it.__next__() };
    } catch (e) {
      if (e instanceof StopIteration) return DONE;
      throw e;
    }
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/** A generator the loop owns: `return()` (break, return, throw out of the loop) closes it. */
class ClosingIteration<T> implements IterableIterator<T> {
  constructor(private readonly gen: PyGenerator<T, unknown, unknown>) {}

  next(): IteratorResult<T, undefined> {
    const r = this.gen.next(null);
    return r.done === true ? DONE : r;
  }

  return(): IteratorResult<T, undefined> {
    this.gen.close();
    return DONE;
  }

  [Symbol.iterator](): this {
    return this;
  }
}

function hasMethod(x: unknown, name: string | symbol): boolean {
  return x != null && typeof (x as Record<string | symbol, unknown>)[name] === "function";
}

/** The builtin `iter(x)` and `iter(callable, sentinel)`. */
export function iter<Y, R, S>(x: PyGenerator<Y, R, S>): PyGenerator<Y, R, S>;
/** An iterator object (`__iter__` returning itself): `iter(it) is it`. */
export function iter<I extends PyIteratorProtocol<unknown> & PyIterableProtocol<unknown>>(x: I): I;
export function iter<T>(x: PyIterable<T>): PyIteratorProtocol<T> & PyIterableProtocol<T> & IterableIterator<T>;
export function iter<T>(fn: () => T, sentinel: unknown): CallableIterator<T>;
export function iter<T>(x: unknown, sentinel?: unknown): unknown {
  if (arguments.length > 1) {
    if (typeof x !== "function") throw new TypeError("iter(v, w): v must be callable");
    return new CallableIterator(x as () => T, sentinel);
  }
  if (x instanceof PyGenerator || x instanceof PyIterator) return x;
  if (Array.isArray(x)) return isTuple(x) ? new TupleIterator(x) : new ListIterator(x);
  if (typeof x === "string") {
    const it = x[Symbol.iterator]();
    return /^[\x00-\x7f]*$/.test(x) ? new StrAsciiIterator(it) : new StrIterator(it);
  }
  if (hasMethod(x, "__iter__")) {
    const it = (x as PyIterableProtocol<T>).__iter__();
    if (hasMethod(it, "__next__")) return it;
    if (hasMethod(it, "next")) return new JsIteratorAdapter(it as Iterator<T>);
    throw new TypeError(`iter() returned non-iterator of type '${typeName(it)}'`);
  }
  if (hasMethod(x, Symbol.iterator)) {
    const it = (x as Iterable<T>)[Symbol.iterator]();
    return hasMethod(it, "__next__") ? it : new JsIteratorAdapter(it);
  }
  if (hasMethod(x, "__getitem__")) return new SeqIterator(x as PySequenceProtocol<T>);
  throw new TypeError(`'${typeName(x)}' object is not iterable`);
}

/** The builtin `next(it)` / `next(it, default)`. */
export function next<T>(it: PyIteratorLike<T>): T;
export function next<T, D>(it: PyIteratorLike<T>, fallback: D): T | D;
/** Anything else raises TypeError "'list' object is not an iterator" at run time. */
export function next(it: unknown, fallback?: unknown): any;
export function next<T, D>(it: unknown, fallback?: D): T | D {
  if (it instanceof PyGenerator) {
    const r = (it as PyGenerator<T, unknown, unknown>).next(null);
    if (r.done !== true) return r.value;
    if (arguments.length > 1) return fallback as D;
    throw stopIteration(r.value);
  }
  if (hasMethod(it, "__next__")) {
    if (arguments.length < 2) return (it as PyIteratorProtocol<T>).__next__();
    try {
      return (it as PyIteratorProtocol<T>).__next__();
    } catch (e) {
      if (e instanceof StopIteration) return fallback as D;
      throw e;
    }
  }
  if (hasMethod(it, "next") && !Array.isArray(it)) {
    const r = (it as Iterator<T>).next();
    if (r.done !== true) return r.value;
    if (arguments.length > 1) return fallback as D;
    throw stopIteration(r.value);
  }
  throw new TypeError(`'${typeName(it)}' object is not an iterator`);
}

/**
 * What `for x in <variable>` loops over. An iterator passed in is not closed when the loop
 * exits early; an iterator that `__iter__` makes afresh belongs to the loop and is.
 */
export function iterate<T>(x: PyIterable<T>): Iterable<T> {
  if (Array.isArray(x) || typeof x === "string" || x instanceof PyGenerator) return x as Iterable<T>;
  if (hasMethod(x, Symbol.iterator)) return x as Iterable<T>;
  if (hasMethod(x, "__iter__")) {
    const it = (x as PyIterableProtocol<T>).__iter__();
    if (it instanceof PyGenerator) return it === x || !it.cleanup ? it : new ClosingIteration(it);
    if (hasMethod(it, "__next__")) return new UserIteratorBridge(it as PyIteratorProtocol<T>);
    if (hasMethod(it, "next")) return { [Symbol.iterator]: () => it as Iterator<T> };
    throw new TypeError(`iter() returned non-iterator of type '${typeName(it)}'`);
  }
  if (hasMethod(x, "__getitem__")) return new SeqIterator(x as PySequenceProtocol<T>);
  throw new TypeError(`'${typeName(x)}' object is not iterable`);
}

/**
 * What `for x in <call or other temporary>` loops over: a generator is closed on early exit
 * (one made with `cleanup: false` runs no code when closed, so it is looped over directly).
 */
export function iterateTemporary<T>(x: PyIterable<T>): Iterable<T> {
  if (x instanceof PyGenerator) return x.cleanup ? new ClosingIteration(x as PyGenerator<T, unknown, unknown>) : (x as Iterable<T>);
  return iterate(x);
}

/** Python's type name of a value, for error messages (iterator classes name themselves). */
export function typeName(x: unknown): string {
  if (x !== null && typeof x === "object") {
    const ctor = (x as object).constructor as { __pyname__?: unknown; __name__?: unknown } | undefined;
    if (ctor !== undefined) {
      if (Object.hasOwn(ctor, "__pyname__") && typeof ctor.__pyname__ === "string") return ctor.__pyname__;
      if (Object.hasOwn(ctor, "__name__") && typeof ctor.__name__ === "string") return ctor.__name__;
    }
  }
  return valueTypeName(x);
}

/**
 * `a, b, c = x` for any iterable: exactly `n` values, with CPython's errors ("too many values
 * to unpack (expected 2)" after pulling one more, "not enough values to unpack (expected 3,
 * got 2)"). Iterators are advanced exactly as CPython advances them.
 */
export function unpack<T extends readonly unknown[]>(x: T, n: number): T;
export function unpack<T>(x: PyIterable<T>, n: number): T[];
export function unpack<T>(x: PyIterable<T>, n: number): T[] {
  if (Array.isArray(x)) {
    if (x.length === n) return x as T[];
    throw unpackError(n, x.length, false);
  }
  const out: T[] = [];
  for (const v of iterate(x)) {
    if (out.length === n) throw unpackError(n, n + 1, false);
    out.push(v);
  }
  if (out.length !== n) throw unpackError(n, out.length, false);
  return out;
}

/**
 * `a, *b, c = x`: `before` values, the list of the middle ones, `after` values. JS rest elements
 * must come last, so the middle list is one element of the result (typed `any[]`: the elements
 * and the middle list differ in type).
 */
export function unpackStar<T>(x: PyIterable<T>, before: number, after: number): any[] {
  const all: T[] = Array.isArray(x) ? (x as T[]) : [...iterate(x)];
  if (all.length < before + after) throw unpackError(before + after, all.length, true);
  return [...all.slice(0, before), all.slice(before, all.length - after), ...all.slice(all.length - after)];
}

function unpackError(expected: number, got: number, starred: boolean): ValueError {
  if (got > expected && !starred) return new ValueError(`too many values to unpack (expected ${expected})`);
  return new ValueError(`not enough values to unpack (expected ${starred ? "at least " : ""}${expected}, got ${got})`);
}
