/**
 * Parser cases checked against CPython at test time (one python3 process for all of them):
 * valid snippets must give exactly CPython's AST JSON (positions included, except inside
 * f-strings), invalid ones a PY1xxx diagnostic on CPython's line, with CPython's message.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { toAstJson } from "../src/ast/json.js";
import { parse } from "../src/parse/parse.js";
import { lineColOf, createSourceFile } from "../src/source.js";
import { CPYTHON_AST, firstDifference } from "./parser-oracle.js";

const VALID: readonly string[] = [
  "x = 1\n",
  "a, *b = c = d\n",
  "(a), [b, c] = x\n",
  "x: int\n(y): int = 2\nz.w: str = 'q'\n",
  "x += 1; y **= 2;\n",
  "del a, (b), [c, d.e], f[0]\n",
  "-1 + ~2 - +3 ** -4 * 5 // 6 % 7 @ 8 << 9 >> 10 & 11 ^ 12 | 13\n",
  "not a < b <= c != d is not e in f not in g and h or i\n",
  "a if b else c if d else e\n",
  "f(a, *b, c=1, **d)(e)[f:g, ::h, i][j].k\n",
  "f(x for x in y)\ng((x for x in y), z)\n",
  "[x async for x in y if z if w for v in x]\n{k: v for k, v in d}\n{s for s in t}\n",
  "{}\n{1: 2, **a}\n{1, *b}\n()\n(1,)\n[*a]\n",
  "lambda: 0\nlambda a, /, b=1, *c, d, e=2, **f: 0\nlambda *, a: 0\n",
  "def f(a, /, b: int = 1, *args: *Ts, c, d=2, **kw: str) -> None:\n    pass\n",
  "@a.b(c)\n@d\nclass C(B, metaclass=M):\n    '''doc'''\n    x = 1\n",
  "async def f():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i\n    return (yield)\n",
  "with (a as b, c as d,):\n    pass\nwith (a, b) as c:\n    pass\nwith (a):\n    pass\n",
  "try:\n    pass\nexcept* (A, B) as e:\n    pass\nexcept* C:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
  "try:\n    pass\nexcept:\n    pass\n",
  "if a:\n    pass\nelif b:\n    pass\nelif c:\n    x\nelse:\n    y\n",
  "while x := f():\n    break\nelse:\n    continue\n",
  "for i, (j, *k) in x, y:\n    pass\nelse:\n    pass\n",
  "import a.b.c as d, e\nfrom . import x\nfrom ...a import (b as c, d,)\nfrom .a import *\n",
  "global a, b\nnonlocal c\nassert x, 'm'\nraise\nraise E from F\n",
  "match x:\n    case 1 | -2 | 3 + 4j | 'a' 'b' | None | True:\n        pass\n    case [a, *_, b] | (c, d) | ():\n        pass\n    case {'k': v, 1: w, **rest}:\n        pass\n    case P(1, x=y) | a.b.c | _:\n        pass\n    case (p as q) if q:\n        pass\n",
  "match = 1\nmatch.x = 2\nmatch[0] = 3\ncase = match(case)\n_ = 4\n",
  "x = 'a' \"b\" '''c''' r'\\d' u'e'\ny = b'\\x00\\n' rb'\\q'\n",
  "x = f'{a!r:>{w}.{p}} {b=} {c = !s} {{x}} {d:%Y}' f\"{'q'}\" 'tail'\n",
  "x = f'{x:}' f'{y!a}' F'''{\n z\n}'''\n",
  "x = 1_000 + 0x_ff + 0o17 + 0b1 + 1.5e-5 + 1e16 + 3j + 1.j + .5 + 123456789012345678901234567890\n",
  "x = '\\N{BULLET} \\u00e9 \\U0001F600 \\101 \\x41'\n",
  "x = a[b:=1, c]\nprint(*a, sep='')\nf(**{'a': 1})\n",
  "x = [\n    1,\n    2,\n]\n",
  "if x:\n    pass;\n",
  "é = 1\nﬁ = 2\n",
  "x = (yield)\ny = await z if 0 else 1\n",
  "x = a.b.c(d)[e](f).g\n",
];

const INVALID: readonly string[] = [
  "match v:\n    case {(1): _}:\n        pass\n",
  "match v:\n    case {1: _, (a.b): _}:\n        pass\n",
  "f() = 1\n",
  "x + 1 = 2\n",
  "(a, b()) = 1\n",
  "del f()\n",
  "for f() in x:\n    pass\n",
  "x, y += 1\n",
  "a, b: int\n",
  "if x\n    pass\n",
  "if x:\npass\n",
  "def f():\nreturn\n",
  "class A:\n\nx = 1\n",
  "  x = 1\n",
  "x = 1\n    y = 2\n",
  "f(x for x in y, z)\n",
  "f(a=1, b)\n",
  "f(**a, *b)\n",
  "f(a + 1 = 2)\n",
  "def f(a=1, b):\n    pass\n",
  "def f(*):\n    pass\n",
  "def f(/, a):\n    pass\n",
  "lambda **a, b: 0\n",
  "try:\n    pass\nexcept A:\n    pass\nexcept* B:\n    pass\n",
  "x = (a := 1, b.c := 2)\n",
  "x = b'é'\n",
  "x = f'{}'\n",
  "x = f'{a!x}'\n",
  "x = f'{a'\n",
  "x = '\\N{NO SUCH NAME}'\n",
  "match x:\n    case a as _:\n        pass\n",
  "match x:\n    case P(a=1, b):\n        pass\n",
  "x = 1 +\n",
  "print 'hello'\n",
  "if x y:\n    pass\n",
  "while x\n    pass\n",
  "x = [1, 2 3]\n",
  "x = [\n    1,\n    2\n    3,\n]\n",
  "if x = 1:\n    pass\n",
  "f(a b)\n",
  "def f(a b):\n    pass\n",
  "x = ('\\u12'\n     'ok')\n",
  "f(a,\n  b=1,\n  c\n)\n",
  "def f(x ~@ y):\n    pass\n",
  "def f()x:\n    pass\n",
  "def f():\n    'doc'\n    = x\n",
  "try x:\n    pass\n",
  "def f:\n    pass\n",
  "class A x:\n    pass\n",
  "x = {1: }\n",
  "def f(a=):\n    pass\n",
  "try:\n    pass\nx = 1\n",
  "def f((a)):\n    pass\n",
  "lambda (a): 0\n",
  "from  import x\n",
  "x = (\n  1\n  2)\n",
  "x = (\n    'a'\n    'b'\n    c 'd')\n",
  "x = [1, 2\ny = 3\n",
  "return return\n",
  "a b c\n",
  "x = yield = 1\n",
];

interface CPythonResult {
  readonly ast?: unknown;
  readonly msg?: string;
  readonly line?: number;
}

/** CPython's results for all sources, from one python3 process that reuses cpython-ast.py's converter. */
function cpython(sources: readonly string[]): CPythonResult[] {
  const program = `
import ast, json, sys, importlib.util
spec = importlib.util.spec_from_file_location("oracle", ${JSON.stringify(CPYTHON_AST)})
oracle = importlib.util.module_from_spec(spec); spec.loader.exec_module(oracle)
out = []
for src in json.load(sys.stdin):
    try:
        tree = ast.parse(src)
        out.append({"ast": oracle.to_json(tree, src.splitlines(keepends=True), True)})
    except SyntaxError as e:
        out.append({"msg": e.msg, "line": e.lineno})
print(json.dumps(out))
`;
  const run = spawnSync("python3", ["-c", program], { input: JSON.stringify(sources), encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as CPythonResult[];
}

describe("parse() against CPython", () => {
  const expectedValid = cpython(VALID);
  const expectedInvalid = cpython(INVALID);

  it.each(VALID.map((src, i) => [src, i] as const))("parses %j like CPython", (src, i) => {
    const expected = expectedValid[i]!;
    expect(expected.ast, `CPython rejects this case: ${expected.msg}`).toBeDefined();
    const result = parse(src, { filename: "case.py" });
    expect(result.diagnostics).toEqual([]);
    expect(firstDifference(toAstJson(result.module!), expected.ast)).toBeNull();
  });

  it.each(INVALID.map((src, i) => [src, i] as const))("rejects %j like CPython", (src, i) => {
    const expected = expectedInvalid[i]!;
    expect(expected.msg, "CPython accepts this case").toBeDefined();
    const result = parse(src, { filename: "case.py" });
    expect(result.module).toBeNull();
    const d = result.diagnostics[0]!;
    expect(d.code).toMatch(/^PY1\d\d\d$/);
    const line = lineColOf(createSourceFile("case.py", src), d.span.start).line;
    expect({ message: d.message, line }).toEqual({ message: expected.msg, line: expected.line });
  });

  it("reports nesting too deep for its stack instead of throwing, and recovers", () => {
    const deep = parse(`x = ${Array(20000).fill("2").join(" ** ")}\n`, { filename: "deep.py" });
    expect(deep.module).toBeNull();
    expect(deep.diagnostics[0]!.code).toMatch(/^PY1\d\d\d$/);
    expect(parse("x = 1\n", { filename: "after.py" }).diagnostics).toEqual([]);
  });

  it("never throws on truncations of a valid file", () => {
    const src = VALID.join("");
    for (let cut = 0; cut < src.length; cut += 7) {
      const result = parse(src.slice(0, cut), { filename: "cut.py" });
      expect(result.module === null).toBe(result.diagnostics.length > 0);
    }
  });
});
