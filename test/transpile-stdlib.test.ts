/**
 * No valid Python makes the compiler throw, hang or crash: every standard-library file and
 * every corpus program either converts or gets diagnostics (scripts/transpile-stdlib.mjs, which
 * runs each file in a watchdog worker). Needs a built dist/ and python3.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { expect, test } from "vitest";
import { ROOT } from "./support/fixtures.js";

test("every stdlib file and corpus program converts or gets diagnostics", () => {
  const r = spawnSync(process.execPath, [join(ROOT, "scripts", "transpile-stdlib.mjs")], { encoding: "utf8", timeout: 1_500_000 });
  expect(r.stdout).toMatch(/^\d{4,} files \(\d+ lines\) in \d+ s: \d+ converted, \d+ diagnosed, 0 threw, hung or crashed$/m);
  expect(r.stdout).not.toContain("FAIL ");
  expect(r.status).toBe(0);
}, 1_600_000);
