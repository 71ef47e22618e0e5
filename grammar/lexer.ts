/**
 * The Chevrotain lexer for Python 3.11's raw tokens: names, numbers, strings, operators,
 * comments (group "comments") and PHYSICAL_NEWLINE; whitespace, backslash continuations and a
 * leading BOM are skipped. Keywords are not lexed separately: a keyword is a NAME whose image is
 * in `KEYWORD_TYPES`, which the indentation pass (src/parse/indent.ts) applies. That pass also
 * turns PHYSICAL_NEWLINE into NEWLINE / INDENT / DEDENT and reports every tokenizer error.
 *
 * Every character of any text is matched by some token (ERRORTOKEN takes the leftovers), so the
 * lexer itself never reports an error. Tokens carry only offsets (`positionTracking:
 * "onlyOffset"`): line and column come from the SourceFile when shown.
 */
import { Lexer, type IToken, type TokenType } from "chevrotain";
import * as T from "./tokens.js";

/** Token types in lexing order: the order matters (longest operator first, STRING before NAME). */
export const lexerTokens: readonly TokenType[] = [
  T.WHITESPACE, T.PHYSICAL_NEWLINE, T.COMMENT, T.CONTINUATION, T.BOM,
  T.STRING, T.NAME, T.NUMBER,
  T.ELLIPSIS, T.DOUBLESTAREQUAL, T.DOUBLESLASHEQUAL, T.LEFTSHIFTEQUAL, T.RIGHTSHIFTEQUAL,
  T.DOUBLESTAR, T.DOUBLESLASH, T.LEFTSHIFT, T.RIGHTSHIFT, T.EQEQUAL, T.NOTEQUAL, T.LESSEQUAL, T.GREATEREQUAL,
  T.RARROW, T.COLONEQUAL, T.PLUSEQUAL, T.MINEQUAL, T.STAREQUAL, T.SLASHEQUAL, T.PERCENTEQUAL, T.AMPEREQUAL,
  T.VBAREQUAL, T.CIRCUMFLEXEQUAL, T.ATEQUAL,
  T.LPAR, T.RPAR, T.LSQB, T.RSQB, T.LBRACE, T.RBRACE, T.COLON, T.COMMA, T.SEMI, T.PLUS, T.MINUS, T.STAR,
  T.SLASH, T.VBAR, T.AMPER, T.LESS, T.GREATER, T.EQUAL, T.DOT, T.PERCENT, T.TILDE, T.CIRCUMFLEX, T.AT,
  T.ERRORTOKEN,
];

/** Keyword token type by image (`"def"` → KW_def). Soft keywords (match, case, _) are not here. */
export const KEYWORD_TYPES: ReadonlyMap<string, TokenType> = new Map(
  T.KEYWORDS.map((type) => [type.name.slice("KW_".length), type]),
);

/** One lexer for all calls: Chevrotain keeps no state between `tokenize` calls. */
export const pythonLexer = new Lexer(lexerTokens as TokenType[], {
  positionTracking: "onlyOffset",
  ensureOptimizations: true,
  skipValidations: true,
  recoveryEnabled: true,
  lineTerminatorsPattern: /\r\n|\r|\n/,
  lineTerminatorCharacters: ["\r", "\n"],
});

/**
 * Every token gets its final shape when Chevrotain creates it, `endOffset` (inclusive) and
 * `payload` included, so that no later pass adds a property (which would give tokens several
 * hidden classes and cost the parser). `createTokenInstance` is the hook Chevrotain 11's lexer
 * calls for each token (chosen in its constructor from `positionTracking`); if a future version
 * drops it, tokens simply keep Chevrotain's own shape and tokenize() fills in `endOffset`.
 */
function createPythonToken(image: string, startOffset: number, tokenTypeIdx: number, tokenType: TokenType): IToken {
  return { image, startOffset, endOffset: startOffset + image.length - 1, tokenTypeIdx, tokenType, payload: undefined };
}
Object.assign(pythonLexer, { createTokenInstance: createPythonToken });
