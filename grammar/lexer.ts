/**
 * The lexer for Python 3.11's raw tokens: names, numbers, strings, operators, comments and
 * PHYSICAL_NEWLINE; whitespace, backslash continuations and a leading BOM are skipped. Keywords
 * are not lexed separately: a keyword is a NAME whose image is in `KEYWORD_TYPES`, which the
 * indentation pass (src/parse/indent.ts) applies. That pass also turns PHYSICAL_NEWLINE into
 * NEWLINE / INDENT / DEDENT and reports every tokenizer error.
 *
 * A hand-written loop over the characters, dispatching on the first one, rather than
 * Chevrotain's Lexer (which tries each candidate token type's regular expression in turn): the
 * tokens, their order of precedence and their images are those of the token types in tokens.ts
 * (their patterns document them); numbers and strings are read by the CPython-exact scanners of
 * scanners.ts. Every character of any text starts some token (ERRORTOKEN takes the leftovers),
 * so lexing never fails. Tokens carry only offsets: line and column come from the SourceFile.
 */
import type { IToken, TokenType } from "chevrotain";
import { scanNumber, scanString, stringPrefixLength } from "./scanners.js";
import * as T from "./tokens.js";
import type { LiteralErrorPayload } from "./tokens.js";

/** Keyword token type by image (`"def"` → KW_def). Soft keywords (match, case, _) are not here. */
export const KEYWORD_TYPES: ReadonlyMap<string, TokenType> = new Map(
  T.KEYWORDS.map((type) => [type.name.slice("KW_".length), type]),
);

export interface LexResult {
  readonly tokens: IToken[];
  /** The COMMENT tokens, in order. */
  readonly comments: IToken[];
}

/**
 * A token with its final shape, `endOffset` (inclusive) and `payload` included: every token of
 * the stream (synthesized NEWLINE / INDENT / DEDENT too) has the same hidden class, which keeps
 * the parser's and the builder's property accesses monomorphic.
 */
export function makeToken(tokenType: TokenType, image: string, startOffset: number, payload?: LiteralErrorPayload): IToken {
  return { image, startOffset, endOffset: startOffset + image.length - 1, tokenTypeIdx: tokenType.tokenTypeIdx!, tokenType, payload };
}

export function lex(text: string): LexResult {
  const tokens: IToken[] = [];
  const comments: IToken[] = [];
  const n = text.length;
  let i = n > 0 && text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // whitespace: [ \t\f]+
    if (c === 32 || c === 9 || c === 12) {
      i++;
      while (i < n && isWhitespace(text.charCodeAt(i))) i++;
      continue;
    }
    if (c === 10) {
      tokens.push(makeToken(T.PHYSICAL_NEWLINE, "\n", i++));
      continue;
    }
    if (c === 13) {
      const crlf = text.charCodeAt(i + 1) === 10;
      tokens.push(makeToken(T.PHYSICAL_NEWLINE, crlf ? "\r\n" : "\r", i));
      i += crlf ? 2 : 1;
      continue;
    }
    if (c === 35) {
      let end = i + 1;
      while (end < n && !isLineBreak(text.charCodeAt(end))) end++;
      comments.push(makeToken(T.COMMENT, text.substring(i, end), i));
      i = end;
      continue;
    }
    if (c === 92) {
      // a backslash before a line break continues the line; otherwise it is an ERRORTOKEN
      const next = text.charCodeAt(i + 1);
      if (next === 10 || next === 13) {
        i += next === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2;
        continue;
      }
      tokens.push(makeToken(T.ERRORTOKEN, "\\", i++));
      continue;
    }
    if (c === 39 || c === 34 || STRING_PREFIX_START[c] === 1) {
      const quoteAt = c === 39 || c === 34 ? i : i + stringPrefixLength(text, i);
      if (quoteAt >= i) {
        const scanned = scanString(text, i, quoteAt);
        const payload = scanned.error ? { error: scanned.error, detectedAt: scanned.detectedAt } : undefined;
        tokens.push(makeToken(T.STRING, text.substring(i, scanned.end), i, payload));
        i = scanned.end;
        continue;
      }
    }
    if (c >= 128 || NAME_START[c] === 1) {
      let end = i + 1;
      while (end < n) {
        const d = text.charCodeAt(end);
        if (d < 128 && NAME_CHAR[d] !== 1) break;
        end++;
      }
      tokens.push(makeToken(T.NAME, text.substring(i, end), i));
      i = end;
      continue;
    }
    if ((c >= 48 && c <= 57) || c === 46) {
      const scanned = scanNumber(text, i);
      if (scanned !== undefined) {
        const end = Math.max(scanned.end, i + 1);
        tokens.push(makeToken(T.NUMBER, text.substring(i, end), i, scanned.error ? { error: scanned.error } : undefined));
        i = end;
        continue;
      }
    }
    const type = operatorAt(text, i, c);
    const image = type === T.ERRORTOKEN ? text[i]! : OPERATOR_IMAGES.get(type)!;
    tokens.push(makeToken(type, image, i));
    i += image.length;
  }
  return { tokens, comments };
}

