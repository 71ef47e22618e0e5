/**
 * `tokenize(file)`: Python source → the token stream the CstParser consumes.
 *
 * The lexer (grammar/lexer.ts) gives raw tokens; the indentation pass
 * (./indent.ts) gives NEWLINE / INDENT / DEDENT, keyword types, and CPython's tokenizer errors.
 *
 * Contract of the result:
 * - `tokens`: NAME / NUMBER / STRING / operators / KW_* / ERRORTOKEN (`$`, `?`, `!`, `` ` ``,
 *   which CPython's parser rejects) plus NEWLINE / INDENT / DEDENT; no trivia. It ends like
 *   CPython's tokenizer: a NEWLINE if the last logical line has content (image "" at the end of
 *   the text when the file has no final line break), then DEDENTs back to column 0. The
 *   ENDMARKER is Chevrotain's EOF, added by the parser.
 * - Positions: `startOffset` and `endOffset` are UTF-16 offsets into `file.text`, both
 *   inclusive (Chevrotain's convention: `endOffset = startOffset + image.length - 1`, so a
 *   zero-width DEDENT or final NEWLINE has `endOffset = startOffset - 1`). Line and column are
 *   not stored (derive them with `lineColOf` from src/source.ts).
 *   INDENT covers the indentation (image = the whitespace, from the line start); DEDENT sits at
 *   the first character of the dedented line, or at the end of the text.
 * - `comments`: the COMMENT tokens, in order (for tools; the parser ignores them).
 * - On a tokenizer error, tokenizing stops as CPython's does: `tokens` holds the tokens before
 *   the error, `diagnostics` holds the one error and `stop` says how to rank it against a
 *   parser error (see TokenizeStop in ./indent.ts).
 * Never throws for any input text.
 */
import type { IToken } from "chevrotain";
import { lex } from "../../grammar/lexer.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { makeDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import type { SourceFile } from "../source.js";
import { layoutTokens, type TokenizeStop } from "./indent.js";

export type { TokenizeStop, TokenizeStopKind } from "./indent.js";

export interface TokenizeResult {
  readonly tokens: IToken[];
  readonly comments: IToken[];
  readonly diagnostics: Diagnostic[];
  readonly stop?: TokenizeStop;
}

export function tokenize(file: SourceFile): TokenizeResult {
  const nul = file.text.indexOf("\0");
  if (nul >= 0) {
    // CPython refuses such a source before tokenizing it at all.
    const diagnostic = makeDiagnostic(Diagnostics.nullByte, {}, { file: file.filename, span: { start: nul, end: nul + 1 } });
    return { tokens: [], comments: [], diagnostics: [diagnostic], stop: { kind: "raised", diagnostic } };
  }
  const { tokens, comments } = lex(file.text);
  const laid = layoutTokens(tokens, comments, file);
  return laid.stop
    ? { tokens: laid.tokens, comments, diagnostics: [laid.stop.diagnostic], stop: laid.stop }
    : { tokens: laid.tokens, comments, diagnostics: [] };
}
