/**
 * `py2ts INPUT... [-o OUT] [--check]`: converting one file, a folder and several files; a file
 * with diagnostics gets no output while the others are still written. Needs a built dist/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { ROOT } from "./support/fixtures.js";

const CLI = join(ROOT, "bin", "py2ts.cjs");
const work = mkdtempSync(join(tmpdir(), "py2ts-cli-convert-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(args: readonly string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8", cwd, timeout: 120_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** A project folder: app/main.py, app/util/text.py, app/util/bad.py (eval), app/__pycache__/x.py. */
function project(): string {
  const dir = mkdtempSync(join(work, "p-"));
  mkdirSync(join(dir, "app", "util"), { recursive: true });
  mkdirSync(join(dir, "app", "__pycache__"));
  mkdirSync(join(dir, "app", ".venv"));
  writeFileSync(join(dir, "app", "main.py"), 'print("main")\n');
  writeFileSync(join(dir, "app", "util", "text.py"), 'def shout(s: str) -> str:\n    return s.upper()\nprint(shout("hi"))\n');
  writeFileSync(join(dir, "app", "util", "bad.py"), 'x = 1\neval("x")\n');
  writeFileSync(join(dir, "app", "__pycache__", "x.py"), 'print("cached")\n');
  writeFileSync(join(dir, "app", ".venv", "y.py"), 'print("venv")\n');
  return dir;
}

describe("py2ts: converting files and folders", () => {
  test("one file: the TypeScript on stdout", () => {
    const dir = project();
    const r = cli(["app/main.py"], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('print("main");');
    expect(r.stderr).toBe("");
  });

  test("a folder to an output folder keeps its layout; a file with diagnostics is not written", () => {
    const dir = project();
    const r = cli(["app", "-o", "out"], dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("app/util/bad.py:2:1: error[PY2004]: 'eval' is not supported by py2ts\n");
    expect(r.stderr).toContain("py2ts: converted 2 of 3 files; 1 with errors\n");
    expect(readFileSync(join(dir, "out", "main.ts"), "utf8")).toContain('print("main");');
    expect(readFileSync(join(dir, "out", "util", "text.ts"), "utf8")).toContain("function shout(s: string): string");
    expect(existsSync(join(dir, "out", "util", "bad.ts"))).toBe(false);
    expect(existsSync(join(dir, "out", "__pycache__"))).toBe(false);
    expect(existsSync(join(dir, "out", ".venv"))).toBe(false);
  });

  test("a folder without -o: each .ts beside its .py", () => {
    const dir = project();
    const r = cli(["app"], dir);
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, "app", "main.ts"))).toBe(true);
    expect(existsSync(join(dir, "app", "util", "text.ts"))).toBe(true);
    expect(existsSync(join(dir, "app", "util", "bad.ts"))).toBe(false);
  });

  test("several files to a folder; --check alone writes nothing", () => {
    const dir = project();
    const r = cli(["app/main.py", "app/util/text.py", "-o", "out"], dir);
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, "out", "main.ts"))).toBe(true);
    expect(existsSync(join(dir, "out", "text.ts"))).toBe(true);
    const check = cli(["app", "--check"], dir);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain("py2ts: checked 2 of 3 files; 1 with errors\n");
    expect(existsSync(join(dir, "app", "main.ts"))).toBe(false);
  });

  test("a missing input and a file as the output of a folder are usage errors", () => {
    const dir = project();
    expect(cli(["nope.py"], dir)).toEqual({ stdout: "", stderr: "py2ts: no such file or folder: nope.py\n", status: 2 });
    expect(cli(["app", "-o", "app/main.py"], dir).status).toBe(2);
  });
});
