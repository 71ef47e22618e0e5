/**
 * The `functools` module: reduce, partial, lru_cache / cache, wraps / update_wrapper,
 * total_ordering, cmp_to_key, cached_property.
 *
 * What the compiler emits (`import functools` → `import { functools } from "py2ts/runtime"`):
 *   @functools.lru_cache(maxsize=None)        const fib = functools.lru_cache(kw({ maxsize: null }))(
 *   def fib(k): ...                       →      function fib$(k: number): number { ... });
 *   (the inner function must NOT be named `fib`: inside a named function expression that name is
 *   the undecorated function itself, so recursive calls would bypass the cache — exponential time)
 *   @functools.cache / @lru_cache (bare)  →  functools.cache(function f(...) {...}) / functools.lru_cache(function f...)
 *   fib.cache_info() / fib.cache_clear()  →  the same
 *   @functools.wraps(func)                →  const wrapper = functools.wraps(func)(function wrapper(...args) {...});
 *   functools.reduce(f, xs[, init])       →  functools.reduce(f, xs[, init])
 *   functools.partial(f, 1, key=k)        →  functools.partial(f, 1, kw({ key: k }))
 *   @functools.total_ordering class C     →  class C {...}  functools.total_ordering(C);
 *   sorted(xs, key=cmp_to_key(cmp))       →  sorted(xs, functools.cmp_to_key(cmp))
 *   @cached_property def area(self): ...  →  functools.cached_property(C, "area", function (this: C) {...});
 * `nameOf(f)` (builtins) reads the `__name__` that `wraps` copies; a docstring the compiler wants
 * visible as `f.__doc__` is set as `f.__doc__ = "..."` after the function.
 */
import { eq, lt, truthy } from "./compare.js";
import { PyDict } from "./dict.js";
import { TypeError } from "./exceptions.js";
import { iterate, type PyIterable } from "./iter.js";
import { isKw, kw } from "./kwargs.js";
import { repr } from "./repr.js";
import { asTuple } from "./tuple.js";
import { NotImplemented } from "./types.js";
import { namedtuple } from "./collections-namedtuple.js";
import { nameOf, toCallable } from "./builtins-types.js";
import { callKw } from "./dynamic-call.js";

type Fn = (...args: any[]) => any;

/** reduce(function, iterable[, initial]) */
export function reduce(fn: (acc: any, x: any) => unknown, iterable: PyIterable<unknown>, ...initial: unknown[]): any {
  const it = iterate(iterable)[Symbol.iterator]();
  let acc: unknown;
  if (initial.length > 0) acc = initial[0];
  else {
    const first = it.next();
    if (first.done === true) throw new TypeError("reduce() of empty iterable with no initial value");
    acc = first.value;
  }
  for (let r = it.next(); r.done !== true; r = it.next()) acc = fn(acc, r.value);
  return acc;
}

const WRAPPER_ASSIGNMENTS = ["__module__", "__name__", "__qualname__", "__doc__"] as const;

/** update_wrapper(wrapper, wrapped): copies the identity of `wrapped` onto `wrapper` */
export function update_wrapper<W extends Fn>(wrapper: W, wrapped: Fn): W {
  for (const attr of WRAPPER_ASSIGNMENTS) {
    let value: unknown = (wrapped as unknown as Record<string, unknown>)[attr];
    if (attr === "__name__" || attr === "__qualname__") value = Object.hasOwn(wrapped, attr) ? value : nameOf(wrapped);
    if (value === undefined) value = attr === "__module__" ? "__main__" : null;
    Object.defineProperty(wrapper, attr, { value, writable: true, configurable: true });
  }
  Object.defineProperty(wrapper, "name", { value: nameOf(wrapped), configurable: true });
  for (const key of Object.keys(wrapped)) {
    if (!(WRAPPER_ASSIGNMENTS as readonly string[]).includes(key)) (wrapper as unknown as Record<string, unknown>)[key] = (wrapped as unknown as Record<string, unknown>)[key];
  }
  Object.defineProperty(wrapper, "__wrapped__", { value: wrapped, writable: true, configurable: true });
  return wrapper;
}

/** wraps(wrapped): a decorator applying update_wrapper */
export function wraps(wrapped: Fn): <W extends Fn>(wrapper: W) => W {
  return (wrapper) => update_wrapper(wrapper, wrapped);
}

const CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"]);

export interface CachedFunction<F extends Fn> {
  (...args: Parameters<F>): ReturnType<F>;
  cache_info(): unknown;
  cache_clear(): void;
  readonly __wrapped__: F;
}

const KW_MARK = Symbol("kwargs");

/** The cache key of a call: the argument tuple (keywords appended after a marker, sorted). */
function cacheKey(args: unknown[]): unknown {
  if (args.length === 1 && !isKw(args[0])) {
    const only = args[0];
    if (typeof only === "string" || typeof only === "number" || typeof only === "bigint") return only;
  }
  const last = args[args.length - 1];
  if (!isKw(last)) return asTuple([...args]);
  const named = Object.entries(last).sort(([a], [b]) => (a < b ? -1 : 1));
  return asTuple([...args.slice(0, -1), KW_MARK, ...named.flat()]);
}

function makeCached<F extends Fn>(fn: F, maxsize: number | null): CachedFunction<F> {
  const stats = { hits: 0, misses: 0 };
  let cache = new PyDict<unknown, unknown>();
  const cached = function (this: unknown, ...args: unknown[]): unknown {
    if (maxsize === 0) {
      stats.misses++;
      return fn.apply(this, args);
    }
    const key = cacheKey(args);
    if (cache.has(key)) {
      stats.hits++;
      const value = cache.getitem(key);
      if (maxsize !== null) {
        cache.delitem(key);
        cache.setitem(key, value);
      }
      return value;
    }
    stats.misses++;
    const value = fn.apply(this, args);
    if (maxsize !== null && cache.size >= maxsize) {
      const oldest = cache[Symbol.iterator]().next();
      if (oldest.done !== true) cache.delitem(oldest.value);
    }
    cache.setitem(key, value);
    return value;
  } as unknown as CachedFunction<F>;
  update_wrapper(cached as unknown as Fn, fn);
  Object.assign(cached, {
    cache_info: () => CacheInfo(stats.hits, stats.misses, maxsize, cache.size),
    cache_clear: () => {
      cache = new PyDict();
      stats.hits = 0;
      stats.misses = 0;
    },
    cache_parameters: () => PyDict.of("maxsize", maxsize, "typed", false),
  });
  return cached;
}

/**
 * lru_cache(maxsize=128, typed=False) as a decorator factory, or applied directly to a function
 * (`@lru_cache` without parentheses).
 */
export function lru_cache<F extends Fn>(fn: F): CachedFunction<F>;
export function lru_cache(...args: unknown[]): <F extends Fn>(fn: F) => CachedFunction<F>;
export function lru_cache(...args: unknown[]): unknown {
  if (typeof args[0] === "function") return makeCached(args[0] as Fn, 128);
  const named = isKw(args[args.length - 1]) ? (args.pop() as { maxsize?: unknown; typed?: unknown }) : {};
  let maxsize = args.length > 0 ? args[0] : named.maxsize !== undefined ? named.maxsize : 128;
  if (maxsize !== null && typeof maxsize !== "number") throw new TypeError("Expected first argument to be an integer, a callable, or None");
  if (typeof maxsize === "number" && maxsize < 0) maxsize = 0;
  return (fn: Fn) => makeCached(fn, maxsize as number | null);
}

/** cache(f): lru_cache(maxsize=None)(f) */
export function cache<F extends Fn>(fn: F): CachedFunction<F> {
  return makeCached(fn, null);
}

export interface Partial {
  (...args: unknown[]): unknown;
  readonly func: unknown;
  readonly args: readonly unknown[];
  readonly keywords: PyDict<string, unknown>;
}

/** partial(func, *args, **keywords) */
export function partial(func: unknown, ...bound: unknown[]): Partial {
  const call = toCallable(func);
  const boundKw = isKw(bound[bound.length - 1]) ? (bound.pop() as Record<string, unknown>) : {};
  const fn = function (...more: unknown[]): unknown {
    const moreKw = isKw(more[more.length - 1]) ? (more.pop() as Record<string, unknown>) : {};
    const merged = { ...boundKw, ...moreKw };
    // keywords bind against a converted function's own signature (callKw), or go as kw({...}) to a runtime one
    return Object.keys(merged).length > 0 ? callKw(func, [...bound, ...more], Object.entries(merged)) : call(...bound, ...more);
  } as Partial;
  const keywords = new PyDict<string, unknown>();
  for (const [k, v] of Object.entries(boundKw)) keywords.setitem(k, v);
  Object.defineProperties(fn, {
    func: { value: func },
    args: { value: asTuple([...bound]) },
    keywords: { value: keywords },
    __repr__: {
      value: () => {
        const parts = [repr(func), ...bound.map((a) => repr(a)), ...Object.entries(boundKw).map(([k, v]) => `${k}=${repr(v)}`)];
        return `functools.partial(${parts.join(", ")})`;
      },
    },
  });
  return fn;
}

