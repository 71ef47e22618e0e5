/**
 * The examples menu's data: each program with the output CPython printed for it, recorded at
 * build time by scripts/build-playground-examples.mjs.
 */
import recorded from "./generated/examples.json";

export interface Example {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly filename: string;
  readonly source: string;
  /** False when CPython's output varies from run to run (the seed article prints the time). */
  readonly deterministic: boolean;
  readonly cpython: { readonly stdout: string; readonly stderr: string; readonly exitCode: number };
}

export const PYTHON_VERSION: string = recorded.python;
export const EXAMPLES: readonly Example[] = recorded.examples;
export const DEFAULT_EXAMPLE_ID = "seed-generator-send";

export function findExample(id: string): Example | undefined {
  return EXAMPLES.find((e) => e.id === id);
}
