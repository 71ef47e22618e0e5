/**
 * Python coroutine objects on top of native async functions.
 *
 * A JS async function runs eagerly up to its first `await`; a Python coroutine runs nothing
 * until it is awaited or wrapped in a task. So `async def f` is emitted as
 * `const f = coroutine(async function f$(...) {...})`: calling `f(...)` returns a lazy
 * `Coroutine` holding the function and its arguments. A task's first step calls `_start()`;
 * `await coro` inside a running coroutine reaches `_then`, which starts it inline — exactly
 * CPython's `await` of a coroutine (no loop turn). Methods, closures over `this` and other
 * call sites that cannot use a module-level wrapper emit `lazy(async () => {...}, "name")`.
 */
import { RuntimeError, StopIteration } from "../exceptions.js";
import type { PyGenerator } from "../generator.js";
import { generator } from "../generator-functions.js";
import { Awaitable, resolveOpaque, unbox } from "./awaitable.js";
import { noteNewCoroutine, runningLoopOrNull } from "./state.js";
import { codeObject, GeneratorFrame, type GeneratorCode } from "../generator-code.js";
import { objectAddress } from "../repr.js";
import { BUILTIN_TYPE } from "../builtin-functions.js";

const enum CoroState {
  Created,
  Running,
  Finished,
  Closed,
}

const COROUTINE_FUNCTION = Symbol("py2ts.coroutineFunction");

export class Coroutine<T> extends Awaitable<T> {
  static readonly [BUILTIN_TYPE] = "coroutine";
  /** `type(coro).__name__` is 'coroutine' in Python */
  static readonly __pyname__: string = "coroutine";
  /** CPython warns about a coroutine object dropped unawaited (the awaitables of async generators: no) */
  static readonly warnsNeverAwaited: boolean = true;
  _state = CoroState.Created;

  constructor(
    readonly _fn: (...args: any[]) => Promise<T>,
    readonly _self: unknown,
    readonly _args: readonly unknown[],
    readonly __name__: string = _fn.name.replace(/\$+$/, ""),
    readonly __qualname__: string = __name__,
  ) {
    super();
    if ((new.target as typeof Coroutine).warnsNeverAwaited) noteNewCoroutine(this);
  }

  /**
   * True while the coroutine executes (CPython: its frame is executing, which includes awaiting
   * another coroutine inline, on the same chain). A started coroutine executes only during its
   * task's step: with no step in flight, or as the coroutine of a task that is not stepping, it is
   * suspended. Which task a coroutine awaited by another one runs on is not tracked, so then this raises.
   */
  get cr_running(): boolean {
    if (this._state !== CoroState.Running) return false;
    const loop = runningLoopOrNull();
    const stepping = loop?._stepping ?? null;
    if (stepping === null) return false;
    if (stepping._coro === this) return true;
    if (loop!._allTasks.some((task) => task._coro === this && !task.done())) return false;
    throw new RuntimeError("py2ts: cr_running of a coroutine awaited by another coroutine is not supported");
  }

  /** What the coroutine awaits: None unless started and unfinished; the awaited object is not tracked. */
  get cr_await(): null {
    if (this._state === CoroState.Running) throw new RuntimeError("py2ts: cr_await of a started coroutine is not supported");
    return null;
  }

  /** None once the coroutine finished or was closed, as in CPython (typed as the frame: Python code reads `cr_frame.f_code` unchecked) */
  get cr_frame(): GeneratorFrame {
    if (this._state === CoroState.Finished || this._state === CoroState.Closed) return null as unknown as GeneratorFrame;
    return (this._frameObject ??= new GeneratorFrame(this, this.cr_code));
  }

  get cr_code(): GeneratorCode {
    return (this._codeObject ??= codeObject(this.__qualname__, 0));
  }

  /** None: CPython records an origin only with sys.set_coroutine_origin_tracking_depth */
  get cr_origin(): null {
    return null;
  }

  /** Declared, not initialized: made on the first read (see Awaitable._gatherFuture) */
  declare private _frameObject?: GeneratorFrame;
  declare private _codeObject?: GeneratorCode;

  /** Run the body (first step). Raises as CPython does when the coroutine was used. */
  _start(): Promise<T> {
    this._startCheck();
    return this._fn.apply(this._self, this._args as unknown[]);
  }

