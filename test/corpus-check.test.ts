/**
 * Every program of the shared corpus (../shared/corpus/<area>/*.py beside this checkout, or
 * PY2TS_CORPUS) converts without errors and its TypeScript passes strict type-checking with
 * zero errors, the same check `py2ts FILE --check` runs. Running and comparing output is the
 * corpus runner's job (../shared/scripts/run-corpus.mjs); this keeps the types from regressing.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { transpile } from "../src/transpile.js";
import { ROOT, typeCheckAll } from "./support/fixtures.js";

const CORPUS = process.env["PY2TS_CORPUS"] ?? join(ROOT, "..", "shared", "corpus");

function corpusPrograms(): string[] {
  const out: string[] = [];
  for (const area of readdirSync(CORPUS).sort()) {
    const dir = join(CORPUS, area);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) if (name.endsWith(".py")) out.push(`${area}/${name}`);
  }
  return out;
}

const present = existsSync(CORPUS);

describe.skipIf(!present)(`corpus type-check (${CORPUS})`, () => {
  it("every corpus program converts and passes strict type-checking", async () => {
    const emitted = new Map<string, string>();
    const conversionErrors: string[] = [];
    for (const id of corpusPrograms()) {
      const result = await transpile(readFileSync(join(CORPUS, id), "utf8"), { filename: id.split("/")[1]! });
      const errors = result.diagnostics.filter((d) => d.severity === "error");
      if (errors.length > 0 || result.code === null) conversionErrors.push(`${id}: ${errors.map((d) => `${d.code} ${d.message}`).join("; ")}`);
      else emitted.set(id, result.code);
    }
    expect(conversionErrors.join("\n")).toBe("");
    expect(emitted.size).toBeGreaterThan(0);
    const failures = [...typeCheckAll(emitted)].filter(([, errors]) => errors.length > 0).map(([id, errors]) => `${id}:\n  ${errors.join("\n  ")}`);
    expect(failures.join("\n")).toBe("");
  }, 600_000);
});

if (!present) {
  describe("corpus type-check", () => {
    it.skip(`skipped: no corpus at ${CORPUS} (set PY2TS_CORPUS to its directory)`, () => {});
  });
}
