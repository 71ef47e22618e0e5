/**
 * Live views returned by `dict.keys()`, `dict.values()` and `dict.items()`: iterable, sized, support
 * `in`, print as `dict_keys(['a'])`, and keys/items views take part in set operators (`d.keys() & s`).
 * Items are yielded as tuples. For the compiler: `for k, v in d.items()` -> `for (const [k, v] of d.items())`.
 */
import { isTuple, type PyPair } from "./tuple.js";
import { eq } from "./compare.js";
import { repr } from "./repr.js";
import { PySet } from "./set.js";
import type { PyDict } from "./dict.js";
import type { TypeDesc } from "./types.js";

abstract class DictView<T> implements Iterable<T> {
  constructor(readonly dict: PyDict<any, any>) {}
  abstract [Symbol.iterator](): Iterator<T>;
  protected abstract readonly label: string;

  get size(): number {
    return this.dict.size;
  }
  __len__(): number {
    return this.dict.size;
  }
  __repr__(t?: TypeDesc): string {
    const parts: string[] = [];
    for (const v of this) parts.push(repr(v, t));
    return `${this.label}([${parts.join(", ")}])`;
  }
  private asSet(): PySet<T> {
    return PySet.from(this);
  }
  __and__(other: Iterable<T>): PySet<T> {
    return this.asSet().intersection(other);
  }
  __or__(other: Iterable<T>): PySet<T> {
    return this.asSet().union(other);
  }
  __sub__(other: Iterable<T>): PySet<T> {
    return this.asSet().difference(other);
  }
  __xor__(other: Iterable<T>): PySet<T> {
    return this.asSet().symmetric_difference(other);
  }
  __eq__(other: unknown): boolean {
    if (other instanceof DictView || other instanceof PySet) return eq(this.asSet(), other instanceof PySet ? other : PySet.from(other as Iterable<unknown>));
    return false;
  }
  isdisjoint(other: Iterable<T>): boolean {
    return this.asSet().isdisjoint(other);
  }
}

export class DictKeys<K> extends DictView<K> {
  static readonly __pyname__ = "dict_keys";
  protected readonly label = "dict_keys";
  [Symbol.iterator](): Iterator<K> {
    return this.dict.keyIter() as Iterator<K>;
  }
  __contains__(k: unknown): boolean {
    return this.dict.has(k);
  }
}

export class DictValues<V> extends DictView<V> {
  static readonly __pyname__ = "dict_values";
  protected readonly label = "dict_values";
  [Symbol.iterator](): Iterator<V> {
    return this.dict.valueIter() as Iterator<V>;
  }
  __contains__(v: unknown): boolean {
    for (const [, w] of this.dict.entries()) if (w === v || eq(w, v)) return true;
    return false;
  }
  override __eq__(other: unknown): boolean {
    return this === other;
  }
}

export class DictItems<K, V> extends DictView<PyPair<K, V>> {
  static readonly __pyname__ = "dict_items";
  protected readonly label = "dict_items";
  [Symbol.iterator](): Iterator<PyPair<K, V>> {
    return this.dict.itemTuples() as Iterator<PyPair<K, V>>;
  }
  __contains__(item: unknown): boolean {
    if (!isTuple(item) || item.length !== 2) return false;
    if (!this.dict.has(item[0])) return false;
    const v = this.dict.getitem(item[0]);
    return v === item[1] || eq(v, item[1]);
  }
}
