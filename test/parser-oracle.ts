/**
 * Test support for the parser: CPython's AST JSON for many files from ONE python3 process
 * (`cpython-ast.py --jsonl --positions`), cached under node_modules/.cache/py2ts/ by Python
 * version (a cached entry is reused only while the file's size and mtime are unchanged), and
 * a comparison that reports the first difference.
 *
 * Positions are compared on every node except those inside a JoinedStr (f-string internals,
 * whose positions CPython 3.11 computes by a heuristic); the JoinedStr's own position counts.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CPYTHON_AST = "/work/shared/scripts/cpython-ast.py";

export interface OracleRecord {
  readonly path: string;
  readonly ast?: unknown;
  readonly error?: string;
  readonly msg?: string;
  readonly line?: number;
  readonly col?: number;
  stamp?: string;
}

const CACHE_DIR = fileURLToPath(new URL("../node_modules/.cache/py2ts/", import.meta.url));

function stampOf(path: string): string {
  const s = statSync(path);
  return `${s.size}:${s.mtimeMs}`;
}

export function pythonVersion(): string {
  return execFileSync("python3", ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).trim();
}

export function stdlibFiles(): string[] {
  return execFileSync("python3", [CPYTHON_AST, "--stdlib-list"], { encoding: "utf8", maxBuffer: 1 << 26 }).trim().split("\n");
}

/** CPython's result for each path (computed once per file version, then cached). */
export function oracleFor(paths: readonly string[]): Map<string, OracleRecord> {
  mkdirSync(CACHE_DIR, { recursive: true });
  const cacheFile = `${CACHE_DIR}parser-oracle-${pythonVersion()}.jsonl`;
  const cache = new Map<string, OracleRecord>();
  if (existsSync(cacheFile)) {
    for (const line of readFileSync(cacheFile, "utf8").split("\n")) {
      if (line) {
        const record = JSON.parse(line) as OracleRecord;
        cache.set(record.path, record);
      }
    }
  }
  const missing = paths.filter((p) => cache.get(p)?.stamp !== stampOf(p));
  if (missing.length > 0) {
    const run = spawnSync("python3", [CPYTHON_AST, "--jsonl", "--positions"], { input: missing.join("\n") + "\n", encoding: "utf8", maxBuffer: 1 << 30 });
    if (run.status !== 0) throw new Error(`cpython-ast.py failed: ${run.stderr}`);
    for (const line of run.stdout.split("\n")) {
      if (!line) continue;
      const record = JSON.parse(line) as OracleRecord;
      record.stamp = stampOf(record.path);
      cache.set(record.path, record);
    }
    writeFileSync(cacheFile, [...cache.values()].map((r) => JSON.stringify(r)).join("\n") + "\n");
  }
  return new Map(paths.map((p) => [p, cache.get(p)!]));
}

/** First difference between two AST JSON values, or null. */
export function firstDifference(actual: unknown, expected: unknown, path = "", inFString = false): string | null {
  if (Array.isArray(actual) || Array.isArray(expected)) {
    if (!Array.isArray(actual) || !Array.isArray(expected)) return `${path}: ${show(actual)} != ${show(expected)}`;
    if (actual.length !== expected.length) return `${path}: length ${actual.length} != ${expected.length}`;
    for (let i = 0; i < actual.length; i++) {
      const d = firstDifference(actual[i], expected[i], `${path}[${i}]`, inFString);
      if (d !== null) return d;
    }
    return null;
  }
  if (actual !== null && expected !== null && typeof actual === "object" && typeof expected === "object") {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const inner = inFString || e["_type"] === "JoinedStr";
    for (const key of new Set([...Object.keys(a), ...Object.keys(e)])) {
      if (key === "loc" && inFString) continue;
      const d = firstDifference(a[key], e[key], `${path}.${key}`, key === "loc" ? inFString : inner);
      if (d !== null) return key === "loc" ? `${d} (${String(e["_type"])})` : d;
    }
    return null;
  }
  return actual === expected ? null : `${path}: ${show(actual)} != ${show(expected)}`;
}

function show(v: unknown): string {
  return (JSON.stringify(v) ?? "undefined").slice(0, 160);
}
