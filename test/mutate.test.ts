/**
 * A small, fixed-seed run of the mutation test (scripts/mutate-parse.mjs runs ≥ 10,000):
 * ~300 mutants of corpus and stdlib files, each judged by CPython's `ast.parse` and by py2ts's
 * `parse`. py2ts must never throw and must accept exactly the mutants CPython accepts.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cpythonVerdicts, makeMutants } from "../scripts/mutate-lib.mjs";
import { parse } from "../src/parse/parse.js";
import { createSourceFile } from "../src/source.js";
import { tokenize } from "../src/parse/tokenize.js";

const SHARED = "/work/shared";
const SEED = 20261125;
const COUNT = 300;

function inputFiles(): Array<{ path: string; text: string; tokens: Array<{ start: number; end: number; image: string }> }> {
  const corpus: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".py")) corpus.push(p);
    }
  };
  walk(join(SHARED, "corpus"));
  const stdlib = execFileSync("python3", [join(SHARED, "scripts/cpython-ast.py"), "--stdlib-list"], { encoding: "utf8", maxBuffer: 1 << 26 })
    .split("\n")
    .filter((p) => /\/(json|email|asyncio|collections|importlib)\/[a-z_]+\.py$/.test(p) && statSync(p).size < 15000);
  return [...corpus, ...stdlib].map((path) => {
    const text = readFileSync(path, "utf8");
    const tokens = tokenize(createSourceFile(path, text)).tokens.filter((t) => t.image.length > 0 && t.tokenType.name !== "INDENT" && t.tokenType.name !== "NEWLINE");
    return { path, text, tokens: tokens.map((t) => ({ start: t.startOffset, end: t.startOffset + t.image.length, image: t.image })) };
  });
}

describe("mutation test (fixed seed)", () => {
  it("py2ts never throws and accepts exactly what CPython accepts", async () => {
    const mutants = makeMutants(inputFiles(), { seed: SEED, count: COUNT });
    const verdicts = await cpythonVerdicts(mutants);
    const disagreements: string[] = [];
    let sameLine = 0;
    let bothRejected = 0;
    for (const m of mutants) {
      const cp = verdicts.get(m.id)!;
      let ours: { ok: boolean; line?: number };
      try {
        const result = parse(m.source, { filename: "mutant.py" });
        const d = result.diagnostics[0];
        ours = d === undefined ? { ok: true } : { ok: false, line: createSourceFile("mutant.py", m.source).lineStarts.filter((s) => s <= d.span.start).length };
      } catch (e) {
        disagreements.push(`mutant ${m.id} (${m.description} in ${m.path}): threw ${String(e)}`);
        continue;
      }
      if (ours.ok !== cp.ok) disagreements.push(`mutant ${m.id} (${m.description} in ${m.path}): CPython ${cp.ok ? "accepts" : `rejects (${cp.msg}, line ${cp.line})`}, py2ts ${ours.ok ? "accepts" : "rejects"}`);
      else if (!cp.ok) {
        bothRejected++;
        if (cp.line === ours.line) sameLine++;
      }
    }
    console.log(`mutate: ${COUNT - disagreements.length} of ${COUNT} agree; same error line ${sameLine} of ${bothRejected}`);
    expect(disagreements).toEqual([]);
  }, 300_000);
});
