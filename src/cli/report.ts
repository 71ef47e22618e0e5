/** Prints diagnostics to stderr with the one renderer (colour on a TTY), naming the file as `shownAs`. */
import { renderDiagnostic } from "../diagnostics/render.js";
import type { Diagnostic } from "../diagnostics/diagnostic.js";
import { createSourceFile } from "../source.js";

export function printDiagnostics(diagnostics: readonly Diagnostic[], source: string, shownAs: string): void {
  if (diagnostics.length === 0) return;
  const file = createSourceFile(shownAs, source);
  // NO_COLOR (https://no-color.org) turns colour off even on a terminal
  const color = process.stderr.isTTY === true && !process.env["NO_COLOR"];
  process.stderr.write(diagnostics.map((d) => renderDiagnostic({ ...d, file: shownAs }, file, { color })).join("\n") + "\n");
}
