/**
 * Type descriptors at formatting points. Python's 2.0 and 2 are the same JS number, so every
 * `print` / `str` / `repr` / f-string of a value whose type involves a float passes the runtime
 * a descriptor saying where the floats are. Composite descriptors are hoisted to module constants.
 *
 *     print(2 / 1)          →  print(str(truediv(2, 1), FLOAT))
 *     print([0.5, 2.0])     →  const $t0 = listOf(FLOAT); ... print(str([0.5, 2.0], $t0))
 */
import { ambiguousNumber, involvesFloat, type PyType } from "../analysis/pytypes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import type { Span } from "../ast/nodes.js";
import type { Expr } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";

/** The descriptor expression for `t`, or null when the runtime's default reading is exact. */
export function descriptorFor(ctx: LowerContext, t: PyType, where: { span: Span }, what: string): Expr | null {
  if (ambiguousNumber(t)) ctx.report(Diagnostics.ambiguousNumber, { what }, where);
  if (!involvesFloat(t)) return null;
  return build(ctx, t);
}

function build(ctx: LowerContext, t: PyType): Expr {
  const h = (name: string): Expr => ctx.helper(name);
  const composite = (key: string, fn: string, args: Expr[]): Expr => ctx.hoist(key, { k: "call", callee: h(fn), args });
  switch (t.t) {
    case "float": return h("FLOAT");
    case "int": return h("INT");
    case "bool": return h("BOOL");
    case "str": return h("STR");
    case "none": return h("NONE");
    case "list": return composite(JSON.stringify(t), "listOf", [build(ctx, t.elem)]);
    case "set": return composite(JSON.stringify(t), "setOf", [build(ctx, t.elem)]);
    case "iter": return composite(JSON.stringify(t), "listOf", [build(ctx, t.elem)]);
    case "tuple": return t.elems ? composite(JSON.stringify(t), "tupleOf", t.elems.map((e) => build(ctx, e))) : composite(JSON.stringify(t), "varTupleOf", [build(ctx, t.elem)]);
    case "dict": return composite(JSON.stringify(t), "dictOf", [build(ctx, t.key), build(ctx, t.value)]);
    case "optional": return composite(JSON.stringify(t), "optional", [build(ctx, t.inner)]);
    default: return h("ANY");
  }
}
