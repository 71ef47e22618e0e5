/**
 * Lowering entry: analysis side tables → IR for the whole module, then the import pass.
 * Stops with diagnostics (and no IR) when analysis or lowering found an error.
 */
import type * as A from "../ast/nodes.js";
import { collectAttributeSources } from "../analysis/attributes.js";
import { collectBindings } from "../analysis/bindings.js";
import { collectContainerUses } from "../analysis/container-uses.js";
import { TypeInference } from "../analysis/infer.js";
import { analyzeScopes } from "../analysis/scopes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { printProgram } from "../emit/print.js";
import type { ProgramIR } from "../ir/nodes.js";
import { LowerContext } from "./context.js";
import { lowerModule } from "./module.js";
import { addRuntimeImports } from "./runtime-imports.js";

export function lowerToIR(module: A.Module, options: { filename: string }): { ir: ProgramIR; diagnostics: Diagnostic[] } {
  const scopes = analyzeScopes(module);
  const uses = collectContainerUses(scopes);
  const infer = new TypeInference(scopes, collectBindings(scopes, uses), module, uses, collectAttributeSources(scopes));
  const ctx = new LowerContext(options.filename, scopes, infer);
  const file = options.filename.split(/[\\/]/).pop() ?? options.filename;
  const body = lowerModule(ctx, module, { file });
  const ir = addRuntimeImports(body, ctx.helpers, printProgram(body));
  return { ir, diagnostics: ctx.diagnostics };
}
