/**
 * Python set and frozenset (`PySet`, with `frozen` set for frozenset), iterating in CPython's table
 * order (set-table.ts) and comparing keys with Python equality (1 == 1.0 == True).
 *
 * For the compiler (method names are Python's):
 *     {1, 2, 3}      -> PySet.ofConst(1, 2, 3)  (every element a constant: literal, -1, (1, 2), 2**8)
 *     {a, b, 3}      -> PySet.of(a, b, 3)       (any non-constant element)     set() -> new PySet()
 *     set(it)        -> PySet.from(it)              frozenset(it) -> PySet.frozen(it)
 *     {f(x) for ..}  -> const s = new PySet(); ... s.add(v)
 *     x in s -> s.has(x)   len(s) -> s.size   for x in s -> for (const x of s)
 *     a | b, a & b, a - b, a ^ b -> bitor/bitand/sub/bitxor (numbers.ts dispatches to __or__ ...) or
 *                                   a.__or__(b) ... when both are statically sets
 *     a |= b -> a.__ior__(b) (likewise __iand__, __isub__, __ixor__)
 *     a <= b, a < b, ... -> le/lt/... (compare.ts); a == b -> eq(a, b)
 *     add/discard/remove/pop/clear/copy/update/union/intersection/difference/symmetric_difference/
 *     intersection_update/difference_update/symmetric_difference_update/issubset/issuperset/isdisjoint
 */
import { iterate } from "./iter.js";
import { KeyError, RuntimeError, TypeError } from "./exceptions.js";
import { hash, type PyHash } from "./hash.js";
import { typeName } from "./compare.js";
import { NotImplemented } from "./types.js";
import { SetTable, EMPTY, DUMMY } from "./set-table.js";
import { PyDict } from "./dict.js";
import { BUILTIN_TYPE } from "./builtin-functions.js";

export class PySet<T = any> implements Iterable<T> {
  static readonly [BUILTIN_TYPE] = "set";
  static readonly __pyname__: string = "set";
  readonly table = new SetTable();
  readonly frozen: boolean;
  private frozenHash: PyHash | undefined;

  constructor(items?: Iterable<T> | null, options?: { frozen?: boolean }) {
    this.frozen = options?.frozen ?? false;
    if (items !== undefined && items !== null) this.absorb(items);
  }

  static of<T>(...items: T[]): PySet<T> {
    const s = new PySet<T>();
    for (const x of items) s.table.add(x, hash(x));
    return s;
  }
  /**
   * A set display whose elements are all constants (literals, folded `-1`, constant tuples) and more
   * than two: CPython 3.11 builds a frozenset constant and merges it into a new set, which gives a
   * different slot order from adding the items one by one. The compiler's constant merging
   * (merge_consts_recursive) rebuilds that frozenset once more from its own iteration order.
   */
  static ofConst<T>(...items: T[]): PySet<T> {
    if (items.length <= 2) return PySet.of(...items);
    const first = new PySet<T>(null, { frozen: true });
    for (const x of items) first.table.add(x, hash(x));
    const folded = new PySet<T>(null, { frozen: true });
    for (const x of first) folded.table.add(x, hash(x));
    return new PySet<T>(folded);
  }
  static from<T>(items?: Iterable<T> | null): PySet<T> {
    return new PySet<T>(items);
  }
  static frozen<T>(items?: Iterable<T> | null): PySet<T> {
    return new PySet<T>(items, { frozen: true });
  }

  /** set_update_internal: sets merge table to table, dicts pre-size, other iterables add one by one. */
  private absorb(items: Iterable<T>): void {
    if (items instanceof PySet) {
      this.table.merge(items.table);
      return;
    }
    if (items instanceof PyDict) {
      const n = items.size;
      if ((this.table.fill + n) * 5 >= this.table.mask * 3) this.table.resize((this.table.used + n) * 2);
    }
    for (const x of iterate(items as never) as Iterable<T>) this.table.add(x, hash(x));
  }

  private like(): PySet<T> {
    return new PySet<T>(null, { frozen: this.frozen });
  }

