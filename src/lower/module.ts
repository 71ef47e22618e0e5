/**
 * The module: its body runs inside the runtime's `runProgram` (which sets `sys.argv`, prints a
 * traceback for an uncaught exception and sets the exit status), after the hoisted constants.
 *
 *     print("hello")   →   runProgram({ file: "hello.py" }, () => { print("hello"); });
 */
import type * as A from "../ast/nodes.js";
import { call, type Expr, type ProgramIR, type Stmt, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { lowerBody } from "./statements.js";
import { asyncHelperArrows } from "./await-in-arrows.js";
import { declareOwners } from "./generator-owners.js";

export function lowerModule(ctx: LowerContext, module: A.Module, options: { file: string }): ProgramIR {
  const body = asyncHelperArrows(ctx.inScope(ctx.scopes.module, () => [...declareOwners(ctx), ...lowerBody(ctx, module.body, { top: true })]));
  const isAsync = containsTopLevelAwait(body);
  const entry: Expr = call(ctx.helper("runProgram"), [
    { k: "object", props: [{ key: "file", value: str(options.file) }, ...builtinsOption(ctx)] },
    { k: "arrow", params: [], body, ...(isAsync ? { async: true } : {}) },
  ]);
  const program: Stmt[] = [...ctx.hoisted, { k: "expr", expr: entry }];
  return { body: program };
}

/** `builtins: [len, max]`: the builtin functions the program reads as values (runtime builtin-functions.ts). */
function builtinsOption(ctx: LowerContext): { key: string; value: Expr }[] {
  const values = [...ctx.builtinFunctionValues].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v);
  return values.length > 0 ? [{ key: "builtins", value: { k: "array", items: values } }] : [];
}

/** True when the module body awaits outside any nested function or class (`asyncio.run` anywhere at top level, in a loop, `try` or `with` too). */
function containsTopLevelAwait(body: readonly Stmt[]): boolean {
  return awaitsOutsideFunctions(body);
}

function awaitsOutsideFunctions(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(awaitsOutsideFunctions);
  if (node === null || typeof node !== "object") return false;
  const kind = (node as { readonly k?: unknown }).k;
  if (kind === "await" || (kind === "forof" && (node as { readonly await?: boolean }).await === true)) return true;
  if (kind === "arrow" || kind === "func" || kind === "function" || kind === "class") return false;
  return Object.values(node).some(awaitsOutsideFunctions);
}
