/**
 * PY11xx: tokenizer and indentation errors (unterminated strings, malformed numbers, stray
 * characters, brackets, bad dedents, tabs). Messages are CPython 3.11's, word for word, so that a
 * user sees what `python3` would say.
 */
import { defineDiagnostic } from "./diagnostic.js";

export const tokenDiagnostics = {
  /** A printable character that cannot appear in an identifier (`€`). */
  invalidCharacter: defineDiagnostic<{ char: string; codePoint: string }>("PY1101", "error", (p) => `invalid character '${p.char}' (U+${p.codePoint})`),
  /** A non-printable character outside a string (U+00A0, control characters, a BOM after offset 0). */
  nonPrintableCharacter: defineDiagnostic<{ codePoint: string }>("PY1102", "error", (p) => `invalid non-printable character U+${p.codePoint}`),
  unterminatedString: defineDiagnostic<{ line: number }>("PY1103", "error", (p) => `unterminated string literal (detected at line ${p.line})`),
  unterminatedTripleQuotedString: defineDiagnostic<{ line: number }>("PY1104", "error", (p) => `unterminated triple-quoted string literal (detected at line ${p.line})`),
  /** A malformed number: "invalid decimal literal", "invalid digit '8' in octal literal", leading zeros... */
  invalidNumber: defineDiagnostic<{ message: string }>("PY1105", "error", (p) => p.message),
  unmatchedBracket: defineDiagnostic<{ bracket: string }>("PY1106", "error", (p) => `unmatched '${p.bracket}'`),
  mismatchedBracket: defineDiagnostic<{ closing: string; opening: string; openingLine?: number }>("PY1107", "error", (p) =>
    `closing parenthesis '${p.closing}' does not match opening parenthesis '${p.opening}'${p.openingLine === undefined ? "" : ` on line ${p.openingLine}`}`,
  ),
  unclosedBracket: defineDiagnostic<{ bracket: string }>("PY1108", "error", (p) => `'${p.bracket}' was never closed`),
  unindentMismatch: defineDiagnostic("PY1109", "error", () => "unindent does not match any outer indentation level"),
  inconsistentTabs: defineDiagnostic("PY1110", "error", () => "inconsistent use of tabs and spaces in indentation"),
  tooDeepIndentation: defineDiagnostic("PY1111", "error", () => "too many levels of indentation"),
  tooManyNestedBrackets: defineDiagnostic("PY1112", "error", () => "too many nested parentheses"),
  characterAfterContinuation: defineDiagnostic("PY1113", "error", () => "unexpected character after line continuation character"),
  unexpectedEof: defineDiagnostic("PY1114", "error", () => "unexpected EOF while parsing"),
  nullByte: defineDiagnostic("PY1115", "error", () => "source code string cannot contain null bytes"),
} as const;
