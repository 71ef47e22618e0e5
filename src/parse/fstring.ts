/**
 * F-string contents → JoinedStr / FormattedValue / Constant, following CPython 3.11's
 * Parser/string_parser.c (fstring_find_literal, fstring_find_expr, FstringParser_*): doubled
 * braces, `\N{...}` in literals, conversions !s/!r/!a, format specs with nested fields (two
 * levels at most), `=` self-documenting expressions, and CPython's error messages.
 * Each field's expression is parsed by re-running the expression parser on `(text)`.
 */
import type { Expr, JoinedStr, Span } from "../ast/nodes.js";
import { decodeStr } from "./literals.js";

/** Parses the text of an f-string field (already wrapped in parentheses) found at `offset` in the file. */
export type FieldParser = (wrappedText: string, offset: number) => Expr;

/** Accumulates the values of one JoinedStr: adjacent literal text is merged, empty text dropped. */
export class FStringAccumulator {
  readonly values: Expr[] = [];
  private pending: string | null = null;

  constructor(
    private readonly where: Span,
    private readonly constKind: string | null,
  ) {}

  addText(text: string): void {
    if (text.length === 0) return;
    this.pending = this.pending === null ? text : this.pending + text;
  }

  addExpression(e: Expr): void {
    this.flush();
    this.values.push(e);
  }

  /** The literal text gathered since the last field, as a Constant (if any). */
  flush(): void {
    if (this.pending !== null) {
      this.values.push({ kind: "Constant", value: { type: "str", value: this.pending }, constKind: this.constKind, span: this.where });
      this.pending = null;
    }
  }
}

export interface FStringScan {
  readonly body: string;
  readonly raw: boolean;
  /** File offset of body[0]. */
  readonly offset: number;
  readonly where: Span;
  readonly parseField: FieldParser;
  readonly fail: (message: string) => never;
}

/** Parse the body of one f-string token into `acc`. */
export function parseFStringBody(scan: FStringScan, acc: FStringAccumulator): void {
  const end = parseLevel(scan, acc, 0, 0);
  if (end < scan.body.length) scan.fail("f-string: unexpected end of string");
}

/** One level (0: the f-string, 1+: a format spec). Returns the index where it stopped. */
function parseLevel(scan: FStringScan, acc: FStringAccumulator, start: number, level: number): number {
  const { body } = scan;
  let i = start;
  for (;;) {
    const literal = findLiteral(scan, i, level);
    if (literal.text.length > 0) acc.addText(decodeLiteral(scan, literal.text));
    i = literal.next;
    if (literal.doubled) continue;
    if (i >= body.length || body[i] === "}") break;
    i = parseField(scan, acc, i, level);
  }
  if (level > 0 && body[i] !== "}") scan.fail("f-string: expecting '}'");
  return i;
}

function decodeLiteral(scan: FStringScan, text: string): string {
  const decoded = decodeStr(text, scan.raw);
  if (typeof decoded !== "string") return scan.fail(decoded.message);
  return decoded;
}

/** fstring_find_literal: literal text up to a '{' or '}' (a doubled brace at level 0 ends it early). */
function findLiteral(scan: FStringScan, start: number, level: number): { text: string; next: number; doubled: boolean } {
  const { body, raw } = scan;
  let s = start;
  while (s < body.length) {
    let ch = body[s++]!;
    if (!raw && ch === "\\" && s < body.length) {
      ch = body[s++]!;
      if (ch === "N") {
        if (s < body.length && body[s++] === "{") {
          while (s < body.length && body[s++] !== "}") {
            // skip the character name
          }
        }
        continue;
      }
    }
    if (ch === "{" || ch === "}") {
      if (level === 0) {
        if (s < body.length && body[s] === ch) return { text: body.slice(start, s), next: s + 1, doubled: true };
        if (ch === "}") return scan.fail("f-string: single '}' is not allowed");
      }
      s--;
      break;
    }
  }
  return { text: body.slice(start, s), next: s, doubled: false };
}

