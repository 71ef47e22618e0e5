/**
 * The compiled-program cache of `py2ts run`, keyed by content. In CACHE_DIR, for one program:
 *
 *   <hash>.mjs         the bundled program: one self-contained ES module (bundle.ts)
 *   <hash>.json        what it was built from (below); written after the module, so its
 *                      presence means the entry is complete
 *   <hash>.<code>.v8   V8's code cache for the bundle whose own hash is <code>, written when the
 *                      program first exits (optional). V8 checks only a cache's length and flags
 *                      against the source, so a cache must never outlive its bundle's text: the
 *                      name ties it to the text, and rewriting an entry removes the old one.
 *
 * The record holds `key`, the exact text the hash was taken of: the compiler's build identity,
 * the file name and the whole Python source. A hit requires it to be equal, so a hash collision
 * can only cost a recompile, never run the wrong program (and the hash need not be
 * cryptographic: loading node:crypto would cost more than the rest of a cache hit). It also holds
 * every runtime file baked into the bundle with its mtime and size, and a hit requires all of
 * them unchanged: rebuilding any part of the runtime (even one file, as `tsc --watch` does)
 * invalidates exactly the programs that contain it. The compiler's identity is the mtime and
 * size of a few of its built files, which every build rewrites.
 *
 * How a cached program runs (`runEntry`): the bundle has no imports or exports, so its text is
 * also the body of a strict function. It is compiled as that function with `vm.Script`, which
 * (unlike an ES module in Node 20) can use a V8 code cache, and skips the ES module loader:
 * together most of the start-up cost of a run. The program sees no difference: the function is
 * strict like a module, called with `this` undefined, given no parameters (no `require`,
 * `module`, ...). Text that reads differently as a script, HTML-like comments (`<!--`, `-->`), or
 * does not compile as one (top-level `await`, `import.meta`) is imported as an ES module instead.
 *
 * CommonJS (like paths.cts and launch.cts): a cache hit never starts the ES module loader.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { Script } from "node:vm";
import { CACHE_DIR, PACKAGE_ROOT } from "./paths.cjs";

/** Built files whose rewrite means a new compiler (the bundling recipe included). */
const COMPILER_FILES = ["dist/src/pipeline.js", "dist/src/lower/lower.js", "dist/src/cli/compile.js", "dist/src/cli/bundle.js"];

/** Bump when the entry format or the way entries are produced changes. */
const FORMAT = "py2ts-run-cache-3";

/** The text before and after the bundle that makes it a strict function (one line: no line shift). */
const SCRIPT_HEAD = '(function () {"use strict";';
const SCRIPT_TAIL = "\n})";

export interface CacheEntry {
  /** the path of every file of the entry, without its extension */
  readonly base: string;
  /** the bundled program (it may not exist yet) */
  readonly module: string;
  readonly record: string;
  readonly key: string;
}

export interface CacheRecord {
  readonly key: string;
  /** [path relative to the package root (or absolute), mtimeMs, size] */
  readonly runtime: readonly (readonly [string, number, number])[];
  /** whether the bundle may run as the body of a strict function (see the header) */
  readonly script: boolean;
  /** the bundle's own hash, naming its code cache */
  readonly code: string;
}

export function cacheEntry(source: string, filename: string): CacheEntry {
  const key = `${FORMAT}\0${COMPILER_FILES.map(fileStamp).join(" ")}\0${filename}\0${source}`;
  const base = join(CACHE_DIR, hash64(key));
  return { base, module: `${base}.mjs`, record: `${base}.json`, key };
}

/** The entry's record when it exists and was built from exactly this key and the current runtime. */
export function freshRecord(entry: CacheEntry): CacheRecord | null {
  const record = readRecord(entry);
  if (!record || record.key !== entry.key || !Array.isArray(record.runtime) || !statSync(entry.module, { throwIfNoEntry: false })) return null;
  for (const [file, mtime, size] of record.runtime) {
    const stat = statSync(isAbsolute(file) ? file : join(PACKAGE_ROOT, file), { throwIfNoEntry: false });
    if (!stat || stat.mtimeMs !== mtime || stat.size !== size) return null;
  }
  return record;
}

