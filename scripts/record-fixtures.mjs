#!/usr/bin/env node
// Records what CPython prints for every fixture: fixtures/<area>/<case>/input.py → stdout.txt
// (+ exit_code when the status is not 0; 128 + n for a death by signal n). Cases with a diagnostics.txt are compile-error cases
// and are skipped. Usage: node scripts/record-fixtures.mjs [substring-filter]
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import os from "node:os";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
const filter = process.argv[2] ?? "";
let count = 0;
for (const area of readdirSync(root).sort()) {
  const areaDir = join(root, area);
  for (const name of readdirSync(areaDir).sort()) {
    const dir = join(areaDir, name);
    if (!`${area}/${name}`.includes(filter) || !existsSync(join(dir, "input.py")) || existsSync(join(dir, "diagnostics.txt"))) continue;
    const r = spawnSync("python3", ["input.py"], { cwd: dir, encoding: "utf8", env: { ...process.env, PYTHONHASHSEED: "0" } });
    writeFileSync(join(dir, "stdout.txt"), r.stdout);
    // a death by signal (an uncaught KeyboardInterrupt: SIGINT) is recorded as a shell shows it, 128 + n
    const status = r.status ?? 128 + (os.constants.signals[r.signal] ?? 0);
    if (status !== 0) writeFileSync(join(dir, "exit_code"), `${status}\n`);
    else rmSync(join(dir, "exit_code"), { force: true });
    count++;
  }
}
console.log(`recorded ${count} fixture(s) from python3`);
