// Times the hand-emitted benchmark programs against CPython and the hand-written JS:
//   node test/runtime/asyncio/bench/run-bench.mjs [rounds] [names...]
// (after `npx tsc -p test/runtime/asyncio/tsconfig.programs.json`). Runs are interleaved per
// round; prints the median CPU time (user + sys, from /usr/bin/time: robust on a shared, loaded
// machine, and these programs are single-threaded) and the ratios. Checks the outputs agree.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../../..");
const build = join(repo, "node_modules/.cache/py2ts-asyncio-programs/test/runtime/asyncio/bench");
const shared = "/work/shared/bench";
const [roundsArg, ...names] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 3);
const programs = names.length > 0 ? names : ["async_switch", "async_gather_many", "async_queue", "async_nested_await"];
const python = spawnSync("python3", ["-c", "import sys; print(sys.executable)"], { encoding: "utf8" }).stdout.trim();

function timed(cmd, args) {
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S", cmd, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const [user, sys] = r.stderr.trim().split("\n").pop().split(" ").map(Number);
  return { ms: (user + sys) * 1000, stdout: r.stdout, status: r.status };
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const name of programs) {
  const expected = readFileSync(join(shared, "programs", `${name}.expected`), "utf8");
  const runs = { cpython: [], handwritten: [], py2ts: [] };
  let ok = true;
  for (let i = 0; i < rounds; i++) {
    const c = timed(python, [join(shared, "programs", `${name}.py`)]);
    const h = timed(process.execPath, [join(shared, "handwritten", `${name}.mjs`)]);
    const p = timed(process.execPath, ["--stack-size=4000", join(build, `${name}.js`)]);
    ok &&= p.stdout === expected && p.status === 0;
    runs.cpython.push(c.ms);
    runs.handwritten.push(h.ms);
    runs.py2ts.push(p.ms);
  }
  const [c, h, p] = [median(runs.cpython), median(runs.handwritten), median(runs.py2ts)];
  console.log(
    `${name.padEnd(20)} cpu: cpython ${(c / 1000).toFixed(3)}s  handwritten ${(h / 1000).toFixed(3)}s  py2ts ${(p / 1000).toFixed(3)}s  ` +
      `py2ts/cpython=${(p / c).toFixed(2)}  py2ts/handwritten=${(p / h).toFixed(2)}  output=${ok ? "ok" : "DIFF"}`,
  );
}
