/**
 * The corpus/asyncio programs and the focused programs (programs/focused_*.py), hand-emitted
 * as the compiler should emit them (programs/*.ts), compiled with tsc --strict and run in a
 * child process in real time and in virtual time; stdout and exit status must be
 * byte-identical to CPython's (the corpus's .expected files, or python3 run at test time).
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");
const build = join(repo, "node_modules/.cache/py2ts-asyncio-programs");
const corpus = "/work/shared/corpus";

const programs = readdirSync(join(here, "programs"))
  .filter((f) => f.endsWith(".ts"))
  .map((f) => f.slice(0, -3));

const cpythonCache = new Map<string, { stdout: string; status: number }>();

/**
 * The corpus's recorded CPython output, or — for the focused programs that sit beside their
 * Python source (programs/NAME.py) — CPython's output recorded now by running python3 on it.
 */
function expectedFor(name: string): { stdout: string; status: number } | null {
  const source = join(here, "programs", `${name}.py`);
  if (existsSync(source)) {
    if (!cpythonCache.has(name)) {
      const r = spawnSync("python3", [source], { encoding: "utf8", timeout: 60_000 });
      cpythonCache.set(name, { stdout: r.stdout, status: r.status ?? -1 });
    }
    return cpythonCache.get(name)!;
  }
  const base = name === "asyncio_gather" ? null : join(corpus, "asyncio", name);
  if (base === null || !existsSync(`${base}.expected`)) return null;
  const status = existsSync(`${base}.exit`) ? Number(readFileSync(`${base}.exit`, "utf8").trim()) : 0;
  return { stdout: readFileSync(`${base}.expected`, "utf8"), status };
}

function runProgram(name: string, virtual: boolean): { stdout: string; status: number; ms: number } {
  const args = [join(here, "run-program.mjs"), build, name, ...(virtual ? ["--virtual-time"] : [])];
  const start = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 30_000 });
  const reported = /\[run-program\] elapsed_ms=([\d.]+)/.exec(result.stderr ?? "");
  const ms = reported !== null ? Number(reported[1]) : performance.now() - start;
  return { stdout: result.stdout, status: result.status ?? -1, ms };
}

beforeAll(() => {
  execFileSync(process.execPath, [join(repo, "node_modules/typescript/bin/tsc"), "-p", join(here, "tsconfig.programs.json")], {
    stdio: "inherit",
  });
}, 120_000);

describe.each(programs.filter((p) => expectedFor(p) !== null))("corpus/asyncio/%s", (name) => {
  const expected = expectedFor(name)!;
  it.each([false, true])("virtual time %s: stdout and exit status match CPython", (virtual) => {
    const got = runProgram(name, virtual);
    expect(got.stdout).toBe(expected.stdout);
    expect(got.status).toBe(expected.status);
  }, 30_000);
});

describe("seed_article under virtual time", () => {
  it("finishes well under a second although it sleeps 2 s", () => {
    const got = runProgram("seed_article", true);
    expect(got.stdout).toBe(expectedFor("seed_article")!.stdout);
    expect(got.ms).toBeLessThan(1000);
  }, 30_000);
});

describe("seed/asyncio_gather (the article's example verbatim)", () => {
  // CPython prints time.time() before and after two overlapping 2 s sleeps: two floats about
  // 2 s apart around two `exec` lines.
  function parse(stdout: string): { lines: string[]; elapsed: number } {
    const lines = stdout.split("\n");
    return { lines, elapsed: Number(lines[3]) - Number(lines[0]) };
  }
  it("real time: exec, exec between times about 2 s apart", () => {
    const { lines, elapsed } = parse(runProgram("asyncio_gather", false).stdout);
    expect(lines.slice(1, 3)).toEqual(["exec", "exec"]);
    expect(lines[0]).toMatch(/^\d+\.\d+$/);
    expect(elapsed).toBeGreaterThanOrEqual(1.99);
    expect(elapsed).toBeLessThan(2.6);
  }, 30_000);
  it("virtual time: time.time() moves exactly 2 s and the run takes well under a second", () => {
    const got = runProgram("asyncio_gather", true);
    const { lines, elapsed } = parse(got.stdout);
    expect(lines.slice(1, 3)).toEqual(["exec", "exec"]);
    expect(Math.abs(elapsed - 2)).toBeLessThan(1e-6);
    expect(got.ms).toBeLessThan(1000);
  }, 30_000);
});
