#!/usr/bin/env node
/**
 * Mutation test of py2ts's front end against CPython (run after `npm run build`):
 *
 *   node scripts/mutate-parse.mjs [--seed N] [--count N] [--report docs/mutation-report.md]
 *
 * Takes valid stdlib and corpus files, makes seeded mutants (scripts/mutate-lib.mjs), asks one
 * python3 process for `ast.parse`'s verdict on each, parses each with py2ts in a watchdog worker
 * (a throw, a hang over 2 s or a crash is reported), and compares: accept/reject must agree
 * exactly; when both reject, the error should be on the same line. Writes a Markdown report with
 * the mismatches grouped by kind, with examples and py2ts's rendered diagnostic. A hand-written
 * analysis between `<!-- findings -->` and `<!-- /findings -->` in the report survives a rerun.
 * Exit status 1 if accept/reject disagree anywhere or py2ts threw, hung or crashed.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { cpythonVerdicts, createRandom, makeMutants, runWithWatchdog } from "./mutate-lib.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const SHARED = join(root, "..", "shared");
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const seed = Number(option("--seed", "1"));
const count = Number(option("--count", "10000"));
const reportPath = option("--report", join(root, "docs", "mutation-report.md"));
const maxFiles = Number(option("--files", "300"));

const { tokenize } = await import(`${root}dist/src/parse/tokenize.js`);
const { createSourceFile } = await import(`${root}dist/src/source.js`);

/** Valid files to mutate: small-to-medium stdlib files and the corpus, chosen with the seed. */
async function sourceFiles() {
  const stdlib = execFileSync("python3", [join(SHARED, "scripts/cpython-ast.py"), "--stdlib-list"], { encoding: "utf8", maxBuffer: 1 << 26 })
    .split("\n")
    .filter(Boolean);
  const corpus = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".py")) corpus.push(p);
    }
  };
  walk(join(SHARED, "corpus"));
  const random = createRandom(seed ^ 0x5eed);
  const candidates = [...corpus];
  const pool = stdlib.filter((p) => {
    const size = statSync(p).size;
    return size > 200 && size < 20000;
  });
  while (candidates.length < maxFiles && pool.length > 0) candidates.push(...pool.splice(random.int(pool.length), 1));
  const texts = [];
  for (const path of candidates) {
    try {
      texts.push({ path, text: new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(path)) });
    } catch {
      /* not UTF-8: CPython's ast.parse of the text is undefined here, skip */
    }
  }
  const verdicts = await cpythonVerdicts(texts.map((t, id) => ({ id, source: t.text })));
  return texts
    .filter((_, id) => verdicts.get(id)?.ok)
    .map(({ path, text }) => {
      const file = createSourceFile(path, text);
      const tokens = tokenize(file).tokens.filter((t) => t.image.length > 0 && t.tokenType.name !== "INDENT" && t.tokenType.name !== "NEWLINE");
      return { path, text, tokens: tokens.map((t) => ({ start: t.startOffset, end: t.startOffset + t.image.length, image: t.image })) };
    });
}

const TOKENIZER_MESSAGES = [
  /^unterminated/, /^invalid character/, /^invalid non-printable/, /literal$/, /^invalid digit/, /^leading zeros/,
  /^unmatched/, /^closing parenthesis/, /was never closed$/, /^unindent does not match/, /^inconsistent use of tabs/,
  /^too many/, /^unexpected character after line continuation/, /^unexpected EOF/, /null bytes/,
];
const isTokenizerMessage = (msg) => TOKENIZER_MESSAGES.some((r) => r.test(msg ?? ""));

function excerpt(source, line) {
  const lines = source.split(/\r\n|\r|\n/);
  const from = Math.max(1, line - 2);
  const to = Math.min(lines.length, line + 1);
  const out = [];
  for (let l = from; l <= to; l++) out.push(`${String(l).padStart(5)}${l === line ? " >" : "  "} ${JSON.stringify(lines[l - 1]).slice(1, -1)}`);
  return out.join("\n");
}

function pct(n, d) {
  return d === 0 ? "n/a" : `${((100 * n) / d).toFixed(2)}%`;
}

async function main() {
  const started = Date.now();
  const files = await sourceFiles();
  const mutants = makeMutants(files, { seed, count });
  const verdicts = await cpythonVerdicts(mutants);
  const outcomes = await runWithWatchdog(new URL("./mutate-worker.mjs", import.meta.url), mutants, { timeoutMs: 2000, workerData: { root } });

  const rows = mutants.map((m) => ({ m, cp: verdicts.get(m.id), py: outcomes.get(m.id) }));
  const failures = rows.filter((r) => r.py === undefined || r.py.threw || r.py.hang || r.py.crash);
  const ran = rows.filter((r) => r.py?.result);
  const agree = ran.filter((r) => r.cp.ok === r.py.result.ok);
  const falseAccept = ran.filter((r) => !r.cp.ok && r.py.result.ok);
  const falseReject = ran.filter((r) => r.cp.ok && !r.py.result.ok);
  const bothReject = ran.filter((r) => !r.cp.ok && !r.py.result.ok);
  const withLine = bothReject.filter((r) => r.cp.line !== null);
  const sameLine = withLine.filter((r) => r.cp.line === r.py.result.line);
  const sameMessage = bothReject.filter((r) => r.cp.msg === r.py.result.msg);
  const sameLineAndCol = withLine.filter((r) => r.cp.line === r.py.result.line && r.cp.col === r.py.result.col);
  const lineMiss = withLine.filter((r) => r.cp.line !== r.py.result.line);

  const summary = [
    `mutants: ${mutants.length} (seed ${seed}) from ${files.length} files; ${rows.filter((r) => !r.cp.ok).length} rejected by CPython`,
    `accept/reject agreement: ${agree.length} of ${ran.length} (${pct(agree.length, ran.length)}); py2ts accepts what CPython rejects: ${falseAccept.length}; py2ts rejects what CPython accepts: ${falseReject.length}`,
    `both reject, same line: ${sameLine.length} of ${withLine.length} (${pct(sameLine.length, withLine.length)}); same line and column: ${pct(sameLineAndCol.length, withLine.length)}; same message: ${sameMessage.length} of ${bothReject.length} (${pct(sameMessage.length, bothReject.length)})`,
    `throws: ${rows.filter((r) => r.py?.threw).length}, hangs (> 2 s): ${rows.filter((r) => r.py?.hang).length}, crashes: ${rows.filter((r) => r.py?.crash || r.py === undefined).length}`,
    `time: ${((Date.now() - started) / 1000).toFixed(0)} s`,
  ];
  console.log(summary.join("\n"));
  writeReport({ summary, failures, falseAccept, falseReject, lineMiss, bothReject });
  process.exitCode = failures.length > 0 || falseAccept.length + falseReject.length > 0 ? 1 : 0;
}

