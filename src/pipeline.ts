/**
 * The compiler pipeline as one function: AST → analysis → IR → lowering → text → prettier.
 * Parsing is the caller's (see transpile.ts), so tests can feed an AST from any source.
 */
import { checkBlockContext } from "./analysis/block-context.js";
import { checkDeclarations } from "./analysis/declarations.js";
import type { Module } from "./ast/nodes.js";
import { hasErrors, type Diagnostic } from "./diagnostics/diagnostic.js";
import { formatTypeScript } from "./emit/format.js";
import { printProgram } from "./emit/print.js";
import type { ProgramIR } from "./ir/nodes.js";
import { lowerToIR } from "./lower/lower.js";

export interface CompileResult {
  readonly code: string | null;
  readonly ir: ProgramIR | null;
  readonly diagnostics: readonly Diagnostic[];
}

export async function compileModule(module: Module, options: { filename: string }): Promise<CompileResult> {
  // CPython's symbol table rejects a program before its compiler looks at statement contexts
  const rejected = checkDeclarations(module, options);
  if (rejected.length > 0) return { code: null, ir: null, diagnostics: rejected };
  const misplaced = checkBlockContext(module, options);
  if (misplaced.length > 0) return { code: null, ir: null, diagnostics: misplaced };
  const { ir, diagnostics } = lowerToIR(module, options);
  if (hasErrors(diagnostics)) return { code: null, ir: null, diagnostics };
  const code = await formatTypeScript(printProgram(ir));
  return { code, ir, diagnostics };
}
