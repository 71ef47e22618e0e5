/** CPython's compile() as the oracle for the compile-time checks (declarations, block context, patterns). */
import { spawnSync } from "node:child_process";
import { expect, it } from "vitest";
import type { Module } from "../../src/ast/nodes.js";
import type { Diagnostic } from "../../src/diagnostics/diagnostic.js";
import { parse } from "../../src/parse/parse.js";
import { createSourceFile, lineColOf } from "../../src/source.js";

/** "line:col-endline:endcol: message" as CPython reports it (1-based columns), or "OK". */
export function cpythonCompileErrors(sources: readonly string[]): string[] {
  const program = `
import json, sys
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, "case.py", "exec")
        out.append("OK")
    except SyntaxError as e:
        out.append(f"{e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}: {e.msg}")
print(json.dumps(out))
`;
  const run = spawnSync("python3", ["-c", program], { input: JSON.stringify(sources), encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as string[];
}


/** A check's first diagnostic for `src`, in the oracle's form. */
function firstError(src: string, check: (module: Module, options: { filename: string }) => Diagnostic[]): string {
  const parsed = parse(src, { filename: "case.py" });
  expect(parsed.diagnostics).toEqual([]);
  const [first] = check(parsed.module!, { filename: "case.py" });
  if (!first) return "OK";
  const file = createSourceFile("case.py", src);
  const start = lineColOf(file, first.span.start);
  const end = lineColOf(file, first.span.end);
  return `${start.line}:${start.col + 1}-${end.line}:${end.col + 1}: ${first.message}`;
}

/**
 * Tests that `check` gives, for every snippet, CPython's first compile() error or none; `least`
 * says how many of the snippets must be accepted and rejected, so that both kinds stay covered.
 */
export function compileOracleSuite(cases: readonly string[], check: (module: Module, options: { filename: string }) => Diagnostic[], least: { accepted: number; rejected: number }): void {
  const expected = cpythonCompileErrors(cases);
  it("covers both programs CPython accepts and ones it rejects", () => {
    expect(expected.filter((e) => e === "OK").length).toBeGreaterThanOrEqual(least.accepted);
    expect(expected.filter((e) => e !== "OK").length).toBeGreaterThanOrEqual(least.rejected);
  });
  it.each(cases.map((src, i) => [src, i] as const))("checks %j as CPython compiles it", (src, i) => {
    expect(firstError(src, check)).toBe(expected[i]);
  });
}
