/**
 * The `match` pattern checks (src/analysis/pattern-checks.ts, reported by checkBlockContext)
 * against CPython's compile() at test time: for each snippet, the first error (message, line,
 * column and end) or none.
 */
import { expect, it } from "vitest";
import { checkBlockContext } from "../src/analysis/block-context.js";
import { parse } from "../src/parse/parse.js";
import { createSourceFile, lineColOf } from "../src/source.js";
import { cpythonCompileErrors } from "./support/compile-oracle.js";

const CASES: readonly string[] = [
  "match v:\n    case [a, a]:\n        pass\n",
  "match v:\n    case {'k': a, **a}:\n        pass\n",
  "match v:\n    case 1 | b:\n        pass\n",
  "match v:\n    case [x] | [y]:\n        pass\n",
  "match v:\n    case x:\n        pass\n    case 1:\n        pass\n",
  "match v:\n    case _:\n        pass\n    case 1:\n        pass\n",
  "match v:\n    case x if x:\n        pass\n    case 1:\n        pass\n",
  "match v:\n    case x | 1:\n        pass\n",
  "match v:\n    case (x) | 1:\n        pass\n",
  "match v:\n    case [*a, *b]:\n        pass\n",
  "match v:\n    case {'k': 1, 'k': 2}:\n        pass\n",
  "match v:\n    case P(x=1, x=2):\n        pass\n",
  "match v:\n    case P(a, a=1) as a:\n        pass\n",
  "match v:\n    case ([a] as b) | ([b] as a):\n        pass\n",
  "match v:\n    case 1 | _ | 2:\n        pass\n",
  "match v:\n    case _:\n        pass\n",
  "match v:\n    case (1 | x):\n        pass\n    case 2:\n        pass\n",
  "match v:\n    case {1: _, 1.0: _}:\n        pass\n",
  "match v:\n    case {-0: _, 0: _}:\n        pass\n",
  "match v:\n    case {'a' 'b': _, 'ab': _}:\n        pass\n",
  "match v:\n    case {True: _, 1: _}:\n        pass\n",
  "match v:\n    case {None: _, None: _}:\n        pass\n",
  "match v:\n    case {a.b: _, a.b: _}:\n        pass\n",
  "def f():\n    break\nmatch v:\n    case [a, a]:\n        pass\n",
  "match v:\n    case [a, a]:\n        pass\nbreak\n",
  "match v:\n    case [a, a] | b:\n        pass\n",
  "match v:\n    case {1+2j: _, 1+2j: _}:\n        pass\n",
  "match v:\n    case {2j: _, 2j: _}:\n        pass\n",
  "match v:\n    case {-1.5: _, -1.5: _}:\n        pass\n",
  "match v:\n    case {b'x': _, b'x': _}:\n        pass\n",
  "match v:\n    case {\"it's\": _, \"it's\": _}:\n        pass\n",
  "match v:\n    case (x as y) | 1:\n        pass\n",
  "match v:\n    case [x, *_] | [*_, x]:\n        pass\n    case {**r}:\n        pass\n",
  "match v:\n    case P(x, y=[z, *w]) | Q(x, y=[z, *w]):\n        pass\n    case _:\n        pass\n",
  "match v:\n    case x:\n        pass\n    case _:\n        pass\n",
  "def f():\n    match v:\n        case 1:\n            match w:\n                case a | b:\n                    pass\n",
  "match v:\n    case _ if v:\n        pass\n    case _:\n        pass\n",
  "match v:\n    case [a] | [a, b]:\n        pass\n",
  "match v:\n    case {'k': a} | {'j': a}:\n        pass\n",
  "match v:\n    case [_, _]:\n        pass\n",
];

function py2ts(src: string): string {
  const parsed = parse(src, { filename: "case.py" });
  expect(parsed.diagnostics).toEqual([]);
  const [first] = checkBlockContext(parsed.module!, { filename: "case.py" });
  if (!first) return "OK";
  const file = createSourceFile("case.py", src);
  const start = lineColOf(file, first.span.start);
  const end = lineColOf(file, first.span.end);
  return `${start.line}:${start.col + 1}-${end.line}:${end.col + 1}: ${first.message}`;
}

const expected = cpythonCompileErrors(CASES);

it("covers both patterns CPython accepts and ones it rejects", () => {
  expect(expected.filter((e) => e === "OK").length).toBeGreaterThan(5);
  expect(expected.filter((e) => e !== "OK").length).toBeGreaterThan(25);
});

it.each(CASES.map((src, i) => [src, i] as const))("checks %j as CPython compiles it", (src, i) => {
  expect(py2ts(src)).toBe(expected[i]);
});
