/**
 * Python generator objects on native `function*`.
 *
 * A Python generator function is emitted as a native generator function wrapped once with
 * `generator(qualname, function* ...)`; calling the wrapper returns a `PyGenerator`, which gives
 * CPython's protocol over the JS generator it owns:
 *
 *   __next__()/send(v)     return the next yielded value, raise StopIteration(value) at `return value`
 *   send(v)                TypeError "can't send non-None value to a just-started generator"
 *   throw(typ, val?, tb?)  the 1-, 2- and 3-argument forms; returns the next yielded value
 *   close()                throws GeneratorExit in; RuntimeError "generator ignored GeneratorExit"
 *   PEP 479                StopIteration escaping the body becomes RuntimeError with __cause__
 *   gi_running             ValueError "generator already executing" on re-entry
 *   yield from (PEP 380)   `yield* delegate(x)` (yield-from.ts) hands the subiterator to this
 *                          object, which then drives it directly: see "Delegation" below
 *
 * It is also a JS iterator (`next(v)` returning `{value, done}`, `[Symbol.iterator]` returning
 * itself) WITHOUT a `return()` method: a `for...of` that breaks leaves it suspended, as Python's
 * `for x in g: break` does for a generator held in a variable. Loops over temporaries use
 * `iterateTemporary` (iter.ts), which closes on early exit.
 *
 * Delegation. `yield* delegate(sub)` makes the native generator yield one `DelegationRequest` and
 * stay suspended inside that `yield*`; this object takes the subiterator and from then on sends,
 * throws and closes it itself (PEP 380's expansion, run here instead of in the delegating frame).
 * When the subiterator finishes, its return value resumes the native generator and becomes the
 * value of the `yield*`; an exception from it is thrown in at the `yield*`. So each value of a
 * `yield from` chain of depth d costs d small method calls and ONE native resumption (JS `yield*`
 * resumes every level's frame), and `gi_running`, `gi_yieldfrom`, PEP 479 and the just-started
 * rules stay exact at every level.
 *
 * Emission contract (full version with reasons: docs/generators.md):
 *   def foo(a: int) -> Generator[int, str, bool]:
 *     const foo = generator("foo", function* (a: number): Generator<number, boolean, string | null> {...});
 *     with try/finally or with around a yield: generator("foo", function* ..., { cleanup: true })
 *   nested def: generator("outer.<locals>.inner", function* ...); lambda: generator("<lambda>", ...)
 *   method:   items(): PyGenerator<Y, R, S> { return makeGenerator(this.items$(), "Bag.items"); }
 *             *items$(): Generator<Y, R, S | null> {...}
 *   bare `yield` → `yield null`; `a = yield x` → `const a = yield x` (S includes null)
 *   `yield from e` → `yield* delegate(e)`
 *   `for x in g` → `for (const x of g)`; over a call: `iterateTemporary(make())`
 *   `(f(x) for x in xs)` → `genexpr(xs, function* (it) { for (const x of it) yield f(x); })`
 */
import { BaseException, GeneratorExit, RuntimeError, StopIteration, TypeError, ValueError } from "./exceptions.js";
import { isTuple } from "./tuple.js";
import { typeName } from "./compare.js";
import { suspendedWithCleanup } from "./generator-registry.js";
import { codeObject, GeneratorCode, GeneratorFrame } from "./generator-code.js";
import { BUILTIN_TYPE } from "./builtin-functions.js";

const CREATED = 0;
const SUSPENDED = 1;
const RUNNING = 2;
const CLOSED = 3;
/** suspended inside a `yield from` (`sub` is set): its own state, so that `next()` tests one field */
const DELEGATING = 4;
type GenState = typeof CREATED | typeof SUSPENDED | typeof RUNNING | typeof CLOSED | typeof DELEGATING;

let nextAddress = 0x7f3a5c000000;

/**
 * What a generator delegates to during `yield from`: a PyGenerator, or an adapter over a list
 * iterator, user iterator or JS iterator (yield-from.ts). `next(v)` is PEP 380's send (`__next__`
 * for None), `throwResult(e, args)` its forwarded throw (`args`: what the outermost `throw()` got), `close()` its close; results are JS-protocol.
 */
export interface Subiterator {
  next(value: unknown): IteratorResult<unknown, unknown>;
  throwResult(exc: BaseException, args?: readonly unknown[]): IteratorResult<unknown, unknown>;
  close(): unknown;
  /** the object `gi_yieldfrom` shows */
  readonly target: unknown;
}

