/**
 * Messages between the page and its two workers.
 *
 * - The compile worker lives as long as the page: it converts Python to TypeScript (the py2ts
 *   compiler, loaded on the first request) and, for Run, strips the types with the TypeScript
 *   compiler (loaded on the first Run, or prefetched once the page is idle).
 * - The run worker executes one program and is then thrown away; Stop terminates it. A fresh one
 *   is started ahead of time so the next Run does not wait.
 */

/** The compiler's diagnostic, as src/diagnostics/diagnostic.ts defines it (data only). */
export interface PlaygroundDiagnostic {
  readonly code: string;
  readonly severity: "error" | "warning" | "note";
  readonly message: string;
  readonly file: string;
  readonly span: { readonly start: number; readonly end: number };
  readonly notes?: readonly string[];
}

/** A runtime import in the type-stripped JavaScript: `specifier` occupies [start, end). */
export interface ModuleImport {
  readonly specifier: string;
  readonly start: number;
  readonly end: number;
  /** the names the program imports from it (`import { a, b as c }` → ["a", "b"]) */
  readonly names: readonly string[];
}

export type CompileRequest =
  | { readonly id: number; readonly kind: "convert"; readonly source: string; readonly filename: string }
  | { readonly id: number; readonly kind: "prepare-run"; readonly source: string; readonly filename: string }
  | { readonly id: number; readonly kind: "preload-typescript" };

export type CompileResponse =
  | {
      readonly id: number;
      readonly kind: "converted";
      readonly code: string;
      readonly diagnostics: readonly PlaygroundDiagnostic[];
      readonly ms: number;
    }
  | {
      readonly id: number;
      readonly kind: "runnable";
      readonly code: string;
      readonly diagnostics: readonly PlaygroundDiagnostic[];
      /** null when the program has errors and must not run. */
      readonly js: string | null;
      readonly imports: readonly ModuleImport[];
    }
  | { readonly id: number; readonly kind: "preloaded" }
  /** The compiler or TypeScript could not be loaded, or failed: shown to the user, never hidden. */
  | { readonly id: number; readonly kind: "failed"; readonly message: string };

export interface RunRequest {
  readonly kind: "run";
  readonly js: string;
  readonly imports: readonly ModuleImport[];
  readonly virtualTime: boolean;
}

export type RunEvent =
  | { readonly kind: "ready" }
  | { readonly kind: "stdout"; readonly text: string }
  | { readonly kind: "stderr"; readonly text: string }
  | { readonly kind: "exit"; readonly code: number }
  /** The playground could not start the program (missing runtime module, bad import): not the program's fault. */
  | { readonly kind: "failed"; readonly message: string };
