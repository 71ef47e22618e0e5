/**
 * Test harness for the hand-translated generator programs: compiles this folder (with the
 * runtime) once with tsc into a temporary directory, then runs a compiled program in its own
 * Node process, as `py2ts run` would, and returns its stdout, stderr and exit status.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");

export interface RunResult {
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Compiles the folder; returns the output directory. Type errors fail the build. */
export function compileAll(): string {
  const out = mkdtempSync(join(tmpdir(), "py2ts-gen-tests-"));
  const tsc = join(repo, "node_modules", ".bin", "tsc");
  try {
    execFileSync(tsc, ["-p", join(here, "tsconfig.json"), "--outDir", out], { encoding: "utf8" });
  } catch (e) {
    const text = String((e as { stdout?: string }).stdout ?? e);
    const mine = text.split("\n").filter((l) => l.startsWith("test/runtime/generators/") || /src\/runtime\/(generator|iter|yield-from)\.ts/.test(l));
    if (mine.length > 0) throw new Error(`type errors:\n${mine.join("\n")}`);
  }
  return out;
}

/** Runs the compiled form of `tsFile` (a path inside this folder). */
export function runCompiled(outDir: string, tsFile: string): RunResult {
  const js = join(outDir, relative(repo, tsFile)).replace(/\.ts$/, ".js");
  if (!existsSync(js)) throw new Error(`not compiled: ${js}`);
  const r = spawnSync(process.execPath, [js], { encoding: "utf8", timeout: 20000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
