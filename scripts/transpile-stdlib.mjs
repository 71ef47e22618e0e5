#!/usr/bin/env node
/**
 * The compiler must never throw, hang or crash, whatever valid Python it is given:
 *
 *   node scripts/transpile-stdlib.mjs [--limit N] [--shard K/N]   (after `npm run build`)
 *
 * Transpiles every standard-library file CPython parses (`cpython-ast.py --stdlib-list`) and
 * every corpus program in a watchdog worker (scripts/mutate-lib.mjs: 60 s a file). Prints how
 * many were converted, how many got diagnostics (by code, most frequent first) and every file
 * that made the compiler throw, hang or crash; exit status 1 if there was one.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runWithWatchdog } from "./mutate-lib.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const SHARED = process.env.PY2TS_SHARED ?? join(root, "..", "shared");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const limit = Number(option("--limit", "0"));
const [shard, shards] = option("--shard", "1/1").split("/").map(Number);

function corpusFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...corpusFiles(path));
    else if (name.endsWith(".py")) out.push(path);
  }
  return out;
}

const stdlib = execFileSync("python3", [join(SHARED, "scripts/cpython-ast.py"), "--stdlib-list"], { encoding: "utf8", maxBuffer: 1 << 26 })
  .split("\n")
  .filter(Boolean);
let files = [...stdlib, ...corpusFiles(join(SHARED, "corpus"))].filter((_, i) => i % shards === shard - 1);
if (limit) files = files.slice(0, limit);

const jobs = [];
for (const path of files) {
  let source;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path));
  } catch {
    continue; // not UTF-8: not Python source text
  }
  jobs.push({ id: jobs.length, path, source });
}

const started = performance.now();
const results = await runWithWatchdog(new URL("./transpile-worker.mjs", import.meta.url), jobs, { timeoutMs: 60_000, workerData: { root } });
const seconds = (performance.now() - started) / 1000;

let converted = 0;
const byCode = new Map();
const failures = [];
for (const job of jobs) {
  const r = results.get(job.id);
  if (!r || r.threw || r.hang || r.crash) {
    failures.push(`${job.path}: ${r?.hang ? "hung (over 60 s)" : r?.threw ?? r?.crash ?? "no answer"}`);
    continue;
  }
  if (r.result.converted) converted++;
  for (const code of r.result.codes) byCode.set(code, (byCode.get(code) ?? 0) + 1);
}
const lines = jobs.reduce((n, j) => n + j.source.split("\n").length, 0);
console.log(`${jobs.length} files (${lines} lines) in ${seconds.toFixed(0)} s: ${converted} converted, ${jobs.length - converted - failures.length} diagnosed, ${failures.length} threw, hung or crashed`);
const codes = [...byCode].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code} ${n}`);
console.log(`files per diagnostic code: ${codes.join(", ")}`);
for (const f of failures) console.log(`FAIL ${f}`);
process.exitCode = failures.length ? 1 : 0;
