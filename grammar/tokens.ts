/**
 * Token types for Python 3.11, named after CPython's `token` module (NAME, NUMBER, STRING,
 * LPAR, DOUBLESTAR, ...) and keywords as KW_<word>.
 *
 * The Chevrotain lexer produces raw tokens, including PHYSICAL_NEWLINE for each line break;
 * the indentation pass in `src/` turns those into NEWLINE / INDENT / DEDENT (types defined here
 * with Lexer.NA so the parser can consume them) and drops them inside brackets.
 * F-strings are single STRING tokens, as in CPython 3.11's tokenizer.
 *
 * Soft keywords (`match`, `case`, `_`) are NAME tokens; the parser looks at their image.
 */
import { createToken, Lexer, type TokenType } from "chevrotain";

// ---------------------------------------------------------------- synthesized by the indentation pass
export const NEWLINE = createToken({ name: "NEWLINE", pattern: Lexer.NA });
export const INDENT = createToken({ name: "INDENT", pattern: Lexer.NA });
export const DEDENT = createToken({ name: "DEDENT", pattern: Lexer.NA });

// ---------------------------------------------------------------- trivia and line structure
export const WHITESPACE = createToken({ name: "WHITESPACE", pattern: /[ \t\f]+/, group: Lexer.SKIPPED });
export const COMMENT = createToken({ name: "COMMENT", pattern: /#[^\r\n]*/, group: "comments" });
/** A backslash followed by a line break: joins the two lines, no token in the stream. */
export const CONTINUATION = createToken({ name: "CONTINUATION", pattern: /\\(\r\n|\r|\n)/, group: Lexer.SKIPPED, line_breaks: true });
export const PHYSICAL_NEWLINE = createToken({ name: "PHYSICAL_NEWLINE", pattern: /\r\n|\r|\n/, line_breaks: true });

// ---------------------------------------------------------------- literals and names
/** A string or bytes literal with any prefix, including f-strings and triple quotes. */
export const STRING = createToken({
  name: "STRING",
  pattern: /(?:[rR][bBfF]?|[bBfF][rR]?|[uU])?(?:'''[^\\]*?(?:\\[\s\S][^\\]*?)*?'''|"""[^\\]*?(?:\\[\s\S][^\\]*?)*?"""|'(?:[^'\\\r\n]|\\[\s\S])*'|"(?:[^"\\\r\n]|\\[\s\S])*")/,
  line_breaks: true,
});
export const NUMBER = createToken({
  name: "NUMBER",
  pattern: /(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)/,
});
export const NAME = createToken({ name: "NAME", pattern: /[\p{L}\p{Nl}_\u1885\u1886\u2118\u212E\u309B\u309C][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00B7\u0387\u1369-\u1371\u19DA\u1885\u1886\u2118\u212E\u309B\u309C]*/u });

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
/** `!` alone is not a Python token (only inside f-strings); kept so the lexer reports it as a token error at a position. */
export const ERRORTOKEN = createToken({ name: "ERRORTOKEN", pattern: /[!$?`]/ });

export const KEYWORDS: readonly TokenType[] = [
  KW_False, KW_None, KW_True, KW_and, KW_as, KW_assert, KW_async, KW_await, KW_break, KW_class,
  KW_continue, KW_def, KW_del, KW_elif, KW_else, KW_except, KW_finally, KW_for, KW_from, KW_global,
  KW_if, KW_import, KW_in, KW_is, KW_lambda, KW_nonlocal, KW_not, KW_or, KW_pass, KW_raise,
  KW_return, KW_try, KW_while, KW_with, KW_yield,
];

/** Token types in lexing order (the order matters to Chevrotain: longest operator first). */
export const allTokens: readonly TokenType[] = [
  WHITESPACE, COMMENT, CONTINUATION, PHYSICAL_NEWLINE,
  STRING, NUMBER, ...KEYWORDS, NAME,
  ELLIPSIS, DOUBLESTAREQUAL, DOUBLESLASHEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL,
  DOUBLESTAR, DOUBLESLASH, LEFTSHIFT, RIGHTSHIFT, EQEQUAL, NOTEQUAL, LESSEQUAL, GREATEREQUAL,
  RARROW, COLONEQUAL, PLUSEQUAL, MINEQUAL, STAREQUAL, SLASHEQUAL, PERCENTEQUAL, AMPEREQUAL,
  VBAREQUAL, CIRCUMFLEXEQUAL, ATEQUAL,
  LPAR, RPAR, LSQB, RSQB, LBRACE, RBRACE, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR,
  AMPER, LESS, GREATER, EQUAL, DOT, PERCENT, TILDE, CIRCUMFLEX, AT, ERRORTOKEN,
  NEWLINE, INDENT, DEDENT,
];
