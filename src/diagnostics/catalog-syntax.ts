/**
 * PY10xx: the text is not valid Python 3.11 according to the parser (what `ast.parse` rejects
 * after tokenizing) or to the checks CPython's compiler makes before generating code. Messages are CPython 3.11's, word for word; the code says which kind of
 * check failed so that tools can group them.
 */
import { defineDiagnostic } from "./diagnostic.js";

type Message = { detail: string };

export const syntaxDiagnostics = {
  /** The parser found no way on at a token ("invalid syntax", "Missing parentheses ..."). */
  invalidSyntax: defineDiagnostic<Message>("PY1001", "error", (p) => p.detail || "invalid syntax"),
  /** A required token is missing: "expected ':'". */
  expectedToken: defineDiagnostic<{ token: string }>("PY1002", "error", (p) => `expected '${p.token}'`),
  /** IndentationError: "expected an indented block after 'if' statement on line 3". */
  expectedIndentedBlock: defineDiagnostic<Message>("PY1003", "error", (p) => p.detail),
  /** IndentationError: an INDENT where no block starts. */
  unexpectedIndent: defineDiagnostic("PY1004", "error", () => "unexpected indent"),
  /** IndentationError: the parser stopped at a DEDENT. */
  unexpectedUnindent: defineDiagnostic("PY1012", "error", () => "unexpected unindent"),
  /** Nesting deeper than py2ts's parser can follow (CPython's limit is higher): reported, never a crash. */
  tooDeeplyNested: defineDiagnostic("PY1013", "error", () => "too deeply nested to parse (py2ts's parser ran out of stack)"),
  /** An assignment, deletion or loop target that cannot be assigned: "cannot assign to function call". */
  invalidTarget: defineDiagnostic<Message>("PY1005", "error", (p) => p.detail),
  /** Call arguments out of order or malformed: "positional argument follows keyword argument". */
  invalidArguments: defineDiagnostic<Message>("PY1006", "error", (p) => p.detail),
  /** Parameters out of order: "non-default argument follows default argument". */
  invalidParameters: defineDiagnostic<Message>("PY1007", "error", (p) => p.detail),
  /** A malformed `match` pattern. */
  invalidPattern: defineDiagnostic<Message>("PY1008", "error", (p) => p.detail),
  /** A string or number literal whose value cannot be decoded ("(unicode error) ...", "bytes can only contain ASCII ..."). */
  invalidLiteral: defineDiagnostic<Message>("PY1009", "error", (p) => p.detail),
  /** A malformed f-string ("f-string: expecting '}'"). */
  invalidFString: defineDiagnostic<Message>("PY1010", "error", (p) => p.detail),
  /** A declaration CPython's symbol table rejects: "name 'x' is used prior to global declaration", "no binding for nonlocal 'x' found". */
  invalidDeclaration: defineDiagnostic<Message>("PY1014", "error", (p) => p.detail),
  /** Any other construct CPython's grammar rejects ("cannot have both 'except' and 'except*' ..."). */
  invalidConstruct: defineDiagnostic<Message>("PY1011", "error", (p) => p.detail),
} as const;
