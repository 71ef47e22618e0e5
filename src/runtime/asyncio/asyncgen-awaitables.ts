/**
 * The awaitables an async generator's methods return (genobject.c): `agen.__anext__()` and
 * `agen.asend(v)` give an `async_generator_asend`, `agen.athrow(...)` and `agen.aclose()` an
 * `async_generator_athrow`. They are awaited like coroutines (and `asyncio.iscoroutine` accepts
 * them, through collections.abc.Coroutine) but they are not coroutine objects: `type()` names
 * them, `inspect.iscoroutine` is False, and dropping one unawaited draws no "never awaited"
 * warning. Awaiting one again raises CPython's "cannot reuse" RuntimeError.
 *
 * Awaited while the generator is running (another task is inside it): an asend raises "anext():
 * asynchronous generator is already running" and stays unused, so awaiting it later works; an
 * athrow raises "athrow(): ..." / "aclose(): ..." and is used up.
 *
 *     type(agen.asend(None)).__name__   →  'async_generator_asend'
 */
import { RuntimeError } from "../exceptions.js";
import { objectAddress } from "../repr.js";
import { Coroutine } from "./coroutine.js";

/** What an awaitable needs of its generator: whether an asend/athrow is in flight. */
export interface AsyncGenOwner {
  readonly ag_running: boolean;
}

const NO_ARGS: readonly unknown[] = Object.freeze([]);

abstract class AsyncGenAwaitable<Y> extends Coroutine<Y> {
  static override readonly warnsNeverAwaited: boolean = false;

  constructor(
    body: () => Promise<Y>,
    protected readonly owner: AsyncGenOwner,
    name: string,
  ) {
    super(body, undefined, NO_ARGS, name);
  }

  protected abstract readonly reuseMessage: string;
  /** called when awaited unused while the generator runs: raise, or use up and raise */
  protected abstract alreadyRunning(): never;

  override _start(): Promise<Y> {
    if (this._isFresh() && this.owner.ag_running) this.alreadyRunning();
    return super._start();
  }

  protected override _startCheck(): void {
    if (!this._isFresh()) throw new RuntimeError(this.reuseMessage);
    super._startCheck();
  }

  protected override _describe(): string {
    return (this.constructor as unknown as { __pyname__: string }).__pyname__;
  }

  override __repr__(): string {
    return `<${(this.constructor as unknown as { __pyname__: string }).__pyname__} object at ${objectAddress(this)}>`;
  }
}

/** `agen.__anext__()` / `agen.asend(value)` */
export class AsyncGenASend<Y> extends AsyncGenAwaitable<Y> {
  static override readonly __pyname__: string = "async_generator_asend";
  protected readonly reuseMessage = "cannot reuse already awaited __anext__()/asend()";

  protected alreadyRunning(): never {
    throw new RuntimeError("anext(): asynchronous generator is already running");
  }
}

/** `agen.athrow(...)` / `agen.aclose()` */
export class AsyncGenAThrow<Y> extends AsyncGenAwaitable<Y> {
  static override readonly __pyname__: string = "async_generator_athrow";
  protected readonly reuseMessage = "cannot reuse already awaited aclose()/athrow()";

  protected alreadyRunning(): never {
    this._finish();
    throw new RuntimeError(`${this.__name__}(): asynchronous generator is already running`);
  }
}

/** An asend or athrow awaitable (not a coroutine object for `inspect.iscoroutine`). */
export function isAsyncGenAwaitable(value: unknown): boolean {
  return value instanceof AsyncGenAwaitable;
}
