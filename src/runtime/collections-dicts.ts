/**
 * `collections.defaultdict` and `collections.OrderedDict`, both PyDict subclasses.
 *
 * What the compiler emits:
 *   defaultdict(list)            → new defaultdict(list_)       (a builtin type object, types.ts)
 *   defaultdict(lambda: 0, d)    → new defaultdict(() => 0, d)
 *   defaultdict(int, a=1)        → new defaultdict(int_, kw({ a: 1 }))
 *   d[k].append(x)               → d.getitem(k).append(x)   (a missing key is created by the factory)
 *   OrderedDict(pairs)           → new OrderedDict(pairs)
 *   od.move_to_end(k, last=False)→ od.move_to_end(k, false)
 *   od.popitem(last=False)       → od.popitem(false)
 * A default_factory may be a builtin type object (`int_`, `float_`, `list_`, `dict_`, `set_`,
 * `str_`, `tuple_`, `bool_`, `frozenset_`), a class, or any function; builtins.ts's
 * `callType` does the calling.
 * reprs: `defaultdict(<class 'list'>, {'a': [1]})`, `OrderedDict([('a', 1), ('b', 2)])`.
 */
import { eq } from "./compare.js";
import { KeyError, TypeError } from "./exceptions.js";
import { isKw, type Kw } from "./kwargs.js";
import { params } from "./module-args.js";
import { PyDict } from "./dict.js";
import { repr } from "./repr.js";
import { asTuple, type PyTuple } from "./tuple.js";
import { NotImplemented } from "./types.js";
import { callType } from "./builtins-types.js";

export class defaultdict<K = unknown, V = unknown> extends PyDict<K, V> {
  static override readonly __pyname__: string = "defaultdict";
  static readonly __name__: string = "defaultdict";
  default_factory: unknown;

  constructor(defaultFactory: unknown = null, ...rest: unknown[]) {
    super();
    if (defaultFactory !== null && defaultFactory !== undefined && !isCallable(defaultFactory)) {
      throw new TypeError("first argument must be callable or None");
    }
    this.default_factory = defaultFactory ?? null;
    const kwargs = isKw(rest[rest.length - 1]) ? (rest.pop() as Record<string, V>) : undefined;
    this.update(rest[0], kwargs);
  }

  /** a missing key is inserted with `default_factory()` (KeyError when there is no factory) */
  override __missing__(key: K): V {
    if (this.default_factory === null) throw new KeyError(key);
    const value = callType(this.default_factory) as V;
    this.setitem(key, value);
    return value;
  }

  override copy(): defaultdict<K, V> {
    return new defaultdict<K, V>(this.default_factory, this);
  }

  __repr__(): string {
    const factory = this.default_factory === null ? "None" : repr(this.default_factory);
    return `defaultdict(${factory}, ${repr(PyDict.fromEntries(this))})`;
  }
}

function isCallable(value: unknown): boolean {
  return typeof value === "function" || (typeof value === "object" && value !== null && ("__name__" in value || "__call__" in value));
}

export class OrderedDict<K = unknown, V = unknown> extends PyDict<K, V> {
  static override readonly __pyname__: string = "OrderedDict";
  static readonly __name__: string = "OrderedDict";

  constructor(source?: unknown, kwargs?: Record<string, V>) {
    super();
    if (isKw(source)) this.update(undefined, source as Record<string, V>);
    else this.update(source, kwargs);
  }

  /** move an existing key to the end (or, with last=false, to the front) */
  move_to_end(key: K, ...options: [last?: boolean | Kw]): void {
    const [, last = true] = params({ name: "move_to_end", names: ["key", "last"], required: 1 }, [key, ...options]);
    const value = this.getitemStrict(key);
    this.delitem(key);
    if (last) {
      this.setitem(key, value);
      return;
    }
    const rest = [...this.entries()];
    this.clear();
    this.setitem(key, value);
    for (const [k, v] of rest) this.setitem(k, v);
  }

  private getitemStrict(key: K): V {
    if (!this.has(key)) throw new KeyError(key);
    return this.getitem(key);
  }

  /** remove and return the last (or, with last=false, the first) pair */
  override popitem(...args: [last?: boolean | Kw]): PyTuple<K | V> {
    const [last = true] = params({ name: "popitem", names: ["last"], required: 0 }, args);
    if (this.size === 0) throw new KeyError("dictionary is empty");
    if (last) return super.popitem();
    const [k, v] = this.entries().next().value as [K, V];
    this.delitem(k);
    return asTuple<K | V>([k, v]);
  }

  override copy(): OrderedDict<K, V> {
    return new OrderedDict<K, V>(this);
  }

  /** order matters between two OrderedDicts, not against a plain dict */
  override __eq__(other: unknown): unknown {
    if (other instanceof OrderedDict) {
      if (other.size !== this.size) return false;
      const mine = [...this.entries()];
      const theirs = [...other.entries()];
      return mine.every(([k, v], i) => eq(k, theirs[i]?.[0]) && eq(v, theirs[i]?.[1]));
    }
    if (other instanceof PyDict) return super.__eq__(other);
    return NotImplemented;
  }

  __repr__(): string {
    if (this.size === 0) return "OrderedDict()";
    return `OrderedDict(${repr([...this.entries()].map(([k, v]) => asTuple([k, v])))})`;
  }
}
