/**
 * The diagnostics list under the editors: one item per diagnostic with its line:column, code,
 * severity and message (text only, never HTML); clicking an item moves the cursor there.
 */
import type { EditorView } from "@codemirror/view";
import type { PlaygroundDiagnostic } from "./protocol.js";

export interface Position {
  readonly line: number;
  /** 1-based, counted in code points like the CLI's renderer. */
  readonly column: number;
}

export function positionOf(view: EditorView, offset: number): Position {
  const doc = view.state.doc;
  const line = doc.lineAt(Math.min(Math.max(0, offset), doc.length));
  return { line: line.number, column: [...line.text.slice(0, offset - line.from)].length + 1 };
}

function item(className: string, parts: readonly (readonly [string, string])[]): HTMLLIElement {
  const li = document.createElement("li");
  li.className = className;
  for (const [cls, text] of parts) {
    const span = document.createElement("span");
    span.className = cls;
    span.textContent = text;
    li.append(span);
  }
  return li;
}

export function renderDiagnosticList(
  list: HTMLElement,
  view: EditorView,
  diagnostics: readonly PlaygroundDiagnostic[],
): void {
  const items = diagnostics.map((d) => {
    const at = positionOf(view, d.span.start);
    const notes = (d.notes ?? []).map((n) => `\n  note: ${n}`).join("");
    const li = item(d.severity, [
      ["where", `${d.file}:${at.line}:${at.column}: `],
      ["code", `${d.severity}[${d.code}]`],
      ["message", `: ${d.message}${notes}`],
    ]);
    li.dataset["line"] = String(at.line);
    li.dataset["column"] = String(at.column);
    li.dataset["code"] = d.code;
    li.addEventListener("click", () => {
      view.dispatch({ selection: { anchor: Math.min(d.span.start, view.state.doc.length) }, scrollIntoView: true });
      view.focus();
    });
    return li;
  });
  list.replaceChildren(...items);
}

/** A message about the playground itself (compiler not loaded, ...), shown where diagnostics go. */
export function renderNotice(list: HTMLElement, message: string): void {
  list.replaceChildren(item("notice", [["message", message]]));
}