/**
 * The value a native generator yields to ask its wrapper to delegate to `sub` (yield-from.ts
 * makes one per `yield from`): the request carries the subiterator, so nothing is shared
 * between generators or programs.
 */
export class DelegationRequest {
  constructor(readonly sub: Subiterator) {}
}

export interface GeneratorOptions {
  /**
   * The body may run code when the generator is closed while suspended: a `yield` sits inside a
   * `try` or `with`, or the body has a `yield from` (whose subiterator may). Only such a
   * generator is closed when the program ends suspended in it (CPython runs its `finally`
   * blocks at shutdown) or when a loop over it as a temporary exits early; others are never
   * tracked, so a partly consumed one is not kept alive until exit. Default false.
   */
  readonly cleanup?: boolean;
  /** `gi_code.co_firstlineno` */
  readonly line?: number;
  /** @internal the generator function's code object (`f.__code__ is g.gi_code`) */
  readonly code?: GeneratorCode;
  /**
   * The body may yield while handling an exception (a `yield` inside an `except` clause or a
   * `finally`) in a module that reads `sys.exception()`: the generator keeps its own handled
   * exception, swapped in while it runs (generator-handled.ts). Default false.
   */
  readonly handlesExceptions?: boolean;
}

export class PyGenerator<Y, R = unknown, S = unknown> implements Iterable<Y, R, S | null | undefined> {
  static readonly [BUILTIN_TYPE] = "generator";
  static readonly __name__ = "generator";
  static readonly __qualname__ = "generator";
  static readonly __pyname__ = "generator";
  static readonly __module__ = "builtins";
  /** @internal */ state: GenState = CREATED;
  /** @internal the subiterator of a `yield from` in progress */ sub: Subiterator | null = null;
  __name__: string;
  __qualname__: string;
  /** @internal */ readonly cleanup: boolean;
  #code: GeneratorCode | null;
  #address = 0;
  #frame: GeneratorFrame | null = null;

