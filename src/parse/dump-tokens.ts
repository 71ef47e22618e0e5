/**
 * `py2ts FILE.py --dump tokens`: the token stream in the format of `python3 -m tokenize -e`
 * (`1,0-1,3:\tNAME\t'def'`), one token per line, with CPython's exact token names. Lines are
 * 1-based, columns 0-based in code points. Comments are interleaved by position; the tokenizer
 * diagnostic, if any, is not printed here (the CLI renders diagnostics).
 */
import type { IToken } from "chevrotain";
import { lineColOf, type SourceFile } from "../source.js";
import type { TokenizeResult } from "./tokenize.js";

export function formatTokens(result: TokenizeResult, file: SourceFile): string {
  const all = mergeByOffset(result.tokens, result.comments);
  const lines: string[] = [];
  for (const tok of all) {
    const start = lineColOf(file, tok.startOffset);
    const end = tokenEnd(file, tok);
    const range = `${start.line},${start.col}-${end.line},${end.col}:`;
    lines.push(`${range.padEnd(20)}${tokenName(tok).padEnd(15)}${pyRepr(tok.image)}`);
  }
  return lines.join("\n") + (lines.length > 0 ? "\n" : "");
}

/** Python's end position: just after the last character, on that character's line. */
export function tokenEnd(file: SourceFile, tok: IToken): { line: number; col: number } {
  if (tok.image.length === 0) return lineColOf(file, tok.startOffset);
  const last = lineColOf(file, tok.startOffset + tok.image.length - 1);
  return { line: last.line, col: last.col + 1 };
}

function tokenName(tok: IToken): string {
  const name = tok.tokenType.name;
  return name.startsWith("KW_") ? "NAME" : name === "ERRORTOKEN" ? "OP" : name;
}

function mergeByOffset(a: readonly IToken[], b: readonly IToken[]): IToken[] {
  const out: IToken[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]!.startOffset <= b[j]!.startOffset)) out.push(a[i++]!);
    else out.push(b[j++]!);
  }
  return out;
}

/** Python's `repr` of a str: single quotes unless the text has one and no double quote. */
export function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 32 || c === 127) out += "\\x" + c.toString(16).padStart(2, "0");
    else out += ch;
  }
  return out + quote;
}
