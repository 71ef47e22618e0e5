/**
 * Which except handlers (and `finally` blocks) need their body wrapped so that an exception
 * raised while the body runs gets the handled exception as `__context__`, as CPython sets it on
 * every raise inside `except`: one raised *indirectly* (in a callee, a resumed generator, a user
 * dunder) or by a builtin operation itself (`d[k]` on a dict, `xs.pop()` on an empty list). A
 * `raise` statement in the handler sets it itself (lowerRaise), so a body made only of quiet
 * statements (`pass`, `print` of plain values, `raise E("msg")`, assignments of names and
 * constants, `return`, `break`, `continue`) is left as it is.
 *
 *     except KeyError:                  catch ($e) { const $exc = pyCatch($e); ...
 *         total += d[key]       →         try { total += d[key]; } catch ($h) { throw withContext($h, $exc); }
 *     except KeyError:
 *         print("missing", key) →         print("missing", key);          (no wrap)
 *
 * The wrap costs readability, so it is emitted only in modules that can observe `__context__`
 * (they read it, by attribute or getattr, or import traceback, which prints the chain; an uncaught
 * exception's chain goes to stderr only).
 */
import type * as A from "../ast/nodes.js";
import { resolveScope } from "../analysis/scopes.js";
import { someNode } from "../analysis/walk.js";
import type { PyType } from "../analysis/pytypes.js";
import type { LowerContext } from "./context.js";

/** Builtins that raise only through a user dunder of an argument (or never, for these arguments). */
const QUIET_BUILTINS = new Set(["print", "repr", "str", "ascii", "isinstance", "type", "id", "bool", "callable"]);

/** Dunders a class may define without making its instances run user code in builtins. */
const CONSTRUCTION_DUNDERS = new Set(["__init__", "__new__", "__post_init__", "__init_subclass__", "__class_getitem__"]);

/** True when running `stmts` in a handler (or a `finally`) may raise an exception that is not a `raise` of its own. */
export function handlerMayRaise(ctx: LowerContext, stmts: readonly A.Stmt[]): boolean {
  if (!ctx.readsExceptionContext) return false;
  return !stmts.every((s) => quietStatement(ctx, s));
}

/**
 * The same for a `finally`, and in any module for one with a `raise` statement: the exception
 * propagating while it runs is known only at run time (handled-exceptions.ts's observed form
 * gives it to them; the uncaught traceback prints the chain, as `raise` in `except` does).
 */
export function cleanupMayRaise(ctx: LowerContext, stmts: readonly A.Stmt[]): boolean {
  return handlerMayRaise(ctx, stmts) || stmts.some((s) => someNode(s, (n) => n.kind === "Raise"));
}

function quietStatement(ctx: LowerContext, s: A.Stmt): boolean {
  switch (s.kind) {
    case "Pass": case "Break": case "Continue":
      return true;
    case "Expr":
      return quietExpr(ctx, s.value);
    case "Assign":
      return s.targets.every((t) => t.kind === "Name") && quietExpr(ctx, s.value);
    case "Return":
      return s.value === null || quietExpr(ctx, s.value);
    case "Raise":
      return (s.exc === null || quietExpr(ctx, s.exc)) && (s.cause === null || quietExpr(ctx, s.cause));
    default:
      return false;
  }
}

/** An expression that cannot raise by itself nor run user code. */
function quietExpr(ctx: LowerContext, e: A.Expr): boolean {
  switch (e.kind) {
    case "Constant": case "Name":
      return true;
    case "Tuple":
      return e.elts.every((x) => quietExpr(ctx, x));
    case "JoinedStr":
      return e.values.every((x) => quietExpr(ctx, x));
    case "FormattedValue":
      return e.format_spec === null && quietExpr(ctx, e.value) && !runsUserCode(ctx, e.value);
    case "BinOp":
      return quietArithmetic(e.op, ctx.typeOf(e.left), ctx.typeOf(e.right)) && quietExpr(ctx, e.left) && quietExpr(ctx, e.right);
    case "Compare":
      return e.ops.every((op) => op === "Is" || op === "IsNot") && [e.left, ...e.comparators].every((x) => quietExpr(ctx, x));
    case "Attribute": {
      // `type(x).__name__`
      if (e.attr === "__name__" && e.value.kind === "Call" && e.value.func.kind === "Name" && e.value.func.id === "type") return quietExpr(ctx, e.value);
      // an exception's own fields (`e.args`, `e.__context__`)
      const t = ctx.typeOf(e.value);
      return e.value.kind === "Name" && t.t === "instance" && isExceptionClass(ctx, t.cls) && !definesDunders(ctx, t.cls);
    }
    case "Call": {
      const f = e.func;
      if (f.kind !== "Name" || resolveScope(ctx.scope, f.id)) return false;
      if (!QUIET_BUILTINS.has(f.id) && !isBuiltinExceptionClass(ctx, f.id)) return false;
      const args = [...e.args, ...e.keywords.map((k) => k.value)];
      return args.every((a) => a.kind !== "Starred" && quietExpr(ctx, a) && !runsUserCode(ctx, a));
    }
    default:
      return false;
  }
}

/** Arithmetic that cannot raise: no division, both operands numbers or both strings (or lists, tuples) for `+`. */
function quietArithmetic(op: string, a: PyType, b: PyType): boolean {
  if (op === "Div" || op === "FloorDiv" || op === "Mod" || op === "Pow" || op === "LShift" || op === "RShift") return false;
  const numeric = (t: PyType): boolean => t.t === "int" || t.t === "float" || t.t === "bool" || t.t === "num";
  if (numeric(a) && numeric(b)) return true;
  return op === "Add" && a.t === b.t && (a.t === "str" || a.t === "list" || a.t === "tuple");
}

function isBuiltinExceptionClass(ctx: LowerContext, name: string): boolean {
  return !ctx.infer.classes.has(name) && /(Error|Exception|Exit|Interrupt|Warning|Iteration)$/.test(name);
}

function isExceptionClass(ctx: LowerContext, name: string): boolean {
  for (let c: string | null = name, depth = 0; c && depth < 50; depth++) {
    const facts = ctx.infer.classes.get(c);
    if (!facts) return isBuiltinExceptionClass(ctx, c);
    c = facts.base;
  }
  return false;
}

/** A value whose str/repr/bool may run user code: a generator, or an instance of a program class with dunders. */
function runsUserCode(ctx: LowerContext, e: A.Expr): boolean {
  if (e.kind === "Attribute" && (e.attr === "__context__" || e.attr === "__cause__") && quietExpr(ctx, e)) {
    // another exception (or None): user code only if some program exception class has dunders
    return [...ctx.infer.classes.keys()].some((c) => isExceptionClass(ctx, c) && definesDunders(ctx, c));
  }
  const t = ctx.typeOf(e);
  if (t.t === "gen" || t.t === "unknown") return true;
  return t.t === "instance" && definesDunders(ctx, t.cls);
}

function definesDunders(ctx: LowerContext, cls: string): boolean {
  for (let c: string | null = cls, depth = 0; c && depth < 50; depth++) {
    const facts = ctx.infer.classes.get(c);
    if (!facts) return false;
    const dunder = facts.node.body.some((s) => (s.kind === "FunctionDef" || s.kind === "AsyncFunctionDef") && /^__\w+__$/.test(s.name) && !CONSTRUCTION_DUNDERS.has(s.name));
    if (dunder) return true;
    c = facts.base;
  }
  return false;
}
