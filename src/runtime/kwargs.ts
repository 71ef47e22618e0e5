/**
 * Keyword arguments for runtime functions whose Python signature is variadic or keyword-only.
 *
 * What the compiler emits: positional arguments in order, then the keyword arguments as ONE
 * trailing `kw({...})` object:
 *   print(a, b, sep="", end="")           → print(a, b, kw({ sep: "", end: "" }))
 *   sorted(xs, key=len, reverse=True)     → sorted(xs, kw({ key: len_, reverse: true }))
 *   max(xs, default=0)                    → max(xs, kw({ default: 0 }))
 *   zip(a, b, strict=True)                → zip(a, b, kw({ strict: true }))
 * A call without keyword arguments passes none: `print(a, b)`, `sorted(xs)`.
 * The brand is a symbol, so a Python value (a dict, a user object) is never mistaken for one.
 */
import { TypeError } from "./exceptions.js";

const KW: unique symbol = Symbol("py2ts.kwargs");

export type Kw<T extends object = Record<string, unknown>> = T & { readonly [KW]: true };

/** Mark an object literal as the keyword arguments of a runtime call. */
export function kw<T extends object>(named: T): Kw<T> {
  return Object.defineProperty({ ...named }, KW, { value: true, enumerable: false }) as Kw<T>;
}

export function isKw(value: unknown): value is Kw {
  return typeof value === "object" && value !== null && (value as { [KW]?: true })[KW] === true;
}

/**
 * Split a runtime function's arguments into positionals and keywords, checking the keyword names
 * against the ones the function accepts (`fnName() got an unexpected keyword argument 'x'`).
 */
export function splitKw<T extends object = Record<string, unknown>>(
  args: readonly unknown[],
  fnName: string,
  allowed: readonly string[],
): [unknown[], Partial<T>] {
  const last = args[args.length - 1];
  if (!isKw(last)) return [args as unknown[], {}];
  for (const name of Object.keys(last)) {
    if (!allowed.includes(name)) {
      throw new TypeError(`${fnName}() got an unexpected keyword argument '${name}'`);
    }
  }
  return [args.slice(0, -1), last as Partial<T>];
}
