/**
 * Methods of builtin types whose receiver type is known. Lists keep JS's array methods where
 * they mean the same (`append` → `push`, `reverse`); other list methods and every str method go
 * through the runtime's helpers (code points, CPython's errors); dict and set are runtime
 * classes with Python's method names, so their calls stay as written.
 *
 *     xs.append(x)  →  xs.push(x)        s.strip()  →  strStrip(s)        d.get(k, 0)  →  d.get(k, 0)
 */
import type * as A from "../ast/nodes.js";
import type { PyType } from "../analysis/pytypes.js";
import { call, type Expr, lit, member } from "../ir/nodes.js";
import { runtimeArgs } from "./calls.js";
import type { LowerContext } from "./context.js";
import { lowerElement, lowerExpr } from "./expressions.js";

const LIST_HELPERS: Record<string, string> = {
  extend: "listExtend", insert: "listInsert", pop: "listPop", remove: "listRemove", index: "listIndex", count: "listCount",
};

const STR_METHODS = new Set([
  "upper", "lower", "casefold", "title", "capitalize", "swapcase", "isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum",
  "isspace", "isascii", "isprintable", "isidentifier", "isupper", "islower", "istitle", "translate", "encode", "split",
  "rsplit", "splitlines", "join", "strip", "lstrip", "rstrip", "replace", "find", "rfind", "index", "rindex", "count",
  "startswith", "endswith", "center", "ljust", "rjust", "zfill", "partition", "rpartition", "expandtabs", "removeprefix",
  "removesuffix",
]);

function positional(ctx: LowerContext, e: A.Call): Expr[] {
  return e.args.map((a) => lowerElement(ctx, a));
}

export function lowerMethodOfBuiltin(ctx: LowerContext, f: A.Attribute, e: A.Call, t: PyType): Expr | null {
  const receiver = (): Expr => lowerExpr(ctx, f.value);
  if (t.t === "list" && e.keywords.length === 0) {
    if (f.attr === "append" && e.args.length === 1) return call(member(receiver(), "push"), positional(ctx, e));
    if (f.attr === "reverse") return call(member(receiver(), "reverse"), []);
    if (f.attr === "copy") return call(member(receiver(), "slice"), []);
    if (f.attr === "clear") return { k: "assign", op: "=", target: member(receiver(), "length"), value: { k: "num", text: "0" } };
    const helper = LIST_HELPERS[f.attr];
    if (helper) return call(ctx.helper(helper), [receiver(), ...positional(ctx, e)]);
  }
  if (t.t === "list" && f.attr === "sort") {
    const key = e.keywords.find((k) => k.arg === "key");
    const reverse = e.keywords.find((k) => k.arg === "reverse");
    const args = [receiver(), key ? lowerExpr(ctx, key.value) : lit("undefined"), ...(reverse ? [lowerExpr(ctx, reverse.value)] : [])];
    if (!reverse && !key) args.pop();
    return call(ctx.helper("listSort"), args);
  }
  if (t.t === "str" && STR_METHODS.has(f.attr)) {
    if (f.attr === "format") return null;
    const name = `str${f.attr[0]!.toUpperCase()}${f.attr.slice(1)}`;
    return call(ctx.helper(name), [receiver(), ...runtimeArgs(ctx, e)]);
  }
  if (t.t === "str" && f.attr === "format" && !e.args.some((a) => a.kind === "Starred") && !e.keywords.some((k) => k.arg === null)) {
    const args: Expr[] = [receiver(), { k: "array", items: positional(ctx, e) }];
    const named = e.keywords.map((k) => ({ key: k.arg!, value: lowerExpr(ctx, k.value) }));
    if (named.length) args.push({ k: "object", props: named });
    return call(ctx.helper("strFormat"), args);
  }
  return null;
}
