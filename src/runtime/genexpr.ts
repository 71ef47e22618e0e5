/**
 * Generator expressions: `(x * 2 for x in xs if x)` is lazy like any generator, except that its
 * first iterable is evaluated (and `iter()` applied to it) at once, where the expression stands
 * (a non-iterable fails there, not at the first `next`). The compiler emits
 *
 *   genexpr(xs, function* (it) { for (const x of it) if (truthy(x)) yield x * 2; })
 *
 * and the body loops over the iterator made here. A genexpr's `__name__` is `<genexpr>`.
 */
import { PyGenerator } from "./generator.js";
import { iter, iterate, type PyIterable } from "./iter.js";

export function genexpr<T, Y>(
  source: PyIterable<T>,
  body: (it: Iterable<T>) => Generator<Y, void, unknown>,
  qualname = "<genexpr>",
): PyGenerator<Y, void, unknown> {
  // arrays and strings iterate natively with the same semantics as their Python iterators
  const it = Array.isArray(source) || typeof source === "string" ? (source as Iterable<T>) : iterate(iter(source));
  return new PyGenerator(body(it), qualname, { transparent: true });
}
