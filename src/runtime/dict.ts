/**
 * Python dict: insertion-ordered, with Python key equality (1 == 1.0 == True are one key, tuples by
 * value, user keys through __hash__/__eq__). Primitive keys (str, numbers, bool, None) and identity-keyed
 * objects go through one JS Map from a normalized key to a slot; tuples, frozensets and objects with
 * __hash__/__eq__ go through hash buckets compared with `eq`.
 *
 * For the compiler (method names are Python's, so `d.get(k)` compiles to `d.get(k)`):
 *     {"a": 1, k: v}    -> PyDict.of("a", 1, k, v)        {}  -> new PyDict()   (new PyDict([[k, v]]) also works)
 *     dict(pairs)       -> PyDict.fromEntries(pairs)      dict(a=1) -> PyDict.fromEntries([], { a: 1 })
 *     {**a, "k": 1}     -> build with new PyDict(), .update(a), .setitem("k", 1)
 *     d[k] -> d.getitem(k)   d[k] = v -> d.setitem(k, v)   del d[k] -> d.delitem(k)
 *     k in d -> d.has(k)     len(d) -> d.size              for k in d -> for (const k of d)
 *     d.get(k, dflt) / d.pop(k[, dflt]) / d.setdefault / d.popitem / d.items() / d.keys() / d.values()
 *     d.update(other, kwargs?) / d.copy() / d.clear() / PyDict.fromkeys(it, v)
 *     d | e -> bitor(d, e) or d.__or__(e);   d |= e -> d.__ior__(e);   d == e -> eq(d, e)
 * A missing key raises KeyError(key); mutation during iteration raises RuntimeError.
 */
import { iterate } from "./iter.js";
import { KeyError, RuntimeError, TypeError, ValueError } from "./exceptions.js";
import { isTuple, asTuple, type PyPair, type PyTuple } from "./tuple.js";
import { bucketHash as hash } from "./hash.js";
import { eq, typeName } from "./compare.js";
import { NotImplemented } from "./types.js";
import { PySet } from "./set.js";
import { DictKeys, DictValues, DictItems } from "./dict-views.js";

import { PyFloat } from "./float-box.js";
import { BUILTIN_TYPE } from "./builtin-functions.js";

const COMPLEX = Symbol("complex-key");
/** slots a dict scans before it builds its Map index */
const SMALL = 8;
/** the same for a dict whose keys are all strings (found with one indexOf) */
const SMALL_STR = 16;
const HOLE = Symbol("deleted");

/** The JS Map key for primitive/identity keys, or COMPLEX for keys that need hashing. */
export function primitiveKey(k: unknown): unknown {
  switch (typeof k) {
    case "string":
      return k;
    case "number":
      return Number.isInteger(k) && !Number.isSafeInteger(k) ? BigInt(k) : k;
    case "boolean":
      return k ? 1 : 0;
    case "bigint":
    case "function":
    case "symbol":
      return k;
    case "undefined":
      return null;
  }
  if (k === null) return null;
  if (k instanceof PyFloat) return k.value;
  if (Array.isArray(k)) {
    if (isTuple(k)) return COMPLEX;
    throw new TypeError("unhashable type: 'list'");
  }
  if (k instanceof PyDict) throw new TypeError(`unhashable type: '${typeName(k)}'`);
  if (k instanceof PySet) {
    if (k.frozen) return COMPLEX;
    throw new TypeError(`unhashable type: '${typeName(k)}'`);
  }
  const o = k as Record<string, unknown>;
  if (o.__hash__ !== undefined || typeof o.__eq__ === "function") return COMPLEX;
  return k;
}

export class PyDict<K = any, V = any> implements Iterable<K> {
  static readonly [BUILTIN_TYPE] = "dict";
  static readonly __pyname__: string = "dict";
  private ks: (K | typeof HOLE)[] = [];
  private vs: V[] = [];
  /**
   * Normalized primitive key → slot, built once the dict has more than SMALL slots. Below that a
   * scan of the slots is as fast as a Map and a dict costs no Map at all: converted programs make
   * many small dicts (records, JSON-like rows), and a Map per dict tripled their garbage.
   */
  private prim: Map<unknown, number> | null = null;
  private buckets: Map<number, number[]> | null = null;
  private live = 0;
  /** whether every key ever stored is a string (then a non-string key cannot be in the dict) */
  private strOnly = true;
  /** bumped when slots move (compaction, clear), so running iterators can tell */
  private layout = 0;

