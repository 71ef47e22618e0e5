/**
 * Chevrotain's parse errors → py2ts diagnostics with CPython 3.11's messages: "invalid syntax",
 * "expected ':'", "unexpected indent", "expected an indented block after 'if' statement on line 3".
 * Also the messages raised while building the AST, sorted into catalog codes.
 */
import { EOF, type IRecognitionException, type IToken, type TokenType } from "chevrotain";
import * as T from "../../grammar/tokens.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { makeDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { lineIndexOf, type SourceFile } from "../source.js";
import type { Span } from "../ast/nodes.js";

/** Rules whose block, when missing, CPython names in "expected an indented block after ...". */
const BLOCK_OWNERS: Readonly<Record<string, { readonly what: string; readonly keyword: string }>> = {
  if_stmt: { what: "'if' statement", keyword: "if" },
  elif_stmt: { what: "'elif' statement", keyword: "elif" },
  else_block: { what: "'else' statement", keyword: "else" },
  while_stmt: { what: "'while' statement", keyword: "while" },
  for_stmt: { what: "'for' statement", keyword: "for" },
  with_stmt: { what: "'with' statement", keyword: "with" },
  try_stmt: { what: "'try' statement", keyword: "try" },
  except_block: { what: "'except' statement", keyword: "except" },
  finally_block: { what: "'finally' statement", keyword: "finally" },
  function_def_raw: { what: "function definition", keyword: "def" },
  class_def_raw: { what: "class definition", keyword: "class" },
  case_block: { what: "'case' statement", keyword: "case" },
};

