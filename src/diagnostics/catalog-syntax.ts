/** PY1xxx: the text is not valid Python 3.11 (lexer, indentation pass, parser). */
import { defineDiagnostic } from "./diagnostic.js";

export const syntaxDiagnostics = {
  invalidSyntax: defineDiagnostic<{ detail: string }>("PY1001", "error", (p) => p.detail || "invalid syntax"),
} as const;
