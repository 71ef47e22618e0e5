/**
 * `parse(source, { filename })`: Python source → CPython-shaped AST + diagnostics.
 *
 * source → SourceFile → tokenize → CstParser → CST → AST (cst-to-ast/builder.ts). Like
 * `ast.parse`, it reports the first syntax error only, and never throws for user input: any
 * exception that is not a syntax error is a py2ts bug and propagates as an InternalError.
 */
import type { IToken } from "chevrotain";
import type { PythonParser } from "../../grammar/parser.js";
import * as T from "../../grammar/tokens.js";
import type { Expr, Module, Stmt } from "../ast/nodes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { makeDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { createSourceFile, lineIndexOf, type SourceFile } from "../source.js";
import { AstBuilder } from "./cst-to-ast/builder.js";
import { BuildContext, SyntaxErrorSignal } from "./cst-to-ast/context.js";
import { builderErrorDiagnostic, parserErrorDiagnostic } from "./parser-errors.js";
import { parserPool } from "./parser-pool.js";
import { tokenize, type TokenizeStop } from "./tokenize.js";

export interface ParseOptions {
  readonly filename: string;
}

export interface ParseResult {
  readonly module: Module | null;
  readonly diagnostics: Diagnostic[];
}

export function parse(source: string, options: ParseOptions): ParseResult {
  const file = createSourceFile(options.filename, source);
  const where = { offset: 0 };
  try {
    return parserPool.withParser((parser) => parseFile(file, parser, where));
  } catch (e) {
    // A JS stack overflow on deeply nested input (recursive descent): a limit of py2ts, reported.
    if (!(e instanceof RangeError)) throw e;
    const span = { start: where.offset, end: where.offset };
    return { module: null, diagnostics: [makeDiagnostic(Diagnostics.tooDeeplyNested, {}, { file: file.filename, span })] };
  }
}

/** `where.offset` follows the statement being read, for the report of a stack overflow. */
function parseFile(file: SourceFile, parser: PythonParser, where: { offset: number }): ParseResult {
  const lexed = tokenize(file);
  if (lexed.stop?.kind === "raised") {
    // A raised tokenizer error wins, except over the parser failing earlier at an indentation token
    // (CPython reports "unexpected indent" without checking the rest of the source).
    parser.input = lexed.tokens;
    parser.file();
    const error = parser.errors[0];
    const at = error?.token.tokenType;
    if (error !== undefined && (at === T.INDENT || at === T.DEDENT) && lexed.tokens.includes(error.token)) {
      return { module: null, diagnostics: [parserErrorDiagnostic(file, lexed.tokens, error)] };
    }
    return { module: null, diagnostics: [lexed.stop.diagnostic] };
  }
  if (lexed.stop) {
    // The tokenizer stopped early: CPython reports its error unless the parser fails first.
    parser.input = lexed.tokens;
    parser.file();
    const error = parser.errors[0];
    if (error === undefined) return { module: null, diagnostics: [lexed.stop.diagnostic] };
    return { module: null, diagnostics: [tokenizerErrorWins(file, lexed.tokens, error.token, lexed.stop) ?? parserErrorDiagnostic(file, lexed.tokens, error)] };
  }
  const context = new BuildContext(file);
  const builder = new AstBuilder(context, (wrapped, offset) => parseFStringField(context, wrapped, offset));
  const body: Stmt[] = [];
  parser.startStatements(lexed.tokens);
  try {
    for (;;) {
      where.offset = Math.max(0, parser.nextOffset());
      const cst = parser.nextStatement();
      if (parser.errors.length > 0) return { module: null, diagnostics: [parserErrorDiagnostic(file, lexed.tokens, parser.errors[0]!)] };
      if (cst === null) break;
      for (const statement of builder.statement(cst.children as never)) body.push(statement);
    }
  } catch (e) {
    if (e instanceof SyntaxErrorSignal) return { module: null, diagnostics: [builderErrorDiagnostic(file, e.message, e.span)] };
    throw e;
  } finally {
    parser.endStatements();
  }
  return { module: { kind: "Module", body, type_ignores: [], source: { filename: file.filename, text: file.text } }, diagnostics: [] };
}

/** CPython's ranking of a tokenizer error against the parser's (see TokenizeStop). */
function tokenizerErrorWins(file: SourceFile, tokens: readonly IToken[], at: IToken, stop: TokenizeStop | undefined): Diagnostic | null {
  if (stop === undefined) return null;
  const atEnd = Number.isNaN(at.startOffset) || tokens.indexOf(at) < 0;
  if (stop.kind === "deferred") return atEnd ? stop.diagnostic : null;
  if (atEnd) return stop.diagnostic;
  const line = lineIndexOf(file, at.startOffset) + 1;
  return stop.bracketLine !== undefined && line > stop.bracketLine ? stop.diagnostic : null;
}

/**
 * An f-string field: `wrapped` is `(expression)` and its '(' stands at `offset` in the file.
 * Its tokens are shifted to file offsets so that nodes inside f-strings point into the file.
 */
function parseFStringField(context: BuildContext, wrapped: string, offset: number): Expr {
  return parserPool.withParser((parser) => parseField(context, parser, wrapped, offset));
}

function parseField(context: BuildContext, parser: PythonParser, wrapped: string, offset: number): Expr {
  const lexed = tokenize(createSourceFile(context.file.filename, wrapped));
  const where = { start: offset, end: offset + wrapped.length - 1 };
  if (lexed.diagnostics.length > 0) context.fail(`f-string: ${lexed.diagnostics[0]!.message}`, where);
  for (const token of lexed.tokens) {
    token.startOffset += offset;
    token.endOffset = token.endOffset! + offset;
  }
  parser.input = lexed.tokens;
  const cst = parser.fstring();
  if (parser.errors.length > 0) context.fail("f-string: invalid syntax", where);
  const builder = new AstBuilder(context, (w, o) => parseFStringField(context, w, o));
  return builder.fstring(cst.children as never);
}

