/**
 * Which files `py2ts INPUT... [-o OUT]` converts and where each result goes.
 *
 * One input file: the TypeScript goes to stdout, or to OUT (inside OUT when OUT is a folder).
 * A folder or several inputs: every `.py` file below each folder (folders starting with `.`,
 * `__pycache__` and `node_modules` are passed over), written beside its source as `.ts`, or under
 * OUT with the folder's own layout (`py2ts src -o out` writes `src/a/b.py` to `out/a/b.ts`).
 * `--check` without `-o` only type-checks.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";

export interface ConversionJob {
  /** absolute path of the Python file */
  readonly source: string;
  /** the path as the user should see it in diagnostics (relative to the working folder) */
  readonly display: string;
  /** absolute path of the TypeScript file, or null for stdout */
  readonly output: string | null;
}

export type ConversionPlan = { readonly jobs: readonly ConversionJob[] } | { readonly error: string };

const SKIPPED_FOLDERS = new Set(["__pycache__", "node_modules"]);

export interface PlanOptions {
  readonly output?: string | undefined;
  /** `--check` alone writes nothing */
  readonly checkOnly?: boolean;
}

export function planConversion(inputs: readonly string[], options: PlanOptions): ConversionPlan {
  const output = options.output;
  for (const input of inputs) if (!existsSync(input)) return { error: `no such file or folder: ${input}` };
  const single = inputs.length === 1 && !statSync(inputs[0]!).isDirectory();
  if (single) return { jobs: [singleJob(inputs[0]!, output)] };
  if (output && existsSync(output) && !statSync(output).isDirectory()) {
    return { error: `-o ${output}: converting a folder or several files needs an output folder` };
  }
  const jobs: ConversionJob[] = [];
  for (const input of inputs) {
    const root = resolve(input);
    const files = statSync(root).isDirectory() ? pythonFilesBelow(root) : [root];
    const base = statSync(root).isDirectory() ? root : resolve(root, "..");
    for (const source of files) {
      const target = output ? join(resolve(output), relative(base, source)) : options.checkOnly ? null : source;
      jobs.push({ source, display: displayPath(source), output: target === null ? null : toTs(target) });
    }
  }
  if (jobs.length === 0) return { error: `no .py files in ${inputs.join(", ")}` };
  return { jobs };
}

function singleJob(input: string, output: string | undefined): ConversionJob {
  const source = resolve(input);
  let target: string | null = null;
  if (output) {
    target = resolve(output);
    if (existsSync(target) && statSync(target).isDirectory()) target = join(target, toTs(basename(source)));
  }
  return { source, display: displayPath(source), output: target };
}

function pythonFilesBelow(folder: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith(".") && !SKIPPED_FOLDERS.has(entry.name)) found.push(...pythonFilesBelow(path));
    } else if (entry.isFile() && entry.name.endsWith(".py")) found.push(path);
  }
  return found;
}

function toTs(path: string): string {
  return path.endsWith(".py") ? `${path.slice(0, -3)}.ts` : `${path}.ts`;
}

function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith("..") ? path : rel;
}
