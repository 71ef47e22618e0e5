/**
 * `parse(source, { filename })`: Python source → CPython-shaped AST + diagnostics.
 *
 * source → SourceFile → tokenize → CstParser → CST → AST (cst-to-ast/builder.ts). Like
 * `ast.parse`, it reports the first syntax error only, and never throws for user input: any
 * exception that is not a syntax error is a py2ts bug and propagates as an InternalError.
 */
import type { IToken } from "chevrotain";
import { PythonParser } from "../../grammar/parser.js";
import type { Expr, Module } from "../ast/nodes.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createSourceFile, lineIndexOf, type SourceFile } from "../source.js";
import { type AstBuilderClass, createAstBuilderClass } from "./cst-to-ast/builder.js";
import { BuildContext, SyntaxErrorSignal } from "./cst-to-ast/context.js";
import { builderErrorDiagnostic, parserErrorDiagnostic } from "./parser-errors.js";
import { tokenize, type TokenizeStop } from "./tokenize.js";

export interface ParseOptions {
  readonly filename: string;
}

export interface ParseResult {
  readonly module: Module | null;
  readonly diagnostics: Diagnostic[];
}

interface Machinery {
  readonly parser: PythonParser;
  readonly Builder: AstBuilderClass;
}

/**
 * Built on first use and then shared: building the parser (performSelfAnalysis) is expensive.
 * Sharing is safe because a parse is synchronous, so two parses never interleave.
 */
let machinery: Machinery | undefined;

function getMachinery(): Machinery {
  if (machinery === undefined) {
    const parser = new PythonParser();
    machinery = { parser, Builder: createAstBuilderClass(parser) };
  }
  return machinery;
}

export function parse(source: string, options: ParseOptions): ParseResult {
  const file = createSourceFile(options.filename, source);
  const lexed = tokenize(file);
  if (lexed.stop?.kind === "raised") return { module: null, diagnostics: [lexed.stop.diagnostic] };
  const { parser, Builder } = getMachinery();
  parser.input = lexed.tokens;
  const cst = parser.file();
  if (parser.errors.length > 0) {
    const error = parser.errors[0]!;
    const fromTokenizer = tokenizerErrorWins(file, lexed.tokens, error.token, lexed.stop);
    return { module: null, diagnostics: [fromTokenizer ?? parserErrorDiagnostic(file, lexed.tokens, error)] };
  }
  if (lexed.stop) return { module: null, diagnostics: [lexed.stop.diagnostic] };
  const context = new BuildContext(file);
  const parseField = (wrapped: string, offset: number): Expr => parseFStringField(context, wrapped, offset);
  try {
    const body = new Builder(context, parseField).file(cst.children as never);
    return { module: { kind: "Module", body, type_ignores: [], source: { filename: file.filename, text: file.text } }, diagnostics: [] };
  } catch (e) {
    if (e instanceof SyntaxErrorSignal) return { module: null, diagnostics: [builderErrorDiagnostic(file, e.message, e.span)] };
    throw e;
  }
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
  const { parser, Builder } = getMachinery();
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
  const builder = new Builder(context, (w, o) => parseFStringField(context, w, o));
  const children = cst.children as unknown as { star_expressions: { children: never }[] };
  return builder.star_expressions(children.star_expressions[0]!.children);
}