  private static asSet<U>(other: Iterable<U>): PySet<U> {
    return other instanceof PySet ? other : new PySet<U>(other);
  }

  get size(): number {
    return this.table.used;
  }
  __len__(): number {
    return this.table.used;
  }

  has(x: unknown): boolean {
    if (x instanceof PySet && !x.frozen) return this.table.lookup(x, hash(PySet.frozen(x))) >= 0;
    return this.table.lookup(x, hash(x)) >= 0;
  }
  __contains__(x: unknown): boolean {
    return this.has(x);
  }

  *[Symbol.iterator](): Iterator<T> {
    const t = this.table;
    const used = t.used;
    const keys = t.keys;
    for (let i = 0; i < keys.length; i++) {
      if (t.used !== used) throw new RuntimeError("Set changed size during iteration");
      const k = keys[i];
      if (k !== EMPTY && k !== DUMMY) yield k as T;
      if (t.keys !== keys) throw new RuntimeError("Set changed size during iteration");
    }
  }

  add(x: T): void {
    this.table.add(x, hash(x));
  }
  discard(x: T): void {
    this.table.discard(x, hash(x));
  }
  remove(x: T): void {
    if (!this.table.discard(x, hash(x))) throw new KeyError(x);
  }
  pop(): T {
    if (this.table.used === 0) throw new KeyError("pop from an empty set");
    return this.table.pop() as T;
  }
  clear(): void {
    this.table.clear();
  }
  copy(): PySet<T> {
    const s = this.like();
    s.table.merge(this.table);
    return s;
  }
  update(...others: Iterable<T>[]): void {
    for (const o of others) this.absorb(o);
  }

  union(...others: Iterable<T>[]): PySet<T> {
    const s = this.copy();
    for (const o of others) s.absorb(o);
    return s;
  }

  /** set_intersection: iterates the smaller set, probing the larger. */
  intersection(...others: Iterable<unknown>[]): PySet<T> {
    let result: PySet<T> = this.copy();
    for (const o of others) result = result.intersectOne(o);
    if (others.length === 0) return result;
    return result;
  }

  private intersectOne(other: Iterable<unknown>): PySet<T> {
    const result = this.like();
    if (other instanceof PySet) {
      let big: PySet<unknown> = this;
      let small: PySet<unknown> = other;
      if (other.size > this.size) {
        big = other;
        small = this;
      }
      for (const x of small.liveEntries()) if (big.table.lookup(x[0], x[1]) >= 0) result.table.add(x[0], x[1]);
      return result;
    }
    for (const x of other) {
      const h = hash(x);
      if (this.table.lookup(x, h) >= 0) result.table.add(x, h);
    }
    return result;
  }

  private *liveEntries(): Generator<[unknown, PyHash]> {
    const t = this.table;
    for (let i = 0; i < t.keys.length; i++) {
      const k = t.keys[i];
      if (k !== EMPTY && k !== DUMMY) yield [k, t.hashes[i]!];
    }
  }

  /** set_difference_multi: the first difference builds a new set, the rest discard in place. */
  difference(...others: Iterable<unknown>[]): PySet<T> {
    if (others.length === 0) return this.copy();
    const result = this.differenceOne(others[0]!);
    for (const o of others.slice(1)) for (const x of o) result.table.discard(x, hash(x));
    return result;
  }

  private differenceOne(other: Iterable<unknown>): PySet<T> {
    const otherSize = other instanceof PySet || other instanceof PyDict ? other.size : -1;
    if (otherSize < 0 || this.size >> 2 > otherSize) {
      const result = this.copy();
      for (const x of other) result.table.discard(x, hash(x));
      return result;
    }
    const result = this.like();
    const probe = other instanceof PySet ? other : PySet.from(other as Iterable<unknown>);
    for (const [k, h] of this.liveEntries()) if (probe.table.lookup(k, h) < 0) result.table.add(k, h);
    return result;
  }

  symmetric_difference(other: Iterable<T>): PySet<T> {
    const result = new PySet<T>(null, { frozen: this.frozen });
    result.table.merge(PySet.asSet(other).table);
    result.symmetric_difference_update(this);
    return result;
  }

