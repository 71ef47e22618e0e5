/**
 * The one renderer for diagnostics:
 *
 *     example.py:3:5: error[PY2004]: 'exec' is not supported by py2ts
 *         exec(code)
 *         ^^^^
 *
 * Columns are 1-based and count code points. Colour only when asked (the CLI asks on a TTY).
 */
import picocolors from "picocolors";
import { lineColOf, lineText, type SourceFile } from "../source.js";
import type { Diagnostic } from "./diagnostic.js";

export interface RenderOptions {
  readonly color?: boolean;
}

type Colors = ReturnType<typeof picocolors.createColors>;

const SEVERITY_COLOR: Record<Diagnostic["severity"], (c: Colors, s: string) => string> = {
  error: (c, s) => c.bold(c.red(s)),
  warning: (c, s) => c.bold(c.yellow(s)),
  note: (c, s) => c.bold(c.cyan(s)),
};

export function renderDiagnostic(d: Diagnostic, file: SourceFile, options: RenderOptions = {}): string {
  const start = lineColOf(file, d.span.start);
  const endOffset = Math.max(d.span.end, d.span.start);
  const end = lineColOf(file, endOffset);
  const colors = picocolors.createColors(options.color === true);
  const severity = (s: string): string => SEVERITY_COLOR[d.severity](colors, s);
  const head = `${d.file}:${start.line}:${start.col + 1}: ${severity(`${d.severity}[${d.code}]`)}: ${colors.bold(d.message)}`;
  const text = lineText(file, start.line);
  const expanded = expandTabs(text);
  const caretCol = expandTabs([...text].slice(0, start.col).join("")).length;
  const lineLen = [...expanded].length;
  const width = end.line === start.line ? Math.max(1, end.col - start.col) : Math.max(1, lineLen - caretCol);
  const lines = [head];
  if (start.line <= file.lineStarts.length && (text.length > 0 || start.col === 0)) {
    lines.push(`    ${expanded}`);
    lines.push(`    ${" ".repeat(caretCol)}${severity("^".repeat(width))}`);
  }
  for (const note of d.notes ?? []) lines.push(`  note: ${note}`);
  return lines.join("\n");
}

export function renderDiagnostics(ds: readonly Diagnostic[], file: SourceFile, options: RenderOptions = {}): string {
  return ds.map((d) => renderDiagnostic(d, file, options)).join("\n");
}

function expandTabs(s: string): string {
  let out = "";
  for (const ch of s) out += ch === "\t" ? " ".repeat(8 - ([...out].length % 8)) : ch;
  return out;
}
