/**
 * The `contextlib` module, sync half: contextmanager, suppress, closing, nullcontext, ExitStack,
 * redirect_stdout / redirect_stderr. The async half (asynccontextmanager, AsyncExitStack) lives in
 * asyncio/contextlib.ts and is re-exported here, so `contextlib.X` is one namespace.
 *
 * What the compiler emits (`import contextlib` → `import { contextlib } from "py2ts/runtime"`):
 *   @contextlib.contextmanager             const tag = contextlib.contextmanager(
 *   def tag(name): ... yield ...       →      generator("tag", function* (name: string) { ... }));
 *   with tag("x") as t: ...            →  the usual `with` lowering over `__enter__` / `__exit__`
 *   with contextlib.suppress(KeyError):  →  contextlib.suppress(KeyError) (same lowering)
 *   with contextlib.ExitStack() as st:   →  new contextlib.ExitStack()
 * Every object here has `__enter__()` and `__exit__(type, value, tb)` with CPython's semantics:
 * `__exit__` returning true suppresses the exception.
 */
import { AttributeError, BaseException, RuntimeError, StopIteration, TypeError } from "./exceptions.js";
import { pyCatch, raiseFrom, withContext } from "./exception-catch.js";
import type { PyGenerator } from "./generator.js";
import { isGenerator, makeGenerator } from "./generator-functions.js";
import { streams, type Writable } from "./io.js";
import { isinstance } from "./builtins-types.js";
import { truthy } from "./compare.js";
import { lazy, type Coroutine } from "./asyncio/coroutine.js";
import { opaque } from "./asyncio/awaitable.js";

export { aclosing, asynccontextmanager, AsyncExitStack } from "./asyncio/contextlib.js";

export interface ContextManager<T> {
  __enter__(): T;
  __exit__(type: unknown, value: unknown, tb: unknown): unknown;
}

type Gen<T> = PyGenerator<T, unknown, unknown>;

/**
 * The object a `@contextmanager` function returns when called. It is also a decorator
 * (`@tag("x")` above a `def`, CPython's ContextDecorator): each call of the decorated function
 * runs inside a fresh context manager made from the same arguments. Made by `contextmanager`
 * as a function object with this prototype, so that it can be called.
 */
export class _GeneratorContextManager<T> implements ContextManager<T> {
  static readonly __pyname__: string = "_GeneratorContextManager";
  static readonly __module__: string = "contextlib";
  declare gen: Gen<T>;
  /** makes the generator again, for each call of a decorated function */
  declare recreate: () => Gen<T>;
  declare entered: boolean;

  __enter__(): T {
    // CPython deletes the recreation arguments here: a second `with` fails on them
    if (this.entered) throw new AttributeError("'_GeneratorContextManager' object has no attribute 'args'");
    this.entered = true;
    try {
      return this.gen.__next__();
    } catch (e) {
      if (e instanceof StopIteration) throw withContext(raiseFrom(new RuntimeError("generator didn't yield"), null), e);
      throw e;
    }
  }

  __exit__(type: unknown, value: unknown, _tb: unknown): boolean {
    if (type === null || type === undefined) {
      try {
        this.gen.__next__();
      } catch (e) {
        if (e instanceof StopIteration) return false;
        throw e;
      }
      try {
        throw new RuntimeError("generator didn't stop");
      } finally {
        this.gen.close();
      }
    }
    let exc = value as BaseException | null;
    if (exc === null || exc === undefined) exc = new (type as new () => BaseException)();
    try {
      this.gen.throw(exc);
    } catch ($e) {
      const raised = pyCatch($e);
      // the generator swallowed the exception and finished: suppressed, unless it was a StopIteration it let out
      if (raised instanceof StopIteration) return raised !== exc;
      if (raised instanceof RuntimeError && raised === exc) return false;
      if (raised instanceof RuntimeError && exc instanceof StopIteration && raised.__cause__ === exc) return false;
      if (raised === exc) return false;
      throw raised;
    }
    try {
      throw new RuntimeError("generator didn't stop after throw()");
    } finally {
      this.gen.close();
    }
  }
}

function generatorContextManager<T>(create: () => Gen<T>): _GeneratorContextManager<T> {
  const cm = function (func: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
    const decorated = function (this: unknown, ...args: unknown[]): unknown {
      const inner = generatorContextManager(create);
      inner.__enter__();
      let result: unknown;
      try {
        result = func.apply(this, args);
      } catch ($e) {
        const exc = pyCatch($e);
        if (!inner.__exit__(exc.constructor, exc, null)) throw exc;
        return null;
      }
      inner.__exit__(null, null, null);
      return result;
    };
    Object.defineProperty(decorated, "name", { value: func.name, configurable: true });
    return decorated;
  } as unknown as _GeneratorContextManager<T>;
  Object.setPrototypeOf(cm, _GeneratorContextManager.prototype);
  cm.gen = create();
  cm.recreate = create;
  cm.entered = false;
  return cm;
}

/** contextmanager(genfunc): the decorated function returns a context manager */
export function contextmanager<A extends unknown[], T>(genfunc: (...args: A) => Gen<T> | Generator<T, unknown, unknown>): (...args: A) => _GeneratorContextManager<T> {
  const helper = function (this: unknown, ...args: A): _GeneratorContextManager<T> {
    const self = this;
    return generatorContextManager(() => {
      const made = genfunc.apply(self, args);
      return isGenerator(made) ? (made as Gen<T>) : makeGenerator(made as Generator<T, unknown, unknown>, genfunc.name || "contextmanager");
    });
  };
  Object.defineProperty(helper, "name", { value: genfunc.name, configurable: true });
  Object.defineProperty(helper, "__wrapped__", { value: genfunc, configurable: true });
  // the Python signature (withSignature) and names, for calls with keyword arguments
  const signature = Symbol.for("py2ts.signature");
  if (Object.hasOwn(genfunc, signature)) Object.defineProperty(helper, signature, { value: (genfunc as unknown as Record<symbol, unknown>)[signature] });
  for (const key of ["__name__", "__qualname__"]) if (Object.hasOwn(genfunc, key)) Object.defineProperty(helper, key, { value: (genfunc as unknown as Record<string, unknown>)[key], configurable: true, writable: true });
  return helper;
}

