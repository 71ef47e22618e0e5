/**
 * py2ts tokens as the tuples scripts/py-tokens.py prints for CPython's `tokenize` module:
 * [type, string, start line, start col, end line, end col], lines 1-based, columns in code points
 * (on line 1 of a file with a BOM, counted after the BOM, as CPython counts them).
 */
import type { IToken } from "chevrotain";
import { lineColOf, type SourceFile } from "../src/source.js";
import { tokenEnd } from "../src/parse/dump-tokens.js";

export type TokenTuple = [string, string, number, number, number, number];

export function dumpTokenTuples(tokens: readonly IToken[], file: SourceFile): TokenTuple[] {
  const text = file.text;
  // CPython drops a leading BOM before measuring columns; py2ts's offsets keep it in the text.
  const bomShift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const at = (line: number, col: number): [number, number] => [line, line === 1 ? col - bomShift : col];
  const physicalLines = text.length === 0 ? 0 : file.lineStarts.length - (/[\r\n]$/.test(text) ? 1 : 0);
  return tokens.map((tok): TokenTuple => {
    const name = tok.tokenType.name.startsWith("KW_") ? "NAME" : tok.tokenType.name;
    if (name === "DEDENT" && tok.startOffset === text.length) return [name, "", physicalLines + 1, 0, physicalLines + 1, 0];
    const start = lineColOf(file, tok.startOffset);
    if (name === "NEWLINE" && tok.image === "") return [name, "", ...at(start.line, start.col), ...at(start.line, start.col + 1)];
    const end = tokenEnd(file, tok);
    return [name, tok.image, ...at(start.line, start.col), ...at(end.line, end.col)];
  });
}
