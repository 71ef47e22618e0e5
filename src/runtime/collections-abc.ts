/**
 * `collections.abc`'s iteration ABCs. `isinstance` checks the protocol (the runtime's
 * `__instancecheck__` hook), as CPython's `__subclasshook__` does; as base classes they supply
 * the mixin methods (`Iterator.__iter__` returns self, `Generator.__next__` is `send(None)`,
 * `Generator.close` throws GeneratorExit in).
 *
 *     from collections.abc import Iterator    →   const Iterator = collectionsAbc.Iterator;
 *     class Countdown(Iterator): ...          →   class Countdown extends Iterator { ... }
 */
import { GeneratorExit, RuntimeError, StopIteration } from "./exceptions.js";
import { PyGenerator } from "./generator.js";

function has(x: unknown, name: string | symbol): boolean {
  return x != null && typeof (x as Record<string | symbol, unknown>)[name] === "function";
}

function isIterable(x: unknown): boolean {
  return typeof x === "string" || has(x, "__iter__") || has(x, Symbol.iterator);
}

function isIterator(x: unknown): boolean {
  if (typeof x === "string" || Array.isArray(x)) return false;
  return (has(x, "__next__") || has(x, "next")) && isIterable(x);
}

export class Iterable {
  static readonly __pyname__: string = "Iterable";
  static __instancecheck__(x: unknown): boolean {
    return isIterable(x);
  }
}

export class Iterator extends Iterable {
  static override readonly __pyname__: string = "Iterator";
  static override __instancecheck__(x: unknown): boolean {
    return isIterator(x);
  }

  __iter__(): this {
    return this;
  }
}

export class Generator extends Iterator {
  static override readonly __pyname__: string = "Generator";
  static override __instancecheck__(x: unknown): boolean {
    return x instanceof PyGenerator || (x instanceof Generator) || (isIterator(x) && has(x, "send") && has(x, "throw") && has(x, "close"));
  }

  __next__(): unknown {
    return (this as unknown as { send(v: unknown): unknown }).send(null);
  }

  close(): void {
    try {
      (this as unknown as { throw(e: unknown): unknown }).throw(new GeneratorExit());
    } catch (e) {
      if (e instanceof GeneratorExit || e instanceof StopIteration) return;
      throw e;
    }
    throw new RuntimeError("generator ignored GeneratorExit");
  }
}

export class Sized {
  static readonly __pyname__: string = "Sized";
  static __instancecheck__(x: unknown): boolean {
    return typeof x === "string" || Array.isArray(x) || has(x, "__len__") || (x != null && typeof (x as { size?: unknown }).size === "number");
  }
}

export class Callable {
  static readonly __pyname__: string = "Callable";
  static __instancecheck__(x: unknown): boolean {
    return typeof x === "function" || has(x, "__call__");
  }
}

export const collectionsAbc = { Iterable, Iterator, Generator, Sized, Callable };
