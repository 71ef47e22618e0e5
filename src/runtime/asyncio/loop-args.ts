/**
 * Keyword arguments of the loop's scheduling methods when the receiver is only known at run
 * time: `loop.call_later(delay=0.1, callback=cb)` arrives as `call_later(kw({...}))` (a dynamic
 * call passes keywords as one trailing `kw`). `context=` is accepted and ignored (py2ts has no
 * contextvars contexts); the rest bind to their parameters with CPython's TypeErrors.
 *
 *     call_later(kw({ delay: 0.1, callback: cb }))   →   [0.1, cb, []]
 */
import { TypeError } from "../exceptions.js";
import { isKw } from "../kwargs.js";

/** `[first, callback, args]` for `name(first, callback, *args, context=None)` */
export function scheduleArgs(fnName: string, firstName: string | null, given: readonly unknown[]): unknown[] {
  // the JS parameters the call did not reach are undefined (Python passes None as null)
  let end = given.length;
  while (end > 0 && given[end - 1] === undefined) end -= 1;
  const all = given.slice(0, end);
  const last = all[all.length - 1];
  if (!isKw(last)) return [...all];
  const positional = all.slice(0, -1);
  const params = firstName === null ? ["callback"] : [firstName, "callback"];
  const bound: unknown[] = positional.slice(0, params.length);
  for (const [key, value] of Object.entries(last)) {
    if (key === "context") continue;
    const i = params.indexOf(key);
    if (i < 0) throw new TypeError(`BaseEventLoop.${fnName}() got an unexpected keyword argument '${key}'`);
    if (i < positional.length) throw new TypeError(`BaseEventLoop.${fnName}() got multiple values for argument '${key}'`);
    bound[i] = value;
  }
  const lacking = params.filter((_, i) => bound[i] === undefined && i >= positional.length);
  if (lacking.length > 0) {
    const names = lacking.map((n) => `'${n}'`).join(" and ");
    throw new TypeError(`BaseEventLoop.${fnName}() missing ${lacking.length} required positional argument${lacking.length === 1 ? "" : "s"}: ${names}`);
  }
  return [...bound, ...positional.slice(params.length)];
}
