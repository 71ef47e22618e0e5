/**
 * Every standard-library file and every corpus program must parse to exactly CPython 3.11's
 * AST (positions included, except inside f-strings); every file CPython rejects must give a
 * PY1xxx diagnostic and no module. The oracle is CPython itself (see parser-oracle.ts).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toAstJson } from "../src/ast/json.js";
import { parse } from "../src/parse/parse.js";
import { firstDifference, oracleFor, stdlibFiles } from "./parser-oracle.js";

const CORPUS = "/work/shared/corpus";

/**
 * A text that starts with U+FEFF: the tokenizer takes it for the UTF-8 byte-order mark of the
 * file and skips it, as CPython does when it runs or imports the file; `ast.parse` of the
 * decoded text (the oracle) refuses it. Checked separately below so that a change shows.
 */
const LEADING_BOM = "test/tokenizedata/bad_coding2.py";
const CHUNK = 100;
/** Generous: the suite shares slow CI machines; a chunk takes seconds on an idle one. */
const CHUNK_TIMEOUT_MS = 900_000;

function pythonFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pythonFilesUnder(path));
    else if (name.endsWith(".py")) out.push(path);
  }
  return out;
}

/** Problems with one file, or null when py2ts agrees with CPython. */
function check(path: string, oracle: ReturnType<typeof oracleFor>): string | null {
  const expected = oracle.get(path)!;
  if (expected.error !== undefined && expected.error !== "SyntaxError") return null; // not UTF-8: not Python source text
  const text = readFileSync(path, "utf8");
  const result = parse(text, { filename: path });
  if (path.endsWith(LEADING_BOM)) {
    return text.startsWith("\ufeff") && result.module !== null ? null : "the leading byte-order mark is no longer skipped";
  }
  if (expected.error === "SyntaxError") {
    if (result.module !== null) return `accepted, but CPython says: ${expected.msg} (line ${expected.line})`;
    const d = result.diagnostics[0];
    return d !== undefined && /^PY1\d\d\d$/.test(d.code) ? null : `rejected without a PY1xxx diagnostic`;
  }
  if (result.module === null) {
    const d = result.diagnostics[0]!;
    return `rejected: ${d.code} ${d.message} at offset ${d.span.start}`;
  }
  if (result.diagnostics.length > 0) return `unexpected diagnostics: ${result.diagnostics.map((d) => d.message).join("; ")}`;
  return firstDifference(toAstJson(result.module), expected.ast);
}

function suite(name: string, files: readonly string[]): void {
  describe(name, () => {
    const oracle = oracleFor(files);
    for (let i = 0; i < files.length; i += CHUNK) {
      const chunk = files.slice(i, i + CHUNK);
      it(`files ${i + 1}-${i + chunk.length} of ${files.length}`, () => {
        const problems: string[] = [];
        for (const path of chunk) {
          const problem = check(path, oracle);
          if (problem !== null) problems.push(`${path}: ${problem}`);
        }
        expect(problems).toEqual([]);
      }, CHUNK_TIMEOUT_MS);
    }
  });
}

suite("corpus", pythonFilesUnder(CORPUS));
suite("standard library", stdlibFiles());