  /** The checks of a first step; marks the coroutine running. */
  protected _startCheck(): void {
    if (this._state !== CoroState.Created) {
      throw new RuntimeError(
        this._state === CoroState.Running
          ? "coroutine is being awaited already"
          : "cannot reuse already awaited coroutine",
      );
    }
    this._state = CoroState.Running;
  }

  _isFresh(): boolean {
    return this._state === CoroState.Created;
  }

  _finish(): void {
    this._state = CoroState.Finished;
  }

  /** `await coro` inside a step: start it inline and hand its result to the awaiter. */
  _then(resolve: (value: T) => void, reject: (reason: unknown) => void): void {
    let promise: Promise<T>;
    try {
      promise = this._start();
    } catch (error) {
      reject(error);
      return;
    }
    promise.then(
      (value) => {
        this._state = CoroState.Finished;
        resolveOpaque(resolve, unbox(value));
      },
      (error) => {
        this._state = CoroState.Finished;
        reject(error);
      },
    );
  }

  /** `yield from coro` inside a generator-based coroutine (legacy.ts awaits what it yields). */
  *[Symbol.iterator](): Generator<Coroutine<T>, T, unknown> {
    return (yield this) as T;
  }

  /** `coro.__await__()`: an iterator that `yield from` delegates to (a class's own `__await__`). */
  __await__(): PyGenerator<Coroutine<T>, T, unknown> {
    return coroutineAwait.call(this) as PyGenerator<Coroutine<T>, T, unknown>;
  }

  /**
   * `coro.close()`. An unstarted coroutine is closed without running its body. A started
   * native async function cannot be interrupted from outside; closing one raises instead of
   * pretending (see docs/asyncio.md, "limits").
   */
  close(): void {
    if (this._state === CoroState.Created) this._state = CoroState.Closed;
    else if (this._state === CoroState.Running) {
      throw new RuntimeError("py2ts: close() of a suspended coroutine is not supported");
    }
  }

  /**
   * `coro.send(v)`. A native async function runs its body in microtasks and never hands back a
   * result synchronously, so a coroutine cannot be stepped by hand; it raises a Python error
   * rather than returning something wrong (docs/asyncio.md, "limits").
   */
  send(_value: unknown): never {
    throw this._notSteppable("send");
  }

  /** `coro.throw(exc)`: as send(). */
  throw(_exc: unknown, ..._rest: unknown[]): never {
    throw this._notSteppable("throw");
  }

  private _notSteppable(method: string): RuntimeError {
    return new RuntimeError(`py2ts: ${method}() on ${this._describe()} is not supported; run it with await, asyncio.run or create_task`);
  }

  /** how a RuntimeError naming a limit names this object */
  protected _describe(): string {
    return `coroutine '${this.__name__}'`;
  }

  __repr__(): string {
    return `<coroutine object ${this.__qualname__} at ${objectAddress(this)}>`;
  }
}

const coroutineAwait = generator("coroutine.__await__", function* (this: Coroutine<unknown>) {
  return yield* this[Symbol.iterator]();
});

/** The callable an `async def` becomes; `.fn` is the eager body used by direct awaits. */
export type CoroutineFunction<A extends unknown[], R> = ((...args: A) => Coroutine<R>) & {
  readonly fn: (...args: A) => Promise<R>;
};

/** where `withSignature` (dynamic-call.ts) keeps a translated function's Python signature */
const SIGNATURE = Symbol.for("py2ts.signature");

/**
 * `const f = coroutine(async function f$(...) {...})`. Name the inner function differently
 * from the binding: a named function expression `f` would shadow the lazy wrapper in its own
 * body, and a recursive `await f()` would then run eagerly.
 */