function isWhitespace(c: number): boolean {
  return c === 32 || c === 9 || c === 12;
}

function isLineBreak(c: number): boolean {
  return c === 10 || c === 13;
}

function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const ch of chars) table[ch.charCodeAt(0)] = 1;
  return table;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_";
const NAME_START = charTable(LETTERS);
const NAME_CHAR = charTable(LETTERS + "0123456789");
/** First letters of a string prefix (the STRING token type's start_chars_hint). */
const STRING_PREFIX_START = charTable("rRbBfFuU");

const OPERATOR_IMAGES: ReadonlyMap<TokenType, string> = new Map(
  [
    T.ELLIPSIS, T.DOUBLESTAREQUAL, T.DOUBLESLASHEQUAL, T.LEFTSHIFTEQUAL, T.RIGHTSHIFTEQUAL, T.DOUBLESTAR,
    T.DOUBLESLASH, T.LEFTSHIFT, T.RIGHTSHIFT, T.EQEQUAL, T.NOTEQUAL, T.LESSEQUAL, T.GREATEREQUAL, T.RARROW,
    T.COLONEQUAL, T.PLUSEQUAL, T.MINEQUAL, T.STAREQUAL, T.SLASHEQUAL, T.PERCENTEQUAL, T.AMPEREQUAL,
    T.VBAREQUAL, T.CIRCUMFLEXEQUAL, T.ATEQUAL, T.LPAR, T.RPAR, T.LSQB, T.RSQB, T.LBRACE, T.RBRACE, T.COLON,
    T.COMMA, T.SEMI, T.PLUS, T.MINUS, T.STAR, T.SLASH, T.VBAR, T.AMPER, T.LESS, T.GREATER, T.EQUAL, T.DOT,
    T.PERCENT, T.TILDE, T.CIRCUMFLEX, T.AT,
  ].map((type) => [type, type.PATTERN as string]),
);

/** The longest operator at `i` (first character `c`), or ERRORTOKEN for a character no token starts with. */
function operatorAt(text: string, i: number, c: number): TokenType {
  const c1 = text.charCodeAt(i + 1);
  const eq = c1 === 61; // '='
  switch (c) {
    case 40: return T.LPAR;
    case 41: return T.RPAR;
    case 91: return T.LSQB;
    case 93: return T.RSQB;
    case 123: return T.LBRACE;
    case 125: return T.RBRACE;
    case 44: return T.COMMA;
    case 59: return T.SEMI;
    case 126: return T.TILDE;
    case 58: return eq ? T.COLONEQUAL : T.COLON;
    case 46: return c1 === 46 && text.charCodeAt(i + 2) === 46 ? T.ELLIPSIS : T.DOT;
    case 61: return eq ? T.EQEQUAL : T.EQUAL;
    case 33: return eq ? T.NOTEQUAL : T.ERRORTOKEN;
    case 43: return eq ? T.PLUSEQUAL : T.PLUS;
    case 45: return eq ? T.MINEQUAL : c1 === 62 ? T.RARROW : T.MINUS;
    case 37: return eq ? T.PERCENTEQUAL : T.PERCENT;
    case 38: return eq ? T.AMPEREQUAL : T.AMPER;
    case 124: return eq ? T.VBAREQUAL : T.VBAR;
    case 94: return eq ? T.CIRCUMFLEXEQUAL : T.CIRCUMFLEX;
    case 64: return eq ? T.ATEQUAL : T.AT;
    case 42:
      if (c1 === 42) return text.charCodeAt(i + 2) === 61 ? T.DOUBLESTAREQUAL : T.DOUBLESTAR;
      return eq ? T.STAREQUAL : T.STAR;
    case 47:
      if (c1 === 47) return text.charCodeAt(i + 2) === 61 ? T.DOUBLESLASHEQUAL : T.DOUBLESLASH;
      return eq ? T.SLASHEQUAL : T.SLASH;
    case 60:
      if (c1 === 60) return text.charCodeAt(i + 2) === 61 ? T.LEFTSHIFTEQUAL : T.LEFTSHIFT;
      return eq ? T.LESSEQUAL : T.LESS;
    case 62:
      if (c1 === 62) return text.charCodeAt(i + 2) === 61 ? T.RIGHTSHIFTEQUAL : T.RIGHTSHIFT;
      return eq ? T.GREATEREQUAL : T.GREATER;
    default:
      return T.ERRORTOKEN;
  }
}
