/**
 * f-strings → template literals. A replacement field without a spec or conversion is
 * interpolated directly when its type prints the same in JS (str, bounded ints); otherwise it
 * goes through `str` / `repr` / `format` with the value's type descriptor.
 *
 *     f"{name}: {price:>8.2f} {xs!r}"   →   `${name}: ${format(price, ">8.2f", FLOAT)} ${repr(xs)}`
 */
import type * as A from "../ast/nodes.js";
import { call, type Expr, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { descriptorFor } from "./descriptors.js";
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
  const d = descriptorFor(ctx, t, f.value, "this value");
  const withDesc = (args: Expr[]): Expr[] => (d ? [...args, d] : args);
  let value = v;
  let valueIsText = false;
  if (f.conversion === 114) { value = call(ctx.helper("repr"), withDesc([v])); valueIsText = true; }
  else if (f.conversion === 115) { value = t.t === "str" ? v : call(ctx.helper("str"), withDesc([v])); valueIsText = true; }
  else if (f.conversion === 97) { value = call(ctx.helper("ascii"), withDesc([v])); valueIsText = true; }
  if (f.format_spec && f.format_spec.values.length > 0) {
    const spec = lowerJoinedStr(ctx, f.format_spec);
    return call(ctx.helper("format"), valueIsText ? [value, spec] : withDesc([value, spec]));
  }
  if (valueIsText || t.t === "str") return value;
  if (t.t === "instance" && hasMethod(ctx, t.cls, "__format__")) return call(ctx.helper("format"), [v, str("")]);
  if (t.t === "int" && t.small) return value;
  if (t.t === "int" && !d) return value;
  return call(ctx.helper("str"), withDesc([v]));
}