export function parserErrorDiagnostic(file: SourceFile, tokens: readonly IToken[], error: IRecognitionException): Diagnostic {
  let token = error.token;
  if (error.name === "NoViableAltException") {
    // Chevrotain stops at the first token of an LL(k) decision; CPython at the token that fails.
    const i = indexOfToken(tokens, token);
    const next = tokens[i + 1];
    if (next !== undefined && ENDS_EXPRESSION.has(token.tokenType) && !CLOSING.has(token.tokenType) && next.tokenType !== T.NEWLINE) token = next;
  }
  const where = { file: file.filename, span: tokenSpanOf(file, token) };
  const type = token.tokenType;
  if (type === T.INDENT) return makeDiagnostic(Diagnostics.unexpectedIndent, {}, where);
  if (type === T.DEDENT && tokens.includes(token)) return makeDiagnostic(Diagnostics.unexpectedUnindent, {}, where);
  const stack = error.context.ruleStack;
  const rule = stack[stack.length - 1] ?? "";
  /** The rule that asked for the failing expression (`expression` itself is too general to say). */
  const owner = rule === "expression" ? (stack[stack.length - 2] ?? "") : rule;
  if (error.name === "MismatchedTokenException" && rule === "block" && /\bINDENT\b/.test(error.message) && previousIsNewline(tokens, token)) {
    const owner = findBlockOwner(stack);
    if (owner !== null) {
      const line = ownerLine(file, tokens, token, owner.keyword);
      const detail = `expected an indented block after ${owner.what} on line ${line}`;
      return makeDiagnostic(Diagnostics.expectedIndentedBlock, { detail }, where);
    }
  }
  const mismatched = error.name === "MismatchedTokenException";
  if (mismatched && /COLON/.test(error.message) && (type === T.NEWLINE || FORCED_COLON_RULES.has(rule))) {
    return makeDiagnostic(Diagnostics.expectedToken, { token: ":" }, where);
  }
  if (mismatched && rule === "function_def_raw" && /LPAR/.test(error.message)) return makeDiagnostic(Diagnostics.expectedToken, { token: "(" }, where);
  const index = indexOfToken(tokens, token);
  const previous = index > 0 ? tokens[index - 1]! : undefined;
  if (rule === "try_stmt" && !mismatched && previous?.tokenType !== T.NEWLINE) {
    return makeDiagnostic(Diagnostics.invalidConstruct, { detail: "expected 'except' or 'finally' block" }, where);
  }
  if (previous?.tokenType === T.COLON && owner === "dict_set_item") {
    return makeDiagnostic(Diagnostics.invalidSyntax, { detail: "expression expected after dictionary key and ':'" }, { file: file.filename, span: tokenSpanOf(file, previous) });
  }
  if (previous?.tokenType === T.EQUAL && (owner === "param_item" || owner === "lambda_param_item")) {
    return makeDiagnostic(Diagnostics.invalidParameters, { detail: "expected default value expression" }, { file: file.filename, span: tokenSpanOf(file, previous) });
  }
  if (type === T.LPAR && (rule === "param_item" || rule === "lambda_param_item" || rule === "params" || rule === "lambda_params" || (rule === "lambdef" && previous?.tokenType === T.KW_lambda) || (rule === "function_def_raw" && previous?.tokenType === T.LPAR))) {
    const what = rule.startsWith("lambd") ? "Lambda expression parameters" : "Function parameters";
    return makeDiagnostic(Diagnostics.invalidParameters, { detail: `${what} cannot be parenthesized` }, where);
  }
  if (previous !== undefined && previous.tokenType === T.NAME && (previous.image === "print" || previous.image === "exec") && STARTS_EXPRESSION.has(type) && type !== T.LPAR) {
    const detail = `Missing parentheses in call to '${previous.image}'. Did you mean ${previous.image}(...)?`;
    return makeDiagnostic(Diagnostics.invalidSyntax, { detail }, { file: file.filename, span: tokenSpanOf(file, previous) });
  }
  if (type === T.EQUAL && previous !== undefined && previous.tokenType === T.NAME && (insideNamedExpression(stack, error.context.ruleOccurrenceStack) || CONDITION_RULES.has(rule))) {
    return makeDiagnostic(Diagnostics.invalidSyntax, { detail: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" }, where);
  }
  if (previous !== undefined && !NOT_EXPRESSION_RULES.has(rule) && ENDS_EXPRESSION.has(previous.tokenType) && startsOperand(tokens, index) && insideBrackets(tokens, index)) {
    const start = tokens[expressionStart(tokens, index - 1)]!.startOffset;
    return makeDiagnostic(Diagnostics.invalidSyntax, { detail: "invalid syntax. Perhaps you forgot a comma?" }, { file: file.filename, span: { start, end: where.span.end } });
  }
  return makeDiagnostic(Diagnostics.invalidSyntax, { detail: "invalid syntax" }, where);
}

/** Rules whose ':' is a forced token in CPython's grammar (`&&':'`): any other token gives "expected ':'". */
const FORCED_COLON_RULES: ReadonlySet<string> = new Set(["else_block", "try_stmt", "finally_block", "function_def_raw"]);
/** Rules whose condition is a named_expression (where CPython suggests '==' or ':=' for '='). */
const CONDITION_RULES: ReadonlySet<string> = new Set(["if_stmt", "elif_stmt", "while_stmt"]);
const STARTS_EXPRESSION: ReadonlySet<TokenType> = new Set([
  T.NAME, T.NUMBER, T.STRING, T.LPAR, T.LSQB, T.LBRACE, T.KW_None, T.KW_True, T.KW_False, T.ELLIPSIS,
  T.KW_lambda, T.KW_await, T.KW_not, T.MINUS, T.PLUS, T.TILDE,
]);
const ENDS_EXPRESSION: ReadonlySet<TokenType> = new Set([
  T.NAME, T.NUMBER, T.STRING, T.RPAR, T.RSQB, T.RBRACE, T.KW_None, T.KW_True, T.KW_False, T.ELLIPSIS,
]);
const OPENING: ReadonlySet<TokenType> = new Set([T.LPAR, T.LSQB, T.LBRACE]);
const CLOSING: ReadonlySet<TokenType> = new Set([T.RPAR, T.RSQB, T.RBRACE]);
const STOPS_EXPRESSION: ReadonlySet<TokenType> = new Set([T.COMMA, T.COLON, T.EQUAL, T.COLONEQUAL, T.NEWLINE, T.SEMI, T.INDENT, T.DEDENT]);

/** Rules that read names or patterns, not expressions: CPython's comma hint (invalid_expression) never fires there. */
const NOT_EXPRESSION_RULES: ReadonlySet<string> = new Set([
  "params", "param_item", "lambda_params", "lambda_param_item", "function_def_raw", "import_from_targets",
  "import_from_as_name", "dotted_name", "dotted_as_name", "global_stmt", "nonlocal_stmt", "patterns",
  "maybe_star_pattern", "pattern", "or_pattern", "closed_pattern", "name_or_class_pattern",
  "class_pattern_arg", "group_or_sequence_pattern", "mapping_pattern", "mapping_item", "signed_number",
]);
const UNARY: ReadonlySet<TokenType> = new Set([T.MINUS, T.PLUS, T.TILDE, T.KW_not, T.KW_await]);

/** Does an operand (unary operators, then an atom) start at tokens[index]? */
function startsOperand(tokens: readonly IToken[], index: number): boolean {
  let i = index;
  while (i < tokens.length && UNARY.has(tokens[i]!.tokenType)) i++;
  const token = tokens[i];
  return token !== undefined && STARTS_EXPRESSION.has(token.tokenType) && !UNARY.has(token.tokenType);
}

/** Is tokens[index] inside an open bracket? (Scans back to the start of the logical line.) */
function insideBrackets(tokens: readonly IToken[], index: number): boolean {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const type = tokens[i]!.tokenType;
    if (type === T.NEWLINE || type === T.INDENT || type === T.DEDENT) return false;
    if (CLOSING.has(type)) depth++;
    else if (OPENING.has(type)) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/** Index of the first token of the expression that ends at tokens[last] (CPython points its comma hint there). */
function expressionStart(tokens: readonly IToken[], last: number): number {
  let depth = 0;
  let i = last;
  for (; i >= 0; i--) {
    const type = tokens[i]!.tokenType;
    if (CLOSING.has(type)) depth++;
    else if (OPENING.has(type)) {
      if (depth === 0) break;
      depth--;
    } else if (depth === 0 && STOPS_EXPRESSION.has(type)) break;
    else if (depth === 0 && type.name.startsWith("KW_") && !STARTS_EXPRESSION.has(type) && type !== T.KW_and && type !== T.KW_or && type !== T.KW_is && type !== T.KW_in) break;
  }
  return i + 1;
}

/**
 * Is a named_expression being parsed? An argument inlines one (grammar/parser.ts): inside an
 * argument, an `expression` subrule reads a named_expression's part (occurrence 0, the value
 * after ':=', or 4, the expression after `else`) unless it is the value of `*`, `**` or `name=`
 * (occurrences 1, 2 and 3).
 */
function insideNamedExpression(stack: readonly string[], occurrences: readonly number[]): boolean {
  for (let i = 0; i < stack.length; i++) {
    if (stack[i] === "named_expression") return true;
    if (stack[i] === "argument" && !(stack[i + 1] === "expression" && occurrences[i + 1]! >= 1 && occurrences[i + 1]! <= 3)) return true;
  }
  return false;
}

function tokenSpanOf(file: SourceFile, token: IToken): Span {
  if (token.tokenType === EOF || Number.isNaN(token.startOffset)) return { start: file.text.length, end: file.text.length };
  return { start: token.startOffset, end: Math.max(token.startOffset, token.endOffset! + 1) };
}

function indexOfToken(tokens: readonly IToken[], token: IToken): number {
  if (token.tokenType === EOF) return tokens.length;
  const i = tokens.indexOf(token);
  return i < 0 ? tokens.length : i;
}

function previousIsNewline(tokens: readonly IToken[], token: IToken): boolean {
  const i = indexOfToken(tokens, token);
  return i > 0 && tokens[i - 1]!.tokenType === T.NEWLINE;
}

function findBlockOwner(stack: readonly string[]): { what: string; keyword: string } | null {
  for (let i = stack.length - 1; i >= 0; i--) {
    const owner = BLOCK_OWNERS[stack[i]!];
    if (owner !== undefined) return owner;
  }
  return null;
}

/** Line of the keyword that opened the block: the nearest one before the error token. */
function ownerLine(file: SourceFile, tokens: readonly IToken[], token: IToken, keyword: string): number {
  for (let i = indexOfToken(tokens, token) - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.image === keyword && (t.tokenType === T.NAME || t.tokenType.name.startsWith("KW_"))) return lineIndexOf(file, t.startOffset) + 1;
  }
  return 1;
}

/** A message raised while building the AST, filed under the catalog code that fits it. */
export function builderErrorDiagnostic(file: SourceFile, message: string, span: Span): Diagnostic {
  const where = { file: file.filename, span };
  const detail = { detail: message };
  if (message.startsWith("f-string")) return makeDiagnostic(Diagnostics.invalidFString, detail, where);
  if (/^cannot (assign|delete)|assignment to yield|illegal (target|expression)|only single target|assignment expressions/.test(message)) {
    return makeDiagnostic(Diagnostics.invalidTarget, detail, where);
  }
  if (/argument|Generator expression|expression cannot contain assignment/.test(message) && !/default|var-keyword|bare \*|\/|\* argument/.test(message)) {
    return makeDiagnostic(Diagnostics.invalidArguments, detail, where);
  }
  if (/default|var-keyword|bare \*|\/ |\* argument/.test(message)) return makeDiagnostic(Diagnostics.invalidParameters, detail, where);
  if (/pattern|complex literal|'_'/.test(message)) return makeDiagnostic(Diagnostics.invalidPattern, detail, where);
  if (/unicode error|value error|bytes|leading zeros/.test(message)) return makeDiagnostic(Diagnostics.invalidLiteral, detail, where);
  if (message === "invalid syntax") return makeDiagnostic(Diagnostics.invalidSyntax, detail, where);
  return makeDiagnostic(Diagnostics.invalidConstruct, detail, where);
}
