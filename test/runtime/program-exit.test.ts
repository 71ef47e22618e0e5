/**
 * The program entry end to end: a hand-written converted program runs in a child Node process;
 * its stdout, stderr and exit status are compared with what CPython does for the same Python.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "py2ts-program-"));

beforeAll(() => {
  // the child runs the compiled runtime, so build it once (tsc still emits if some other file has
  // a type error; the runtime's own type check is `npx tsc --noEmit`)
  spawnSync("npx", ["tsc", "-p", "tsconfig.json", "--outDir", join(dir, "dist")], { cwd: root, stdio: "pipe" });
  if (!existsSync(join(dir, "dist", "src", "runtime", "index.js"))) throw new Error("the runtime did not build");
}, 300_000);

interface Outcome {
  stdout: string;
  stderr: string;
  status: number | null;
}

function runJs(name: string, body: string): Outcome {
  const runtime = pathToFileURL(join(dir, "dist", "src", "runtime", "index.js")).href;
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, body.replaceAll("RUNTIME", runtime));
  const r = spawnSync("node", [file], { encoding: "utf8" });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

function runPy(name: string, code: string): Outcome {
  const file = join(dir, `${name}.py`);
  writeFileSync(file, code);
  const r = spawnSync("python3", [file], { encoding: "utf8", cwd: dir });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe("program exit", () => {
  it("prints a traceback and exits 1 on an uncaught exception, keeping stdout intact", () => {
    const py = runPy(
      "boom",
      `print("before")\nprint("partial", end="")\ntry:\n    raise ValueError("boom")\nfinally:\n    print(" finally")\n`,
    );
    const js = runJs(
      "boom",
      `import { runProgram, print, kw, ValueError } from "RUNTIME";
runProgram({ file: "boom.py" }, () => {
  print("before");
  print("partial", kw({ end: "" }));
  try {
    throw new ValueError("boom");
  } finally {
    print(" finally");
  }
});
`,
    );
    expect(js.stdout).toBe(py.stdout);
    expect(js.status).toBe(py.status);
    expect(js.stderr.startsWith("Traceback (most recent call last):\n")).toBe(true);
    expect(js.stderr.endsWith("ValueError: boom\n")).toBe(true);
    expect(py.stderr.endsWith("ValueError: boom\n")).toBe(true);
  });

  it("handles sys.exit like CPython", () => {
    for (const [arg, jsArg] of [["", ""], ["3", "3"], ["'bye'", '"bye"'], ["None", "null"], ["True", "true"]] as const) {
      const py = runPy("exit", `import sys\nprint("x")\nsys.exit(${arg})\n`);
      const js = runJs("exit", `import { runProgram, print, sys } from "RUNTIME";\nrunProgram({ file: "exit.py" }, () => { print("x"); sys.exit(${jsArg}); });\n`);
      expect([js.stdout, js.stderr, js.status]).toEqual([py.stdout, py.stderr, py.status]);
    }
  });

  it("chains tracebacks for __cause__ and __context__", () => {
    const py = runPy("chain", `try:\n    {}["k"]\nexcept KeyError as e:\n    raise ValueError("bad") from e\n`);
    const js = runJs(
      "chain",
      `import { runProgram, KeyError, ValueError, raiseFrom, pyCatch } from "RUNTIME";
runProgram({ file: "chain.py" }, () => {
  try { throw new KeyError("k"); } catch ($e) { const e = pyCatch($e); throw raiseFrom(new ValueError("bad"), e); }
});
`,
    );
    const dropFrames = (s: string) => s.split("\n").filter((l) => !l.startsWith("  ")).join("\n");
    expect(dropFrames(js.stderr)).toBe(dropFrames(py.stderr));
    expect(js.status).toBe(1);
  });

  it("reports a JS bug as an internal error, not as a Python traceback", () => {
    const js = runJs("bug", `import { runProgram } from "RUNTIME";\nrunProgram({ file: "bug.py" }, () => { const f = undefined; f(); });\n`);
    expect(js.stderr).toContain("py2ts: internal error");
    expect(js.stderr).not.toContain("Traceback (most recent call last)");
    expect(js.status).toBe(70);
  });

  it("runs async bodies and maps deep recursion to RecursionError", () => {
    const js = runJs(
      "async",
      `import { runProgram, print } from "RUNTIME";
runProgram({ file: "a.py" }, async () => { await null; print("after await"); const f = (n) => f(n + 1) + 1; f(0); });
`,
    );
    expect(js.stdout).toBe("after await\n");
    expect(js.stderr.endsWith("RecursionError: maximum recursion depth exceeded\n")).toBe(true);
    expect(js.status).toBe(1);
  });
});
