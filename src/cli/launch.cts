/**
 * The start of the py2ts command (bin/py2ts.cjs). `py2ts run FILE.py` with the program in the
 * compile cache runs it from here, loading only paths.cts and cache.cts: start-up is part of
 * every run, and this path never loads the ES module loader, the compiler or commander.
 * Everything else (a cache miss, a missing file, converting) goes through main.ts.
 */
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { cacheEntry, freshRecord, runEntry } from "./cache.cjs";
import { parseRun, publishRunOptions } from "./run-options.cjs";

function runCached(argv: readonly string[]): boolean {
  const run = parseRun(argv);
  if (!run?.file) return false;
  const path = resolve(run.file);
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch {
    return false; // main.ts reports it
  }
  const entry = cacheEntry(source, basename(path));
  const record = freshRecord(entry);
  if (!record) return false;
  // a rejection is unhandled on purpose: Node reports it and exits with status 1
  publishRunOptions(run);
  void runEntry(entry, record, path, run.args);
  return true;
}

const argv = process.argv.slice(2);
if (!runCached(argv)) void import("./main.js").then((cli) => cli.main(argv));
