/**
 * Literal constants: a NUMBER token → Constant, and adjacent string literals → one Constant
 * (str or bytes) or, when any part is an f-string, one JoinedStr, spanning all parts (CPython's
 * _PyPegen_concatenate_strings).
 */
import type { IToken } from "chevrotain";
import type { Expr } from "../../ast/nodes.js";
import { FStringAccumulator, parseFStringBody } from "../fstring.js";
import { decodeBytes, decodeStr, normalizeNewlines, parseNumber, splitStringToken } from "../literals.js";
import { type BuildContext, span, tokenSpan } from "./context.js";

export function numberConstant(b: BuildContext, token: IToken): Expr {
  const value = parseNumber(token.image);
  if ("message" in value) b.fail(value.message, tokenSpan(token));
  return { kind: "Constant", value, constKind: null, span: tokenSpan(token) };
}

/** Parses an f-string field's text, wrapped in parentheses, whose '(' stands at `offset` in the file. */
export type ExpressionParser = (wrappedText: string, offset: number) => Expr;

export function buildStrings(b: BuildContext, tokens: readonly IToken[], parseExpression: ExpressionParser): Expr {
  const first = tokens[0]!;
  const last = tokens[tokens.length - 1]!;
  const where = span(first.startOffset, last.endOffset! + 1);
  // CPython reports a literal's decoding error at the last token it read: the last string part.
  const lastPart = span(last.startOffset, last.endOffset! + 1);
  const parts = tokens.map((t) => ({ token: t, ...splitStringToken(t.image) }));
  const bytes = parts[0]!.prefix.bytes;
  const constKind = parts[0]!.prefix.unicode ? "u" : null;
  let fmode = false;
  for (const part of parts) {
    if (part.prefix.bytes !== bytes) b.fail("cannot mix bytes and nonbytes literals", where);
    if (part.prefix.fstring) fmode = true;
  }
  const body = (p: (typeof parts)[number]): string => normalizeNewlines(p.token.image.slice(p.bodyStart, p.bodyEnd));

  if (bytes) {
    const value: number[] = [];
    for (const part of parts) {
      const decoded = decodeBytes(body(part), part.prefix.raw);
      if (!Array.isArray(decoded)) b.fail(decoded.message, lastPart);
      for (const byte of decoded) value.push(byte);
    }
    return { kind: "Constant", value: { type: "bytes", value }, constKind: null, span: where };
  }
  if (!fmode) {
    let value = "";
    for (const part of parts) {
      const decoded = decodeStr(body(part), part.prefix.raw);
      if (typeof decoded !== "string") b.fail(decoded.message, lastPart);
      value += decoded;
    }
    return { kind: "Constant", value: { type: "str", value }, constKind, span: where };
  }
  const acc = new FStringAccumulator(where, constKind);
  for (const part of parts) {
    const tokenSpan = span(part.token.startOffset, part.token.endOffset! + 1);
    const text = body(part);
    if (!part.prefix.fstring) {
      const decoded = decodeStr(text, part.prefix.raw);
      if (typeof decoded !== "string") b.fail(decoded.message, lastPart);
      acc.addText(decoded);
      continue;
    }
    parseFStringBody(
      {
        body: text,
        raw: part.prefix.raw,
        offset: part.token.startOffset + part.bodyStart,
        where,
        parseField: parseExpression,
        fail: (message) => b.fail(message, tokenSpan),
      },
      acc,
    );
  }
  acc.flush();
  return { kind: "JoinedStr", values: acc.values, span: where };
}