function groupBy(rows, key) {
  const groups = new Map();
  for (const r of rows) {
    const k = key(r);
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(r);
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
}

function example(r) {
  const cp = r.cp.ok ? "accepted" : `${r.cp.type} at ${r.cp.line}:${r.cp.col}: ${r.cp.msg}`;
  const py = r.py.result ? (r.py.result.ok ? "accepted" : r.py.result.rendered) : JSON.stringify(r.py);
  const line = r.cp.line ?? r.py.result?.line ?? 1;
  return [
    `- \`${r.m.path.replace(/^.*\/python3\.11\//, "stdlib/").replace(/^.*\/corpus\//, "corpus/")}\`, mutant ${r.m.id}: ${r.m.description}`,
    "",
    "  ```",
    excerpt(r.m.source, line).replace(/^/gm, "  "),
    `  CPython: ${cp}`,
    `  py2ts:   ${py.replace(/\n/g, "\n           ")}`,
    "  ```",
  ].join("\n");
}

function section(title, intro, rows, key, perGroup = 2, maxGroups = 25) {
  const out = [`## ${title} (${rows.length})`, "", intro, ""];
  for (const [k, group] of groupBy(rows, key).slice(0, maxGroups)) {
    out.push(`### ${k} — ${group.length}`, "");
    for (const r of group.slice(0, perGroup)) out.push(example(r), "");
  }
  return out.join("\n");
}

function writeReport({ summary, failures, falseAccept, falseReject, lineMiss, bothReject }) {
  const side = (r) => (isTokenizerMessage(r.cp.msg) || r.py.result?.code?.startsWith("PY11") ? "tokenizer" : "parser");
  const byMessagePair = bothReject.filter((r) => r.cp.msg !== r.py.result.msg);
  const previous = (() => {
    try {
      return readFileSync(reportPath, "utf8");
    } catch {
      return "";
    }
  })();
  const kept = /<!-- findings -->[\s\S]*?<!-- \/findings -->/.exec(previous);
  const text = [
    "# Mutation testing of the front end",
    "",
    "Generated by `node scripts/mutate-parse.mjs " + args.join(" ") + "` (after `npm run build`). Mutants of valid",
    "stdlib and corpus files (a token deleted, duplicated or swapped; a bracket removed or added; an",
    "indentation changed; random characters inserted), judged by CPython 3.11's `ast.parse` and by",
    "py2ts's `parse`. Each mismatch is attributed to the tokenizer when CPython's message or py2ts's",
    "code (PY11xx) is a tokenizer one, else to the parser.",
    "",
    "```",
    ...summary,
    "```",
    "",
    kept ? kept[0] + "\n" : "",
    failures.length > 0 ? section("py2ts threw, hung or crashed", "Must be none.", failures, (r) => Object.keys(r.py ?? { crash: 1 })[0], 5) : "",
    section("py2ts accepts what CPython rejects", "Grouped by CPython's message.", falseAccept, (r) => `[${side(r)}] ${r.cp.msg}`, 3),
    section("py2ts rejects what CPython accepts", "Grouped by py2ts's message.", falseReject, (r) => `[${side(r)}] ${r.py.result.code} ${r.py.result.msg}`, 3),
    section("Both reject, different line", "Grouped by CPython's message → py2ts's message.", lineMiss, (r) => `[${side(r)}] ${r.cp.msg} → ${r.py.result.msg}`, 2),
    section(
      "Tokenizer errors: same message and line, different column",
      "Grouped by message (CPython's column is its 1-based SyntaxError.offset).",
      bothReject.filter((r) => r.cp.msg === r.py.result.msg && r.cp.line === r.py.result.line && r.cp.col !== r.py.result.col && side(r) === "tokenizer"),
      (r) => r.cp.msg.replace(/\d+/g, "N"),
      2,
    ),
    section("Both reject, same place, different message", "Grouped by CPython's message → py2ts's message (lines agree or not).", byMessagePair.filter((r) => r.cp.line === r.py.result.line), (r) => `[${side(r)}] ${r.cp.msg} → ${r.py.result.msg}`, 1, 40),
  ].join("\n");
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, text);
  console.log(`report: ${reportPath}`);
}

await main();
