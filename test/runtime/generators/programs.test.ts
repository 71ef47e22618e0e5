// The corpus generator programs (and the seed article's send example), hand-translated the way
// the compiler emits them: stdout must equal CPython's byte for byte, exit status 0.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { compileAll, here, runCompiled } from "./harness.js";

let out = "";
beforeAll(() => {
  out = compileAll();
}, 120_000);
afterAll(() => {
  if (out !== "") rmSync(out, { recursive: true, force: true });
});

for (const dir of ["programs", "cases"]) {
  describe(dir, () => {
    const names = readdirSync(join(here, dir)).filter((f) => f.endsWith(".py")).map((f) => f.slice(0, -3));
    for (const name of names) {
      test(name, () => {
        const expected = readFileSync(join(here, dir, `${name}.expected`), "utf8");
        let status = 0;
        try {
          status = Number(readFileSync(join(here, dir, `${name}.exit`), "utf8").trim());
        } catch {
          status = 0;
        }
        const r = runCompiled(out, join(here, dir, `${name}.ts`));
        expect(r.stdout).toBe(expected);
        expect(r.status, r.stderr).toBe(status);
        if (status !== 0) {
          const lastLine = readFileSync(join(here, dir, `${name}.stderr-last`), "utf8").trim();
          expect(r.stderr.trim().split("\n").pop()).toBe(lastLine);
        }
      });
    }
  });
}
