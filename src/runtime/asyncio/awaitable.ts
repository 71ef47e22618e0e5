/**
 * The thenable plumbing shared by futures, tasks and coroutines.
 *
 * Runtime awaitables are thenables, not Promises: when a task's async function does
 * `await fut`, the engine calls `fut.then(resolve, reject)`, and that call is the point where
 * the task suspends (see task.ts). JS promise resolution *adopts* any thenable it is resolved
 * with, so a runtime awaitable handed back as a value (`await gather(...)` of tasks, a
 * coroutine returning a Task) must be resolved with its `then` hidden (`resolveOpaque`), and an
 * `async def` that may return one emits `return box(x)` (see docs/asyncio.md).
 */

/** While true, every runtime awaitable's `then` reads as undefined (see resolveOpaque). */
const adoption = { hidden: false };

export abstract class Awaitable<T> implements PromiseLike<T> {
  /**
   * Set by gather() while it converts its arguments: the future this one became (duplicates
   * share it). Declared, not initialized: an initializer here runs in the base constructor of
   * every future, task and coroutine, a store V8 sees with many shapes (4x slower queues).
   */
  declare _gatherFuture?: Awaitable<unknown> | null;

  /** The suspension/resumption protocol; called by the engine through `then`. */
  abstract _then(resolve: (value: T) => void, reject: (reason: unknown) => void): void;

  get then(): PromiseLike<T>["then"] {
    return (adoption.hidden ? undefined : this._then) as unknown as PromiseLike<T>["then"];
  }
}

/** Resolve a promise with `value` without letting resolution adopt a runtime awaitable. */
export function resolveOpaque<T>(resolve: (value: T) => void, value: T): void {
  if (value instanceof Awaitable) {
    adoption.hidden = true;
    try {
      resolve(value);
    } finally {
      adoption.hidden = false;
    }
  } else {
    resolve(value);
  }
}

declare const boxedBrand: unique symbol;
/** Type of `box(x)`: not thenable, so `Awaited<>` stops at it; `unbox` gives `T` back. */
export interface Boxed<T> {
  readonly [boxedBrand]: T;
}

class Box<T> {
  constructor(readonly value: T) {}
}

/**
 * `return box(x)` in an `async def` whose return value may be a Task, Future or coroutine:
 * stops JS promise resolution from awaiting it. Non-awaitables pass through unchanged.
 */
export function box<T>(value: T): Boxed<T> {
  return (value instanceof Awaitable ? new Box(value) : value) as unknown as Boxed<T>;
}

/** The value inside a `box()`, at runtime and in the types. */
export function unbox<T>(value: Boxed<T>): T;
export function unbox<T>(value: T): T;
export function unbox(value: unknown): unknown {
  return value instanceof Box ? value.value : value;
}

/**
 * Runtime-internal `box()` that keeps the static type: for lazy() bodies that hand back a
 * user value (a queue item, a yielded value) which may itself be a Task or Future.
 */
export function opaque<T>(value: T): T {
  return box(value) as unknown as T;
}
