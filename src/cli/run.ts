/**
 * `py2ts run FILE.py [ARGS]` when launch.cts found no cached program: compile it (compile.ts),
 * store it in the compile cache (cache.cts) and run it from there exactly as a cache hit would.
 */
import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { cacheEntry, freshRecord, runEntry, writeEntry } from "./cache.cjs";
import { runtimeModulePath } from "./paths.cjs";
import { publishRunOptions, type RunRequest } from "./run-options.cjs";

export async function runFile(file: string, request: Pick<RunRequest, "args" | "virtualTime">): Promise<void> {
  const path = resolve(file);
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch {
    process.stderr.write(`py2ts: can't open file '${file}': No such file or directory\n`);
    process.exitCode = 2;
    return;
  }
  const entry = cacheEntry(source, basename(path));
  let record = freshRecord(entry);
  if (!record) {
    const { compileProgram } = await import("./compile.js");
    const bundled = await compileProgram(source, path);
    if (bundled === null) {
      process.exitCode = 1;
      return;
    }
    record = writeEntry(entry, bundled.code, bundled.runtimeFiles);
  }
  publishRunOptions(request);
  await runEntry(entry, record, path, request.args);
}

/**
 * Emitted JS with its `"py2ts/runtime"` imports pointed at the built runtime's files, unbundled:
 * for running converted code straight against dist/ (the fixture tests do).
 */
export function resolveRuntimeImports(js: string): string {
  return js.replace(/(from\s+|import\s*\(\s*)(["'])py2ts\/runtime(\/[\w/-]+)?\2/g, (_m, head: string, quote: string, sub: string | undefined) => {
    return `${head}${quote}${pathToFileURL(runtimeModulePath(sub?.slice(1))).href}${quote}`;
  });
}
