/**
 * Whether a program may call a value of unknown origin with keyword arguments.
 *
 * Such a call goes through the runtime's `callKw`, which binds keywords by the callee's
 * signature, attached with `withSignature`. A `def` gets one when it escapes; a lambda only
 * needs one if some call could reach it that way: `fn(1, y=2)` with `fn` a parameter, an element
 * of a list, or a call's result. Programs whose keyword calls all name a `def`, a class, an import
 * or a lambda bound once (or only forward `**kwargs`) keep their lambdas plain.
 *
 *     def call_with(fn): return fn(1, y=2)      → true
 *     sorted(xs, key=lambda x: -x)              → false
 */
import type * as A from "../ast/nodes.js";
import type { BindingTable } from "./bindings.js";
import { forEachChild } from "./walk.js";

export function hasDynamicKeywordCalls(module: A.Module, bindings: BindingTable): boolean {
  const dynamicNames = new Set<string>();
  for (const names of bindings.values()) {
    for (const [name, sites] of names) {
      const stable = sites.every((s) => s.how === "def" || s.how === "import" || (s.how === "value" && (s.expr.kind === "Lambda" || isNamedTupleClass(s.expr))));
      if (!stable || sites.length > 1) dynamicNames.add(name);
    }
  }
  let found = false;
  const visit = (n: A.Node): void => {
    if (found) return;
    // `fn(*args, **kwargs)` in a wrapper forwards what the wrapper was given: the wrapped
    // callees are defs, which carry their signatures
    if (n.kind === "Call" && n.keywords.some((k) => k.arg !== null || k.value.kind !== "Name")) {
      const f = n.func;
      if (f.kind === "Name" ? dynamicNames.has(f.id) : f.kind !== "Attribute" && f.kind !== "Lambda") found = true;
    }
    forEachChild(n, visit);
  };
  module.body.forEach(visit);
  return found;
}

/** `Point = namedtuple("Point", ...)`: a class whose keywords the runtime binds itself. */
function isNamedTupleClass(e: A.Expr): boolean {
  if (e.kind !== "Call") return false;
  const f = e.func;
  return (f.kind === "Name" && f.id === "namedtuple") || (f.kind === "Attribute" && f.attr === "namedtuple");
}
