/**
 * `inspect.iscoroutinefunction(obj.m)` and its siblings (`asyncio.iscoroutinefunction`,
 * `inspect.isasyncgenfunction`, `inspect.isgeneratorfunction`) applied to a method taken from
 * an instance or a class. In JS the method is a plain prototype function that returns a
 * coroutine object, and binding it (`this.m.bind(this)`) makes a new function, so the runtime's
 * markers on `coroutine(...)` / `asyncGenerator(...)` wrappers cannot see it. The def is known
 * statically when the receiver's class is: the answer is a constant (the attribute load has no
 * side effect for a method of a known class). When the receiver is unknown but some class of the
 * program defines an `async def` or generator method of that name, the runtime would answer
 * False: that is a diagnostic, never wrong output.
 *
 *     inspect.iscoroutinefunction(self.fetch)   →   true
 *     inspect.isgeneratorfunction(Worker.run)   →   false
 */
import type * as A from "../ast/nodes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { type Expr, lit } from "../ir/nodes.js";
import { findMethod } from "./callees.js";
import type { LowerContext } from "./context.js";

type FunctionKind = "coroutine" | "asyncgen" | "generator" | "plain";

const PREDICATES: Record<string, Record<string, FunctionKind>> = {
  inspect: { iscoroutinefunction: "coroutine", isasyncgenfunction: "asyncgen", isgeneratorfunction: "generator" },
  asyncio: { iscoroutinefunction: "coroutine" },
};

function kindOf(ctx: LowerContext, def: A.FunctionDef | A.AsyncFunctionDef): FunctionKind {
  const generator = ctx.scopes.scopes.get(def)?.isGenerator ?? false;
  if (def.kind === "AsyncFunctionDef") return generator ? "asyncgen" : "coroutine";
  return generator ? "generator" : "plain";
}

function isUndecorated(def: A.FunctionDef | A.AsyncFunctionDef): boolean {
  return def.decorator_list.length === 0;
}

function someClassDefines(ctx: LowerContext, name: string, kinds: ReadonlySet<FunctionKind>): boolean {
  for (const facts of ctx.infer.classes.values()) {
    for (const s of facts.node.body) {
      if ((s.kind === "FunctionDef" || s.kind === "AsyncFunctionDef") && s.name === name && kinds.has(kindOf(ctx, s))) return true;
    }
  }
  return false;
}

/** The lowered predicate call, or null when the runtime function answers it (a plain name, a coroutine object...). */
export function lowerIntrospectionCall(ctx: LowerContext, module: string, name: string, e: A.Call): Expr | null {
  const wanted = PREDICATES[module]?.[name];
  const arg = e.args[0];
  if (!wanted || e.args.length !== 1 || e.keywords.length > 0 || arg.kind !== "Attribute" || arg.attr.startsWith("__")) return null;
  const t = ctx.typeOf(arg.value);
  if (t.t === "instance" || t.t === "class") {
    const method = findMethod(ctx, t.cls, arg.attr);
    if (method && isUndecorated(method.def)) return lit(kindOf(ctx, method.def) === wanted ? "true" : "false");
  }
  if (someClassDefines(ctx, arg.attr, new Set<FunctionKind>(["coroutine", "asyncgen", "generator"]))) {
    ctx.report(Diagnostics.introspectedMethod, { fn: `${module}.${name}`, attr: arg.attr }, arg);
    return lit("false");
  }
  return null;
}
