/**
 * Diagnostics are data: a stable code from the catalog, a severity, a message, and where.
 * The API returns them; only the CLI (and the playground) render them.
 */
import type { Span } from "../ast/nodes.js";

export type Severity = "error" | "warning" | "note";

export interface Diagnostic {
  /** Stable code: PY1xxx syntax, PY2xxx unsupported construct, PY3xxx types, PY9xxx internal. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly file: string;
  readonly span: Span;
  readonly notes?: readonly string[];
}

/** A catalog entry: the code and severity are fixed; the message is built from typed parameters. */
export interface DiagnosticDef<P> {
  readonly code: string;
  readonly severity: Severity;
  readonly format: (params: P) => string;
}

export function defineDiagnostic<P = Record<string, never>>(
  code: string,
  severity: Severity,
  format: (params: P) => string,
): DiagnosticDef<P> {
  return { code, severity, format };
}

export function makeDiagnostic<P>(
  def: DiagnosticDef<P>,
  params: P,
  where: { readonly file: string; readonly span: Span },
  notes?: readonly string[],
): Diagnostic {
  return {
    code: def.code,
    severity: def.severity,
    message: def.format(params),
    file: where.file,
    span: where.span,
    ...(notes && notes.length > 0 ? { notes } : {}),
  };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** A bug in py2ts itself (never a user error): thrown, never swallowed. */
export class InternalError extends Error {
  override readonly name = "InternalError";
}
