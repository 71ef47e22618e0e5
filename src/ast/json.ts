/**
 * `toAstJson(module)`: the AST as exactly the JSON that
 * `python3 ../shared/scripts/cpython-ast.py FILE --positions` prints — `_type`, the fields in
 * CPython's `_fields` order, constants as {"int": "123"} / {"float": repr} / ..., and
 * "loc": [line, col, end_line, end_col] with columns in code points.
 *
 * The script converts CPython's UTF-8 byte columns to code points using the lines of
 * `str.splitlines()`, which also splits at \v, \f, \x1c-\x1e, \x85, \u2028 and \u2029. On a file
 * with such characters its "line N" is not CPython's line N; columns are converted the way the
 * script does it so that the output stays identical (see LocationConverter).
 */
import type { ConstantValue, Module, Span } from "./nodes.js";
import { pyFloatRepr, pyImaginaryRepr } from "../parse/literals.js";
import { createSourceFile, lineIndexOf, type SourceFile } from "../source.js";

/** `_fields` of every node kind, in CPython 3.11's order (our field names; Constant's `kind` is `constKind`). */
const FIELDS: Readonly<Record<string, readonly string[]>> = {
  Module: ["body", "type_ignores"],
  FunctionDef: ["name", "args", "body", "decorator_list", "returns", "type_comment"],
  AsyncFunctionDef: ["name", "args", "body", "decorator_list", "returns", "type_comment"],
  ClassDef: ["name", "bases", "keywords", "body", "decorator_list"],
  Return: ["value"], Delete: ["targets"], Assign: ["targets", "value", "type_comment"],
  AugAssign: ["target", "op", "value"], AnnAssign: ["target", "annotation", "value", "simple"],
  For: ["target", "iter", "body", "orelse", "type_comment"], AsyncFor: ["target", "iter", "body", "orelse", "type_comment"],
  While: ["test", "body", "orelse"], If: ["test", "body", "orelse"],
  With: ["items", "body", "type_comment"], AsyncWith: ["items", "body", "type_comment"],
  Match: ["subject", "cases"], Raise: ["exc", "cause"],
  Try: ["body", "handlers", "orelse", "finalbody"], TryStar: ["body", "handlers", "orelse", "finalbody"],
  Assert: ["test", "msg"], Import: ["names"], ImportFrom: ["module", "names", "level"],
  Global: ["names"], Nonlocal: ["names"], Expr: ["value"], Pass: [], Break: [], Continue: [],
  BoolOp: ["op", "values"], NamedExpr: ["target", "value"], BinOp: ["left", "op", "right"],
  UnaryOp: ["op", "operand"], Lambda: ["args", "body"], IfExp: ["test", "body", "orelse"],
  Dict: ["keys", "values"], Set: ["elts"], ListComp: ["elt", "generators"], SetComp: ["elt", "generators"],
  DictComp: ["key", "value", "generators"], GeneratorExp: ["elt", "generators"], Await: ["value"],
  Yield: ["value"], YieldFrom: ["value"], Compare: ["left", "ops", "comparators"],
  Call: ["func", "args", "keywords"], FormattedValue: ["value", "conversion", "format_spec"],
  JoinedStr: ["values"], Constant: ["value", "kind"], Attribute: ["value", "attr", "ctx"],
  Subscript: ["value", "slice", "ctx"], Starred: ["value", "ctx"], Name: ["id", "ctx"],
  List: ["elts", "ctx"], Tuple: ["elts", "ctx"], Slice: ["lower", "upper", "step"],
  comprehension: ["target", "iter", "ifs", "is_async"], ExceptHandler: ["type", "name", "body"],
  arguments: ["posonlyargs", "args", "vararg", "kwonlyargs", "kw_defaults", "kwarg", "defaults"],
  arg: ["arg", "annotation", "type_comment"], keyword: ["arg", "value"], alias: ["name", "asname"],
  withitem: ["context_expr", "optional_vars"], match_case: ["pattern", "guard", "body"],
  MatchValue: ["value"], MatchSingleton: ["value"], MatchSequence: ["patterns"],
  MatchMapping: ["keys", "patterns", "rest"], MatchClass: ["cls", "patterns", "kwd_attrs", "kwd_patterns"],
  MatchStar: ["name"], MatchAs: ["pattern", "name"], MatchOr: ["patterns"], TypeIgnore: ["lineno", "tag"],
};

