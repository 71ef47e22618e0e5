/**
 * Which except handlers need their body wrapped so that an exception raised *indirectly* while
 * the handler runs (in a callee, a resumed generator, a user dunder) gets the handled exception
 * as `__context__`, as CPython sets it on every raise inside `except`. A `raise` statement in the
 * handler sets it itself (lowerRaise), so the wrap is only for code py2ts does not see raising.
 *
 *     except KeyError:                  catch ($e) { const $exc = pyCatch($e); ...
 *         callee()              →         try { callee(); } catch ($h) { throw withContext($h, $exc); }
 *     except KeyError:
 *         print("missing", key) →         print("missing", key);          (no wrap)
 *
 * The wrap costs readability, so it is emitted only in modules that can observe `__context__`
 * (they read it, by attribute or getattr, or import traceback, which prints the chain; an uncaught
 * exception's chain goes to stderr only), and there only where user code may run: calls of program
 * functions, classes and methods or of unknown callees; resumed generators and coroutines
 * (`yield`, `yield from`, `await`, `next(g)`, `for` over anything but a built-in container, `with`);
 * subscripts of values that are not built-in, arithmetic that may raise (division, mixed types). Calls of builtins that raise
 * only through user dunders (print, repr, len, isinstance, ..., methods of str/list/dict/set)
 * wrap only when an argument is an instance of a program class defining dunders or a generator.
 * Known gap: an exception a builtin raises by itself inside such a handler (`d[k]` on a dict,
 * `xs.pop()` on an empty list) has no `__context__`.
 */
import type * as A from "../ast/nodes.js";
import { resolveScope } from "../analysis/scopes.js";
import type { PyType } from "../analysis/pytypes.js";
import { forEachChild } from "../analysis/walk.js";
import type { LowerContext } from "./context.js";

/** Builtins that raise only through a user dunder of an argument (or a generator they consume). */
const QUIET_BUILTINS = new Set([
  "print", "repr", "str", "ascii", "len", "isinstance", "issubclass", "type", "id", "hash", "hasattr",
  "callable", "format", "sorted", "list", "tuple", "set", "frozenset", "dict", "bool", "getattr", "vars", "dir",
]);

const BUILTIN_VALUES = new Set(["int", "float", "bool", "str", "none", "list", "tuple", "dict", "set"]);

/** Dunders a class may define without making its instances run user code in builtins. */
const CONSTRUCTION_DUNDERS = new Set(["__init__", "__new__", "__post_init__", "__init_subclass__", "__class_getitem__"]);

/** True when an exception raised while running `stmts` in a handler may come from user code. */
export function handlerMayRaiseIndirectly(ctx: LowerContext, stmts: readonly A.Stmt[]): boolean {
  if (!ctx.readsExceptionContext) return false;
  let found = false;
  const visit = (n: A.Node): void => {
    if (found) return;
    if (raisesThroughUserCode(ctx, n)) { found = true; return; }
    if (n.kind === "FunctionDef" || n.kind === "AsyncFunctionDef" || n.kind === "ClassDef" || n.kind === "Lambda") return;
    forEachChild(n, visit);
  };
  stmts.forEach(visit);
  return found;
}

function raisesThroughUserCode(ctx: LowerContext, n: A.Node): boolean {
  switch (n.kind) {
    case "Yield": case "YieldFrom": case "Await": case "With": case "AsyncWith": case "AsyncFor":
      return true;
    case "For":
      return !builtinIterable(ctx, n.iter);
    case "Call":
      return callMayRunUserCode(ctx, n);
    case "Subscript":
      return !builtinValue(ctx.typeOf(n.value));
    case "BinOp":
      return !quietArithmetic(n.op, ctx.typeOf(n.left), ctx.typeOf(n.right));
    case "AugAssign":
      return !quietArithmetic(n.op, ctx.typeOf(n.target), ctx.typeOf(n.value));
    default:
      return false;
  }
}

/** Arithmetic that cannot raise: no division, both operands numbers or both of one sequence type. */
function quietArithmetic(op: string, a: PyType, b: PyType): boolean {
  if (op === "Div" || op === "FloorDiv" || op === "Mod" || op === "Pow") return false;
  const numeric = (t: PyType): boolean => t.t === "int" || t.t === "float" || t.t === "bool" || t.t === "num";
  if (numeric(a) && numeric(b)) return true;
  return op === "Add" && builtinValue(a) && a.t === b.t && (a.t === "str" || a.t === "list" || a.t === "tuple");
}

function builtinValue(t: PyType): boolean {
  if (t.t === "optional") return builtinValue(t.inner);
  return BUILTIN_VALUES.has(t.t) || t.t === "num";
}

function builtinIterable(ctx: LowerContext, e: A.Expr): boolean {
  if (e.kind === "Call" && e.func.kind === "Name" && e.func.id === "range" && !resolveScope(ctx.scope, "range")) return true;
  const t = ctx.typeOf(e).t;
  return t === "list" || t === "tuple" || t === "dict" || t === "set" || t === "str";
}

function callMayRunUserCode(ctx: LowerContext, e: A.Call): boolean {
  const f = e.func;
  if (f.kind === "Name" && !resolveScope(ctx.scope, f.id)) {
    if (QUIET_BUILTINS.has(f.id) || isBuiltinExceptionClass(ctx, f.id)) return e.args.some((a) => runsUserCode(ctx, a.kind === "Starred" ? a.value : a));
    return true;
  }
  if (f.kind === "Attribute") {
    const receiver = ctx.typeOf(f.value);
    const quiet = builtinValue(receiver) || receiver.t === "instance" && isBuiltinExceptionClass(ctx, receiver.cls);
    if (quiet) return e.args.some((a) => runsUserCode(ctx, a.kind === "Starred" ? a.value : a));
  }
  return true;
}

function isBuiltinExceptionClass(ctx: LowerContext, name: string): boolean {
  return !ctx.infer.classes.has(name) && /(Error|Exception|Exit|Interrupt|Warning|Iteration)$/.test(name);
}

/** An argument a quiet builtin may run user code on: a generator, or an instance of a program class with dunders. */
function runsUserCode(ctx: LowerContext, e: A.Expr): boolean {
  const t = ctx.typeOf(e);
  if (t.t === "gen") return true;
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
