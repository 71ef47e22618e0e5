/**
 * `py2ts run`: the compile cache (a miss compiles and bundles, a hit runs the bundle without
 * loading the compiler) must not change what a program prints, its exit status or its
 * traceback, and every fixture must behave the same bundled as it does against dist/ unbundled
 * (test/fixtures.test.ts). Needs a built dist/ (`npm run build`), like the fixture tests.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, statSync } from "node:fs";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { bundleProgram } from "../src/cli/bundle.js";
import { cacheEntry, codeCachePath, freshRecord, hash64, writeEntry, type CacheEntry } from "../src/cli/cache.cjs";
import { stripTypes } from "../src/cli/compile.js";
import { RUNTIME_DIST } from "../src/cli/paths.cjs";
import { ROOT, fixtureCases } from "./support/fixtures.js";

const CLI = join(ROOT, "bin", "py2ts.cjs");
const CACHE_CJS = join(ROOT, "dist", "src", "cli", "cache.cjs");
const work = mkdtempSync(join(tmpdir(), "py2ts-cli-run-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly status: number | null;
}

function cli(args: readonly string[], options: { cwd?: string } = {}): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd: options.cwd ?? work, timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** A new program file (unique text, so its first run is a cache miss). */
function program(name: string, source: string): string {
  const dir = mkdtempSync(join(work, "p-"));
  const file = join(dir, name);
  writeFileSync(file, `# ${dir}\n${source}`);
  return file;
}