/** Fields whose value is an operator or context name, printed as a field-less node. */
const ENUM_FIELDS = new Set(["op", "ctx"]);
const ENUM_LIST_FIELDS = new Set(["ops"]);

export function constantJson(value: ConstantValue): unknown {
  switch (value.type) {
    case "int": return { int: value.value.toString() };
    case "float": return { float: pyFloatRepr(value.value) };
    case "complex": return { complex: pyImaginaryRepr(value.imag) };
    case "str": return { str: value.value };
    case "bytes": return { bytes: [...value.value] };
    case "bool": return { bool: value.value };
    case "None": return { None: null };
    case "Ellipsis": return { Ellipsis: null };
  }
}

function singletonJson(value: ConstantValue): unknown {
  if (value.type === "None") return null;
  if (value.type === "bool") return value.value;
  return constantJson(value);
}

export function toAstJson(module: Module): unknown {
  const file = createSourceFile(module.source.filename, module.source.text);
  const locate = new LocationConverter(file);
  const convert = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(convert);
    if (node === null || typeof node !== "object") return node ?? null;
    const n = node as { readonly kind: string; readonly span?: Span } & Record<string, unknown>;
    const fields = FIELDS[n.kind];
    if (fields === undefined) throw new Error(`toAstJson: unknown node kind ${n.kind}`);
    const out: Record<string, unknown> = { _type: n.kind };
    for (const field of fields) {
      if (n.kind === "Constant" && field === "value") out[field] = constantJson(n["value"] as ConstantValue);
      else if (n.kind === "Constant" && field === "kind") out[field] = n["constKind"] ?? null;
      else if (n.kind === "MatchSingleton" && field === "value") out[field] = singletonJson(n["value"] as ConstantValue);
      else if (ENUM_FIELDS.has(field)) out[field] = { _type: n[field] };
      else if (ENUM_LIST_FIELDS.has(field)) out[field] = (n[field] as string[]).map((op) => ({ _type: op }));
      else out[field] = convert(n[field] ?? null);
    }
    if (n.span !== undefined) out["loc"] = locate.loc(n.span);
    return out;
  };
  return convert(module);
}

/** Offsets → [line, col, end_line, end_col] as cpython-ast.py computes them. */
class LocationConverter {
  /** Python's splitlines() lines, only when they differ from the real lines. */
  private readonly pyLines: readonly string[] | null;

  constructor(private readonly file: SourceFile) {
    this.pyLines = /[\v\f\x1c-\x1e\x85\u2028\u2029]/.test(file.text) ? pySplitLines(file.text) : null;
  }

  loc(span: Span): [number, number, number, number] {
    const [line, col] = this.position(span.start);
    const [endLine, endCol] = this.position(span.end);
    return [line, col, endLine, endCol];
  }

  private position(offset: number): [number, number] {
    const file = this.file;
    const index = lineIndexOf(file, offset);
    const lineStart = file.lineStarts[index]!;
    if (this.pyLines === null) return [index + 1, codePoints(file.text, lineStart, offset)];
    const byteCol = utf8Length(file.text.slice(lineStart, offset));
    const pyLine = this.pyLines[index];
    if (pyLine === undefined) return [index + 1, byteCol];
    return [index + 1, codePointsInUtf8Prefix(pyLine, byteCol)];
  }
}

function codePoints(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) i++;
    n++;
  }
  return n;
}

function pySplitLines(text: string): string[] {
  const lines: string[] = [];
  const re = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/g;
  let start = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    lines.push(text.slice(start, m.index + m[0].length));
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** len(line.encode()[:bytes].decode(errors="replace")): whole code points, plus one for a cut one. */
function codePointsInUtf8Prefix(line: string, bytes: number): number {
  let used = 0;
  let count = 0;
  for (const ch of line) {
    if (used >= bytes) break;
    const c = ch.codePointAt(0)!;
    used += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    count++;
  }
  return count;
}
