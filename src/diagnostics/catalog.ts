/**
 * The one catalog of diagnostics. Codes are stable: never reuse or renumber one.
 * Sections live in their own files so each stage owns its codes.
 */
import { syntaxDiagnostics } from "./catalog-syntax.js";
import { tokenDiagnostics } from "./catalog-tokens.js";
import { translateDiagnostics } from "./catalog-translate.js";
import { defineDiagnostic } from "./diagnostic.js";

export const internalDiagnostics = {
  internal: defineDiagnostic<{ detail: string }>("PY9001", "error", (p) => `internal error in py2ts: ${p.detail}`),
} as const;

export const Diagnostics = { ...tokenDiagnostics, ...syntaxDiagnostics, ...translateDiagnostics, ...internalDiagnostics } as const;
