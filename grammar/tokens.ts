/**
 * Token types for Python 3.11, named after CPython's `token` module (NAME, NUMBER, STRING,
 * LPAR, DOUBLESTAR, ...) and keywords as KW_<word>.
 *
 * The patterns define the raw tokens and their precedence (the order of `allTokens`: first
 * match wins, longest operator first); the lexer (grammar/lexer.ts) implements them by hand,
 * dispatching on the first character, which is much faster than trying patterns in turn. It
 * produces PHYSICAL_NEWLINE for each line break; the indentation pass in `src/` turns those into
 * NEWLINE / INDENT / DEDENT (types defined here with Lexer.NA so the parser can consume them)
 * and drops them inside brackets. F-strings are single STRING tokens, as in CPython 3.11's
 * tokenizer.
 *
 * Keywords are KW_<word> token types, but the lexer does not try them one by one: it lexes a
 * NAME and the indentation pass gives it the keyword's type by looking its image up
 * (KEYWORD_TYPES). Their patterns below only document them.
 * Soft keywords (`match`, `case`, `_`) are NAME tokens; the parser looks at their image.
 */
import { createToken, Lexer, type CustomPatternMatcherReturn, type TokenType } from "chevrotain";
import { scanNumber, scanString, stringPrefixLength, type ScanError } from "./scanners.js";

// ---------------------------------------------------------------- synthesized by the indentation pass
export const NEWLINE = createToken({ name: "NEWLINE", pattern: Lexer.NA });
export const INDENT = createToken({ name: "INDENT", pattern: Lexer.NA });
export const DEDENT = createToken({ name: "DEDENT", pattern: Lexer.NA });

