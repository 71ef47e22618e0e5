/**
 * A source file: its name, its text and the offsets where its lines start.
 * Everything else in py2ts keeps UTF-16 offsets; line and column are computed only when a
 * position is shown (a binary search over `lineStarts`).
 */
export interface SourceFile {
  readonly filename: string;
  readonly text: string;
  /** Offset of the first character of each line; line N (1-based) starts at lineStarts[N - 1]. */
  readonly lineStarts: readonly number[];
}

/** A 1-based line and a 0-based column counted in Unicode code points (as CPython's tools do). */
export interface LineCol {
  readonly line: number;
  readonly col: number;
}

export function createSourceFile(filename: string, text: string): SourceFile {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lineStarts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStarts.push(i + 1);
    }
  }
  return { filename, text, lineStarts };
}

/** Index (0-based) of the line that contains `offset`. */
export function lineIndexOf(file: SourceFile, offset: number): number {
  const starts = file.lineStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function lineColOf(file: SourceFile, offset: number): LineCol {
  const index = lineIndexOf(file, offset);
  const start = file.lineStarts[index]!;
  return { line: index + 1, col: codePointLength(file.text, start, offset) };
}

/** The text of a 1-based line, without its line terminator. */
export function lineText(file: SourceFile, line: number): string {
  const start = file.lineStarts[line - 1] ?? file.text.length;
  const next = file.lineStarts[line] ?? file.text.length;
  return file.text.slice(start, next).replace(/\r?\n$|\r$/, "");
}

/** Number of code points in text[start, end). */
export function codePointLength(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}
