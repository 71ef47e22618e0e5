/**
 * Fixtures: for each fixtures/<area>/<case>/input.py, transpile and compare the TypeScript with
 * output.ts exactly (UPDATE_FIXTURES=1 rewrites output.ts, to be reviewed as a diff), type-check
 * it (strict), run it and compare stdout byte for byte and the exit status with what python3
 * printed (scripts/record-fixtures.mjs). Cases with diagnostics.txt must fail to convert with
 * exactly that rendered diagnostic.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { transpile } from "../src/transpile.js";
import { renderDiagnostics } from "../src/diagnostics/render.js";
import { createSourceFile } from "../src/source.js";
import { fixtureCases, runTypeScript, typeCheckAll } from "./support/fixtures.js";

const UPDATE = process.env["UPDATE_FIXTURES"] === "1";
const cases = fixtureCases();
const emitted = new Map<string, string>();
let checked: Map<string, string[]> | null = null;

describe("fixtures", () => {
  for (const c of cases) {
    const expectedDiagnostics = c.read("diagnostics.txt");
    if (expectedDiagnostics !== null) {
      it(`${c.id} is rejected with a diagnostic`, async () => {
        const result = await transpile(c.input, { filename: "input.py" });
        expect(result.code).toBeNull();
        const rendered = renderDiagnostics(result.diagnostics, createSourceFile("input.py", c.input)) + "\n";
        expect(rendered).toBe(expectedDiagnostics);
      });
      continue;
    }
    it(`${c.id} converts, type-checks and prints what CPython prints`, async () => {
      const result = await transpile(c.input, { filename: "input.py" });
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const code = result.code!;
      emitted.set(c.id, code);
      if (UPDATE) writeFileSync(join(c.dir, "output.ts"), code);
      expect(code).toBe(c.read("output.ts"));
      const run = runTypeScript(code, c.id);
      expect(run.stdout).toBe(c.read("stdout.txt"));
      expect(run.status, run.stderr).toBe(Number((c.read("exit_code") ?? "0").trim()));
    });
  }
  it("every emitted file passes strict type-checking", () => {
    checked = typeCheckAll(emitted);
    const failures = [...checked].filter(([, errors]) => errors.length > 0).map(([id, errors]) => `${id}:\n  ${errors.join("\n  ")}`);
    expect(failures.join("\n")).toBe("");
  });
});