/** suppress(*exceptions): swallows the listed exception types */
export class suppress implements ContextManager<null> {
  static readonly __pyname__: string = "suppress";
  private readonly exceptions: unknown[];
  constructor(...exceptions: unknown[]) {
    this.exceptions = exceptions;
  }
  __enter__(): null {
    return null;
  }
  __exit__(type: unknown, value: unknown, _tb?: unknown): boolean {
    return type !== null && type !== undefined && value !== null && isinstance(value, this.exceptions);
  }
}

/** closing(thing): calls thing.close() on exit */
export class closing<T extends { close(): unknown }> implements ContextManager<T> {
  static readonly __pyname__: string = "closing";
  constructor(private readonly thing: T) {}
  __enter__(): T {
    return this.thing;
  }
  __exit__(_type?: unknown, _value?: unknown, _tb?: unknown): boolean {
    this.thing.close();
    return false;
  }
}

/** nullcontext(enter_result=None) */
export class nullcontext<T = null> implements ContextManager<T> {
  static readonly __pyname__: string = "nullcontext";
  constructor(private readonly enterResult: T = null as T) {}
  __enter__(): T {
    return this.enterResult;
  }
  __exit__(_type?: unknown, _value?: unknown, _tb?: unknown): boolean {
    return false;
  }
  /** `async with nullcontext(x)` works too (CPython 3.10+) */
  __aenter__(): Coroutine<T> {
    return lazy(async () => opaque(this.enterResult), "__aenter__");
  }
  __aexit__(_type?: unknown, _value?: unknown, _tb?: unknown): Coroutine<boolean> {
    return lazy(async () => false, "__aexit__");
  }
}

class Redirect implements ContextManager<Writable> {
  private saved: Writable[] = [];
  constructor(
    private readonly target: Writable,
    private readonly which: "stdout" | "stderr",
  ) {}
  __enter__(): Writable {
    this.saved.push(streams[this.which]);
    streams[this.which] = this.target;
    return this.target;
  }
  __exit__(_type?: unknown, _value?: unknown, _tb?: unknown): boolean {
    streams[this.which] = this.saved.pop() as Writable;
    return false;
  }
}

/** redirect_stdout(new_target): print() and sys.stdout go to `new_target` inside the block */
export class redirect_stdout extends Redirect {
  static readonly __pyname__: string = "redirect_stdout";
  constructor(target: Writable) {
    super(target, "stdout");
  }
}

/** redirect_stderr(new_target) */
export class redirect_stderr extends Redirect {
  static readonly __pyname__: string = "redirect_stderr";
  constructor(target: Writable) {
    super(target, "stderr");
  }
}

type ExitCallback = (type: unknown, value: unknown, tb: unknown) => unknown;

/** ExitStack: a LIFO of exit callbacks, unwound like nested `with` statements */
export class ExitStack implements ContextManager<ExitStack> {
  static readonly __pyname__: string = "ExitStack";
  private callbacks: ExitCallback[] = [];

  __enter__(): this {
    return this;
  }

  /** enter_context(cm): enters it and schedules its __exit__ */
  enter_context<T>(cm: ContextManager<T>): T {
    if (typeof cm?.__enter__ !== "function" || typeof cm.__exit__ !== "function") {
      throw new TypeError(`'${(cm as object)?.constructor?.name ?? "object"}' object does not support the context manager protocol`);
    }
    const result = cm.__enter__();
    this.callbacks.push((t, v, tb) => cm.__exit__(t, v, tb));
    return result;
  }

  /** push(exit): a context manager's __exit__, or a callable with __exit__'s signature */
  push<C extends ContextManager<unknown> | ExitCallback>(exit: C): C {
    const cm = exit as ContextManager<unknown>;
    if (typeof cm.__exit__ === "function") this.callbacks.push((t, v, tb) => cm.__exit__(t, v, tb));
    else this.callbacks.push(exit as ExitCallback);
    return exit;
  }

  /** callback(fn, *args, **kwds): fn is called on exit; it never suppresses */
  callback<F extends (...args: any[]) => unknown>(fn: F, ...args: unknown[]): F {
    this.callbacks.push(() => {
      fn(...args);
      return false;
    });
    return fn;
  }

  /** pop_all(): moves the callbacks to a new stack (this one then exits doing nothing) */
  pop_all(): ExitStack {
    const moved = new ExitStack();
    moved.callbacks = this.callbacks;
    this.callbacks = [];
    return moved;
  }

  close(): void {
    this.__exit__(null, null, null);
  }

  __exit__(type: unknown, value: unknown, _tb: unknown): boolean {
    const received = value instanceof BaseException ? value : null;
    let pending: BaseException | null = received;
    let suppressed = false;
    while (this.callbacks.length > 0) {
      const cb = this.callbacks.pop() as ExitCallback;
      try {
        const pendingType = pending === null ? null : pending.constructor;
        if (truthy(cb(pendingType, pending, null)) && pending !== null) {
          suppressed = true;
          pending = null;
        }
      } catch ($e) {
        const raised = pending === null ? pyCatch($e) : withContext($e, pending);
        suppressed = false;
        pending = raised;
      }
    }
    if (pending !== null && pending !== received) throw pending;
    return received !== null && suppressed && pending === null;
  }
}
