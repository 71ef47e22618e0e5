#!/usr/bin/env node
/**
 * `npm run bench:parse`: how fast py2ts's front end reads the standard library, next to CPython's
 * own C parser (`ast.parse`) on the same files in the same run.
 *
 * - Files: every stdlib file (`cpython-ast.py --stdlib-list`) that is UTF-8 and that `ast.parse`
 *   accepts. Both sides get the text already in memory: file reading is not timed.
 * - py2ts runs in this process after a warm-up (the first 150 files); each figure is the best of `--runs` passes
 *   (the machine is shared, the best pass is the least disturbed one).
 * - CPython and py2ts `parse()` alternate in `--rounds` rounds (CPython, py2ts, CPython, ...), so a
 *   change of load on the shared machine hits both sides alike; per-round figures, the medians and
 *   the ratio of the medians are printed. Each CPython round is one python3 subprocess that decodes
 *   the files untimed and then times only its `ast.parse` loop (process start is not timed).
 * - Where py2ts's time goes, each by difference of passes that do the same per-file work as
 *   `parse()` up to a point: tokenize (src/parse/tokenize.ts) alone; tokenize and the CstParser
 *   reading each file one top-level statement at a time, as `parse()` does, the CST dropped at
 *   once (the CstParser's share is this minus tokenize); the rest of `parse()` (CST → AST and glue)
 *   is `parse()` minus that. Parsing whole files with `file()`, or tokens of every file held at
 *   once, would measure something else: a file's whole CST and all the tokens live at the same
 *   time make the garbage collector copy and promote them, which `parse()` never pays.
 *
 * - User CPU seconds of each best pass and the load average are printed too: on a shared machine a
 *   wall time can include waiting for a CPU, the user time mostly does not.
 *
 * Usage: node scripts/bench-parse.mjs [--runs N] [--rounds N] [--limit N]   (after `npm run build`)
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const { tokenize } = await import(`${root}dist/src/parse/tokenize.js`);
const { createSourceFile } = await import(`${root}dist/src/source.js`);
let parseModule;
try {
  parseModule = await import(`${root}dist/src/parse/parse.js`);
} catch {
  parseModule = undefined; // parse() not built yet: time tokenize alone
}
let PythonParser;
try {
  ({ PythonParser } = await import(`${root}dist/grammar/parser.js`));
} catch {
  PythonParser = undefined;
}

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const runs = option("--runs", 3);
const rounds = option("--rounds", 3);
const limit = option("--limit", Infinity);

const CPYTHON = String.raw`
import ast, json, os, sys, time
paths = [p for p in sys.stdin.read().split("\n") if p]
sources, accepted = [], []
for p in paths:
    try:
        s = open(p, "rb").read().decode("utf-8")
        ast.parse(s)
    except (UnicodeDecodeError, SyntaxError, ValueError):
        continue
    sources.append(s)
    accepted.append(p)
best = None
for _ in range(int(sys.argv[1])):
    u0 = os.times().user
    t0 = time.perf_counter()
    for s in sources:
        ast.parse(s)
    t = time.perf_counter() - t0
    if best is None or t < best:
        best, user = t, os.times().user - u0
print(json.dumps({"accepted": accepted, "seconds": best, "user": user}))
`;

const stdlib = execFileSync("python3", [`${root}../shared/scripts/cpython-ast.py`, "--stdlib-list"], {
  encoding: "utf8",
  maxBuffer: 1 << 26,
})
  .split("\n")
  .filter(Boolean)
  .slice(0, limit);
const cpythonRound = () =>
  JSON.parse(execFileSync("python3", ["-c", CPYTHON, "1"], { input: stdlib.join("\n"), encoding: "utf8", maxBuffer: 1 << 28 }));
const cpython = cpythonRound();
const files = cpython.accepted.map((p) => createSourceFile(p, readFileSync(p, "utf8")));
const lines = files.reduce((n, f) => n + countLines(f.text), 0);

function countLines(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return text.length > 0 && text.charCodeAt(text.length - 1) !== 10 ? n + 1 : n;
}

/** User CPU seconds of the pass that `best` last kept (the wall time can include waiting for a shared CPU). */
const userSeconds = {};

