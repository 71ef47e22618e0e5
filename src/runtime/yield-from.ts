/**
 * `yield from EXPR` (PEP 380): the compiler emits `const r = yield* delegate(EXPR)`.
 *
 * `delegate` evaluates `iter(EXPR)` where the `yield from` stands (a non-iterable raises
 * TypeError in the delegating generator), then gives `yield*` a one-shot iterator: its first
 * `next()` hands the subiterator to the PyGenerator running the delegating body and yields the
 * `DelegationRequest` (generator.ts); the PyGenerator drives the subiterator itself with PEP 380's
 * rules and resumes the `yield*` with the subiterator's return value (the iterator's second
 * `next(value)` answers `{done: true, value}`), or throws an exception from it in at the
 * `yield*` (the iterator's `throw` rethrows it). The rules, per kind of subiterator:
 *   - sending a value: `send(v)` on the subiterator (`__next__()` for None); a subiterator
 *     without `send` raises AttributeError "'list_iterator' object has no attribute 'send'";
 *   - GeneratorExit (the delegator is being closed): `close()` the subiterator if it has one,
 *     then GeneratorExit is raised in the delegator;
 *   - any other exception: the subiterator's `throw()` with the arguments the delegator's
 *     `throw()` got, if it has one, else raised in the delegator;
 *   - StopIteration(value) from the subiterator ends the delegation with that value.
 * Subgenerators keep their own PyGenerator, so `gi_running`, PEP 479 and their finished state
 * stay exact while they run under the delegator.
 */
import { AttributeError, BaseException, StopIteration } from "./exceptions.js";
import { withContext } from "./exception-catch.js";
import { DelegationRequest, PyGenerator, type Subiterator } from "./generator.js";
import { iter, PyIterator, typeName, type PyIterable, type PyIteratorProtocol } from "./iter.js";
import { callType, isClassFunction } from "./builtins-types.js";

const DONE_NONE: IteratorReturnResult<null> = Object.freeze({ done: true, value: null });

/** `yield from` a list, range, string or other runtime iterator: no send, throw or close. */
class IteratorSub implements Subiterator {
  constructor(readonly target: PyIterator<unknown>) {}

  next(value: unknown): IteratorResult<unknown, unknown> {
    if (value != null) throw new AttributeError(`'${typeName(this.target)}' object has no attribute 'send'`);
    const r = this.target.next();
    // a map or filter whose function raised StopIteration(v) ends with v
    if (r.done === true) return r.value === undefined ? DONE_NONE : r;
    return r;
  }

  throwResult(exc: BaseException): never {
    throw exc;
  }

  close(): void {}
}

/**
 * PEP 380 looks the subiterator's `send`, `throw` and `close` up as attributes: a missing one
 * changes what happens (AttributeError for `send`, the exception raised in the delegator for
 * `throw`, nothing for `close`), but one that is present is called whatever it is (`throw = None`
 * raises TypeError "'NoneType' object is not callable").
 */
function attribute(x: object, name: string): unknown {
  return (x as Record<string, unknown>)[name];
}

function callAttribute(x: object, f: unknown, args: readonly unknown[]): unknown {
  if (typeof f === "function" && !isClassFunction(f)) return (f as (...a: unknown[]) => unknown).call(x, ...args);
  return callType(f, ...args);
}

/** `yield from` a user iterator: its `send`, `throw` and `close` are used when it has them. */
class UserSub implements Subiterator {
  constructor(readonly target: PyIteratorProtocol<unknown>) {}

  next(value: unknown): IteratorResult<unknown, unknown> {
    const it = this.target;
    try {
      if (value == null) return { done: false, value: it.__next__() };
      const send = attribute(it, "send");
      if (send === undefined) throw new AttributeError(`'${typeName(it)}' object has no attribute 'send'`);
      return { done: false, value: callAttribute(it, send, [value]) };
    } catch (e) {
      if (e instanceof StopIteration) return { done: true, value: e.value };
      throw e;
    }
  }