  /** `new PyDict()` or `new PyDict([[k, v], ...])` (any iterable of pairs, or another mapping). */
  constructor(entries?: unknown) {
    if (entries !== undefined && entries !== null) this.update(entries);
  }

  static of<K, V>(...flat: unknown[]): PyDict<K, V> {
    const d = new PyDict<K, V>();
    for (let i = 0; i < flat.length; i += 2) d.setitem(flat[i] as K, flat[i + 1] as V);
    return d;
  }

  static fromEntries<K, V>(source?: unknown, kwargs?: Record<string, V>): PyDict<K, V> {
    const d = new PyDict<K, V>();
    d.update(source, kwargs);
    return d;
  }

  static fromkeys<K, V>(keys: Iterable<K>, value: V = null as V): PyDict<K, V> {
    const d = new PyDict<K, V>();
    for (const k of iterate(keys as never) as Iterable<K>) d.setitem(k, value);
    return d;
  }

  get size(): number {
    return this.live;
  }

  __len__(): number {
    return this.live;
  }

  private find(k: unknown): number {
    const p = primitiveKey(k);
    if (p !== COMPLEX) return this.primSlot(p);
    if (this.buckets === null) return -1;
    const slots = this.buckets.get(hash(k));
    if (slots === undefined) return -1;
    for (const s of slots) {
      const stored = this.ks[s];
      if (stored === k || eq(stored, k)) return s;
    }
    return -1;
  }