type Comparable = Record<string, ((other: unknown) => unknown) | undefined>;

/** total_ordering(cls): fills in the missing rich comparisons from one of them and __eq__ */
export function total_ordering<C extends Function>(cls: C): C {
  const proto = cls.prototype as Comparable;
  const has = (name: string) => typeof proto[name] === "function";
  const not = (v: unknown) => (v === NotImplemented ? v : !truthy(v));
  const defs: Record<string, Record<string, (this: Comparable, o: unknown) => unknown>> = {
    __lt__: {
      __gt__(o) { const r = this.__lt__!(o); return r === NotImplemented ? r : !truthy(r) && !eq(this, o); },
      __le__(o) { const r = this.__lt__!(o); return r === NotImplemented ? r : truthy(r) || eq(this, o); },
      __ge__(o) { return not(this.__lt__!(o)); },
    },
    __le__: {
      __ge__(o) { const r = this.__le__!(o); return r === NotImplemented ? r : !truthy(r) || eq(this, o); },
      __lt__(o) { const r = this.__le__!(o); return r === NotImplemented ? r : truthy(r) && !eq(this, o); },
      __gt__(o) { return not(this.__le__!(o)); },
    },
    __gt__: {
      __lt__(o) { const r = this.__gt__!(o); return r === NotImplemented ? r : !truthy(r) && !eq(this, o); },
      __ge__(o) { const r = this.__gt__!(o); return r === NotImplemented ? r : truthy(r) || eq(this, o); },
      __le__(o) { return not(this.__gt__!(o)); },
    },
    __ge__: {
      __le__(o) { const r = this.__ge__!(o); return r === NotImplemented ? r : !truthy(r) || eq(this, o); },
      __gt__(o) { const r = this.__ge__!(o); return r === NotImplemented ? r : truthy(r) && !eq(this, o); },
      __lt__(o) { return not(this.__ge__!(o)); },
    },
  };
  const root = ["__lt__", "__le__", "__gt__", "__ge__"].find(has);
  if (root === undefined) throw new TypeError("must define at least one ordering operation: < > <= >=");
  for (const [name, method] of Object.entries(defs[root] as object)) {
    if (!has(name)) Object.defineProperty(proto, name, { value: method, writable: true, configurable: true });
  }
  return cls;
}

/** cmp_to_key(mycmp): a key class whose instances compare through `mycmp(a, b)` */
export function cmp_to_key(mycmp: (a: any, b: any) => unknown): (obj: unknown) => object {
  class K {
    constructor(readonly obj: unknown) {}
    __lt__(other: K): boolean {
      return lt(mycmp(this.obj, other.obj), 0);
    }
    __gt__(other: K): boolean {
      return lt(0, mycmp(this.obj, other.obj));
    }
    __eq__(other: K): boolean {
      return eq(mycmp(this.obj, other.obj), 0);
    }
    __le__(other: K): boolean {
      return !lt(0, mycmp(this.obj, other.obj));
    }
    __ge__(other: K): boolean {
      return !lt(mycmp(this.obj, other.obj), 0);
    }
    __hash__(): never {
      throw new TypeError("unhashable type: 'functools.KeyWrapper'");
    }
  }
  return (obj: unknown) => new K(obj);
}

/** cached_property: computed on first access, then stored on the instance (shadowing the getter) */
export function cached_property<T>(cls: { prototype: object }, name: string, compute: (this: T) => unknown): void {
  Object.defineProperty(cls.prototype, name, {
    get(this: T) {
      const value = compute.call(this);
      Object.defineProperty(this, name, { value, writable: true, configurable: true, enumerable: true });
      return value;
    },
    set(this: T, value: unknown) {
      Object.defineProperty(this, name, { value, writable: true, configurable: true, enumerable: true });
    },
    configurable: true,
  });
}
