/**
 * The consuming builtins: len, min, max, sum (`sorted` and `list.sort` live in list.ts).
 *
 * What the compiler emits (keyword arguments in a trailing `kw({...})`, kwargs.ts):
 *   len(x)                           → len(x)       (`.length` directly when x is statically a list)
 *   max(xs, key=f, default=None)     → max(xs, kw({ key: f, default: null }))
 *   max(a, b, c)                     → max(a, b, c)
 *   sum(xs), sum(xs, start), sum(xs, start=s) → sum(xs), sum(xs, s), sum(xs, kw({ start: s }))
 * Ordering uses Python's `<` (compare.ts), so mixed types raise CPython's TypeError and user
 * classes use `__lt__`. `sum` adds with
 * numbers.ts `add`, so ints promote to bigint exactly and lists concatenate.
 */
import { gt, lt, typeName } from "./compare.js";
import { PyDict } from "./dict.js";
import { TypeError, ValueError } from "./exceptions.js";
import { iterate, type PyIterable } from "./iter.js";
import { splitKw } from "./kwargs.js";
import { add } from "./numbers.js";
import { boxFloat } from "./float-box.js";
import { PySet } from "./set.js";
import { strLen } from "./strings.js";
import { toCallable } from "./builtins-types.js";

/** len(x) through the value's kind or its `__len__` */
export function len(x: unknown): number {
  if (typeof x === "string") return strLen(x);
  if (Array.isArray(x)) return x.length;
  if (x instanceof PyDict || x instanceof PySet) return x.size;
  const method = (x as { __len__?: () => unknown } | null)?.__len__;
  // a class answers len() through a static __len__ (an enum class)
  if (x !== null && (typeof x === "object" || typeof x === "function") && typeof method === "function") {
    const n = method.call(x);
    if (typeof n === "boolean") return n ? 1 : 0;
    if (typeof n !== "number" || !Number.isInteger(n)) throw new TypeError(`'${typeName(n)}' object cannot be interpreted as an integer`);
    if (n < 0) throw new ValueError("__len__() should return >= 0");
    return n;
  }
  throw new TypeError(`object of type '${typeName(x)}' has no len()`);
}

function extreme(name: "min" | "max", args: unknown[]): unknown {
  const [positional, named] = splitKw<{ key: unknown; default: unknown }>(args, name, ["key", "default"]);
  if (positional.length === 0) throw new TypeError(`${name} expected at least 1 argument, got 0`);
  const hasDefault = Object.hasOwn(named, "default");
  if (positional.length > 1 && hasDefault) {
    throw new TypeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const items = positional.length === 1 ? iterate(positional[0] as PyIterable<unknown>) : positional;
  const keyOf = named.key === null || named.key === undefined ? null : toCallable(named.key);
  let best: unknown;
  let bestKey: unknown;
  let found = false;
  for (const item of items) {
    const k = keyOf === null ? item : keyOf(item);
    // max keeps the first of equal maxima (item > best), min the first of equal minima (item < best)
    if (!found || (name === "max" ? gt(k, bestKey) : lt(k, bestKey))) {
      best = item;
      bestKey = k;
      found = true;
    }
  }
  if (found) return best;
  if (hasDefault) return named.default;
  throw new ValueError(`${name}() arg is an empty sequence`);
}

/** max(iterable, *, key=None, default=...) / max(a, b, *more, key=None) */
export function max(...args: unknown[]): any {
  return extreme("max", args);
}

/** min(iterable, *, key=None, default=...) / min(a, b, *more, key=None) */
export function min(...args: unknown[]): any {
  return extreme("min", args);
}

/** sum(iterable, /, start=0) */
export function sum(iterable: PyIterable<unknown>, ...rest: unknown[]): any {
  const [positional, named] = splitKw<{ start: unknown }>(rest, "sum", ["start"]);
  let total: unknown = positional[0] ?? named.start ?? 0;
  if (typeof total === "string") throw new TypeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (Array.isArray(iterable) && typeof total === "number" && Number.isSafeInteger(total)) {
    // fast path: plain numbers while the running total stays exact
    let i = 0;
    let acc = total;
    // a raw number that is not a safe integer is a float: then so is the sum (4.0 for [1.5, 2.5])
    let floaty = false;
    for (; i < iterable.length; i++) {
      const v = iterable[i];
      if (typeof v !== "number") break;
      const next = acc + v;
      if (Number.isInteger(v) && !Number.isSafeInteger(next)) break;
      if (!Number.isSafeInteger(v)) floaty = true;
      acc = next;
    }
    total = floaty ? boxFloat(acc) : acc;
    for (; i < iterable.length; i++) total = add(total, iterable[i]);
    return total;
  }
  for (const v of iterate(iterable)) total = add(total, v);
  return total;
}