function readRecord(entry: CacheEntry): CacheRecord | null {
  try {
    return JSON.parse(readFileSync(entry.record, "utf8")) as CacheRecord;
  } catch {
    return null; // none yet, or unreadable: rebuilt
  }
}

export function writeEntry(entry: CacheEntry, code: string, runtimeFiles: readonly string[]): CacheRecord {
  const runtime = runtimeFiles.map((file): [string, number, number] => {
    const stat = statSync(file);
    const rel = relative(PACKAGE_ROOT, file);
    return [isAbsolute(rel) || rel.startsWith("..") ? file : rel, stat.mtimeMs, stat.size];
  });
  const record: CacheRecord = { key: entry.key, runtime, script: !/<!--|-->/.test(code), code: hash64(code) };
  mkdirSync(dirname(entry.module), { recursive: true });
  const previous = readRecord(entry);
  if (previous && typeof previous.code === "string" && previous.code !== record.code) rmSync(codeCachePath(entry, previous), { force: true });
  writeAtomically(entry.module, code);
  writeAtomically(entry.record, JSON.stringify(record));
  return record;
}

/**
 * Run a cached program as `python path args...` would: `sys.argv` comes from `process.argv`.
 * Synchronous when it runs as a script (the program's own asynchronous work continues on the
 * event loop), else a promise for the module's evaluation.
 */
/** Where the code cache of the entry's bundle lives. */
export function codeCachePath(entry: CacheEntry, record: CacheRecord): string {
  return `${entry.base}.${record.code}.v8`;
}

export function runEntry(entry: CacheEntry, record: CacheRecord, path: string, args: readonly string[]): Promise<unknown> | undefined {
  process.argv = [process.argv[0]!, path, ...args];
  if (record.script) {
    const program = compileScript(entry, codeCachePath(entry, record));
    if (program) {
      program.call(undefined);
      return undefined;
    }
  }
  return import(pathToFileURL(entry.module).href);
}

/** The bundle compiled as a strict function (with the code cache when it is valid), or null. */
function compileScript(entry: CacheEntry, codeCache: string): (() => void) | null {
  const code = readFileSync(entry.module, "utf8");
  let cachedData: Buffer | undefined;
  try {
    cachedData = readFileSync(codeCache);
  } catch {
    cachedData = undefined;
  }
  let script: Script;
  try {
    script = new Script(`${SCRIPT_HEAD}${code}${SCRIPT_TAIL}`, cachedData ? { filename: entry.module, cachedData } : { filename: entry.module });
  } catch (error) {
    if (error instanceof SyntaxError) return null;
    throw error;
  }
  // at exit, the cache also holds the functions the run compiled lazily
  if (cachedData === undefined || script.cachedDataRejected === true) process.once("exit", () => saveCodeCache(codeCache, script));
  return script.runInThisContext() as () => void;
}

/** The code cache only saves time: a file system that refuses it must not change how the run ends. */
function saveCodeCache(path: string, script: Script): void {
  try {
    writeAtomically(path, script.createCachedData());
  } catch (error) {
    if (typeof (error as { code?: unknown }).code !== "string") throw error;
  }
}

function writeAtomically(path: string, data: string | Uint8Array): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, data);
  renameSync(temp, path);
}

function fileStamp(file: string): string {
  const stat = statSync(join(PACKAGE_ROOT, file), { throwIfNoEntry: false });
  return stat ? `${stat.mtimeMs}:${stat.size}` : "-";
}

/** A 64-bit string hash (two multiplicative 32-bit lanes, cyrb53-style mixing), as 16 hex digits. */
export function hash64(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
