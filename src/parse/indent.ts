/**
 * The indentation pass: raw Chevrotain tokens → the token stream the parser consumes, the way
 * CPython's tokenizer (and pyright's) builds it.
 *
 * - PHYSICAL_NEWLINE becomes NEWLINE when its logical line has content and no bracket is open;
 *   blank and comment-only lines give nothing; a backslash continuation was already skipped.
 * - At the start of each logical line the indentation is measured (tabs to the next multiple of
 *   8, form feed resets) and compared with the stack: INDENT, DEDENTs, or CPython's errors
 *   (TabError's consistency check counts tabs as 1 column in a second measure, `altcol`).
 * - At the end: a NEWLINE if the last line has content, and DEDENTs back to column 0.
 * - NAMEs whose image is a keyword get the keyword's type; non-ASCII names are checked.
 *
 * Like CPython's tokenizer it stops at the first error: `tokens` holds what came before it and
 * `stop` says how the parser must weigh the error against its own (see TokenizeStop). It never
 * throws for any input.
 */
import type { IToken, TokenType } from "chevrotain";
import { KEYWORD_TYPES, makeToken } from "../../grammar/lexer.js";
import * as T from "../../grammar/tokens.js";
import type { LiteralErrorPayload } from "../../grammar/tokens.js";
import { tokenDiagnostics as D } from "../diagnostics/catalog-tokens.js";
import { makeDiagnostic, type Diagnostic, type DiagnosticDef } from "../diagnostics/diagnostic.js";
import { lineIndexOf, type SourceFile } from "../source.js";

/**
 * How CPython treats a tokenizer error relative to a parser error (Parser/pegen_errors.c,
 * `_PyPegen_set_syntax_error` and `_PyPegen_tokenize_full_source_to_check_for_errors`). Below,
 * "the furthest token" is CPython's `p->tokens[p->fill - 1]`: the furthest token the parser has
 * looked at (lookahead included), not the token it reports.
 * - "raised": the tokenizer raised SyntaxError itself (bad character, string, number, bracket).
 *   It wins over a parser error even earlier in the file, because after a parser error CPython
 *   tokenizes the rest of the source and lets such an error replace it — except when the
 *   parser's error is "unexpected indent" / "unexpected unindent" (the furthest token is an
 *   INDENT / DEDENT): CPython raises those without looking further.
 * - "deferred": an indentation error, a stray backslash or an EOF after a continuation. Reported
 *   only if the parser reaches it (its furthest token would be at index `tokens.length`).
 * - "unclosed": the file ended inside brackets. Reported if the parser reaches the end, or if
 *   the furthest token is on a line after `bracketLine` (1-based); otherwise the parser's error.
 */
export type TokenizeStopKind = "raised" | "deferred" | "unclosed";

export interface TokenizeStop {
  readonly kind: TokenizeStopKind;
  readonly diagnostic: Diagnostic;
  /** For "unclosed": the 1-based line of the innermost unclosed bracket. */
  readonly bracketLine?: number;
}

export interface LayoutResult {
  readonly tokens: IToken[];
  readonly stop?: TokenizeStop;
}


const MAX_INDENT = 100;
const MAX_BRACKETS = 200;
const IDENTIFIER_START = /[\p{XID_Start}_]/u;
const IDENTIFIER_CONTINUE = /\p{XID_Continue}/u;
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

