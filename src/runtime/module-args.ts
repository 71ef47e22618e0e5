/**
 * Arguments of runtime module functions that accept Python keywords. The compiler passes
 * positional arguments, then keywords as one trailing `kw({...})` (kwargs.ts); `params` binds
 * them against the Python signature with CPython's TypeError messages (dynamic-call.ts).
 *
 *     random.choices(xs, k=3)   →   choices(xs, kw({ k: 3 }))   →   params(...) = [xs, undefined, undefined, 3]
 */
import { bindArgs, type ParamSpec } from "./dynamic-call.js";
import { isKw } from "./kwargs.js";

export interface Params {
  readonly name: string;
  /** positional-or-keyword parameter names, in order */
  readonly names: readonly string[];
  /** how many of `names` are required */
  readonly required: number;
  readonly kwonly?: readonly string[];
  /** `*args` follows the positional parameters (returned as the trailing elements) */
  readonly varargs?: boolean;
}

/** Python-bound argument values in parameter order (`undefined` where a default applies). */
export function params(spec: Params, args: readonly unknown[]): unknown[] {
  const last = args[args.length - 1];
  const hasKw = isKw(last);
  const positional = hasKw ? args.slice(0, -1) : args;
  const kwonly = spec.kwonly ?? [];
  if (!hasKw && positional.length >= spec.required && (spec.varargs || positional.length <= spec.names.length)) {
    if (spec.varargs) {
      const fixed = positional.slice(0, spec.names.length);
      while (fixed.length < spec.names.length) fixed.push(undefined);
      return [...fixed, ...kwonly.map(() => undefined), ...positional.slice(spec.names.length)];
    }
    return [...positional, ...new Array(spec.names.length - positional.length + kwonly.length).fill(undefined)];
  }
  const specParams: ParamSpec[] = [
    ...spec.names.map((n, i): ParamSpec => [n, "plain", i >= spec.required]),
    ...kwonly.map((n): ParamSpec => [n, "kwonly", true]),
  ];
  const keywords = hasKw ? Object.entries(last as object) : [];
  return bindArgs({ name: spec.name, params: specParams, varargs: spec.varargs ?? false, varkw: false }, positional, keywords);
}
