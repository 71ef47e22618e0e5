/**
 * The cache-miss half of `py2ts run`: transpile (diagnostics to stderr), strip the types with the
 * TypeScript compiler bundled by ts-morph, and bundle the program with the runtime it uses
 * (bundle.ts). Loaded only on a miss, so a cache hit loads neither the compiler, nor ts-morph,
 * nor prettier, nor the bundler.
 */
import { basename } from "node:path";
import { bundleProgram, type BundledProgram } from "./bundle.js";
import { printDiagnostics } from "./report.js";

/** The bundled program, or null when the source has errors (already reported). */
export async function compileProgram(source: string, path: string): Promise<BundledProgram | null> {
  const filename = basename(path);
  const { transpile } = await import("../transpile.js");
  const result = await transpile(source, { filename });
  printDiagnostics(result.diagnostics, source, filename);
  if (result.code === null) return null;
  return bundleProgram(await stripTypes(result.code));
}

/** Type-stripped ES module JS, imports still naming `py2ts/runtime`. */
export async function stripTypes(code: string): Promise<string> {
  const { ts } = await import("ts-morph");
  const out = ts.transpileModule(code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
  });
  return out.outputText;
}
