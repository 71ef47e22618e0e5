/**
 * Every standard-library file CPython 3.11 parses, and every corpus program, tokenizes exactly as
 * CPython's `tokenize` module does: same types, strings and positions, no diagnostic.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareWithCPython } from "./lexer-oracle.js";

const SHARED = "/work/shared";

/**
 * Files where the pure-Python `tokenize` module (the oracle for positions) disagrees with
 * CPython's own C tokenizer, which `ast.parse` uses; py2ts follows the C tokenizer.
 */
const TOKENIZE_MODULE_DIVERGES = new Set([
  // `x\u{E0100}`: the C tokenizer reads one NAME (U+E0100 is XID_Continue, `ast.parse` gives
  // Name(id='x\U000e0100')); the module's `\w` regex stops after `x`.
  "test/test_unicode_identifiers.py",
  // Declares the unknown encoding "uft-8": the module, reading bytes, refuses it; `ast.parse` of
  // the text (how py2ts and cpython-ast.py read files) never looks at the cookie.
  "test/tokenizedata/bad_coding.py",
]);

function pyFilesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...pyFilesUnder(path));
    else if (name.endsWith(".py")) out.push(path);
  }
  return out;
}

describe("tokenize matches CPython's tokenize module", () => {
  it("on the standard library and the corpus", async () => {
    const stdlib = execFileSync("python3", [join(SHARED, "scripts/cpython-ast.py"), "--stdlib-list"], { encoding: "utf8", maxBuffer: 1 << 26 })
      .split("\n")
      .filter((line) => line.length > 0);
    const files = [...stdlib, ...pyFilesUnder(join(SHARED, "corpus"))];
    const results = await compareWithCPython(files);
    const accepted = results.filter((r) => r.status === "same" || r.status === "different");
    const failures = accepted.filter((r) => r.status === "different" && !TOKENIZE_MODULE_DIVERGES.has(r.file.replace(/^.*\/python3\.11\//, "")));
    const rejected = results.filter((r) => r.status === "rejected");
    const tokenErrors = rejected.filter((r) => r.tokenError?.kind === "raised");
    const wrongTokenErrors = tokenErrors.filter((r) => r.tokenError!.message !== r.astError!.msg || r.tokenError!.line !== r.astError!.line);
    console.log(
      `tokenize: ${accepted.filter((r) => r.status === "same").length} of ${accepted.length} accepted files identical to CPython's tokens ` +
        `(${accepted.length - failures.length - accepted.filter((r) => r.status === "same").length} known tokenize-module divergences); ` +
        `${rejected.length} files rejected by ast.parse, ${tokenErrors.length} of them by py2ts's tokenizer ` +
        `(${tokenErrors.length - wrongTokenErrors.length} with CPython's message and line)`,
    );
    expect(results.length).toBe(files.length);
    expect(failures.slice(0, 20).map((f) => `${f.file}: ${f.detail}`)).toEqual([]);
    expect(wrongTokenErrors.map((r) => `${r.file}: py2ts ${JSON.stringify(r.tokenError)} CPython ${JSON.stringify(r.astError)}`)).toEqual([]);
  }, 900_000);
});
