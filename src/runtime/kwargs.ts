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

/**
 * The arguments of a builtin method that takes some of its parameters by keyword too
 * (`s.split(sep=",", maxsplit=1)`), in parameter order: `args` are what the call passed after
 * the receiver, possibly ending in a `kw({...})`. CPython's messages for builtin methods.
 */
export function methodArgs(fnName: string, names: readonly string[], args: readonly unknown[]): unknown[] {
  const last = args[args.length - 1];
  if (!isKw(last)) return args as unknown[];
  const positional = args.slice(0, -1);
  const named = last as Record<string, unknown>;
  const out: unknown[] = [...positional];
  for (const [name, value] of Object.entries(named)) {
    const i = names.indexOf(name);
    if (i < 0) throw new TypeError(`'${name}' is an invalid keyword argument for ${fnName}()`);
    if (i < positional.length) throw new TypeError(`argument for ${fnName}() given by name ('${name}') and position (${i + 1})`);
    out[i] = value;
  }
  return out;
}

/**
 * The keyword-only arguments of a builtin function (`math.isclose(a, b, *, rel_tol, abs_tol)`), in
 * `names` order with `undefined` where a default applies; `rest` is what the call passed after its
 * `positional` parameters. CPython's messages.
 */
export function keywordOnly(spec: { name: string; positional: number; names: readonly string[] }, rest: readonly unknown[]): unknown[] {
  const last = rest[rest.length - 1];
  const extra = isKw(last) ? rest.length - 1 : rest.length;
  if (extra > 0) {
    const s = spec.positional === 1 ? "" : "s";
    throw new TypeError(`${spec.name}() takes exactly ${spec.positional} positional argument${s} (${spec.positional + extra} given)`);
  }
  return isKw(last) ? methodArgs(spec.name, spec.names, [last]) : [];
}

/**
 * A parameter of a runtime method that Python lets callers pass by name (`q.put(item=x)`,
 * `task.cancel(msg="m")`): a call the compiler could not resolve hands the keywords over as one
 * `kw({...})` in the first parameter's place (dynamic-call.ts). Returns the value, `fallback`
 * when the keyword is absent; CPython's TypeErrors for other names or a missing argument.
 */
export function keywordArg(value: unknown, fnName: string, name: string, fallback?: { value: unknown }): unknown {
  if (!isKw(value)) return value;
  for (const k of Object.keys(value)) {
    if (k !== name) throw new TypeError(`${fnName}() got an unexpected keyword argument '${k}'`);
  }
  if (Object.hasOwn(value, name)) return (value as Record<string, unknown>)[name];
  if (fallback !== undefined) return fallback.value;
  throw new TypeError(`${fnName}() missing 1 required positional argument: '${name}'`);
}
