/**
 * Compile-time binding of call arguments to a known Python signature, with CPython's TypeError
 * messages for calls that would fail. The JS parameter order of a translated function is
 * positional parameters, keyword-only parameters, `**kwargs` (a PyDict), then `...args` (rest):
 *
 *     def describe(first, *args, sep="/", **kwargs)   →   function describe(first, sep = "/", kwargs = new PyDict(), ...args)
 *     describe(1, 2, 3, sep="-", color="red")          →   describe(1, "-", new PyDict([["color", "red"]]), 2, 3)
 */
import type * as A from "../ast/nodes.js";
import { type Expr, str } from "../ir/nodes.js";

export interface SignatureParam {
  readonly name: string;
  readonly hasDefault: boolean;
  readonly kind: "posonly" | "plain" | "kwonly";
}

export interface Signature {
  readonly name: string;
  readonly params: readonly SignatureParam[];
  readonly vararg: string | null;
  readonly kwarg: string | null;
  /** parameters dropped from the JS signature (`self` of a method, `cls`) */
  readonly skip: number;
}

export function signatureOf(name: string, args: A.Arguments, skip = 0): Signature {
  const positional = [...args.posonlyargs, ...args.args];
  const params: SignatureParam[] = positional.map((a, i) => ({
    name: a.arg,
    hasDefault: i >= positional.length - args.defaults.length,
    kind: i < args.posonlyargs.length ? "posonly" : "plain",
  }));
  args.kwonlyargs.forEach((a, i) => params.push({ name: a.arg, hasDefault: args.kw_defaults[i] != null, kind: "kwonly" }));
  return { name, params: params.slice(skip), vararg: args.vararg?.arg ?? null, kwarg: args.kwarg?.arg ?? null, skip };
}

export type Bound<E> =
  | { readonly ok: true; readonly slots: readonly (E | null)[]; readonly extraPositional: readonly E[]; readonly extraKeywords: readonly { name: string; value: E }[] }
  | { readonly ok: false; readonly message: string };

/** Binds positional values and keywords as CPython does; `null` slots take their default. */
export function bindArguments<E>(sig: Signature, positional: readonly E[], keywords: readonly { name: string; value: E }[]): Bound<E> {
  const slots: (E | null)[] = sig.params.map(() => null);
  const filled = sig.params.map(() => false);
  const positionalParams = sig.params.filter((p) => p.kind !== "kwonly");
  const extraPositional: E[] = [];
  positional.forEach((value, i) => {
    if (i < positionalParams.length) {
      slots[i] = value;
      filled[i] = true;
    } else extraPositional.push(value);
  });
  const fn = `${sig.name}()`;
  if (extraPositional.length > 0 && !sig.vararg) {
    const required = positionalParams.filter((p) => !p.hasDefault).length;
    const takes = required === positionalParams.length ? `${positionalParams.length}` : `from ${required} to ${positionalParams.length}`;
    const plural = positionalParams.length === 1 && required === positionalParams.length ? "" : "s";
    return { ok: false, message: `${fn} takes ${takes} positional argument${plural} but ${positional.length} ${positional.length === 1 ? "was" : "were"} given` };
  }
  const extraKeywords: { name: string; value: E }[] = [];
  const posonlyAsKeyword: string[] = [];
  for (const kwd of keywords) {
    const index = sig.params.findIndex((p) => p.name === kwd.name && p.kind !== "posonly");
    if (index < 0) {
      if (sig.kwarg) extraKeywords.push(kwd);
      else if (sig.params.some((p) => p.name === kwd.name)) posonlyAsKeyword.push(kwd.name);
      else return { ok: false, message: `${fn} got an unexpected keyword argument '${kwd.name}'` };
      continue;
    }
    if (filled[index]) return { ok: false, message: `${fn} got multiple values for argument '${kwd.name}'` };
    slots[index] = kwd.value;
    filled[index] = true;
  }
  if (posonlyAsKeyword.length > 0) {
    return { ok: false, message: `${fn} got some positional-only arguments passed as keyword arguments: '${posonlyAsKeyword.join(", ")}'` };
  }
  const missing = sig.params.map((p, i) => ({ p, i })).filter(({ p, i }) => !filled[i] && !p.hasDefault);
  const missingPositional = missing.filter(({ p }) => p.kind !== "kwonly").map(({ p }) => p.name);
  if (missingPositional.length > 0) return { ok: false, message: `${fn} missing ${missingMessage(missingPositional, "positional")}` };
  const missingKw = missing.filter(({ p }) => p.kind === "kwonly").map(({ p }) => p.name);
  if (missingKw.length > 0) return { ok: false, message: `${fn} missing ${missingMessage(missingKw, "keyword-only")}` };
  return { ok: true, slots, extraPositional, extraKeywords };
}

function missingMessage(names: readonly string[], what: string): string {
  const quoted = names.map((n) => `'${n}'`);
  const list = quoted.length === 1 ? quoted[0]! : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  return `${names.length} required ${what} argument${names.length === 1 ? "" : "s"}: ${list}`;
}

/** The Python signature the runtime's `callKw` binds against (calls whose callee is unknown). */
export function signatureSpec(name: string, args: A.Arguments): Expr {
  const sig = signatureOf(name, args);
  return {
    k: "object",
    props: [
      { key: "name", value: str(name) },
      { key: "params", value: { k: "array", items: sig.params.map((p) => ({ k: "array", items: [str(p.name), str(p.kind), { k: "lit", text: p.hasDefault ? "true" : "false" }] })) } },
      { key: "varargs", value: { k: "lit", text: sig.vararg ? "true" : "false" } },
      { key: "varkw", value: { k: "lit", text: sig.kwarg ? "true" : "false" } },
    ],
  };
}