export function coroutine<A extends unknown[], R>(
  fn: (...args: A) => Promise<R>,
  /** the `__qualname__` of a nested `async def` ("outer.<locals>.f") */
  qualname?: string,
): CoroutineFunction<A, R> {
  const name = fn.name.replace(/\$+$/, "");
  const wrapper = function (this: unknown, ...args: A): Coroutine<R> {
    return new Coroutine<R>(fn, this, args, name, qualname);
  };
  Object.defineProperty(wrapper, "name", { value: name });
  if (qualname !== undefined) Object.defineProperty(wrapper, "__qualname__", { value: qualname, configurable: true, writable: true });
  Object.defineProperty(wrapper, "fn", { value: fn });
  Object.defineProperty(wrapper, COROUTINE_FUNCTION, { value: true });
  // the Python signature (withSignature on the body), so calls with keywords bind through the wrapper
  if (Object.hasOwn(fn, SIGNATURE)) Object.defineProperty(wrapper, SIGNATURE, { value: (fn as unknown as Record<symbol, unknown>)[SIGNATURE] });
  return wrapper as CoroutineFunction<A, R>;
}

/** A coroutine from a closure: methods emit `return lazy(async () => {...}, "name")`. */
export function lazy<R>(body: () => Promise<R>, name = "<coroutine>", qualname?: string): Coroutine<R> {
  return new Coroutine<R>(body, undefined, NO_ARGS, name, qualname);
}

/** What a fast path returns when the coroutine has to run its body after all. */
export const NOT_READY: unique symbol = Symbol("py2ts.notReady");

/** The arguments of a coroutine whose body takes none (one shared array, never mutated). */
const NO_ARGS: readonly unknown[] = Object.freeze([]);

/**
 * A coroutine whose body would finish without suspending whenever `fast(self, arg)` can answer
 * at once (`Queue.get()` on a non-empty queue, `put()` on a non-full one). Awaited, it tries
 * `fast` first — at the moment the body would have started, so the order of effects is the
 * same — and only then runs `body.call(self, arg)`. As a task's coroutine it always runs `body`.
 * Both functions are shared by every call: the receiver and the argument are fields, so the
 * hottest queue operations allocate no closures.
 */
class FastPathCoroutine<S, A, R> extends Coroutine<R> {
  static override readonly __pyname__: string = "coroutine";
  constructor(
    private readonly fast: (self: S, arg: A) => R | typeof NOT_READY,
    body: (this: S, arg: A) => Promise<R>,
    self: S,
    private readonly arg: A,
    name: string,
  ) {
    super(body as (...args: any[]) => Promise<R>, self, NO_ARGS, name);
  }
  override _start(): Promise<R> {
    this._startCheck();
    return (this._fn as (this: S, arg: A) => Promise<R>).call(this._self as S, this.arg);
  }
  override _then(resolve: (value: R) => void, reject: (reason: unknown) => void): void {
    if (this._isFresh()) {
      let value: R | typeof NOT_READY;
      try {
        value = this.fast(this._self as S, this.arg);
      } catch (error) {
        this._finish();
        reject(error);
        return;
      }
      if (value !== NOT_READY) {
        this._finish();
        resolveOpaque(resolve, value);
        return;
      }
    }
    super._then(resolve, reject);
  }
}

export function lazyWithFastPath<S, A, R>(
  fast: (self: S, arg: A) => R | typeof NOT_READY,
  body: (this: S, arg: A) => Promise<R>,
  self: S,
  arg: A,
  name: string,
): Coroutine<R> {
  return new FastPathCoroutine(fast, body, self, arg, name);
}

/** `asyncio.iscoroutine(x)` */
export function iscoroutine(value: unknown): value is Coroutine<unknown> {
  return value instanceof Coroutine;
}

/** `asyncio.iscoroutinefunction(f)` / `inspect.iscoroutinefunction(f)` */
export function iscoroutinefunction(value: unknown): boolean {
  return typeof value === "function" && (value as { [COROUTINE_FUNCTION]?: boolean })[COROUTINE_FUNCTION] === true;
}

/**
 * PEP 479 for coroutines: a StopIteration escaping an `async def` body becomes RuntimeError
 * "coroutine raised StopIteration", chained from it as CPython's _PyErr_FormatFromCause does.
 * The compiler wraps a coroutine body in `try {...} catch ($e) { throw coroutineRaised($e); }`
 * where the module could raise one (lower/coroutine-stop.ts).
 */
export function coroutineRaised(error: unknown): unknown {
  if (!(error instanceof StopIteration)) return error;
  const wrapped = new RuntimeError("coroutine raised StopIteration");
  wrapped.__cause__ = error;
  wrapped.__context__ = error;
  wrapped.__suppress_context__ = true;
  return wrapped;
}
