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
import { asyncHelperArrows, awaitsDirectly } from "./await-in-arrows.js";
import { declareOwners } from "./generator-owners.js";

export function lowerModule(ctx: LowerContext, module: A.Module, options: { file: string }): ProgramIR {
  const body = asyncHelperArrows(ctx.inScope(ctx.scopes.module, () => [...declareOwners(ctx), ...lowerBody(ctx, module.body, { top: true })]));
  const isAsync = awaitsDirectly(body);
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
