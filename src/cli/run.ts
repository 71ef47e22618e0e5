/**
 * `py2ts run FILE.py [ARGS]`: transpile, strip types with the TypeScript compiler bundled by
 * ts-morph, point the `py2ts/runtime` imports at the built runtime, and execute. The compiled JS
 * is cached by content hash, so a cache hit loads neither the compiler nor ts-morph nor prettier.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { CACHE_DIR, RUNTIME_DIST, cacheKey } from "./paths.js";
import { printDiagnostics } from "./report.js";

export async function runFile(file: string, args: readonly string[], options: { virtualTime?: boolean } = {}): Promise<void> {
  const path = resolve(file);
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch {
    process.stderr.write(`py2ts: can't open file '${file}': No such file or directory\n`);
    process.exitCode = 2;
    return;
  }
  const compiled = join(CACHE_DIR, `${cacheKey(source, basename(path))}.mjs`);
  if (!existsSync(compiled)) {
    const js = await compileToJs(source, path);
    if (js === null) {
      process.exitCode = 1;
      return;
    }
    mkdirSync(CACHE_DIR, { recursive: true });
    const temp = `${compiled}.${process.pid}.tmp`;
    writeFileSync(temp, js);
    renameSync(temp, compiled);
  }
  process.argv = [process.argv[0]!, path, ...args];
  if (options.virtualTime) {
    // the program's runtime imports resolve to these same module instances
    const state = (await import(pathToFileURL(join(RUNTIME_DIST, "asyncio", "state.js")).href)) as { setVirtualTime(on: boolean): void };
    state.setVirtualTime(true);
  }
  await import(pathToFileURL(compiled).href);
}

async function compileToJs(source: string, path: string): Promise<string | null> {
  const { transpile } = await import("../transpile.js");
  const result = await transpile(source, { filename: basename(path) });
  printDiagnostics(result.diagnostics, source, basename(path));
  if (result.code === null) return null;
  const { ts } = await import("ts-morph");
  const out = ts.transpileModule(result.code, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
  });
  return resolveRuntimeImports(out.outputText);
}

/** `"py2ts/runtime"` → the built runtime's file URL (the cache lives outside any package). */
export function resolveRuntimeImports(js: string): string {
  return js.replace(/(from\s+|import\s*\(\s*)(["'])py2ts\/runtime(\/[\w/-]+)?\2/g, (_m, head: string, quote: string, sub: string | undefined) => {
    const target = sub ? (existsSync(join(RUNTIME_DIST, sub.slice(1), "index.js")) ? join(RUNTIME_DIST, sub.slice(1), "index.js") : join(RUNTIME_DIST, `${sub.slice(1)}.js`)) : join(RUNTIME_DIST, "index.js");
    return `${head}${quote}${pathToFileURL(target).href}${quote}`;
  });
}