  /** The slot of a primitive key `p` (normalized by primitiveKey), or -1. */
  private primSlot(p: unknown): number {
    if (this.prim !== null) return this.prim.get(p) ?? -1;
    const ks = this.ks;
    // only a string key normalizes to a string, so a string is found by identity of value
    if (typeof p === "string") return ks.indexOf(p as K);
    if (this.strOnly) return -1;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i];
      if (k === p) return i;
      if (k === HOLE) continue;
      const q = primitiveKey(k);
      // SameValueZero, as the Map index compares: every NaN is one key
      if (q === p || (q !== q && p !== p)) return i;
    }
    return -1;
  }

  /** Builds the Map index of the primitive keys once the dict outgrows a scan. */
  private buildIndex(): Map<unknown, number> {
    const prim = new Map<unknown, number>();
    for (let i = 0; i < this.ks.length; i++) {
      const k = this.ks[i];
      if (k === HOLE) continue;
      const q = primitiveKey(k);
      if (q !== COMPLEX) prim.set(q, i);
    }
    this.prim = prim;
    return prim;
  }

  has(k: unknown): boolean {
    return this.find(k) >= 0;
  }

  __contains__(k: unknown): boolean {
    return this.find(k) >= 0;
  }

  /** Any value may be looked up (`d[("t", 2)]` on a str-keyed dict raises KeyError, not TypeError). */
  getitem(k: unknown): V {
    const s = this.find(k);
    // a missing key of another type reaches __missing__ as CPython passes it (defaultdict stores it)
    if (s < 0) return this.__missing__(k as K);
    return this.vs[s]!;
  }

  /** Subclasses (defaultdict, Counter) override this; dict raises KeyError(key). */
  __missing__(k: K): V {
    throw new KeyError(k);
  }

  setitem(k: K, v: V): void {
    const p = primitiveKey(k);
    if (p !== COMPLEX) {
      const s = this.primSlot(p);
      if (s >= 0) {
        this.vs[s] = v;
        return;
      }
      if (typeof k !== "string") this.strOnly = false;
      if (this.prim !== null) this.prim.set(p, this.ks.length);
      else if (this.ks.length >= (this.strOnly ? SMALL_STR : SMALL)) this.buildIndex().set(p, this.ks.length);
    } else {
      this.strOnly = false;
      const h = hash(k);
      this.buckets ??= new Map();
      const slots = this.buckets.get(h);
      if (slots !== undefined) {
        for (const s of slots) {
          const stored = this.ks[s];
          if (stored === k || eq(stored, k)) {
            this.vs[s] = v;
            return;
          }
        }
        slots.push(this.ks.length);
      } else this.buckets.set(h, [this.ks.length]);
    }
    this.ks.push(k);
    this.vs.push(v);
    this.live++;
  }

  delitem(k: unknown): void {
    if (!this.remove(k)) throw new KeyError(k);
  }

  private remove(k: unknown): boolean {
    const p = primitiveKey(k);
    let s: number;
    if (p !== COMPLEX) {
      s = this.primSlot(p);
      if (s < 0) return false;
      this.prim?.delete(p);
    } else {
      s = this.find(k);
      if (s < 0) return false;
      const h = hash(k);
      const slots = this.buckets!.get(h)!;
      slots.splice(slots.indexOf(s), 1);
      if (slots.length === 0) this.buckets!.delete(h);
    }
    this.ks[s] = HOLE;
    this.vs[s] = undefined as V;
    this.live--;
    if (this.ks.length > 32 && this.live * 2 < this.ks.length) this.compact();
    return true;
  }

  private compact(): void {
    const ks = this.ks;
    const vs = this.vs;
    this.ks = [];
    this.vs = [];
    this.prim = null;
    this.buckets = null;
    this.live = 0;
    this.strOnly = true;
    this.layout++;
    for (let i = 0; i < ks.length; i++) {
      const k = ks[i]!;
      if (k !== HOLE) this.setitem(k, vs[i]!);
    }
  }

  get(k: unknown, dflt: V | null = null): V | null {
    const s = this.find(k);
    return s < 0 ? dflt : this.vs[s]!;
  }

  setdefault(k: K, dflt: V = null as V): V {
    const s = this.find(k);
    if (s >= 0) return this.vs[s]!;
    this.setitem(k, dflt);
    return dflt;
  }

  pop(k: unknown, ...dflt: [V?]): V {
    const s = this.find(k);
    if (s < 0) {
      if (dflt.length > 0) return dflt[0] as V;
      throw new KeyError(k);
    }
    const v = this.vs[s]!;
    this.remove(k);
    return v;
  }

  popitem(): PyTuple<K | V> {
    for (let i = this.ks.length - 1; i >= 0; i--) {
      const k = this.ks[i]!;
      if (k === HOLE) continue;
      const v = this.vs[i]!;
      this.remove(k);
      return asTuple<K | V>([k, v]);
    }
    throw new KeyError("popitem(): dictionary is empty");
  }

  clear(): void {
    this.ks = [];
    this.vs = [];
    this.prim = null;
    this.buckets = null;
    this.live = 0;
    this.strOnly = true;
    this.layout++;
  }

  copy(): PyDict<K, V> {
    const d = new PyDict<K, V>();
    for (const [k, v] of this.entries()) d.setitem(k, v);
    return d;
  }

  /** `dict.update(other, **kwargs)`: a mapping (dict or object with keys()) or an iterable of pairs. */
  update(other?: unknown, kwargs?: Record<string, V>): void {
    if (other instanceof PyDict) {
      for (const [k, v] of other.entries()) this.setitem(k as K, v as V);
    } else if (other !== undefined && other !== null) {
      const o = other as Record<string, unknown>;
      if (typeof o.keys === "function" && typeof o.getitem === "function") {
        for (const k of (o.keys as () => Iterable<K>).call(other)) this.setitem(k, (o.getitem as (k: K) => V).call(other, k));
      } else {
        this.updatePairs(other);
      }
    }
    if (kwargs) for (const k of Object.keys(kwargs)) this.setitem(k as K, kwargs[k]!);
  }

  private updatePairs(other: unknown): void {
    let i = 0;
    for (const item of iterate(other as never) as Iterable<unknown>) {
      const pair = typeof item === "string" ? Array.from(item) : item;
      if (!Array.isArray(pair)) {
        throw new TypeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      }
      if (pair.length !== 2) {
        throw new ValueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
      }
      this.setitem(pair[0] as K, pair[1] as V);
      i++;
    }
  }

  /** Raw [key, value] pairs in order (no tuple tagging), failing if the dict changes size meanwhile. */
  *entries(): Generator<[K, V]> {
    const size = this.live;
    const layout = this.layout;
    // CPython counts what is left to yield: a key deleted and another added (same size) shows as
    // one entry too many
    let left = size;
    for (let i = 0; i < this.ks.length; i++) {
      if (this.live !== size) throw new RuntimeError("dictionary changed size during iteration");
      if (this.layout !== layout) throw new RuntimeError("dictionary keys changed during iteration");
      const k = this.ks[i]!;
      if (k === HOLE) continue;
      if (left-- === 0) throw keysChanged();
      yield [k, this.vs[i]!];
    }
    if (this.live !== size) throw new RuntimeError("dictionary changed size during iteration");
  }

  [Symbol.iterator](): Generator<K> {
    return this.keyIter();
  }

  /** Keys in order (what `dict.keys()` iterates, even when a subclass overrides `__iter__`). */
  *keyIter(): Generator<K> {
    const size = this.live;
    const layout = this.layout;
    // CPython counts what is left to yield: a key deleted and another added (same size) shows as
    // one entry too many
    let left = size;
    for (let i = 0; i < this.ks.length; i++) {
      if (this.live !== size) throw new RuntimeError("dictionary changed size during iteration");
      if (this.layout !== layout) throw new RuntimeError("dictionary keys changed during iteration");
      const k = this.ks[i]!;
      if (k === HOLE) continue;
      if (left-- === 0) throw keysChanged();
      yield k;
    }
    if (this.live !== size) throw new RuntimeError("dictionary changed size during iteration");
  }

  /** Values in order, with the checks of entries() (what `dict.values()` iterates). */
  *valueIter(): Generator<V> {
    const size = this.live;
    const layout = this.layout;
    // CPython counts what is left to yield: a key deleted and another added (same size) shows as
    // one entry too many
    let left = size;
    for (let i = 0; i < this.ks.length; i++) {
      if (this.live !== size) throw new RuntimeError("dictionary changed size during iteration");
      if (this.layout !== layout) throw new RuntimeError("dictionary keys changed during iteration");
      if (this.ks[i] === HOLE) continue;
      if (left-- === 0) throw keysChanged();
      yield this.vs[i]!;
    }
    if (this.live !== size) throw new RuntimeError("dictionary changed size during iteration");
  }

  /**
   * (key, value) tuples in order, with the checks of entries() (what `dict.items()` iterates).
   * One generator over the slots: the hottest dict loop in converted programs.
   */
  *itemTuples(): Generator<PyPair<K, V>> {
    const size = this.live;
    const layout = this.layout;
    // CPython counts what is left to yield: a key deleted and another added (same size) shows as
    // one entry too many
    let left = size;
    for (let i = 0; i < this.ks.length; i++) {
      if (this.live !== size) throw new RuntimeError("dictionary changed size during iteration");
      if (this.layout !== layout) throw new RuntimeError("dictionary keys changed during iteration");
      const k = this.ks[i]!;
      if (k === HOLE) continue;
      if (left-- === 0) throw keysChanged();
      yield asTuple<K | V>([k, this.vs[i]!]) as unknown as PyPair<K, V>;
    }
    if (this.live !== size) throw new RuntimeError("dictionary changed size during iteration");
  }

  /** `reversed(d)`: keys from the most recently inserted. */
  *__reversed__(): Generator<K> {
    const size = this.live;
    for (let i = this.ks.length - 1; i >= 0; i--) {
      if (this.live !== size) throw new RuntimeError("dictionary changed size during iteration");
      const k = this.ks[i]!;
      if (k !== HOLE) yield k;
    }
  }

  keys(): DictKeys<K> {
    return new DictKeys(this);
  }
  values(): DictValues<V> {
    return new DictValues(this);
  }
  items(): DictItems<K, V> {
    return new DictItems(this);
  }

  __eq__(other: unknown): unknown {
    if (!(other instanceof PyDict)) return NotImplemented;
    if (other.size !== this.size) return false;
    for (const [k, v] of this.entries()) {
      const s = other.find(k);
      if (s < 0) return false;
      const w = other.vs[s];
      if (w !== v && !eq(v, w)) return false;
    }
    return true;
  }

  __or__(other: unknown): unknown {
    if (!(other instanceof PyDict)) return NotImplemented;
    const d = this.copy();
    d.update(other);
    return d;
  }

  __ior__(other: unknown): this {
    this.update(other);
    return this;
  }

  __hash__(): never {
    throw new TypeError(`unhashable type: '${typeName(this)}'`);
  }
}

function keysChanged(): RuntimeError {
  return new RuntimeError("dictionary keys changed during iteration");
}
