/** PY11xx: tokenizer and indentation errors (unterminated strings, bad dedents, tabs, stray characters). */
import { defineDiagnostic } from "./diagnostic.js";

export const tokenDiagnostics = {
  invalidCharacter: defineDiagnostic<{ char: string }>("PY1101", "error", (p) => `invalid character '${p.char}'`),
} as const;
