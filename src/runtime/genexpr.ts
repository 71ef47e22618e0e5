/**
 * Generator expressions: `(x * 2 for x in xs if x)` is lazy like any generator, except that its
 * first iterable is evaluated (and `iter()` applied to it) at once, where the expression stands
 * (a non-iterable fails there, not at the first `next`). The compiler emits
 *
 *   genexpr(xs, function* (it) { for (const x of it) if (truthy(x)) yield x * 2; })
 *
 * and the body loops over the iterator made here. A genexpr's `__name__` is `<genexpr>`.
 * A first iterable that is a call (a temporary) is passed as `iterateTemporary(make())`.
 */
import { PyGenerator } from "./generator.js";
import { iterate, type PyIterable } from "./iter.js";

export function genexpr<T, Y>(
  source: PyIterable<T>,
  body: (it: Iterable<T>) => Generator<Y, void, unknown>,
  qualname = "<genexpr>",
): PyGenerator<Y, void, unknown> {
  // `iterate` calls `__iter__` now and raises TypeError now for a non-iterable; an iterator that
  // `__iter__` creates, or a temporary passed as `iterateTemporary(make())`, is closed when the
  // genexpr is (CPython frees it with the genexpr's frame)
  return new PyGenerator(body(iterate(source)), qualname);
}
