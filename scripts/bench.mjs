#!/usr/bin/env node
/**
 * `npm run bench [-- program...]`: the team's shared benchmark comparison for this checkout —
 * each program through `py2ts run`, against CPython and the hand-written JavaScript, timed in
 * the same rounds (`compare.sh` prints both ratios per program and their geomeans).
 *
 * The shared directory is found as $PY2TS_SHARED, else the nearest `shared/` beside this
 * checkout or one of its parents (a worktree at /work/wt-x and /work/main both find
 * /work/shared). Arguments are passed to compare.sh (program names; none means all).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function findCompare() {
  const env = process.env.PY2TS_SHARED;
  if (env) return join(resolve(env), "bench", "compare.sh");
  for (let dir = root; ; dir = dirname(dir)) {
    const candidate = join(dir, "..", "shared", "bench", "compare.sh");
    if (existsSync(candidate)) return resolve(candidate);
    if (dirname(dir) === dir) return null;
  }
}

const compare = findCompare();
if (compare === null || !existsSync(compare)) {
  console.error(`bench: no shared/bench/compare.sh beside ${root} or its parents; set PY2TS_SHARED to the shared directory`);
  process.exit(2);
}
const run = spawnSync("bash", [compare, root, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(run.status ?? 1);
