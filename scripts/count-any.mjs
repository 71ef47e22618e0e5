#!/usr/bin/env node
// Counts the `any` in the TypeScript py2ts emits for the fixtures and the corpus, by the place
// each one stands (an unannotated parameter, a local whose type inference could not settle, a
// generator's send type...), so the report says why each kind remains. Run after `npm run build`.
// Usage: node scripts/count-any.mjs [corpus-dir] [--json]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { transpile } = await import(join(ROOT, "dist", "src", "index.js"));

/** Where an `any` stands, tested in order on the text just before and after it. */
const PLACES = [
  ["generator send type", (before) => /Generator<[^<>]*(<[^<>]*>[^<>]*)*,\s*$/.test(before)],
  ["generator-expression / comprehension iterable", (before) => /\(\$iter: Iterable<$/.test(before)],
  ["catch-all `$e` binding of a tuple handler", (before) => /const e: $/.test(before)],
  ["parameter without annotation", (before, after) => /[(,]\s*\.{0,3}[\w$]+\??: $/.test(before) && /^(\[\])?\s*[,)=]/.test(after)],
  ["return type of a function returning mixed or unknown values", (before) => /\)\s*: $/.test(before)],
  ["variable bound to values of several or unknown types", (before) => /\b(let|const|var) [\w$]+!?: $/.test(before)],
  ["class attribute of several or unknown types", (before) => /(declare|readonly|static) [\w$]+!?: $/.test(before) || /^\s+[\w$]+!?: $/.test(before)],
  ["element type of a container of mixed values", (before, after) => /^\[\]/.test(after) || /[\w$]+<([^<>]*, )?$/.test(before)],
  ["cast at a dynamic boundary (`as any`)", (before) => /\bas $/.test(before)],
];

function* files(dir, name) {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* files(path, name);
    else if (name(entry)) yield path;
  }
}

function classify(code, counts, examples) {
  const re = /\bany\b/g;
  let total = 0;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const lineStart = code.lastIndexOf("\n", m.index) + 1;
    const before = code.slice(lineStart, m.index);
    if (/^\s*(\/\/|\*)/.test(before) || /["'`]/.test(before.replace(/"[^"]*"|'[^']*'|`[^`]*`/g, ""))) continue;
    const after = code.slice(m.index + 3, m.index + 40);
    const place = PLACES.find(([, test]) => test(before, after))?.[0] ?? "other";
    counts.set(place, (counts.get(place) ?? 0) + 1);
    if (!examples.has(place)) examples.set(place, code.slice(lineStart, code.indexOf("\n", m.index)).trim());
    total++;
  }
  return total;
}

const corpus = process.argv.slice(2).find((a) => !a.startsWith("--")) ?? join(ROOT, "..", "shared", "corpus");
const sources = [
  ...[...files(join(ROOT, "fixtures"), (f) => f === "input.py")].filter((f) => !f.includes(`${join("fixtures", "diagnostics")}`)),
  ...files(corpus, (f) => f.endsWith(".py")),
];
const counts = new Map();
const examples = new Map();
const perFile = [];
let emitted = 0;
for (const file of sources) {
  const { code } = await transpile(readFileSync(file, "utf8"), { filename: "input.py" });
  if (code === null) continue;
  emitted++;
  const n = classify(code, counts, examples);
  perFile.push([relative(ROOT, file), n, code.split("\n").length]);
}
const total = [...counts.values()].reduce((a, b) => a + b, 0);
const lines = perFile.reduce((a, [, , l]) => a + l, 0);
if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ files: emitted, lines, total, byPlace: Object.fromEntries(counts) }, null, 2));
} else {
  console.log(`${total} \`any\` in ${emitted} emitted files (${lines} lines; ${(total / lines * 1000).toFixed(1)} per 1000 lines)`);
  for (const [place, n] of [...counts].sort((a, b) => b[1] - a[1])) {
    console.log(`${String(n).padStart(6)}  ${place}\n        e.g. ${examples.get(place)}`);
  }
  console.log("most per file:");
  for (const [f, n] of perFile.sort((a, b) => b[1] - a[1]).slice(0, 5)) console.log(`${String(n).padStart(6)}  ${f}`);
}
