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
 *
 * It is also a JS iterator (`next(v)` returning `{value, done}`, `[Symbol.iterator]` returning
 * itself) WITHOUT a `return()` method: a `for...of` that breaks leaves it suspended, as Python's
 * `for x in g: break` does for a generator held in a variable. Loops over temporaries use
 * `iterateTemporary` (iter.ts), which closes on early exit.
 *
 * Emission contract (full version with reasons: docs/generators.md):
 *   def foo(a: int) -> Generator[int, str, bool]:
 *     const foo = generator("foo", function* (a: number): Generator<number, boolean, string | null> {...},
 *                           { cleanup: false, transparent: true });   // see GeneratorOptions
 *   nested def: generator("outer.<locals>.inner", function* ...); lambda: generator("<lambda>", ...)
 *   method:   items(): PyGenerator<Y, R, S> { return makeGenerator(this.items$(), "Bag.items"); }
 *             *items$(): Generator<Y, R, S | null> {...}
 *   bare `yield` → `yield null`; `a = yield x` → `const a = yield x` (S includes null)
 *   `yield from e` → `yield* delegate(e)`, or `yield* delegateExact(e)` inside try/except or with
 *   `for x in g` → `for (const x of iterate(g))`; over a call: `iterateTemporary(make())`
 *   `(f(x) for x in xs)` → `genexpr(xs, function* (it) { for (const x of it) yield f(x); })`
 */
import { BaseException, GeneratorExit, RuntimeError, StopIteration, TypeError, ValueError } from "./exceptions.js";
import { isTuple } from "./tuple.js";
import { typeName } from "./compare.js";

const CREATED = 0;
const SUSPENDED = 1;
const RUNNING = 2;
const CLOSED = 3;
type GenState = typeof CREATED | typeof SUSPENDED | typeof RUNNING | typeof CLOSED;

/** Generators that are started, not finished, and not declared `cleanup: false`. */
const suspendedWithCleanup = new Set<PyGenerator<unknown, unknown, unknown>>();
let nextAddress = 0x7f3a5c000000;

export interface GeneratorOptions {
  /**
   * Whether the generator may need closing when the program ends suspended in it (CPython runs
   * its `finally` blocks at shutdown): true unless the compiler knows better. Pass `false` when
   * no `yield` sits inside a `try` or `with` and the body has no `yield from`; such a generator
   * is then never tracked (a partly consumed one is not kept alive until exit).
   */
  readonly cleanup?: boolean;
  /**
   * The body has no `except` clause, no `with`, and no `return`/`break`/`continue`/`yield`
   * inside a `finally`: exceptions thrown in (GeneratorExit included) pass through it
   * unobserved, so `yield from` may run its native generator under a bare `yield*`.
   */
  readonly transparent?: boolean;
}

/** The placeholder `gi_frame` of a generator that has not finished. */
export interface GeneratorFrame {
  readonly f_generator: PyGenerator<unknown, unknown, unknown>;
}

export class PyGenerator<Y, R = unknown, S = unknown> implements Iterable<Y, R, S | null | undefined> {
  static readonly __name__ = "generator";
  static readonly __qualname__ = "generator";
  static readonly __pyname__ = "generator";
  /** @internal */ state: GenState = CREATED;
  readonly __name__: string;
  readonly __qualname__: string;
  /** @internal */ readonly cleanup: boolean;
  /** @internal */ readonly transparent: boolean;
  #address = 0;

  constructor(
    /** the native generator running the body */
    readonly gen: Generator<Y, R, S | null>,
    qualname: string,
    options?: GeneratorOptions,
  ) {
    this.__qualname__ = qualname;
    const dot = qualname.lastIndexOf(".");
    this.__name__ = dot < 0 ? qualname : qualname.slice(dot + 1);
    this.cleanup = options?.cleanup !== false;
    this.transparent = options?.transparent === true;
  }

  // ---- JS iterator protocol: the hot path of for...of, spread and yield* delegation ----

  next(value?: S | null): IteratorResult<Y, R> {
    // No RUNNING bookkeeping here (it costs a third of a pipeline stage): a re-entrant call
    // fails inside V8 and `escaped` turns that into Python's ValueError.
    if (this.state === SUSPENDED) {
      let r: IteratorResult<Y, R>;
      try {
        r = this.gen.next(value as S | null);
      } catch (e) {
        throw this.escaped(e);
      }
      if (r.done === true) this.finished();
      return r;
    }
    return this.resumeSlow(value === undefined ? null : value);
  }

