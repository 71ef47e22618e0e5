/**
 * The `super(...)` call a derived constructor must make when the Python `__init__` makes none.
 *
 * TypeScript requires it, but Python does not run the base's `__init__` then. Three cases:
 * - the base is a built-in exception: Python's `BaseException.__new__` still records the
 *   constructor's positional arguments as `args`, so they are forwarded (`str(e)` and `repr(e)`
 *   show them);
 * - no program class above has an `__init__` (or it only stores plain values into attributes
 *   that this `__init__` stores too): running it cannot be observed, so `super()` is called;
 * - otherwise the base's `__init__` would run where Python's does not: PY2001.
 *
 *     class E(Exception):                    class E extends Exception {
 *         def __init__(self, x):        →        constructor(x: number) {
 *             self.x = x                             super(x);
 *                                                    this.x = x; } }
 */
import type * as A from "../ast/nodes.js";
import { selfStores } from "../analysis/attributes.js";
import { realBases } from "../analysis/class-bases.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { call, exprStmt, id, lit, type Expr, type Stmt } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";

export function ensureSuper(ctx: LowerContext, cls: A.ClassDef, init: A.FunctionDef | A.AsyncFunctionDef, body: Stmt[]): Stmt[] {
  if (realBases(cls).length === 0) return body;
  const callsSuper = JSON.stringify(body).includes('"callee":{"k":"lit","text":"super"}');
  if (callsSuper) return body;
  const base = nearestInit(ctx, cls);
  if (base === null && ctx.infer.isExceptionClass(cls.name)) return [exprStmt(call(lit("super"), passedArguments(init))), ...body];
  if (base !== null && !unobservable(base, new Set(selfStores(init)))) {
    ctx.report(Diagnostics.unsupported, { construct: `an __init__ that does not call the __init__ of its base '${base.name}'` }, init);
  }
  return [exprStmt(call(lit("super"), [])), ...body];
}

/** The closest program class above `cls` whose `__init__` would run (a dataclass's generated one counts). */
function nearestInit(ctx: LowerContext, cls: A.ClassDef): A.ClassDef | null {
  for (let c = ctx.infer.classes.get(cls.name)?.base ?? null, depth = 0; c && depth < 50; depth++) {
    const facts = ctx.infer.classes.get(c);
    if (!facts) return null;
    if (facts.isDataclass || facts.node.body.some((s) => s.kind === "FunctionDef" && s.name === "__init__")) return facts.node;
    c = facts.base;
  }
  return null;
}

/** The positional arguments of this call of `init`, as `BaseException.__new__` records them. */
function passedArguments(init: A.FunctionDef | A.AsyncFunctionDef): Expr[] {
  const a = init.args;
  const plain = [...a.posonlyargs, ...a.args].slice(1);
  if (a.defaults.length > 0) return [{ k: "spread", expr: id("arguments") }];
  return [...plain.map((p) => id(p.arg)), ...(a.vararg ? [{ k: "spread" as const, expr: id(a.vararg.arg) }] : [])];
}

/** True when the base's `__init__` only stores plain values into attributes `stores` overwrites. */
function unobservable(base: A.ClassDef, stores: ReadonlySet<string>): boolean {
  const init = base.body.find((s): s is A.FunctionDef => s.kind === "FunctionDef" && s.name === "__init__");
  if (!init) return false;
  const self = [...init.args.posonlyargs, ...init.args.args][0]?.arg;
  return init.body.every((s) =>
    s.kind === "Pass" ||
    (s.kind === "Expr" && s.value.kind === "Constant") ||
    (s.kind === "Assign" && isPlain(s.value) && s.targets.every((t) => t.kind === "Attribute" && t.value.kind === "Name" && t.value.id === self && stores.has(t.attr))));
}

function isPlain(e: A.Expr): boolean {
  if (e.kind === "Constant" || e.kind === "Name") return true;
  if (e.kind === "List" || e.kind === "Tuple" || e.kind === "Set") return e.elts.every(isPlain);
  if (e.kind === "Dict") return e.keys.every((k) => k !== null && isPlain(k)) && e.values.every(isPlain);
  return false;
}
