/**
 * `f.__doc__`, `f.__defaults__`, `f.__kwdefaults__`: a JS function has none of them, so where the
 * module reads one of these attribute names anywhere, each `def` with a docstring or defaults
 * gets them attached (the default holders are the same objects the parameters default to, as
 * in CPython). `functools.wraps` copies `__doc__` on to a wrapper.
 *
 *     def area(w, h=1):                    const area = functionAttributes(function area(w, h = 1) {...},
 *         """Area of a rectangle."""   →     { __doc__: "Area of a rectangle.", __defaults__: tuple(1) });
 */
import type * as A from "../ast/nodes.js";
import { call, type Expr, member, type Param, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { docstringOf } from "./functions.js";

export const FUNCTION_ATTRIBUTES = new Set(["__doc__", "__defaults__", "__kwdefaults__"]);

/** `functionAttributes(fn, {...})` around `fn`, or `fn` itself when nothing is read or there is nothing to say. */
export function withFunctionAttributes(ctx: LowerContext, s: A.FunctionDef | A.AsyncFunctionDef, params: readonly Param[], fn: Expr): Expr {
  if (!ctx.readsFunctionAttributes) return fn;
  const props: { key: string; value: Expr }[] = [];
  const doc = docstringOf(s.body);
  if (doc !== null) props.push({ key: "__doc__", value: str(doc) });
  const positional = s.args.posonlyargs.length + s.args.args.length;
  const defaults = params.slice(0, positional).filter((p) => p.init).map((p) => p.init!);
  if (defaults.length > 0) props.push({ key: "__defaults__", value: call(ctx.helper("tuple"), defaults) });
  const kwonly = s.args.kwonlyargs.map((a, i) => ({ name: a.arg, init: params[positional + i]?.init })).filter((p) => p.init);
  if (kwonly.length > 0) props.push({ key: "__kwdefaults__", value: call(member(ctx.helper("PyDict"), "of"), kwonly.flatMap((p) => [str(p.name), p.init!])) });
  if (props.length === 0) return fn;
  return call(ctx.helper("functionAttributes"), [fn, { k: "object", props }]);
}
