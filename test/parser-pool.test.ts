/**
 * The parser pool's lending rules (src/parse/parser-pool.ts): a parser is never held by two
 * parses at once, and a parse that failed half-way leaves nothing behind for the next one.
 */
import { describe, expect, it } from "vitest";
import { toAstJson } from "../src/ast/json.js";
import { parse } from "../src/parse/parse.js";
import { ParserPool, parserPool } from "../src/parse/parser-pool.js";
import { tokenize } from "../src/parse/tokenize.js";
import { createSourceFile } from "../src/source.js";

const PROGRAM = "def f(a, b=2):\n    return f'{a!r:>{b}} {f\"{b}\"}'\n\nclass C:\n    x: int = 1\n";
const OTHER = "import os\nfor i in range(3):\n    print(i, end='')\n";

function astOf(source: string): unknown {
  const { module, diagnostics } = parse(source, { filename: "p.py" });
  expect(diagnostics).toEqual([]);
  return toAstJson(module!);
}

describe("ParserPool", () => {
  it("lends a second parser while the first is out, and reuses both afterwards", () => {
    const pool = new ParserPool();
    const seen = pool.withParser((outer) => pool.withParser((inner) => [outer, inner]));
    expect(seen[0]).not.toBe(seen[1]);
    expect(pool.idleCount).toBe(2);
    const again = pool.withParser((outer) => pool.withParser((inner) => [outer, inner]));
    expect(new Set([...seen, ...again]).size).toBe(2);
  });

  it("takes a parser back after the borrower threw", () => {
    const pool = new ParserPool();
    expect(() => pool.withParser(() => { throw new Error("boom"); })).toThrow("boom");
    expect(pool.idleCount).toBe(1);
  });

  it("keeps a file's parse intact when parse() runs in the middle of it", () => {
    const tokens = tokenize(createSourceFile("p.py", OTHER)).tokens;
    const statements = parserPool.withParser((parser) => {
      parser.startStatements(tokens);
      const first = parser.nextStatement();
      const nested = astOf(PROGRAM);
      expect(nested).toEqual(astOf(PROGRAM));
      const second = parser.nextStatement();
      const end = parser.nextStatement();
      parser.endStatements();
      expect(parser.errors).toEqual([]);
      return [first, second, end];
    });
    expect(statements[0]).not.toBeNull();
    expect(statements[1]).not.toBeNull();
    expect(statements[2]).toBeNull();
  });
});

describe("parse() after a failed parse", () => {
  const reference = astOf(PROGRAM);
  const failures: readonly [string, string][] = [
    ["an f-string field syntax error", "x = f'{a +}'\n"],
    ["a statement syntax error half-way", "x = 1\nif x\n    pass\n"],
    ["a tokenizer error", "x = (1,\ny = 'abc\n"],
    ["input nested too deeply for the recursive descent", `x = ${"(".repeat(20000)}1${")".repeat(20000)}\n`],
  ];
  for (const [what, bad] of failures) {
    it(`gives the same tree as before after ${what}`, () => {
      const failed = parse(bad, { filename: "bad.py" });
      expect(failed.module).toBeNull();
      expect(failed.diagnostics).toHaveLength(1);
      expect(astOf(PROGRAM)).toEqual(reference);
      expect(astOf(OTHER)).toEqual(astOf(OTHER));
    });
  }
});
