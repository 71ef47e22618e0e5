/**
 * `yield from EXPR` (PEP 380) as native `yield*`: the compiler emits `yield* delegate(EXPR)`.
 *
 * JS `yield*` already forwards `next(v)` and `throw(e)` to the iterator it delegates to and
 * evaluates to its return value; `delegate` gives it an iterator with PEP 380's rules:
 *   - sending a value: `send(v)` on the subiterator (`__next__()` for None); a subiterator
 *     without `send` raises AttributeError "'list_iterator' object has no attribute 'send'";
 *   - GeneratorExit thrown in (the delegator is being closed): `close()` the subiterator if it
 *     has one, then raise GeneratorExit in the delegator (JS would `throw()` it into the
 *     subiterator instead, and a subgenerator that returned would let the delegator continue);
 *   - any other exception: the subiterator's `throw()` if it has one, else raised in the
 *     delegator (JS `yield*` would raise a TypeError for an iterator without `throw`);
 *   - StopIteration(value) from the subiterator ends the delegation with that value.
 * A subgenerator is driven through its PyGenerator, so PEP 479, `gi_running` and its finished
 * state stay exact while it runs under the delegator.
 */
import { AttributeError, GeneratorExit, StopIteration } from "./exceptions.js";
import { PyGenerator } from "./generator.js";
import { iter, PyIterator, typeName, type PyIterable, type PyIteratorProtocol } from "./iter.js";

/**
 * The iterator `yield*` drives; its return type is the value of the `yield from`. Its `next`
 * accepts anything: a delegating generator may be sent values of a wider type than its
 * subgenerator takes (Python's typing does not check this either).
 */
export interface Delegation<Y, R, S> {
  next(value?: S | null | unknown): IteratorResult<Y, R>;
  throw(exc: unknown): IteratorResult<Y, R>;
  [Symbol.iterator](): Delegation<Y, R, S>;
}

function isNativeGenerator(x: unknown): boolean {
  return typeof x === "object" && x !== null && Object.prototype.toString.call(x) === "[object Generator]";
}

/** `yield from <generator>` */
class GeneratorDelegation<Y, R, S> implements Delegation<Y, R, S> {
  constructor(private readonly gen: PyGenerator<Y, R, S>) {}

  next(value?: S | null): IteratorResult<Y, R> {
    return this.gen.next(value);
  }

  throw(exc: unknown): IteratorResult<Y, R> {
    if (exc instanceof GeneratorExit) {
      this.gen.close();
      throw exc;
    }
    return this.gen.throwResult(exc as GeneratorExit);
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/** `yield from` a list, range, string or other runtime iterator: no send, throw or close. */
class IteratorDelegation<Y> implements Delegation<Y, null, unknown> {
  constructor(private readonly it: PyIterator<Y>) {}

  next(value?: unknown): IteratorResult<Y, null> {
    if (value != null) throw new AttributeError(`'${typeName(this.it)}' object has no attribute 'send'`);
    const r = this.it.next();
    return r.done === true ? { done: true, value: null } : r;
  }

  throw(exc: unknown): never {
    throw exc;
  }

  [Symbol.iterator](): this {
    return this;
  }
}

interface UserSubiterator<Y> extends PyIteratorProtocol<Y> {
  send?(value: unknown): Y;
  throw?(exc: unknown): Y;
  close?(): unknown;
}

/** `yield from` a user iterator: its `send`, `throw` and `close` are used when it has them. */
class UserIteratorDelegation<Y> implements Delegation<Y, unknown, unknown> {
  constructor(private readonly it: UserSubiterator<Y>) {}

  next(value?: unknown): IteratorResult<Y, unknown> {
    const it = this.it;
    try {
      if (value == null) return { done: false, value: it.__next__() };
      if (typeof it.send !== "function") {
        throw new AttributeError(`'${typeName(it)}' object has no attribute 'send'`);
      }
      return { done: false, value: it.send(value) };
    } catch (e) {
      if (e instanceof StopIteration) return { done: true, value: e.value };
      throw e;
    }
  }

  throw(exc: unknown): IteratorResult<Y, unknown> {
    const it = this.it;
    if (exc instanceof GeneratorExit) {
      if (typeof it.close === "function") it.close();
      throw exc;
    }
    if (typeof it.throw !== "function") throw exc;
    try {
      return { done: false, value: it.throw(exc) };
    } catch (e) {
      if (e instanceof StopIteration) return { done: true, value: e.value };
      throw e;
    }
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/**
 * What `yield from x` delegates to where no `except` or `with` of the delegating function
 * surrounds it: `const r = yield* delegate(x)`. A transparent subgenerator (GeneratorOptions)
 * runs as its bare native generator: nothing in it or around this site can observe that a
 * StopIteration is not yet a RuntimeError (PEP 479 is applied where it reaches a wrapper) or
 * that GeneratorExit was thrown into it rather than `close()`d, so the result is the same and
 * each level of a deep `yield from` chain costs what a hand-written `yield*` costs.
 */
export function delegate<Y, R, S>(x: PyGenerator<Y, R, S>): Iterable<Y, R, unknown>;
export function delegate<Y>(x: PyIterable<Y>): Iterable<Y, unknown, unknown>;
export function delegate<Y>(x: unknown): Iterable<Y, unknown, unknown> {
  if (x instanceof PyGenerator) {
    const native = (x as PyGenerator<Y, unknown, unknown>).takeNative();
    if (native !== null) return native as Iterable<Y, unknown, unknown>;
  }
  return delegateExact(x as PyIterable<Y>);
}

/**
 * What `yield from x` delegates to inside a `try` with `except` clauses or a `with` block of the
 * delegating function: PEP 380 exactly, every step through the subiterator's protocol.
 */
export function delegateExact<Y, R, S>(x: PyGenerator<Y, R, S>): Delegation<Y, R, S>;
export function delegateExact<Y>(x: PyIterable<Y>): Delegation<Y, unknown, unknown>;
export function delegateExact<Y>(x: unknown): Delegation<Y, unknown, unknown> {
  if (x instanceof PyGenerator) return new GeneratorDelegation(x as PyGenerator<Y, unknown, unknown>);
  // a native JS generator (hand-written TypeScript): JS's own yield* semantics, return value included
  if (isNativeGenerator(x)) return x as unknown as Delegation<Y, unknown, unknown>;
  const it: unknown = iter(x as PyIterable<Y>);
  if (it instanceof PyGenerator) return new GeneratorDelegation(it as PyGenerator<Y, unknown, unknown>);
  if (it instanceof PyIterator) return new IteratorDelegation(it as PyIterator<Y>);
  return new UserIteratorDelegation(it as UserSubiterator<Y>);
}
