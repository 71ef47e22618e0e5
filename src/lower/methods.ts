/**
 * Methods of builtin types whose receiver type is known. Lists keep JS's array methods where
 * they mean the same (`append` → `push`); str methods go through the runtime's code-point-aware
 * helpers; dict and set are runtime classes with Python's method names.
 *
 *     xs.append(x)  →  xs.push(x)        s.strip()  →  strip(s)        d.get(k, 0)  →  d.get(k, 0)
 */
import type * as A from "../ast/nodes.js";
import type { PyType } from "../analysis/pytypes.js";
import { call, type Expr, member } from "../ir/nodes.js";
import { runtimeArgs } from "./calls.js";
import type { LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";

export function lowerMethodOfBuiltin(ctx: LowerContext, f: A.Attribute, e: A.Call, t: PyType): Expr | null {
  const receiver = (): Expr => lowerExpr(ctx, f.value);
  if (t.t === "list") {
    if (f.attr === "append" && e.args.length === 1 && e.keywords.length === 0) return call(member(receiver(), "push"), [lowerExpr(ctx, e.args[0]!)]);
    return call(ctx.helper(`list_${f.attr}`), [receiver(), ...runtimeArgs(ctx, e)]);
  }
  if (t.t === "str") return call(ctx.helper(`str_${f.attr}`), [receiver(), ...runtimeArgs(ctx, e)]);
  return null;
}
