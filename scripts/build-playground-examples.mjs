#!/usr/bin/env node
/**
 * Records CPython's output for every playground example, at build time, so the page can show
 * "what CPython printed" beside each run and the end-to-end test can compare against it.
 *
 * Reads the example list in playground/examples/examples.json, runs each program with `python3`
 * (the oracle, 3.11) from its own folder, and writes playground/src/generated/examples.json:
 * [{ id, title, description, filename, source, deterministic, cpython: { stdout, stderr, exitCode } }].
 * The generated file is not committed: it is rebuilt by `npm run playground` and
 * `npm run build:playground`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, renameSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const listPath = join(root, "playground", "examples", "examples.json");
const outPath = join(root, "playground", "src", "generated", "examples.json");

function record(example) {
  const file = join(root, example.path);
  const source = readFileSync(file, "utf8");
  const run = spawnSync("python3", [file], {
    cwd: dirname(file),
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, PYTHONHASHSEED: "0", PYTHONIOENCODING: "utf-8" },
  });
  if (run.error) throw new Error(`python3 failed on ${example.path}: ${run.error.message}`);
  if (run.status === null) throw new Error(`python3 did not finish ${example.path} (signal ${run.signal})`);
  return {
    id: example.id,
    title: example.title,
    description: example.description,
    filename: example.path.split("/").pop(),
    source,
    deterministic: example.deterministic !== false,
    cpython: { stdout: run.stdout, stderr: run.stderr, exitCode: run.status },
  };
}

function main() {
  const version = spawnSync("python3", ["--version"], { encoding: "utf8" });
  if (version.status !== 0) throw new Error("python3 is required to record the examples' output");
  const list = JSON.parse(readFileSync(listPath, "utf8"));
  const examples = list.map((example) => {
    const started = Date.now();
    const recorded = record(example);
    console.log(`recorded ${example.id} (${Date.now() - started} ms, exit ${recorded.cpython.exitCode})`);
    return recorded;
  });
  mkdirSync(dirname(outPath), { recursive: true });
  const tmp = `${outPath}.tmp`;
  writeFileSync(tmp, JSON.stringify({ python: version.stdout.trim(), examples }, null, 2) + "\n");
  renameSync(tmp, outPath);
  console.log(`wrote ${examples.length} examples to ${outPath}`);
}

main();