  symmetric_difference_update(other: Iterable<T>): void {
    if (other === this) {
      this.clear();
      return;
    }
    const o = PySet.asSet(other);
    for (const [k, h] of o.liveEntries()) {
      if (!this.table.discard(k, h)) this.table.add(k, h);
    }
  }

  intersection_update(...others: Iterable<unknown>[]): void {
    const r = this.intersection(...others);
    this.table.clear();
    this.table.merge(r.table);
  }

  difference_update(...others: Iterable<unknown>[]): void {
    for (const o of others) {
      if (o === this) this.clear();
      else for (const x of o) this.table.discard(x, hash(x));
    }
  }

  issubset(other: Iterable<unknown>): boolean {
    const o = PySet.asSet(other);
    if (this.size > o.size) return false;
    for (const [k, h] of this.liveEntries()) if (o.table.lookup(k, h) < 0) return false;
    return true;
  }
  issuperset(other: Iterable<unknown>): boolean {
    return PySet.asSet(other).issubset(this);
  }
  isdisjoint(other: Iterable<unknown>): boolean {
    for (const x of other) if (this.has(x)) return false;
    return true;
  }

  /** `<`, `<=`, `>`, `>=` between sets (subset relations). */
  compare(op: "<" | "<=" | ">" | ">=", other: PySet<unknown>): boolean {
    switch (op) {
      case "<=":
        return this.issubset(other);
      case "<":
        return this.size < other.size && this.issubset(other);
      case ">=":
        return other.issubset(this);
      case ">":
        return other.size < this.size && other.issubset(this);
    }
  }

  __eq__(other: unknown): unknown {
    if (!(other instanceof PySet)) return NotImplemented;
    return this.size === other.size && this.issubset(other);
  }

  __or__(other: unknown): unknown {
    return other instanceof PySet ? this.union(other) : NotImplemented;
  }
  __and__(other: unknown): unknown {
    return other instanceof PySet ? this.intersectOne(other) : NotImplemented;
  }
  __sub__(other: unknown): unknown {
    return other instanceof PySet ? this.differenceOne(other) : NotImplemented;
  }
  __xor__(other: unknown): unknown {
    return other instanceof PySet ? this.symmetric_difference(other) : NotImplemented;
  }
  __ior__(other: PySet<T>): this {
    this.requireSet("|=", other);
    this.absorb(other);
    return this;
  }
  __iand__(other: PySet<T>): this {
    this.requireSet("&=", other);
    this.intersection_update(other);
    return this;
  }
  __isub__(other: PySet<T>): this {
    this.requireSet("-=", other);
    this.difference_update(other);
    return this;
  }
  __ixor__(other: PySet<T>): this {
    this.requireSet("^=", other);
    this.symmetric_difference_update(other);
    return this;
  }

  private requireSet(op: string, other: unknown): void {
    if (!(other instanceof PySet)) {
      throw new TypeError(`unsupported operand type(s) for ${op}: '${typeName(this)}' and '${typeName(other)}'`);
    }
  }

  /** frozenset_hash; mutable sets are unhashable. */
  __hash__(): PyHash {
    if (!this.frozen) throw new TypeError(`unhashable type: '${typeName(this)}'`);
    if (this.frozenHash !== undefined) return this.frozenHash;
    const M = (1n << 64n) - 1n;
    const shuffle = (h: bigint): bigint => (((h ^ 89869747n) ^ ((h << 16n) & M)) * 3644798167n) & M;
    let acc = 0n;
    for (const [, h] of this.liveEntries()) acc ^= shuffle(BigInt.asUintN(64, BigInt(h)));
    acc ^= ((BigInt(this.size) + 1n) * 1927868237n) & M;
    acc ^= (acc >> 11n) ^ (acc >> 25n);
    acc = (acc * 69069n + 907133923n) & M;
    if (acc === M) acc = 590923713n;
    const signed = BigInt.asIntN(64, acc);
    this.frozenHash = signed >= -(2n ** 53n) + 1n && signed <= 2n ** 53n - 1n ? Number(signed) : signed;
    return this.frozenHash;
  }
}
