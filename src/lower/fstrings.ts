/**
 * f-strings → template literals. A replacement field without a spec or conversion is
 * interpolated directly when its type prints the same in JS (str, ints); otherwise it goes
 * through `str` / `repr` / `format` with the value in canonical form (a float boxed where integral).
 *
 *     f"{name}: {price:>8.2f} {xs!r}"   →   `${name}: ${format(price, ">8.2f")} ${repr(xs)}`
 */
import type * as A from "../ast/nodes.js";
import { call, type Expr, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";

function hasMethod(ctx: LowerContext, cls: string, name: string): boolean {
  for (let c: string | null = cls; c; c = ctx.infer.classes.get(c)?.base ?? null) {
    if (ctx.infer.classes.get(c)?.node.body.some((s) => s.kind === "FunctionDef" && s.name === name)) return true;
  }
  return false;
}

export function lowerJoinedStr(ctx: LowerContext, e: A.JoinedStr): Expr {
  const quasis: string[] = [""];
  const exprs: Expr[] = [];
  for (const part of e.values) {
    if (part.kind === "Constant" && part.value.type === "str") {
      quasis[quasis.length - 1] += part.value.value;
    } else if (part.kind === "FormattedValue") {
      exprs.push(lowerFormattedValue(ctx, part));
      quasis.push("");
    }
  }
  if (exprs.length === 0) return str(quasis[0]!);
  return { k: "template", quasis, exprs };
}

function lowerFormattedValue(ctx: LowerContext, f: A.FormattedValue): Expr {
  const t = ctx.typeOf(f.value);
  const v = lowerExpr(ctx, f.value);
  let value = v;
  let valueIsText = false;
  if (f.conversion === 114) { value = call(ctx.helper("repr"), [v]); valueIsText = true; }
  else if (f.conversion === 115) { value = t.t === "str" ? v : call(ctx.helper("str"), [v]); valueIsText = true; }
  else if (f.conversion === 97) { value = call(ctx.helper("ascii"), [v]); valueIsText = true; }
  if (f.format_spec && f.format_spec.values.length > 0) {
    const spec = lowerJoinedStr(ctx, f.format_spec);
    return call(ctx.helper("format"), [value, spec]);
  }
  if (valueIsText || t.t === "str") return value;
  if (t.t === "instance" && hasMethod(ctx, t.cls, "__format__")) return call(ctx.helper("format"), [v, str("")]);
  if (t.t === "int") return value;
  return call(ctx.helper("str"), [v]);
}
