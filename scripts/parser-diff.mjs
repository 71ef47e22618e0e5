#!/usr/bin/env node
// Development aid: parse files with py2ts (from dist/) and compare with CPython's AST JSON.
// Prints the first difference per file and a tally. Oracle output is cached per Python version
// under node_modules/.cache/py2ts/.  usage: node scripts/parser-diff.mjs [--stdlib] [--corpus] [FILE...]
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { parse } from "../dist/src/parse/parse.js";
import { toAstJson } from "../dist/src/ast/json.js";

const SCRIPT = "/work/shared/scripts/cpython-ast.py";
const args = process.argv.slice(2);
let files = args.filter((a) => !a.startsWith("--"));
if (args.includes("--stdlib")) files.push(...execFileSync("python3", [SCRIPT, "--stdlib-list"], { encoding: "utf8" }).trim().split("\n"));
if (args.includes("--corpus")) files.push(...execFileSync("find", ["/work/shared/corpus", "-name", "*.py"], { encoding: "utf8" }).trim().split("\n").sort());

const version = execFileSync("python3", ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).trim();
const cacheDir = new URL("../node_modules/.cache/py2ts/", import.meta.url);
mkdirSync(cacheDir, { recursive: true });
const cacheFile = new URL(`oracle-${version}.jsonl`, cacheDir);
const oracle = new Map();
if (existsSync(cacheFile)) for (const line of readFileSync(cacheFile, "utf8").split("\n")) if (line) { const r = JSON.parse(line); oracle.set(r.path, r); }
const stamp = (f) => statSync(f).mtimeMs;
const missing = files.filter((f) => !oracle.has(f) || oracle.get(f).mtime !== stamp(f));
if (missing.length > 0) {
  const out = execFileSync("python3", [SCRIPT, "--jsonl", "--positions"], { input: missing.join("\n"), encoding: "utf8", maxBuffer: 1 << 30 });
  for (const line of out.split("\n")) if (line) { const r = JSON.parse(line); r.mtime = stamp(r.path); oracle.set(r.path, r); }
  writeFileSync(cacheFile, [...oracle.values()].map((r) => JSON.stringify(r)).join("\n") + "\n");
}

function firstDiff(a, b, path, inFString) {
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return `${path}: ${JSON.stringify(a)?.slice(0, 200)} != ${JSON.stringify(b)?.slice(0, 200)}`;
    if (a.length !== b.length) return `${path}: length ${a.length} != ${b.length}`;
    for (let i = 0; i < a.length; i++) { const d = firstDiff(a[i], b[i], `${path}[${i}]`, inFString); if (d) return d; }
    return null;
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const inner = inFString || a._type === "JoinedStr";
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (k === "loc" && inFString) continue;
      const d = firstDiff(a[k], b[k], `${path}.${k}${k === "loc" ? "" : ""}`, k === "loc" ? inFString : inner);
      if (d) return k === "loc" ? `${d}  [${a._type}]` : d;
    }
    return null;
  }
  return Object.is(a, b) || a === b ? null : `${path}: ${JSON.stringify(a)?.slice(0, 200)} != ${JSON.stringify(b)?.slice(0, 200)}`;
}

let same = 0, differ = 0, rejectedOk = 0, rejectedBad = 0, skipped = 0, lines = 0, ms = 0;
const tally = new Map();
for (const path of files) {
  const expected = oracle.get(path);
  if (!expected || (expected.error && expected.error !== "SyntaxError")) { skipped++; continue; }
  const text = readFileSync(path, "utf8");
  lines += text.split("\n").length;
  const t0 = performance.now();
  let result;
  try { result = parse(text, { filename: path }); } catch (e) { console.log(`${path}: THROW ${e.stack.split("\n").slice(0, 4).join(" | ")}`); differ++; tally.set("throw", (tally.get("throw") ?? 0) + 1); continue; }
  ms += performance.now() - t0;
  if (expected.error) {
    if (result.module === null) rejectedOk++;
    else { rejectedBad++; console.log(`${path}: accepted, CPython: ${expected.msg} line ${expected.line}`); }
    continue;
  }
  if (result.module === null) {
    const d = result.diagnostics[0];
    console.log(`${path}: REJECTED ${d.code} ${d.message} @${d.span.start}`);
    differ++; tally.set(`rejected ${d.message.slice(0, 40)}`, (tally.get(`rejected ${d.message.slice(0, 40)}`) ?? 0) + 1);
    continue;
  }
  const diff = firstDiff(toAstJson(result.module), expected.ast, "", false);
  if (diff === null) same++;
  else {
    differ++;
    console.log(`${path}: ${diff}`);
    const key = diff.replace(/\[\d+\]/g, "[]").replace(/^.*\.(\w+)(:| )/, "$1$2").slice(0, 60);
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }
}
console.log(`\nidentical ${same}, different ${differ}, rejected-as-expected ${rejectedOk}, wrongly accepted ${rejectedBad}, skipped ${skipped}`);
console.log(`parse: ${lines} lines in ${ms.toFixed(0)} ms = ${Math.round(lines / (ms / 1000))} lines/s`);
for (const [k, v] of [...tally.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${String(v).padStart(5)}  ${k}`);