  /** @internal One step for `next(g)`, with `gi_running` kept exact. */
  step(value: S | null): IteratorResult<Y, R> {
    if (this.state !== SUSPENDED) return this.resumeSlow(value);
    this.state = RUNNING;
    let r: IteratorResult<Y, R>;
    try {
      r = this.gen.next(value);
    } catch (e) {
      throw this.escaped(e);
    }
    if (r.done === true) this.finished();
    else this.state = SUSPENDED;
    return r;
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

  __next__(): Y {
    return this.send(null);
  }

  send(value: S | null): Y {
    if (this.state === SUSPENDED) {
      this.state = RUNNING;
      let r: IteratorResult<Y, R>;
      try {
        r = this.gen.next(value);
      } catch (e) {
        throw this.escaped(e);
      }
      if (r.done !== true) {
        this.state = SUSPENDED;
        return r.value;
      }
      this.finished();
      throw stopIteration(r.value);
    }
    if (this.state === CREATED && value != null) {
      throw new TypeError("can't send non-None value to a just-started generator");
    }
    const r = this.resumeSlow(value);
    if (r.done === true) throw stopIteration(r.value);
    return r.value;
  }

  /** `g.throw(exc)`, `g.throw(ExcType)`, `g.throw(ExcType, value)`, `g.throw(ExcType, value, None)` */
  throw(typ: unknown, value?: unknown, tb?: unknown): Y {
    const r = this.throwResult(makeThrown(typ, value, tb, arguments.length));
    if (r.done === true) throw stopIteration(r.value);
    return r.value;
  }

  close(): void {
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
    return this.state === SUSPENDED;
  }

  get gi_frame(): GeneratorFrame | null {
    return this.state === CLOSED ? null : { f_generator: this };
  }

  __repr__(): string {
    if (this.#address === 0) this.#address = nextAddress += 0x60;
    return `<generator object ${this.__qualname__} at 0x${this.#address.toString(16)}>`;
  }

  toString(): string {
    return this.__repr__();
  }

  /**
   * @internal For `yield from` at a site no handler observes: the native generator itself when
   * this generator is transparent and not running or finished (a bare `yield*` costs nothing
   * per level), else null. From then on the native generator runs without this wrapper.
   */
  takeNative(): Generator<Y, R, S | null> | null {
    if (!this.transparent || this.state > SUSPENDED) return null;
    this.state = SUSPENDED;
    return this.gen;
  }

  /** @internal Throws `exc` in at the current yield; the JS-protocol result of resuming. */
  throwResult(exc: BaseException): IteratorResult<Y, R> {
    if (this.state === RUNNING) throw new ValueError("generator already executing");
    if (this.state === CLOSED) throw exc;
    if (this.state === CREATED) this.started();
    this.state = RUNNING;
    let r: IteratorResult<Y, R>;
    try {
      r = this.gen.throw(exc);
    } catch (e) {
      throw this.escaped(e);
    }
    if (r.done === true) this.finished();
    else this.state = SUSPENDED;
    return r;
  }

  private resumeSlow(value: S | null): IteratorResult<Y, R> {
    if (this.state === RUNNING) throw new ValueError("generator already executing");
    if (this.state === CLOSED) return { done: true, value: undefined as R };
    this.started();
    this.state = SUSPENDED;
    return this.step(value);
  }

  private started(): void {
    if (this.cleanup) suspendedWithCleanup.add(this);
  }

  private finished(): void {
    this.state = CLOSED;
    if (this.cleanup) suspendedWithCleanup.delete(this);
  }

  /** The body raised `e`: the generator is finished; apply PEP 479. */
  private escaped(e: unknown): unknown {
    if (isReentryError(e)) return new ValueError("generator already executing");
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

/** V8's error for resuming a generator from inside its own body (the only TypeError it raises there). */
function isReentryError(e: unknown): boolean {
  return e instanceof globalThis.TypeError && e.message === "Generator is already running";
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
    if (value == null) return new typ();
    if (isTuple(value)) return new typ(...value);
    return new typ(value);
  }
  const kind = typeof typ === "function" ? "type" : typeName(typ);
  throw new TypeError(`exceptions must be classes or instances deriving from BaseException, not ${kind}`);
}


/** A generator function: `generator("foo", function* (a: number): Generator<...> {...})`. */
export function generator<This, A extends unknown[], Y, R, S>(
  qualname: string,
  body: (this: This, ...args: A) => Generator<Y, R, S | null>,
  options?: GeneratorOptions,
): (this: This, ...args: A) => PyGenerator<Y, R, S> {
  return function (this: This, ...args: A): PyGenerator<Y, R, S> {
    return new PyGenerator(body.apply(this, args), qualname, options);
  };
}

/** Wraps one native generator (used for methods: `makeGenerator(this.items$(), "Bag.items")`). */
export function makeGenerator<Y, R, S>(
  gen: Generator<Y, R, S | null>,
  qualname: string,
  options?: GeneratorOptions,
): PyGenerator<Y, R, S> {
  return new PyGenerator(gen, qualname, options);
}

export function isGenerator(x: unknown): x is PyGenerator<unknown, unknown, unknown> {
  return x instanceof PyGenerator;
}

/**
 * Program exit: close the generators still suspended inside try/with blocks, oldest first
 * (CPython runs their `finally` at interpreter shutdown, clearing module globals in binding order). Errors go to `report`, as CPython's
 * "Exception ignored in: <generator object ...>" goes to stderr.
 */
export function closeSuspendedGenerators(report?: (gen: PyGenerator<unknown, unknown, unknown>, error: unknown) => void): void {
  const pending = [...suspendedWithCleanup];
  suspendedWithCleanup.clear();
  for (const gen of pending) {
    try {
      gen.close();
    } catch (e) {
      report?.(gen, e);
    }
  }
}