const CLOSING: Record<string, string> = { ")": "(", "]": "[", "}": "{" };

/** fstring_find_expr: `{expr[=][!c][:spec]}` starting at body[start] === '{'. Returns the index after '}'. */
function parseField(scan: FStringScan, acc: FStringAccumulator, start: number, level: number): number {
  const { body } = scan;
  if (level >= 2) scan.fail("f-string: expressions nested too deeply");
  const exprStart = start + 1;
  let i = exprStart;
  let quote = "";
  let triple = false;
  const stack: string[] = [];
  for (; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === "\\") scan.fail("f-string expression part cannot include a backslash");
    if (quote) {
      if (ch === quote) {
        if (triple) {
          if (i + 2 < body.length && body[i + 1] === ch && body[i + 2] === ch) {
            i += 2;
            quote = "";
          }
        } else quote = "";
      }
      continue;
    }
    if (ch === "'" || ch === '"') {
      triple = i + 2 < body.length && body[i + 1] === ch && body[i + 2] === ch;
      if (triple) i += 2;
      quote = ch;
    } else if (ch === "[" || ch === "{" || ch === "(") {
      if (stack.length >= 200) scan.fail("f-string: too many nested parenthesis");
      stack.push(ch);
    } else if (ch === "#") {
      scan.fail("f-string expression part cannot include '#'");
    } else if (stack.length === 0 && (ch === "!" || ch === ":" || ch === "}" || ch === "=" || ch === ">" || ch === "<")) {
      const next = body[i + 1];
      if (next === "=" && (ch === "!" || ch === "=" || ch === "<" || ch === ">")) {
        i++;
        continue;
      }
      if (ch === ">" || ch === "<") continue;
      break;
    } else if (ch === "]" || ch === "}" || ch === ")") {
      if (stack.length === 0) scan.fail(`f-string: unmatched '${ch}'`);
      const opening = stack.pop()!;
      if (opening !== CLOSING[ch]) scan.fail(`f-string: closing parenthesis '${ch}' does not match opening parenthesis '${opening}'`);
    }
  }
  if (quote) scan.fail("f-string: unterminated string");
  if (stack.length > 0) scan.fail(`f-string: unmatched '${stack[stack.length - 1]}'`);
  if (i >= body.length) scan.fail("f-string: expecting '}'");
  const exprText = body.slice(exprStart, i);
  if (/^[ \t\n\r\f\v]*$/.test(exprText)) scan.fail("f-string: empty expression not allowed");
  const value = scan.parseField(`(${exprText})`, scan.offset + exprStart - 1);

  let debugText: string | null = null;
  if (body[i] === "=") {
    i++;
    while (i < body.length && /[ \t\n\r\f\v]/.test(body[i]!)) i++;
    if (i >= body.length) scan.fail("f-string: expecting '}'");
    debugText = body.slice(exprStart, i);
  }
  let conversion = -1;
  if (body[i] === "!") {
    i++;
    if (i >= body.length) scan.fail("f-string: expecting '}'");
    const c = body[i++]!;
    if (c !== "s" && c !== "r" && c !== "a") scan.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    conversion = c.charCodeAt(0);
  }
  let formatSpec: JoinedStr | null = null;
  if (i < body.length && body[i] === ":") {
    i++;
    if (i >= body.length) scan.fail("f-string: expecting '}'");
    const spec = new FStringAccumulator(scan.where, null);
    i = parseLevel(scan, spec, i, level + 1);
    spec.flush();
    formatSpec = { kind: "JoinedStr", values: spec.values, span: scan.where };
  }
  if (i >= body.length || body[i] !== "}") scan.fail("f-string: expecting '}'");
  i++;
  if (debugText !== null && formatSpec === null && conversion === -1) conversion = 114;
  if (debugText !== null) acc.addText(debugText);
  acc.addExpression({ kind: "FormattedValue", value, conversion, format_spec: formatSpec, span: scan.where });
  return i;
}
