/**
 * `collections.Counter`: a PyDict of counts whose missing keys count 0.
 *
 * What the compiler emits (keyword arguments as a trailing `kw({...})`, kwargs.ts):
 *   Counter()                 → new Counter()
 *   Counter("abca")           → new Counter("abca")        (any iterable, or a mapping)
 *   Counter(a=2)              → new Counter(kw({ a: 2 }))
 *   c[k] += 1                 → c.setitem(k, add(c.getitem(k), 1))   (getitem of a missing key is 0)
 *   c.most_common(2), c.elements(), c.update(x), c.subtract(x), c.total()
 *   c + d, c - d, c | d, c & d, +c, -c → add/sub/bitor/bitand/pos/neg (numbers.ts), which call the
 *   dunders defined here
 * repr: `Counter({'a': 2, 'b': 1})` in most_common order, `Counter()` when empty.
 */
import { gt, lt } from "./compare.js";
import { NotImplementedError, TypeError } from "./exceptions.js";
import { iterate, type PyIterable } from "./iter.js";
import { isKw, type Kw } from "./kwargs.js";
import { params } from "./module-args.js";
import { add, neg, sub } from "./numbers.js";
import { PyDict } from "./dict.js";
import { repr } from "./repr.js";
import { asTuple, type PyTuple } from "./tuple.js";
import { NotImplemented } from "./types.js";

export class Counter<K = unknown> extends PyDict<K, unknown> {
  static override readonly __pyname__: string = "Counter";
  static readonly __name__: string = "Counter";

  constructor(...args: unknown[]) {
    super();
    this.update(...args);
  }

  static override fromkeys(): never {
    throw new NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
  }

  override __missing__(_key: K): unknown {
    return 0;
  }

  /** `update([iterable-or-mapping], **kwds)`: adds counts (a mapping's values, or 1 per element) */
  override update(...args: unknown[]): void {
    this.combine(args, add);
  }

  /** `subtract([iterable-or-mapping], **kwds)`: subtracts counts; results may go to zero or below */
  subtract(...args: unknown[]): void {
    this.combine(args, sub);
  }

  private combine(args: unknown[], op: (a: unknown, b: unknown) => unknown): void {
    const kwargs = isKw(args[args.length - 1]) ? (args.pop() as Record<string, unknown>) : undefined;
    if (args.length > 1) throw new TypeError(`expected at most 1 argument, got ${args.length}`);
    const source = args[0];
    if (source instanceof PyDict) {
      for (const [k, v] of source.entries()) this.setitem(k as K, op(this.getitem(k as K), v));
    } else if (source !== undefined && source !== null) {
      for (const k of iterate(source as PyIterable<K>)) this.setitem(k, op(this.getitem(k), 1));
    }
    if (kwargs) for (const k of Object.keys(kwargs)) this.setitem(k as K, op(this.getitem(k as K), kwargs[k]));
  }

  /** `(element, count)` pairs, most common first; ties keep insertion order */
  most_common(...args: [n?: number | null | Kw]): PyTuple<unknown>[] {
    const [n = null] = params({ name: "Counter.most_common", names: ["n"], required: 0 }, args) as [number | null | undefined];
    const pairs = [...this.entries()];
    // a stable sort by descending count (Python's sorted(..., reverse=True) keeps tie order)
    pairs.sort((a, b) => (gt(a[1], b[1]) ? -1 : lt(a[1], b[1]) ? 1 : 0));
    const chosen = n === null || n === undefined ? pairs : pairs.slice(0, Math.max(0, n));
    return chosen.map(([k, v]) => asTuple([k, v]));
  }

  /** each element repeated as many times as its count (counts below one are skipped) */
  *elements(): Generator<K, void, undefined> {
    for (const [k, v] of this.entries()) {
      const times = typeof v === "bigint" ? Number(v) : Number(v);
      for (let i = 0; i < times; i++) yield k;
    }
  }

  total(): unknown {
    let sum: unknown = 0;
    for (const [, v] of this.entries()) sum = add(sum, v);
    return sum;
  }

  override copy(): Counter<K> {
    return new Counter<K>(this);
  }

  private binary(other: unknown, build: (result: Counter<K>, other: Counter<K>) => void): unknown {
    if (!(other instanceof Counter)) return NotImplemented;
    const result = new Counter<K>();
    build(result, other as Counter<K>);
    return result;
  }

  /** keep only positive counts */
  private static positive<K>(result: Counter<K>, k: K, v: unknown): void {
    if (gt(v, 0)) result.setitem(k, v);
  }

  __add__(other: unknown): unknown {
    return this.binary(other, (result, o) => {
      for (const [k, v] of this.entries()) Counter.positive(result, k, add(v, o.getitem(k)));
      for (const [k, v] of o.entries()) if (!this.has(k)) Counter.positive(result, k, v);
    });
  }

  __sub__(other: unknown): unknown {
    return this.binary(other, (result, o) => {
      for (const [k, v] of this.entries()) Counter.positive(result, k, sub(v, o.getitem(k)));
      for (const [k, v] of o.entries()) if (!this.has(k)) Counter.positive(result, k, neg(v));
    });
  }

  override __or__(other: unknown): unknown {
    return this.binary(other, (result, o) => {
      for (const [k, v] of this.entries()) {
        const w = o.getitem(k);
        Counter.positive(result, k, lt(v, w) ? w : v);
      }
      for (const [k, v] of o.entries()) if (!this.has(k)) Counter.positive(result, k, v);
    });
  }

  __and__(other: unknown): unknown {
    return this.binary(other, (result, o) => {
      for (const [k, v] of this.entries()) {
        const w = o.getitem(k);
        Counter.positive(result, k, lt(v, w) ? v : w);
      }
    });
  }

  __pos__(): Counter<K> {
    const result = new Counter<K>();
    for (const [k, v] of this.entries()) Counter.positive(result, k, v);
    return result;
  }

  __neg__(): Counter<K> {
    const result = new Counter<K>();
    for (const [k, v] of this.entries()) if (lt(v, 0)) result.setitem(k, neg(v));
    return result;
  }

  __repr__(): string {
    if (this.size === 0) return "Counter()";
    const ordered = new PyDict();
    for (const pair of this.most_common()) ordered.setitem(pair[0], pair[1]);
    return `Counter(${repr(ordered)})`;
  }
}