export function layoutTokens(raw: readonly IToken[], comments: readonly IToken[], file: SourceFile): LayoutResult {
  const text = file.text;
  // Sized once (the stream is about as long as the raw tokens): cheaper than growing by push.
  const out: IToken[] = new Array<IToken>(raw.length + 16);
  let n = 0;
  const indents: number[] = [0];
  const altIndents: number[] = [0];
  const bracketChars: number[] = [];
  const bracketOffsets: number[] = [];
  let lineHasContent = false;

  const fail = (kind: TokenizeStopKind, diagnostic: Diagnostic, bracketLine?: number): LayoutResult => ({
    tokens: finish(out, n),
    stop: bracketLine === undefined ? { kind, diagnostic } : { kind, diagnostic, bracketLine },
  });
  const diag: Diag = (def, params, start, end = start + 1) => makeDiagnostic(def, params, { file: file.filename, span: { start, end } });
  const synth = (type: TokenType, image: string, start: number): void => {
    out[n++] = makeToken(type, image, start);
  };

  /** Measure the line starting at `start`; emit INDENT / DEDENTs, or return the error that stops. */
  const lineStart = (start: number): LayoutResult | undefined => {
    let col = 0;
    let altcol = 0;
    // CPython 3.11 reads on through a backslash continuation inside the indentation; the column
    // of the first backslash that is not at column 0 is the line's indentation.
    let continuationCol = 0;
    let firstBackslash = -1;
    let i = start;
    for (;; i++) {
      const c = text.charCodeAt(i);
      if (c === 32) {
        col++;
        altcol++;
      } else if (c === 9) {
        col = (Math.floor(col / 8) + 1) * 8;
        altcol++;
      } else if (c === 12) {
        col = altcol = 0;
      } else if (c === 92) {
        if (continuationCol === 0) continuationCol = col;
        if (firstBackslash < 0) firstBackslash = i;
        const next = text.charCodeAt(i + 1);
        if (next !== 10 && next !== 13) {
          if (i + 1 >= text.length) return fail("deferred", diag(D.unexpectedEof, {}, text.length));
          return fail("deferred", diag(D.characterAfterContinuation, {}, i + 1));
        }
        const after = i + (next === 13 && text.charCodeAt(i + 2) === 10 ? 3 : 2);
        if (after >= text.length) return fail("deferred", diag(D.unexpectedEof, {}, i + 1));
        i = after - 1;
      } else break;
    }
    if (continuationCol !== 0) col = altcol = continuationCol;
    const c = text.charCodeAt(i);
    if (c === 35 || c === 10 || c === 13 || i >= text.length) return undefined; // blank or comment-only line
    if (firstBackslash >= 0) start = startOfLine(text, i);
    const top = indents.length - 1;
    if (col === indents[top]) {
      if (altcol !== altIndents[top]) return fail("deferred", diag(D.inconsistentTabs, {}, start));
    } else if (col > indents[top]!) {
      if (indents.length >= MAX_INDENT) return fail("deferred", diag(D.tooDeepIndentation, {}, start));
      if (altcol <= altIndents[top]!) return fail("deferred", diag(D.inconsistentTabs, {}, start));
      indents.push(col);
      altIndents.push(altcol);
      synth(T.INDENT, text.slice(start, i), start);
    } else {
      let level = top;
      while (level > 0 && col < indents[level]!) level--;
      if (col !== indents[level]) return fail("deferred", diag(D.unindentMismatch, {}, endOfLine(text, i)));
      if (altcol !== altIndents[level]) return fail("deferred", diag(D.inconsistentTabs, {}, start));
      for (let k = top; k > level; k--) {
        indents.pop();
        altIndents.pop();
        synth(T.DEDENT, "", i);
      }
    }
    return undefined;
  };

  const initial = lineStart(text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (initial) return initial;

  const newlineIdx = T.NEWLINE.tokenTypeIdx!;
  for (let r = 0; r < raw.length; r++) {
    const tok = raw[r]!;
    switch (KIND_BY_TYPE_IDX[tok.tokenTypeIdx]) {
      case Kind.PhysicalNewline: {
        if (bracketChars.length > 0) continue;
        if (lineHasContent) {
          tok.tokenType = T.NEWLINE;
          tok.tokenTypeIdx = newlineIdx;
          out[n++] = tok;
          lineHasContent = false;
        }
        const stopped = lineStart(tok.startOffset + tok.image.length);
        if (stopped) return stopped;
        continue;
      }
      case Kind.Name: {
        const keyword = KEYWORD_TYPES.get(tok.image);
        if (keyword !== undefined) {
          tok.tokenType = keyword;
          tok.tokenTypeIdx = keyword.tokenTypeIdx!;
        } else if (!isAscii(tok.image)) {
          const error = identifierError(tok, diag);
          if (error) return fail("raised", error);
        }
        break;
      }
      case Kind.Literal: {
        const payload = tok.payload as LiteralErrorPayload | undefined;
        if (payload !== undefined) return fail("raised", literalError(tok.tokenType, payload, file, diag));
        break;
      }
      case Kind.Open:
        if (bracketChars.length >= MAX_BRACKETS) return fail("raised", diag(D.tooManyNestedBrackets, {}, tok.startOffset));
        bracketChars.push(tok.image.charCodeAt(0));
        bracketOffsets.push(tok.startOffset);
        break;
      case Kind.Close: {
        if (bracketChars.length === 0) return fail("raised", diag(D.unmatchedBracket, { bracket: tok.image }, tok.startOffset));
        const opening = bracketChars.pop()!;
        const openedAt = bracketOffsets.pop()!;
        if (CLOSER_OF[opening] !== tok.image.charCodeAt(0)) return fail("raised", mismatchedBracket(file, opening, openedAt, tok, diag));
        break;
      }
      case Kind.Error: {
        const stopped = strayCharacter(tok, file, diag, fail);
        if (stopped) return stopped;
        break;
      }
    }
    out[n++] = tok;
    lineHasContent = true;
  }

  if (bracketChars.length > 0) {
    const at = bracketOffsets[bracketOffsets.length - 1]!;
    const bracket = String.fromCharCode(bracketChars[bracketChars.length - 1]!);
    return fail("unclosed", diag(D.unclosedBracket, { bracket }, at), lineIndexOf(file, at) + 1);
  }
  const continuationAtEof = continuationBeforeEof(text, raw, comments);
  if (continuationAtEof !== undefined) return fail("deferred", diag(D.unexpectedEof, {}, continuationAtEof));
  if (lineHasContent) synth(T.NEWLINE, "", text.length);
  for (let k = indents.length - 1; k > 0; k--) synth(T.DEDENT, "", text.length);
  return { tokens: finish(out, n) };
}

/** A character loop: names are short, a regular expression test costs more. */
function isAscii(image: string): boolean {
  for (let i = 0; i < image.length; i++) if (image.charCodeAt(i) > 127) return false;
  return true;
}

function finish(out: IToken[], length: number): IToken[] {
  out.length = length;
  return out;
}

/** What the main loop does with a raw token, by `tokenTypeIdx`. */
const enum Kind {
  Plain = 0,
  PhysicalNewline,
  Name,
  Literal,
  Open,
  Close,
  Error,
}

const KIND_BY_TYPE_IDX: Uint8Array = (() => {
  const kinds: Array<[TokenType, Kind]> = [
    [T.PHYSICAL_NEWLINE, Kind.PhysicalNewline], [T.NAME, Kind.Name], [T.STRING, Kind.Literal], [T.NUMBER, Kind.Literal],
    [T.LPAR, Kind.Open], [T.LSQB, Kind.Open], [T.LBRACE, Kind.Open],
    [T.RPAR, Kind.Close], [T.RSQB, Kind.Close], [T.RBRACE, Kind.Close], [T.ERRORTOKEN, Kind.Error],
  ];
  const table = new Uint8Array(1 + Math.max(...T.allTokens.map((t) => t.tokenTypeIdx!)));
  for (const [type, kind] of kinds) table[type.tokenTypeIdx!] = kind;
  return table;
})();

/** Closing bracket char code by opening bracket char code. */
const CLOSER_OF: Readonly<Record<number, number>> = { 40: 41, 91: 93, 123: 125 };

function mismatchedBracket(file: SourceFile, opening: number, openedAt: number, tok: IToken, diag: Diag): Diagnostic {
  const openingLine = lineIndexOf(file, openedAt);
  const sameLine = openingLine === lineIndexOf(file, tok.startOffset);
  const params = { closing: tok.image, opening: String.fromCharCode(opening) };
  return diag(D.mismatchedBracket, sameLine ? params : { ...params, openingLine: openingLine + 1 }, tok.startOffset);
}

/** CPython's `verify_identifier`, for a NAME with non-ASCII characters. */
function identifierError(tok: IToken, diag: Diag): Diagnostic | undefined {
  const bad = invalidIdentifierChar(tok.image);
  if (bad === undefined) return undefined;
  const at = tok.startOffset + bad.index;
  const hex = bad.codePoint.toString(16).toUpperCase().padStart(4, "0");
  const ch = String.fromCodePoint(bad.codePoint);
  const end = at + ch.length;
  return NOT_PRINTABLE.test(ch) ? diag(D.nonPrintableCharacter, { codePoint: hex }, at, end) : diag(D.invalidCharacter, { char: ch, codePoint: hex }, at, end);
}

function startOfLine(text: string, at: number): number {
  let i = at;
  while (i > 0 && text.charCodeAt(i - 1) !== 10 && text.charCodeAt(i - 1) !== 13) i--;
  return i;
}

function endOfLine(text: string, from: number): number {
  let i = from;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
  return i;
}

/** CPython's `_PyUnicode_ScanIdentifier`: the first character that breaks XID_Start XID_Continue*. */
function invalidIdentifierChar(image: string): { index: number; codePoint: number } | undefined {
  let index = 0;
  for (const ch of image) {
    const ok = index === 0 ? IDENTIFIER_START.test(ch) : IDENTIFIER_CONTINUE.test(ch);
    if (!ok) return { index, codePoint: ch.codePointAt(0)! };
    index += ch.length;
  }
  return undefined;
}

type Diag = <P>(def: DiagnosticDef<P>, params: P, start: number, end?: number) => Diagnostic;

function literalError(type: TokenType, payload: LiteralErrorPayload, file: SourceFile, diag: Diag): Diagnostic {
  const { error, detectedAt } = payload;
  if (type === T.STRING) {
    const line = lineIndexOf(file, detectedAt ?? error.cur) + 1;
    const start = error.cur - 1;
    return error.message.includes("triple")
      ? diag(D.unterminatedTripleQuotedString, { line }, start)
      : diag(D.unterminatedString, { line }, start);
  }
  const at = error.at ?? Math.max(0, error.cur - 1);
  return diag(D.invalidNumber, { message: error.message }, at, error.at !== undefined ? error.cur : at + 1);
}

/** ERRORTOKEN: `!`, `$`, `?`, `` ` `` go to the parser; a stray backslash or a control character stops here. */
function strayCharacter(
  tok: IToken,
  file: SourceFile,
  diag: Diag,
  fail: (kind: TokenizeStopKind, d: Diagnostic) => LayoutResult,
): LayoutResult | undefined {
  const c = tok.image.charCodeAt(0);
  const at = tok.startOffset;
  if (c === 92) {
    // CPython appends a newline to the source: a backslash at the very end is a continuation into EOF.
    if (at + 1 >= file.text.length) return fail("deferred", diag(D.unexpectedEof, {}, file.text.length));
    return fail("deferred", diag(D.characterAfterContinuation, {}, at + 1));
  }
  if (c === 0) return fail("raised", diag(D.nullByte, {}, at));
  if (c < 32 || c === 127) return fail("raised", diag(D.nonPrintableCharacter, { codePoint: c.toString(16).toUpperCase().padStart(4, "0") }, at));
  return undefined;
}

/**
 * A backslash continuation whose next line is the end of the file: CPython reads EOF right after
 * the continuation ("unexpected EOF while parsing"). Returns where to report it.
 */
function continuationBeforeEof(text: string, raw: readonly IToken[], comments: readonly IToken[]): number | undefined {
  const m = /\\(\r\n|\r|\n)$/.exec(text.slice(-3));
  if (m === null) return undefined;
  const backslash = text.length - m[0].length;
  for (const last of [raw[raw.length - 1], comments[comments.length - 1]]) {
    if (last !== undefined && last.startOffset + last.image.length > backslash) return undefined;
  }
  return backslash + 1;
}