  constructor(
    /** the native generator running the body */
    readonly gen: Generator<Y, R, S | null>,
    qualname: string,
    options?: GeneratorOptions,
  ) {
    this.__qualname__ = qualname;
    const dot = qualname.lastIndexOf(".");
    this.__name__ = dot < 0 ? qualname : qualname.slice(dot + 1);
    this.cleanup = options?.cleanup === true;
    this.#code = options?.code ?? null;
    if (options?.line !== undefined && this.#code === null) this.#code = codeObject(qualname, options.line);
  }

  // ---- JS iterator protocol: the hot path of for...of, spread and next() ----

  next(value?: S | null): IteratorResult<Y, R> {
    if (this.state !== SUSPENDED) return this.resumeSlow(value);
    this.state = RUNNING;
    let r: IteratorResult<Y, R>;
    try {
      r = this.gen.next(value as S | null);
    } catch (e) {
      throw this.escaped(e);
    }
    return this.after(r);
  }

  /**
   * The generator itself. Typed as a plain JS iterator: its `throw` is Python's (returns the next
   * yielded value), which `for...of`, spread and Array.from never call; `yield*` must go through
   * `delegate()` (yield-from.ts), never straight to a PyGenerator.
   */
  [Symbol.iterator](): Iterator<Y, R, S | null | undefined> {
    return this as unknown as Iterator<Y, R, S | null | undefined>;
  }

  // ---- Python protocol ----

  __iter__(): this {
    return this;
  }

  __next__(): Y;
  /** @internal a wrong call still typechecks: CPython raises TypeError at run time */
  __next__(...args: unknown[]): Y;
  __next__(): Y {
    if (arguments.length !== 0) throw new TypeError(`expected 0 arguments, got ${arguments.length}`);
    const r = this.next(null);
    if (r.done === true) throw stopIteration(r.value);
    return r.value;
  }

  send(value: S | null): Y;
  /** @internal a wrong call still typechecks: CPython raises TypeError at run time */
  send(...args: unknown[]): Y;
  send(value?: S | null): Y {
    if (arguments.length !== 1) throw new TypeError(`generator.send() takes exactly one argument (${arguments.length} given)`);
    if (this.state === CREATED && value != null) {
      throw new TypeError("can't send non-None value to a just-started generator");
    }
    const r = this.next(value);
    if (r.done === true) throw stopIteration(r.value);
    return r.value;
  }

  /** `g.throw(exc)`, `g.throw(ExcType)`, `g.throw(ExcType, value)`, `g.throw(ExcType, value, None)` */
  throw(...args: unknown[]): Y {
    if (args.length === 0 || args.length > 3) {
      throw new TypeError(`throw expected ${args.length === 0 ? "at least 1 argument" : "at most 3 arguments"}, got ${args.length}`);
    }
    const r = this.throwResult(makeThrown(args[0], args[1], args[2], args.length), args);
    if (r.done === true) throw stopIteration(r.value);
    return r.value;
  }

  close(): void;
  /** @internal a wrong call still typechecks: CPython raises TypeError at run time */
  close(...args: unknown[]): void;
  close(): void {
    if (arguments.length !== 0) throw new TypeError(`generator.close() takes no arguments (${arguments.length} given)`);
    if (this.state === CREATED) {
      this.state = CLOSED;
      this.gen.return(undefined as R);
      return;
    }
    if (this.state === CLOSED) return;
    let r: IteratorResult<Y, R>;
    try {
      r = this.throwResult(new GeneratorExit());
    } catch (e) {
      if (e instanceof GeneratorExit || e instanceof StopIteration) return;
      throw e;
    }
    if (r.done !== true) throw new RuntimeError("generator ignored GeneratorExit");
  }

  get gi_running(): boolean {
    return this.state === RUNNING;
  }

  get gi_suspended(): boolean {
    return this.state === SUSPENDED || this.state === DELEGATING;
  }

  get gi_frame(): GeneratorFrame | null {
    return this.state === CLOSED ? null : (this.#frame ??= new GeneratorFrame(this, this.gi_code));
  }

  get gi_code(): GeneratorCode {
    return (this.#code ??= codeObject(this.__qualname__, 0));
  }

  /** @internal As a subiterator of another generator's `yield from` (Subiterator). */
  get target(): this {
    return this;
  }

  /** The iterator a suspended `yield from` delegates to, else None (None while running). */
  get gi_yieldfrom(): any {
    return this.sub === null || this.state === RUNNING ? null : this.sub.target;
  }

  /** `copy.copy(g)` / `copy.deepcopy(g)`: generators cannot be copied. */
  __copy__(): never {
    throw new TypeError("cannot pickle 'generator' object");
  }

  __deepcopy__(): never {
    return this.__copy__();
  }

  __repr__(): string {
    if (this.#address === 0) this.#address = nextAddress += 0x60;
    return `<generator object ${this.__qualname__} at 0x${this.#address.toString(16)}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  /** @internal Throws `exc` in at the current yield; the JS-protocol result of resuming. */
  throwResult(exc: BaseException, args?: readonly unknown[]): IteratorResult<Y, R> {
    if (this.state === RUNNING) throw new ValueError("generator already executing");
    if (this.state === CLOSED) throw exc;
    if (this.state === CREATED) this.started();
    const sub = this.sub;
    if (sub !== null) return this.delegatedThrow(sub, exc, args);
    this.state = RUNNING;
    return this.resumeThrowing(exc);
  }

  // ---- internals ----

  /** A native step returned `r` (state is RUNNING). */
  private after(r: IteratorResult<Y, R>): IteratorResult<Y, R> {
    if (r.done === true) {
      this.finished();
      return r;
    }
    if (r.value instanceof DelegationRequest) return this.startDelegation(r.value.sub);
    this.state = SUSPENDED;
    return r;
  }

  /** The native generator asked to delegate to `sub`. */
  private startDelegation(sub: Subiterator): IteratorResult<Y, R> {
    this.sub = sub;
    return this.delegated(sub, null);
  }

  /** PEP 380: send `value` to the subiterator; its return value resumes this generator. */
  private delegated(sub: Subiterator, value: unknown): IteratorResult<Y, R> {
    this.state = RUNNING;
    let r: IteratorResult<unknown, unknown>;
    try {
      r = sub.next(value);
    } catch (e) {
      this.sub = null;
      return this.resumeThrowing(e);
    }
    return this.afterSub(r);
  }

  /** PEP 380: GeneratorExit closes the subiterator and is raised here; others are forwarded. */
  private delegatedThrow(sub: Subiterator, exc: BaseException, args: readonly unknown[] | undefined): IteratorResult<Y, R> {
    this.state = RUNNING;
    let r: IteratorResult<unknown, unknown>;
    try {
      if (exc instanceof GeneratorExit) {
        this.sub = null;
        sub.close();
        return this.resumeThrowing(exc);
      }
      r = sub.throwResult(exc, args);
    } catch (e) {
      this.sub = null;
      return this.resumeThrowing(e);
    }
    return this.afterSub(r);
  }

  private afterSub(r: IteratorResult<unknown, unknown>): IteratorResult<Y, R> {
    if (r.done !== true) {
      this.state = DELEGATING;
      return r as IteratorResult<Y, R>;
    }
    this.sub = null;
    let next: IteratorResult<Y, R>;
    try {
      next = this.gen.next(r.value as S | null);
    } catch (e) {
      throw this.escaped(e);
    }
    return this.after(next);
  }

  /**
   * Raises `exc` in the body at its current point (state is RUNNING). Another exception escaping
   * instead was raised while `exc` was being handled (an `except` or `finally` around the yield):
   * `exc` is its `__context__`, as CPython records.
   */
  private resumeThrowing(exc: unknown): IteratorResult<Y, R> {
    let r: IteratorResult<Y, R>;
    try {
      r = this.gen.throw(exc);
    } catch (e) {
      if (e !== exc && e instanceof BaseException && exc instanceof BaseException && e.__context__ === null) e.__context__ = exc;
      throw this.escaped(e);
    }
    return this.after(r);
  }

  /** `next(value)` in any state but SUSPENDED: delegating, just started, running or finished. */
  private resumeSlow(value: S | null | undefined): IteratorResult<Y, R> {
    if (this.state === DELEGATING) return this.delegated(this.sub!, value);
    if (this.state === RUNNING) throw new ValueError("generator already executing");
    if (this.state === CLOSED) return { done: true, value: undefined as R };
    this.started();
    this.state = RUNNING;
    let r: IteratorResult<Y, R>;
    try {
      r = this.gen.next(value === undefined ? null : value);
    } catch (e) {
      throw this.escaped(e);
    }
    return this.after(r);
  }

  private started(): void {
    if (this.cleanup) suspendedWithCleanup.add(this);
  }

  private finished(): void {
    this.state = CLOSED;
    this.sub = null;
    if (this.cleanup) suspendedWithCleanup.delete(this);
  }

  /** The body raised `e`: the generator is finished; apply PEP 479. */
  private escaped(e: unknown): unknown {
    this.finished();
    if (e instanceof StopIteration) {
      const err = new RuntimeError("generator raised StopIteration");
      err.__cause__ = e;
      err.__context__ = e;
      err.__suppress_context__ = true;
      return err;
    }
    return e;
  }
}

/** StopIteration carrying a generator's return value (`return` / `return None` → no args). */
export function stopIteration(value: unknown): StopIteration {
  return value == null ? new StopIteration() : new StopIteration(value);
}

type ExceptionClass = new (...args: unknown[]) => BaseException;

function isExceptionClass(x: unknown): x is ExceptionClass {
  return typeof x === "function" && (x === BaseException || x.prototype instanceof BaseException);
}

/** The exception `gen.throw(typ, value, tb)` raises, with CPython 3.11's argument checks. */
export function makeThrown(typ: unknown, value: unknown, tb: unknown, argc: number): BaseException {
  if (argc >= 3 && tb != null) throw new TypeError("throw() third argument must be a traceback object");
  if (typ instanceof BaseException) {
    if (argc >= 2 && value != null) throw new TypeError("instance exception may not have a separate value");
    return typ;
  }
  if (isExceptionClass(typ)) {
    if (value instanceof typ) return value;
    // CPython normalises the exception for the generator: an error raised by the class's
    // constructor replaces it and is what the generator receives
    try {
      if (value == null) return new typ();
      if (isTuple(value)) return new typ(...value);
      return new typ(value);
    } catch (e) {
      if (e instanceof BaseException) return e;
      throw e;
    }
  }
  const kind = typeof typ === "function" ? "type" : typeName(typ);
  throw new TypeError(`exceptions must be classes or instances deriving from BaseException, not ${kind}`);
}

// code objects and the closing of dropped / leftover generators live in their own modules;
// importers of this one still find them here (the generator function wrappers are in
// generator-functions.ts, which this module must not import: it builds on PyGenerator)
export { codeObject, GeneratorCode, GeneratorFrame } from "./generator-code.js";
export { dropGenerator, closeSuspendedGenerators, setUnraisableHook } from "./generator-lifecycle.js";