describe("py2ts run: cache miss and cache hit", () => {
  test("print and exit status 0", () => {
    const file = program("hello.py", 'print("hello", 1 + 1)\n');
    const miss = cli(["run", file]);
    const hit = cli(["run", file]);
    expect(miss).toEqual({ stdout: "hello 2\n", stderr: "", status: 0 });
    expect(hit).toEqual(miss);
    // the miss wrote the V8 code cache the hit used
    const entry = cacheEntry(readFileSync(file, "utf8"), "hello.py");
    expect(statSync(codeCachePath(entry, freshRecord(entry)!)).size).toBeGreaterThan(0);
  });

  test("an uncaught exception: the same traceback and status 1", () => {
    const file = program("boom.py", 'def f(x):\n    raise ValueError(f"bad {x}")\nprint("before")\nf(3)\n');
    const miss = cli(["run", file]);
    const hit = cli(["run", file]);
    expect(miss.status).toBe(1);
    expect(miss.stdout).toBe("before\n");
    expect(miss.stderr).toContain("ValueError: bad 3\n");
    expect(hit).toEqual(miss);
  });

  test("sys.exit status and sys.argv", () => {
    const file = program("argv.py", 'import sys\nprint(sys.argv[1:])\nsys.exit(int(sys.argv[1]))\n');
    const miss = cli(["run", file, "3", "--flag"]);
    const hit = cli(["run", file, "3", "--flag"]);
    expect(miss).toEqual({ stdout: "['3', '--flag']\n", stderr: "", status: 3 });
    expect(hit).toEqual(miss);
  });

  test("asyncio output after the module body finished", () => {
    const file = program("tick.py", 'import asyncio\nasync def main():\n    await asyncio.sleep(0.01)\n    print("tick")\nasyncio.run(main())\nprint("done")\n');
    const miss = cli(["run", file]);
    const hit = cli(["run", file]);
    expect(miss).toEqual({ stdout: "tick\ndone\n", stderr: "", status: 0 });
    expect(hit).toEqual(miss);
  });

  test("a coroutine stepped by hand with send/throw raises a RuntimeError naming the limit, never an internal error", () => {
    // the receiver is a parameter: not statically a coroutine, so no PY2013 at compile time
    const source = "async def outer():\n    return 1\ndef step(c):\n    try:\n        c.{m}\n    except StopIteration:\n        print('stopped')\nstep(outer())\n";
    for (const m of ["send(None)", "throw(ValueError('x'))"]) {
      const r = cli(["run", program("coro.py", source.replace("{m}", m))]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toContain(`RuntimeError: py2ts: ${m.slice(0, m.indexOf("("))}() on coroutine 'outer' is not supported`);
    }
  });

  test("what a started coroutine or a running async generator awaits raises a RuntimeError naming the limit, never prints None", () => {
    const source = [
      "import asyncio",
      "async def agen():",
      "    await asyncio.sleep(0.01)",
      "    yield 1",
      "async def inner(c):",
      "    await asyncio.sleep(0.01)",
      "async def outer():",
      "    await inner(None)",
      "async def main():",
      "    g = agen()",
      "    c = outer()",
      "    t = asyncio.ensure_future({start})",
      "    await asyncio.sleep(0)",
      "    print('before')",
      "    print({expr})",
      "asyncio.run(main())",
      "",
    ].join("\n");
    for (const [start, expr, what] of [["g.__anext__()", "g.ag_await", "ag_await of a running async generator"], ["c", "c.cr_await", "cr_await of a started coroutine"]] as const) {
      const r = cli(["run", program("awaits.py", source.replace("{start}", start).replace("{expr}", expr))]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("before\n");
      expect(r.stderr).toContain(`RuntimeError: py2ts: ${what} is not supported`);
    }
    // a coroutine awaited inside another one: which task's step it runs on is not tracked
    const nested = "import asyncio\nasync def inner():\n    await asyncio.sleep(0.01)\nasync def outer(c):\n    await c\nasync def main():\n    c = inner()\n    t = asyncio.ensure_future(outer(c))\n    await asyncio.sleep(0)\n    print(c.cr_running)\nasyncio.run(main())\n";
    const r = cli(["run", program("nested.py", nested)]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("RuntimeError: py2ts: cr_running of a coroutine awaited by another coroutine is not supported");
  });

  test("a binary dunder called on a built-in value of unknown type raises a RuntimeError naming the limit", () => {
    const source = "def f(x):\n    return x.__add__(1)\nclass V:\n    def __add__(self, o):\n        return 'V+' + str(o)\nprint(f(V()))\nprint(f(2))\n";
    const r = cli(["run", program("dunder.py", source)]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("V+1\n");
    expect(r.stderr).toContain("RuntimeError: py2ts: the method '__add__' of the built-in type 'int' is not supported");
  });

  test("a generator's code or frame attribute py2ts does not know raises a RuntimeError naming it, never prints None", () => {
    const source = "def gen():\n    yield 1\ng = gen()\nprint(g.gi_code.co_name, g.gi_frame.f_code is g.gi_code)\nprint({e})\n";
    for (const [expr, what] of [["g.gi_frame.f_lineno", "frame.f_lineno"], ["g.gi_frame.f_locals", "frame.f_locals"], ["g.gi_code.co_filename", "code.co_filename"], ["gen.__code__.co_varnames", "code.co_varnames"]] as const) {
      const r = cli(["run", program("frame.py", source.replace("{e}", expr))]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("gen True\n");
      expect(r.stderr).toContain(`RuntimeError: py2ts: ${what} is not supported`);
    }
  });

  test("stdout closed while the program runs: the runtime's quiet exit 120", () => {
    const file = program("ticks.py", "import asyncio\nasync def main():\n    for i in range(50):\n        print(i, flush=True)\n        await asyncio.sleep(0.05)\nasyncio.run(main())\n");
    for (let round = 0; round < 2; round++) {
      const r = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" "${CLI}" run "${file}" | head -n 1`], { encoding: "utf8", timeout: 60_000 });
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({ stdout: "0\n", stderr: "", status: 120 });
    }
  });

  test("a program with errors: diagnostics, status 1, nothing cached", () => {
    const file = program("bad.py", "def f(:\n");
    const first = cli(["run", file]);
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/^bad\.py:\d+:\d+: error\[PY\d+\]/);
    expect(cli(["run", file])).toEqual(first);
  });

  test("a missing file", () => {
    expect(cli(["run", join(work, "nope.py")])).toEqual({ stdout: "", stderr: `py2ts: can't open file '${join(work, "nope.py")}': No such file or directory\n`, status: 2 });
  });
});

describe("the cache record", () => {
  function entryIn(dir: string): CacheEntry {
    return { base: join(dir, "e"), module: join(dir, "e.mjs"), record: join(dir, "e.json"), key: "the key\0source" };
  }

  test("is fresh only for the same key and unchanged runtime files", () => {
    const dir = mkdtempSync(join(work, "rec-"));
    const runtimeFile = join(dir, "runtime-part.js");
    writeFileSync(runtimeFile, "export const x = 1;\n");
    const entry = entryIn(dir);
    writeEntry(entry, "console.log(1);\n", [runtimeFile]);
    expect(freshRecord(entry)).toMatchObject({ key: entry.key, script: true });
    expect(freshRecord({ ...entry, key: "another key" })).toBeNull();
    const { mtime } = statSync(runtimeFile);
    utimesSync(runtimeFile, mtime, new Date(mtime.getTime() + 5000));
    expect(freshRecord(entry)).toBeNull();
  });

  test("rewriting an entry with another bundle removes the old bundle's code cache", () => {
    const dir = mkdtempSync(join(work, "rec-"));
    const entry = entryIn(dir);
    const first = writeEntry(entry, "globalThis.x = 1;\n", []);
    writeFileSync(codeCachePath(entry, first), "stale");
    const second = writeEntry(entry, "globalThis.x = 2;\n", []);
    expect(codeCachePath(entry, second)).not.toBe(codeCachePath(entry, first));
    expect(statSync(codeCachePath(entry, first), { throwIfNoEntry: false })).toBeUndefined();
  });

  test("a bundle with HTML-like comment tokens runs as a module, not as a script", () => {
    const dir = mkdtempSync(join(work, "rec-"));
    expect(writeEntry(entryIn(dir), "let a = 1;\nlet b = a-->0;\n", []).script).toBe(false);
  });

  test("the hash is stable", () => {
    expect(hash64("")).toMatch(/^[0-9a-f]{16}$/);
    expect(hash64("print(1)\n")).toBe(hash64("print(1)\n"));
    expect(hash64("print(1)\n")).not.toBe(hash64("print(2)\n"));
  });
});

/** Runs a bundle the way a cache hit does (dist's cache.cjs), from a fresh entry in `dir`. */
function runBundled(code: string, dir: string): Promise<Run> {
  mkdirSync(dir, { recursive: true });
  const entry: CacheEntry = { base: join(dir, "program"), module: join(dir, "program.mjs"), record: join(dir, "program.json"), key: "k" };
  const record = writeEntry(entry, code, []);
  const runner = `const c = require(${JSON.stringify(CACHE_CJS)}); c.runEntry(${JSON.stringify(entry)}, ${JSON.stringify(record)}, ${JSON.stringify(join(dir, "input.py"))}, []);`;
  return new Promise((done) => {
    const child = spawn(process.execPath, ["-e", runner], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    // a death by signal n reads as a shell shows it, 128 + n, as the fixture runner records it
    child.on("close", (status, signal) => done({ stdout, stderr, status: signal ? 128 + (constants.signals[signal] ?? 0) : status }));
  });
}

describe("every fixture, bundled as py2ts run runs it", () => {
  const cases = fixtureCases().filter((c) => c.read("output.ts") !== null && c.read("stdout.txt") !== null);
  test("the runtime is built", () => {
    expect(statSync(join(RUNTIME_DIST, "index.js")).isFile()).toBe(true);
    expect(cases.length).toBeGreaterThan(0);
  });
  test.concurrent.each(cases.map((c) => [c.id, c] as const))("%s", async (id, c) => {
    const bundled = await bundleProgram(await stripTypes(c.read("output.ts")!));
    expect(bundled.runtimeFiles.every((f) => f.startsWith(RUNTIME_DIST))).toBe(true);
    const dir = join(work, "fixtures", id.replace(/\//g, "__"));
    const r = await runBundled(bundled.code, dir);
    expect(r.stdout).toBe(c.read("stdout.txt"));
    expect(r.status).toBe(Number(c.read("exit_code")?.trim() ?? "0"));
  });
});
