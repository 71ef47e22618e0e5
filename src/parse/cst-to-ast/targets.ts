/**
 * Assignment and deletion targets. The grammar parses targets as ordinary expressions (Load);
 * here they are rebuilt with the Store or Del context, propagated into Tuple, List and Starred,
 * and anything that cannot be a target is rejected with CPython's message.
 */
import type { Expr, ExprContext } from "../../ast/nodes.js";
import type { BuildContext } from "./context.js";

/** CPython's _PyPegen_get_expr_name: what an expression is called in error messages. */
export function exprName(e: Expr): string {
  switch (e.kind) {
    case "Attribute": return "attribute";
    case "Subscript": return "subscript";
    case "Starred": return "starred";
    case "Name": return "name";
    case "List": return "list";
    case "Tuple": return "tuple";
    case "Lambda": return "lambda";
    case "Call": return "function call";
    case "BoolOp": case "BinOp": case "UnaryOp": return "expression";
    case "GeneratorExp": return "generator expression";
    case "Yield": case "YieldFrom": return "yield expression";
    case "Await": return "await expression";
    case "ListComp": return "list comprehension";
    case "SetComp": return "set comprehension";
    case "DictComp": return "dict comprehension";
    case "Dict": return "dict literal";
    case "Set": return "set display";
    case "JoinedStr": case "FormattedValue": return "f-string expression";
    case "Constant": {
      const v = e.value;
      if (v.type === "None") return "None";
      if (v.type === "bool") return v.value ? "True" : "False";
      if (v.type === "Ellipsis") return "ellipsis";
      return "literal";
    }
    case "Compare": return "comparison";
    case "IfExp": return "conditional expression";
    case "NamedExpr": return "named expression";
    case "Slice": return "slice";
  }
}

/** The first sub-expression that cannot be a target (CPython's _PyPegen_get_invalid_target), or null. */
export function invalidTarget(e: Expr, ctx: ExprContext): Expr | null {
  switch (e.kind) {
    case "Name": case "Attribute": case "Subscript": return null;
    case "Starred": return ctx === "Del" ? e : invalidTarget(e.value, ctx);
    case "Tuple": case "List": {
      for (const elt of e.elts) {
        const bad = invalidTarget(elt, ctx);
        if (bad !== null) return bad;
      }
      return null;
    }
    case "Compare":
      // `for x in y` style errors point at the comparison's left side when it is the culprit.
      if (ctx === "Store" && e.ops[0] === "In") return invalidTarget(e.left, ctx);
      return e;
    default: return e;
  }
}

/** Rebuild `e` as a target with context `ctx`, or fail with CPython's message. */
export function toTarget(b: BuildContext, e: Expr, ctx: "Store" | "Del", options: { readonly hint?: boolean } = {}): Expr {
  const bad = invalidTarget(e, ctx);
  if (bad !== null) {
    const name = exprName(bad);
    const verb = ctx === "Del" ? "delete" : "assign to";
    const hint = options.hint && bad === e && (e.kind === "Compare" || e.kind === "Call" || e.kind === "Constant" || e.kind === "BinOp" || e.kind === "UnaryOp" || e.kind === "BoolOp" || e.kind === "Attribute" || e.kind === "Subscript");
    b.fail(hint ? `cannot ${verb} ${name} here. Maybe you meant '==' instead of '='?` : `cannot ${verb} ${name}`, bad.span);
  }
  return withContext(b, e, ctx);
}

function withContext(b: BuildContext, e: Expr, ctx: ExprContext): Expr {
  let out: Expr;
  switch (e.kind) {
    case "Name": out = { ...e, ctx }; break;
    case "Attribute": out = { ...e, ctx }; break;
    case "Subscript": out = { ...e, ctx }; break;
    case "Starred": out = { ...e, value: withContext(b, e.value, ctx), ctx }; break;
    case "Tuple": out = { ...e, elts: e.elts.map((x) => withContext(b, x, ctx)), ctx }; break;
    case "List": out = { ...e, elts: e.elts.map((x) => withContext(b, x, ctx)), ctx }; break;
    default: return e;
  }
  b.carryExtent(e, out);
  return out;
}
