/**
 * The two CodeMirror 6 views: the Python editor (editable, with lint underlines for py2ts
 * diagnostics) and the TypeScript output (read-only, TypeScript highlighting).
 */
import { basicSetup, EditorView } from "codemirror";
import { keymap } from "@codemirror/view";
import { Compartment, EditorState } from "@codemirror/state";
import { python } from "@codemirror/lang-python";
import { lintGutter, setDiagnostics, type Diagnostic as LintDiagnostic } from "@codemirror/lint";
import type { PlaygroundDiagnostic } from "./protocol.js";

export interface PythonEditorOptions {
  readonly parent: HTMLElement;
  readonly doc: string;
  readonly onChange: (source: string) => void;
  /** Ctrl/Cmd+Enter */
  readonly onRun: () => void;
}

export function createPythonEditor(options: PythonEditorOptions): EditorView {
  return new EditorView({
    parent: options.parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        keymap.of([{ key: "Mod-Enter", run: () => (options.onRun(), true) }]),
        basicSetup,
        python(),
        lintGutter(),
        EditorView.contentAttributes.of({ "aria-label": "Python source" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
}

/**
 * The read-only TypeScript view. Its highlighting (lang-javascript) is loaded after the page is
 * up: nothing is shown there before the compiler's first conversion anyway.
 */
export function createOutputView(parent: HTMLElement): EditorView {
  const language = new Compartment();
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: "",
      extensions: [
        basicSetup,
        language.of([]),
        EditorState.readOnly.of(true),
        EditorView.editable.of(false),
        EditorView.contentAttributes.of({ "aria-label": "TypeScript output" }),
      ],
    }),
  });
  void import("@codemirror/lang-javascript").then(({ javascript }) =>
    view.dispatch({ effects: language.reconfigure(javascript({ typescript: true })) }),
  );
  return view;
}

/** Replaces a whole view's text (the output view is read-only for the user, not for the page). */
export function setText(view: EditorView, text: string): void {
  if (view.state.doc.toString() === text) return;
  view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
}

/** Replaces the editor's text, e.g. when an example is chosen. */
export function replaceSource(view: EditorView, text: string): void {
  setText(view, text);
}

const LINT_SEVERITY = { error: "error", warning: "warning", note: "info" } as const;

/** Underlines each diagnostic's span (UTF-16 offsets, the same unit CodeMirror uses). */
export function underlineDiagnostics(view: EditorView, diagnostics: readonly PlaygroundDiagnostic[]): void {
  const length = view.state.doc.length;
  const marks: LintDiagnostic[] = diagnostics.map((d) => {
    const from = Math.min(Math.max(0, d.span.start), length);
    let to = Math.min(Math.max(from, d.span.end), length);
    // an empty span (e.g. "unexpected end of file") still gets one visible character
    if (to === from && from < length) to = from + 1;
    return {
      from,
      to,
      severity: LINT_SEVERITY[d.severity],
      source: d.code,
      message: [d.message, ...(d.notes ?? []).map((n) => `note: ${n}`)].join("\n"),
    };
  });
  view.dispatch(setDiagnostics(view.state, marks));
}
