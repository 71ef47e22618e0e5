/**
 * The declaration checks (src/analysis/declarations.ts) against CPython at test time, one python3
 * process for all cases: for each snippet, the first error `compile()` raises (its message, line,
 * column and end) or none, and checkDeclarations must give exactly that. The snippets are ones
 * whose first error, if any, comes from CPython's symbol table.
 */
import { expect, it } from "vitest";
import { checkDeclarations } from "../src/analysis/declarations.js";
import { parse } from "../src/parse/parse.js";
import { createSourceFile, lineColOf } from "../src/source.js";
import { cpythonCompileErrors as cpython } from "./support/compile-oracle.js";

const CASES: readonly string[] = [
  "def f():\n    global x\n    x: int = 1\n",
  "global x\nx: int = 1\n",
  "def o():\n    x = 1\n    def f():\n        nonlocal x\n        x: int = 2\n",
  "def f():\n    global x\n    (x): int = 1\n",
  "def f():\n    x: int\n    global x\n",
  "x: int\nglobal x\n",
  "def f():\n    y: x = 1\n    global x\n",
  "from __future__ import annotations\ndef f():\n    y: x = 1\n    global x\n",
  "def f():\n    x: int\n    def g():\n        nonlocal x\n",
  "async def o():\n    x = 1\n    async def f():\n        nonlocal x\n        x = 2\n",
  "def f():\n    x.a = 1\n    global x\n",
  "def f():\n    x += 1\n    global x\n",
  "break\ndef f():\n    x = 1\n    global x\n",
  "break\nnonlocal y\n",
  "def o():\n    x = 1\n    class C:\n        global x\n        def m(self):\n            nonlocal x\n",
  "def f():\n    class C(metaclass=m): pass\n    global m\n",
  "def f():\n    [a for a in x]\n    global x\n",
  "def f():\n    [a for a in range(3)]\n    global a\n",
  "def f():\n    @d\n    def g(): pass\n    global d\n",
  "def f():\n    def x(): pass\n    global x\n",
  "def f():\n    def g(a=x): pass\n    global x\n",
  "def f():\n    del x\n    global x\n",
  "def f(x, x): pass\n",
  "def f():\n    try: pass\n    except E as x: pass\n    global x\n",
  "def f():\n    for i in []: pass\n    global i\n",
  "def o():\n    x = 1\n    def f():\n        nonlocal x\n        global x\n",
  "def f():\n    x = 1\n    global x\n",
  "x = 1\nglobal x\n",
  "def f():\n    if 1:\n        x = 1\n    else:\n        global x\n",
  "def f(x):\n    global x\n",
  "def f():\n    global x\n    x = 1\n",
  "def f():\n    global x\n    global x\n",
  "def f():\n    print(x)\n    global x\n",
  "any((y := v) for v in range(3))\nglobal y\n",
  "def o():\n    x = 1\n    def f():\n        global x\n        def g():\n            nonlocal x\n",
  "def f():\n    import a.b as c\n    global c\n",
  "def f():\n    import os\n    global os\n",
  "def f():\n    if x:\n        global x\n",
  "def f():\n    lambda: [y := 1 for _ in ()]\n    def g():\n        nonlocal y\n",
  "class C:\n    __x = 1\n    global __x\n",
  "def f():\n    __x = 1\n    class C:\n        def m(self):\n            nonlocal __x\n",
  "def f(v):\n    match v:\n        case [x]: pass\n    global x\n",
  "def o():\n    def f():\n        nonlocal x\nnonlocal y\n",
  "def f():\n    global b\nnonlocal a, b\n",
  "def f():\n    a = 1\n    global b, a\n",
  "def f():\n    x = 1\n    global \\\n      x\n",
  "def o():\n    x = 1\n    def f():\n        global x\n        nonlocal x\n",
  "def o():\n    x = 1\n    def f():\n        x = 2\n        nonlocal x\n",
  "def f():\n    x = 1\n    class C:\n        nonlocal x\n",
  "class C:\n    nonlocal x\n",
  "class C:\n    def m(self):\n        nonlocal __class__\n",
  "def o():\n    def f():\n        import c\n        nonlocal c\n",
  "def o():\n    global x\n    def f():\n        nonlocal x\n",
  "def f():\n    class C:\n        x = 1\n        def m(self):\n            nonlocal x\n",
  "def f():\n    x = 1\n    class C:\n        def m(self):\n            nonlocal x\n            x = 2\n",
  "x = 1\nnonlocal x\n",
  "def f():\n    def g():\n        nonlocal x\n        x = 1\n",
  "def o():\n    def f():\n        global a\n        nonlocal b\n        nonlocal a\n",
  "def o():\n    x = 1\n    def f(x):\n        nonlocal x\n",
  "def o():\n    x = 1\n    def f():\n        nonlocal x\n        print(x)\n",
  "def o():\n    def f():\n        nonlocal b, a\n",
  "def o():\n    x = 1\n    def f():\n        print(x)\n        nonlocal x\n",
  "def f():\n    lambda x: x\n    global x\n",
  "def f():\n    x = 1; global x\n",
  "def f():\n    from os import *\n",
  "class C:\n    def m(self):\n        super()\n        global __class__\n",
  "def o():\n    def f():\n        nonlocal a\n    def g():\n        x = 1\n        global x\n",
  "class C:\n    [y := 1 for a in range(3)]\n",
  "def f():\n    [y := 1 for a in range(3)]\n    global y\n",
  "def f():\n    [y := 1 for a in range(3)]\n    def g():\n        nonlocal y\n",
  "def f():\n    with a as b: pass\n    global b\n",
  "def running_total(xs):\n    return [total := total + x for total in xs for x in xs]\n",
  "def evens(n):\n    return [x for x in (limit := range(n)) if x % 2 == 0]\n",
  "def pairs(xs):\n    return [(i, j) for i in xs if (j := i + 1) for j in xs]\n",
  "print([x for x in [(y := a) for a in ()]])\n",
  "def f():\n    [[(j := 0) for i in ()] for j in ()]\n",
  "f = lambda x, x: 0\n",
  "@(lambda a, a: 0)\ndef f(b=lambda c, c: 0): pass\n",
  "class C:\n    def m(self):\n        [__y := 1 for _ in ()]\n        def g():\n            nonlocal __y\n",
  "def f(v):\n    match v:\n        case {'k': x, **rest}:\n            pass\n    global rest\n",
  "def f():\n    x = 1\n    class C:\n        global x\n        def m(self):\n            nonlocal x\n",
  "def f():\n    for a[lambda: 0] in (): pass\n    global a\n",
];

function py2ts(src: string): string {
  const parsed = parse(src, { filename: "case.py" });
  expect(parsed.diagnostics).toEqual([]);
  const [first] = checkDeclarations(parsed.module!, { filename: "case.py" });
  if (!first) return "OK";
  const file = createSourceFile("case.py", src);
  const start = lineColOf(file, first.span.start);
  const end = lineColOf(file, first.span.end);
  return `${start.line}:${start.col + 1}-${end.line}:${end.col + 1}: ${first.message}`;
}

const expected = cpython(CASES);

it("covers both programs CPython accepts and ones it rejects", () => {
  expect(expected.filter((e) => e === "OK").length).toBeGreaterThan(10);
  expect(expected.filter((e) => e !== "OK").length).toBeGreaterThan(40);
});

it.each(CASES.map((src, i) => [src, i] as const))("checks %j as CPython compiles it", (src, i) => {
  expect(py2ts(src)).toBe(expected[i]);
});