// ---------------------------------------------------------------- trivia and line structure
export const WHITESPACE = createToken({ name: "WHITESPACE", pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
export const COMMENT = createToken({ name: "COMMENT", pattern: /#[^\r\n]*/, group: "comments" });
/**
 * A backslash followed by a line break: joins the two lines, no token in the stream. (A
 * backslash followed by anything else is an ERRORTOKEN, reported by the indentation pass.)
 */
export const CONTINUATION = createToken({ name: "CONTINUATION", pattern: /\\(\r\n|\r|\n)/, group: Lexer.SKIPPED, line_breaks: true });
export const PHYSICAL_NEWLINE = createToken({ name: "PHYSICAL_NEWLINE", pattern: /\r\n|\r|\n/, line_breaks: true });

// ---------------------------------------------------------------- literals and names
/**
 * A string or bytes literal with any prefix (r, u, b, br, rb, f, fr, rf in any case), single or
 * triple quoted; an f-string is one STRING token (Python 3.11). Scanned by `scanString` (a port
 * of CPython's loop); an unterminated literal is still a STRING token, carrying the error in its
 * payload (`StringPayload`) for the indentation pass to report.
 */
export const STRING = createToken({
  name: "STRING",
  pattern: { exec: matchString },
  line_breaks: true,
  start_chars_hint: ["'", '"', "r", "R", "b", "B", "f", "F", "u", "U"],
});
/**
 * A number (integers with any radix, floats, imaginary literals, underscores). Scanned by
 * `scanNumber`; a malformed literal is a NUMBER token whose payload carries CPython's error.
 */
export const NUMBER = createToken({
  name: "NUMBER",
  pattern: { exec: matchNumber },
  line_breaks: false,
  start_chars_hint: [".", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
});
/**
 * CPython's "potential identifier": ASCII letters, digits and `_`, or any non-ASCII character.
 * Keywords are found afterwards by looking the image up (faster than one pattern per keyword);
 * the indentation pass checks non-ASCII names against XID_Start / XID_Continue, as CPython's
 * `verify_identifier` does, and reports "invalid character" otherwise.
 */
export const NAME = createToken({ name: "NAME", pattern: /[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/ });
/** A UTF-8 byte order mark, accepted (and skipped) only at offset 0. */
export const BOM = createToken({
  name: "BOM",
  pattern: { exec: (text: string, offset: number) => (offset === 0 && text.charCodeAt(0) === 0xfeff ? ["\ufeff"] : null) },
  line_breaks: false,
  start_chars_hint: ["\ufeff"],
  group: Lexer.SKIPPED,
});

/** What a malformed STRING or NUMBER token carries: CPython's error, see grammar/scanners.ts. */
export interface LiteralErrorPayload {
  readonly error: ScanError;
  /** For an unterminated string: the offset where the end of line / end of file was reached. */
  readonly detectedAt?: number;
}

function matchString(text: string, offset: number): CustomPatternMatcherReturn | null {
  const first = text.charCodeAt(offset);
  let quoteAt = offset;
  if (first !== 39 && first !== 34) {
    const prefix = stringPrefixLength(text, offset);
    if (prefix <= 0) return null;
    quoteAt = offset + prefix;
  }
  const scanned = scanString(text, offset, quoteAt);
  const match: CustomPatternMatcherReturn = [text.substring(offset, scanned.end)];
  if (scanned.error) match.payload = { error: scanned.error, detectedAt: scanned.detectedAt } satisfies LiteralErrorPayload;
  return match;
}

function matchNumber(text: string, offset: number): CustomPatternMatcherReturn | null {
  const scanned = scanNumber(text, offset);
  if (scanned === undefined) return null;
  const match: CustomPatternMatcherReturn = [text.substring(offset, Math.max(scanned.end, offset + 1))];
  if (scanned.error) match.payload = { error: scanned.error } satisfies LiteralErrorPayload;
  return match;
}

const KEYWORD_WORDS = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
] as const;
export type KeywordWord = (typeof KEYWORD_WORDS)[number];

function keyword(word: KeywordWord): TokenType {
  return createToken({ name: `KW_${word}`, pattern: new RegExp(`${word}(?![\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}_])`, "u"), longer_alt: NAME });
}

export const KW_False = keyword("False");
export const KW_None = keyword("None");
export const KW_True = keyword("True");
export const KW_and = keyword("and");
export const KW_as = keyword("as");
export const KW_assert = keyword("assert");
export const KW_async = keyword("async");
export const KW_await = keyword("await");
export const KW_break = keyword("break");
export const KW_class = keyword("class");
export const KW_continue = keyword("continue");
export const KW_def = keyword("def");
export const KW_del = keyword("del");
export const KW_elif = keyword("elif");
export const KW_else = keyword("else");
export const KW_except = keyword("except");
export const KW_finally = keyword("finally");
export const KW_for = keyword("for");
export const KW_from = keyword("from");
export const KW_global = keyword("global");
export const KW_if = keyword("if");
export const KW_import = keyword("import");
export const KW_in = keyword("in");
export const KW_is = keyword("is");
export const KW_lambda = keyword("lambda");
export const KW_nonlocal = keyword("nonlocal");
export const KW_not = keyword("not");
export const KW_or = keyword("or");
export const KW_pass = keyword("pass");
export const KW_raise = keyword("raise");
export const KW_return = keyword("return");
export const KW_try = keyword("try");
export const KW_while = keyword("while");
export const KW_with = keyword("with");
export const KW_yield = keyword("yield");

// ---------------------------------------------------------------- operators and delimiters (longest first)
const op = (name: string, text: string): TokenType => createToken({ name, pattern: text });

export const ELLIPSIS = op("ELLIPSIS", "...");
export const DOUBLESTAREQUAL = op("DOUBLESTAREQUAL", "**=");
export const DOUBLESLASHEQUAL = op("DOUBLESLASHEQUAL", "//=");
export const LEFTSHIFTEQUAL = op("LEFTSHIFTEQUAL", "<<=");
export const RIGHTSHIFTEQUAL = op("RIGHTSHIFTEQUAL", ">>=");
export const DOUBLESTAR = op("DOUBLESTAR", "**");
export const DOUBLESLASH = op("DOUBLESLASH", "//");
export const LEFTSHIFT = op("LEFTSHIFT", "<<");
export const RIGHTSHIFT = op("RIGHTSHIFT", ">>");
export const EQEQUAL = op("EQEQUAL", "==");
export const NOTEQUAL = op("NOTEQUAL", "!=");
export const LESSEQUAL = op("LESSEQUAL", "<=");
export const GREATEREQUAL = op("GREATEREQUAL", ">=");
export const RARROW = op("RARROW", "->");
export const COLONEQUAL = op("COLONEQUAL", ":=");
export const PLUSEQUAL = op("PLUSEQUAL", "+=");
export const MINEQUAL = op("MINEQUAL", "-=");
export const STAREQUAL = op("STAREQUAL", "*=");
export const SLASHEQUAL = op("SLASHEQUAL", "/=");
export const PERCENTEQUAL = op("PERCENTEQUAL", "%=");
export const AMPEREQUAL = op("AMPEREQUAL", "&=");
export const VBAREQUAL = op("VBAREQUAL", "|=");
export const CIRCUMFLEXEQUAL = op("CIRCUMFLEXEQUAL", "^=");
export const ATEQUAL = op("ATEQUAL", "@=");
export const LPAR = op("LPAR", "(");
export const RPAR = op("RPAR", ")");
export const LSQB = op("LSQB", "[");
export const RSQB = op("RSQB", "]");
export const LBRACE = op("LBRACE", "{");
export const RBRACE = op("RBRACE", "}");
export const COLON = op("COLON", ":");
export const COMMA = op("COMMA", ",");
export const SEMI = op("SEMI", ";");
export const PLUS = op("PLUS", "+");
export const MINUS = op("MINUS", "-");
export const STAR = op("STAR", "*");
export const SLASH = op("SLASH", "/");
export const VBAR = op("VBAR", "|");
export const AMPER = op("AMPER", "&");
export const LESS = op("LESS", "<");
export const GREATER = op("GREATER", ">");
export const EQUAL = op("EQUAL", "=");
export const DOT = op("DOT", ".");
export const PERCENT = op("PERCENT", "%");
export const TILDE = op("TILDE", "~");
export const CIRCUMFLEX = op("CIRCUMFLEX", "^");
export const AT = op("AT", "@");
/**
 * Characters that start no Python token: `!` (alone), `$`, `?`, `` ` `` are operator-like tokens
 * the parser rejects ("invalid syntax"), as in CPython; a backslash not followed by a line break
 * and ASCII control characters become tokenizer errors in the indentation pass.
 */
export const ERRORTOKEN = createToken({ name: "ERRORTOKEN", pattern: /[\x00-\x08\x0b\x0e-\x1f!$?`\\\x7f]/ });

export const KEYWORDS: readonly TokenType[] = [
  KW_False, KW_None, KW_True, KW_and, KW_as, KW_assert, KW_async, KW_await, KW_break, KW_class,
  KW_continue, KW_def, KW_del, KW_elif, KW_else, KW_except, KW_finally, KW_for, KW_from, KW_global,
  KW_if, KW_import, KW_in, KW_is, KW_lambda, KW_nonlocal, KW_not, KW_or, KW_pass, KW_raise,
  KW_return, KW_try, KW_while, KW_with, KW_yield,
];

/** Token types in lexing order (the order matters to Chevrotain: longest operator first). */
export const allTokens: readonly TokenType[] = [
  WHITESPACE, COMMENT, CONTINUATION, PHYSICAL_NEWLINE, BOM,
  STRING, NUMBER, ...KEYWORDS, NAME,
  ELLIPSIS, DOUBLESTAREQUAL, DOUBLESLASHEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL,
  DOUBLESTAR, DOUBLESLASH, LEFTSHIFT, RIGHTSHIFT, EQEQUAL, NOTEQUAL, LESSEQUAL, GREATEREQUAL,
  RARROW, COLONEQUAL, PLUSEQUAL, MINEQUAL, STAREQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL,
  VBAREQUAL, CIRCUMFLEXEQUAL, ATEQUAL,
  LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR,
  AMPER, LESS, GREATER, EQUAL, DOT, PERCENT, TILDE, CIRCUMFLEX, AT, ERRORTOKEN,
  NEWLINE, INDENT, DEDENT,
];