  throwResult(exc: BaseException, args?: readonly unknown[]): IteratorResult<unknown, unknown> {
    const it = this.target;
    const method = attribute(it, "throw");
    if (method === undefined) throw exc;
    try {
      return { done: false, value: callAttribute(it, method, args ?? [exc]) };
    } catch (e) {
      if (e instanceof StopIteration) return { done: true, value: e.value };
      throw e;
    }
  }

  close(): void {
    const method = attribute(this.target, "close");
    if (method !== undefined) callAttribute(this.target, method, []);
  }
}

/** `yield from` a native JS generator (hand-written TypeScript): JS's own protocol. */
class NativeSub implements Subiterator {
  constructor(readonly target: Generator<unknown, unknown, unknown>) {}

  next(value: unknown): IteratorResult<unknown, unknown> {
    return this.target.next(value);
  }

  throwResult(exc: BaseException): IteratorResult<unknown, unknown> {
    return this.target.throw(exc);
  }

  close(): void {
    this.target.return(undefined);
  }
}

function isNativeGenerator(x: unknown): x is Generator<unknown, unknown, unknown> {
  return typeof x === "object" && x !== null && Object.prototype.toString.call(x) === "[object Generator]";
}

/** The subiterator `yield from x` drives. */
function subiterator(x: unknown): Subiterator {
  if (x instanceof PyGenerator) return x as PyGenerator<unknown, unknown, unknown>;
  if (isNativeGenerator(x)) return new NativeSub(x);
  const it: unknown = iter(x as PyIterable<unknown>);
  if (it instanceof PyGenerator) return it as PyGenerator<unknown, unknown, unknown>;
  if (it instanceof PyIterator) return new IteratorSub(it as PyIterator<unknown>);
  return new UserSub(it as PyIteratorProtocol<unknown>);
}

/** What `yield*` iterates: one `DelegationRequest` step, then the subiterator's result. */
class Delegation implements Iterator<unknown, unknown, unknown> {
  #sub: Subiterator | null;

  constructor(sub: Subiterator) {
    this.#sub = sub;
  }

  next(value?: unknown): IteratorResult<unknown, unknown> {
    const sub = this.#sub;
    if (sub === null) return { done: true, value };
    this.#sub = null;
    return { done: false, value: new DelegationRequest(sub) };
  }

  throw(exc: unknown): never {
    throw exc;
  }

  [Symbol.iterator](): this {
    return this;
  }
}

/** A generator typed as returning `void` (or `X | void`) gives None to `yield from`. */
type NoneFor<R> = [R] extends [void] ? null : void extends R ? Exclude<R, void> | null : R;

/**
 * `yield from x` inside a Python generator body: `const r = yield* delegate(x)`. The result of
 * the `yield*` is typed as the subgenerator's return type (None for other iterables).
 */
export function delegate<Y, R, S>(x: PyGenerator<Y, R, S>): Iterable<Y, NoneFor<R>, unknown>;
export function delegate<Y, R>(x: Generator<Y, R, unknown>): Iterable<Y, NoneFor<R>, unknown>;
export function delegate<Y>(x: PyIterable<Y>): Iterable<Y, null, unknown>;
/** Anything else raises TypeError "'int' object is not iterable" where the `yield from` stands. */
export function delegate(x: unknown): Iterable<any, any, unknown>;
export function delegate<Y>(x: unknown): Iterable<Y, unknown, unknown> {
  return new Delegation(subiterator(x)) as unknown as Iterable<Y, unknown, unknown>;
}

/**
 * A `yield` inside an `except` clause of a generator: an exception thrown in there (`throw()`,
 * `close()`) was raised while the clause's exception was being handled, which becomes its
 * `__context__` (CPython keeps the handled exception on the generator's frame).
 *   `yield* handlingYield($exc1, value)`
 */
export function* handlingYield<Y>(handled: BaseException, value: Y): Generator<Y, any, unknown> {
  try {
    return yield value;
  } catch (e) {
    throw withContext(e, handled);
  }
}

/** The same for a `yield from` inside an `except` clause: `yield* handlingDelegate($exc1, sub)`. */
export function* handlingDelegate<Y>(handled: BaseException, x: unknown): Generator<Y, any, unknown> {
  try {
    return yield* delegate(x) as Iterable<Y, unknown, unknown>;
  } catch (e) {
    throw withContext(e, handled);
  }
}
