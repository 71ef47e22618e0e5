/**
 * The API: Python source text → formatted TypeScript plus diagnostics. Pure (no file system, no
 * process), and safe to call concurrently: every call builds its own tables.
 */
import { hasErrors, InternalError, makeDiagnostic, type Diagnostic } from "./diagnostics/diagnostic.js";
import { internalDiagnostics } from "./diagnostics/catalog.js";
import { parse } from "./parse/parse.js";
import { compileModule } from "./pipeline.js";

export interface TranspileOptions {
  readonly filename: string;
}

export interface TranspileResult {
  /** null when there are errors */
  readonly code: string | null;
  readonly diagnostics: readonly Diagnostic[];
}

export async function transpile(source: string, options: TranspileOptions): Promise<TranspileResult> {
  const parsed = parse(source, { filename: options.filename });
  if (!parsed.module || hasErrors(parsed.diagnostics)) return { code: null, diagnostics: parsed.diagnostics };
  try {
    const result = await compileModule(parsed.module, options);
    return { code: result.code, diagnostics: [...parsed.diagnostics, ...result.diagnostics] };
  } catch (error) {
    if (error instanceof InternalError) throw error;
    const detail = error instanceof Error ? `${error.message}` : String(error);
    const where = { file: options.filename, span: { start: 0, end: 0 } };
    throw new InternalError(makeDiagnostic(internalDiagnostics.internal, { detail }, where).message, { cause: error });
  }
}