/** Best time of `runs` passes of `fn` over all files, after a warm-up pass over the first 150. */
function best(name, fn) {
  fn(files.slice(0, 150));
  let min = Infinity;
  for (let r = 0; r < runs; r++) {
    const u0 = process.cpuUsage().user;
    const t0 = performance.now();
    fn(files);
    const t = performance.now() - t0;
    if (t < min) {
      min = t;
      userSeconds[name] = (process.cpuUsage().user - u0) / 1e6;
    }
  }
  return min / 1000;
}

let failures = 0;
const tokenizeSeconds = best("tokenize", (some) => {
  for (const f of some) tokenize(f);
});
let cstSeconds;
if (PythonParser) {
  const parser = new PythonParser();
  const tokenizeAndCstSeconds = best("cst", (some) => {
    for (const f of some) {
      parser.startStatements(tokenize(f).tokens);
      while (parser.nextStatement() !== null && parser.errors.length === 0);
      parser.endStatements();
    }
  });
  cstSeconds = Math.max(0, tokenizeAndCstSeconds - tokenizeSeconds);
}
let parseSeconds;
if (parseModule) {
  parseSeconds = best("parse", (some) => {
    failures = 0;
    for (const f of some) if (parseModule.parse(f.text, { filename: f.filename }).diagnostics.length > 0) failures++;
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const alternating = [];
if (parseModule) {
  for (let r = 0; r < rounds; r++) {
    const c = r === 0 ? cpython : cpythonRound();
    const t0 = performance.now();
    for (const f of files) parseModule.parse(f.text, { filename: f.filename });
    alternating.push({ cpython: c.seconds, py2ts: (performance.now() - t0) / 1000, load: loadavg()[0] });
  }
}

const rate = (s) => Math.round(lines / s).toLocaleString("en-US").padStart(11);
const pct = (s) => `${((100 * s) / (parseSeconds ?? tokenizeSeconds)).toFixed(0)}%`;
const user = (s) => (s === undefined ? "" : `, user ${s.toFixed(2)} s`);
console.log(`stdlib: ${files.length} files, ${lines.toLocaleString("en-US")} lines (best of ${runs} runs)`);
console.log(`CPython ast.parse   ${rate(cpython.seconds)} lines/s  (${cpython.seconds.toFixed(2)} s${user(cpython.user)})`);
if (parseSeconds !== undefined) {
  console.log(`py2ts parse()       ${rate(parseSeconds)} lines/s  (${parseSeconds.toFixed(2)} s${user(userSeconds.parse)}, ${failures} files with diagnostics)`);
  console.log(`ratio py2ts/CPython ${(cpython.seconds / parseSeconds).toFixed(2)}x (user CPU: ${(cpython.user / userSeconds.parse).toFixed(2)}x)`);
}
if (alternating.length > 0) {
  console.log(`alternating rounds (CPython then py2ts parse(), ${rounds} rounds):`);
  alternating.forEach((a, i) =>
    console.log(`  round ${i + 1}: CPython ${rate(a.cpython)} lines/s (${a.cpython.toFixed(2)} s)  py2ts ${rate(a.py2ts)} lines/s (${a.py2ts.toFixed(2)} s)  load ${a.load.toFixed(2)}`),
  );
  const mc = median(alternating.map((a) => a.cpython));
  const mp = median(alternating.map((a) => a.py2ts));
  console.log(`  medians: CPython ${rate(mc)} lines/s  py2ts ${rate(mp)} lines/s  ratio of medians py2ts/CPython ${(mc / mp).toFixed(3)}x`);
}
console.log(`where py2ts's time goes:`);
console.log(`  tokenize          ${rate(tokenizeSeconds)} lines/s  (${tokenizeSeconds.toFixed(2)} s${parseSeconds ? `, ${pct(tokenizeSeconds)}` : ""})`);
if (cstSeconds !== undefined) console.log(`  CstParser         ${rate(cstSeconds)} lines/s  (${cstSeconds.toFixed(2)} s${parseSeconds ? `, ${pct(cstSeconds)}` : ""})`);
if (parseSeconds !== undefined && cstSeconds !== undefined) {
  const rest = Math.max(0, parseSeconds - tokenizeSeconds - cstSeconds);
  console.log(`  CST→AST and glue  ${" ".repeat(11)}            (${rest.toFixed(2)} s, ${pct(rest)})`);
}
console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
