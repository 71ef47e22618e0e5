/**
 * Calls of Python builtins that need the compiler's knowledge: `len` of a list, `isinstance` as
 * `instanceof`, `super()`, containers built from native iterables. Everything else calls the
 * runtime function of the same name, with canonical arguments (floats boxed where integral).
 *
 *     print(x, total / n)      →  print(x, float(total / n))      (total, n: float)
 *     len(xs)  (xs: list)      →  xs.length
 *     isinstance(e, KeyError)  →  e instanceof KeyError
 */
import type * as A from "../ast/nodes.js";
import { elementType } from "../analysis/infer.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { bin, call, type Expr, lit, member, str } from "../ir/nodes.js";
import { builtinValue } from "./builtins.js";
import { runtimeArgs } from "./calls.js";
import type { LowerContext } from "./context.js";
import { truthTest } from "./operators.js";
import { moduleMember } from "./builtins.js";
import { jsIterable, lowerElement, lowerExpr } from "./expressions.js";

export function lowerBuiltinCall(ctx: LowerContext, name: string, e: A.Call): Expr | null {
  const arg = (i: number): Expr => lowerExpr(ctx, e.args[i]!);
  switch (name) {
    // the site module's exit() / quit() raise SystemExit, as sys.exit does
    case "exit": case "quit":
      return call(moduleMember(ctx, "sys", "exit"), runtimeArgs(ctx, e));
    case "print":
      if (e.args.some((a) => a.kind === "Starred")) return null;
      // print converts its arguments itself, after evaluating all of them (a later argument may mutate an earlier one)
      return call(ctx.helper("print"), runtimeArgs(ctx, e));
    case "str":
      if (e.args.length !== 1 || e.keywords.length) return null;
      return call(ctx.helper("str"), [arg(0)]);
    case "repr":
      if (e.args.length !== 1) return null;
      return call(ctx.helper("repr"), [arg(0)]);
    case "format":
      return call(ctx.helper("format"), [arg(0), e.args[1] ? arg(1) : str("")]);
    case "len": {
      if (e.args.length !== 1) return null;
      const t = ctx.typeOf(e.args[0]!);
      if (t.t === "list" || t.t === "tuple") return member(arg(0), "length");
      if (t.t === "dict" || t.t === "set") return member(arg(0), "size");
      return call(ctx.helper("len"), [arg(0)]);
    }
    case "list": case "tuple": case "set": case "frozenset": case "dict": {
      if (e.keywords.length > 0 && name !== "dict") return null;
      if (e.args.length > 1) return null;
      if (name === "dict") {
        if (e.args.length === 0 && e.keywords.length === 0) return { k: "new", callee: ctx.helper("PyDict"), args: [] };
        const named = e.keywords.filter((k) => k.arg !== null).map((k) => ({ key: k.arg!, value: lowerExpr(ctx, k.value) }));
        const source = e.args.length ? arg(0) : { k: "array", items: [] } as Expr;
        return call(member(ctx.helper("PyDict"), "fromEntries"), named.length ? [source, { k: "object", props: named }] : [source]);
      }
      if (e.args.length === 0) return name === "list" ? { k: "array", items: [] } : name === "tuple" ? ctx.helper("EMPTY_TUPLE") : name === "set" ? { k: "new", callee: ctx.helper("PySet"), args: [] } : call(member(ctx.helper("PySet"), "frozen"), [{ k: "array", items: [] }]);
      const source = jsIterable(ctx, e.args[0]!, arg(0));
      if (name === "list") return { k: "array", items: [{ k: "spread", expr: source }] };
      if (name === "tuple") return call(ctx.helper("tupleFrom"), [source]);
      return call(member(ctx.helper("PySet"), name === "set" ? "from" : "frozen"), [arg(0)]);
    }
    case "bool":
      if (e.args.length !== 1) return null;
      return truthTest(ctx, e.args[0]!);
    case "sorted": {
      if (e.args.length !== 1 || e.keywords.some((k) => k.arg !== "key" && k.arg !== "reverse")) return null;
      const key = e.keywords.find((k) => k.arg === "key");
      const reverse = e.keywords.find((k) => k.arg === "reverse");
      const args = [arg(0), key ? lowerExpr(ctx, key.value) : lit("undefined"), ...(reverse ? [lowerExpr(ctx, reverse.value)] : [])];
      if (!key && !reverse) args.pop();
      return call(ctx.helper("sorted"), args);
    }
    case "isinstance": {
      if (e.args.length !== 2) return null;
      const classes = e.args[1]!.kind === "Tuple" ? (e.args[1] as A.Tuple).elts : [e.args[1]!];
      const value = arg(0);
      if (classes.every((c) => c.kind === "Name" && ctx.infer.classes.has(c.id) || (c.kind === "Name" && ctx.infer.isExceptionClass(c.id)))) {
        return classes.map((c): Expr => bin("instanceof", value, lowerExpr(ctx, c))).reduce((a, b) => bin("||", a, b));
      }
      const kinds = e.args[1]!.kind === "Tuple" ? { k: "array", items: classes.map((c) => lowerExpr(ctx, c)) } as Expr : arg(1);
      return call(ctx.helper("isinstance"), [value, kinds]);
    }
    case "super":
      // super().method(...) is lowered with its attribute (callees.ts, lowerAttribute); a bare
      // super() object has no JS counterpart
      ctx.report(Diagnostics.unsupported, { construct: "super() other than to call a method of the base class" }, e);
      return lit("undefined");
    case "object":
      return e.args.length === 0 ? { k: "object", props: [] } : null;
    case "sum": case "min": case "max": case "abs": case "round": case "float": case "int":
    case "divmod": case "pow": {
      const t = e.args[0] ? ctx.typeOf(e.args[0]) : null;
      const floats = t !== null && (t.t === "float" || elementType(t).t === "float" || (t.t === "tuple" && t.elems?.some((x) => x.t === "float")));
      if ((name === "divmod" || name === "pow") && e.args.length === 2 && (floats || ctx.typeOf(e.args[1]!).t === "float")) {
        if (name === "divmod") return call(ctx.helper("divmodF"), [arg(0), arg(1)]);
      }
      return null;
    }
    case "eval": case "exec": case "compile": case "globals": case "locals": case "vars": case "__import__": case "open": case "breakpoint":
      ctx.report(Diagnostics.unsupportedBuiltin, { name }, e.func);
      return lit("null");
    default:
      return null;
  }
}

export { builtinValue, lowerElement };
