/** list operations, sorting and the math module against CPython. */
import { describe, expect, it } from "vitest";
import * as R from "../../src/runtime/index.js";
import * as M from "../../src/runtime/math.js";
import { FLOAT, tuple, listOf, tupleOf, INT, kw } from "../../src/runtime/index.js";
import { pythonResults, runtimeResult, type Case } from "./values-oracle.js";

const tasks = (): string[] => ["plan", "write", "test", "ship"];
const cases: Case[] = [
  ["(lambda t: (t.insert(-1, 'x'), t.insert(100, 'y'), t.insert(-100, 'z'), t)[3])(['plan', 'write', 'test', 'ship'])", () => { const t = tasks(); R.listInsert(t, -1, "x"); R.listInsert(t, 100, "y"); R.listInsert(t, -100, "z"); return t; }],
  ["(lambda t: (t.pop(), t.pop(0), t.pop(-2), t))(['plan', 'write', 'test', 'ship'])", () => { const t = tasks(); return tuple(R.listPop(t), R.listPop(t, 0), R.listPop(t, -2), t); }],
  ["[].pop()", () => R.listPop([])],
  ["[1].pop(5)", () => R.listPop([1], 5)],
  ["['a'].remove('b')", () => R.listRemove(["a"], "b")],
  ["['a'].index('missing')", () => R.listIndex(["a"], "missing")],
  ["[1, 2].index(42)", () => R.listIndex([1, 2], 42)],
  ["(1, 2).index(42)", () => R.listIndex(tuple(1, 2), 42)],
  ["[1, 2, 1, 2].index(1, 1)", () => R.listIndex([1, 2, 1, 2], 1, 1)],
  ["['a', 'b', 'a'].count('a')", () => R.listCount(["a", "b", "a"], "a")],
  ["[1, 1.0, True].count(1)", () => R.listCount([1, 1.0, true], 1)],
  ["[1, 2][5]", () => R.listGetitem([1, 2], 5)],
  ["(1, 2)[-3]", () => R.listGetitem(tuple(1, 2), -3)],
  ["[1, 2]['a']", () => R.listGetitem([1, 2], "a")],
  ["(lambda g: (g.__setitem__(slice(2, 4), ['a', 'b', 'c']), g)[1])(list(range(10)))", () => { const g = Array.from({ length: 10 }, (_, i) => i) as unknown[]; R.setslice(g, 2, 4, null, ["a", "b", "c"]); return g; }],
  ["(lambda g: (g.__setitem__(slice(None, None, 2), [0] * 5), g)[1])(list(range(10)))", () => { const g = Array.from({ length: 10 }, (_, i) => i); R.setslice(g, null, null, 2, [0, 0, 0, 0, 0]); return g; }],
  ["(lambda g: (g.__setitem__(slice(None, None, 2), [0] * 4), g)[1])(list(range(10)))", () => { const g = Array.from({ length: 10 }, (_, i) => i); R.setslice(g, null, null, 2, [0, 0, 0, 0]); return g; }],
  ["(lambda g: (g.__setitem__(slice(8, 2, -2), 'xyz'), g)[1])(list(range(10)))", () => { const g: unknown[] = Array.from({ length: 10 }, (_, i) => i); R.setslice(g, 8, 2, -2, "xyz"); return g; }],
  ["(lambda g: (g.__delitem__(slice(1, None, 3)), g)[1])(list(range(10)))", () => { const g = Array.from({ length: 10 }, (_, i) => i); R.delslice(g, 1, null, 3); return g; }],
  ["(lambda g: (g.__delitem__(slice(-2, None)), g)[1])(list(range(10)))", () => { const g = Array.from({ length: 10 }, (_, i) => i); R.delslice(g, -2, null); return g; }],
  ["(lambda g: (g.__delitem__(5), g)[1])(list(range(3)))", () => { const g = [0, 1, 2]; R.listDelitem(g, 5); return g; }],
  ["(lambda g: (g.__setitem__(-1, 9), g)[1])(list(range(3)))", () => { const g = [0, 1, 2]; R.listSetitem(g, -1, 9); return g; }],
  ["sorted([10, 9, 1, 100, 25, -3])", () => { const x = [10, 9, 1, 100, 25, -3]; R.listSort(x); return x; }],
  ["sorted([10, 9, 1, 100, 25, -3], reverse=True)", () => { const x = [10, 9, 1, 100, 25, -3]; R.listSort(x, null, true); return x; }],
  ["sorted([10, 9, 1, 100, 25, -3], key=lambda v: abs(v - 10))", () => { const x = [10, 9, 1, 100, 25, -3]; R.listSort(x, (v) => Math.abs(v - 10)); return x; }],
  ["sorted(['pear', 'Fig', 'apple', 'kiwi', 'Banana'], key=len)", () => { const x = ["pear", "Fig", "apple", "kiwi", "Banana"]; R.listSort(x, (w) => w.length); return x; }],
  ["sorted(['pear', 'Fig', 'apple', 'kiwi', 'Banana'], key=len, reverse=True)", () => { const x = ["pear", "Fig", "apple", "kiwi", "Banana"]; R.listSort(x, (w) => w.length, true); return x; }],
  ["sorted(['pear', 'Fig', 'apple', 'kiwi', 'Banana'], key=lambda w: (-len(w), w))", () => { const x = ["pear", "Fig", "apple", "kiwi", "Banana"]; R.listSort(x, (w) => tuple(-w.length, w)); return x; }],
  ["sorted([(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')])", () => { const x = [tuple(2, "b"), tuple(1, "z"), tuple(2, "a"), tuple(1, "a")]; R.listSort(x); return x; }],
  ["sorted([3, 2**70, -1.5, True, 2**64])", () => { const x: unknown[] = [3, R.pow(2, 70), -1.5, true, R.pow(2, 64)]; R.listSort(x); return x; }],
  ["sorted([1, 'a'])", () => { const x: unknown[] = [1, "a"]; R.listSort(x); return x; }],
  ["sorted(['a', 1])", () => { const x: unknown[] = ["a", 1]; R.listSort(x); return x; }],
  ["sorted([None, 1])", () => { const x: unknown[] = [null, 1]; R.listSort(x); return x; }],
  ["sorted(list(range(100, 0, -7)) + list(range(50)), key=lambda v: v % 10)", () => { const x = [...Array.from({ length: 15 }, (_, i) => 100 - 7 * i), ...Array.from({ length: 50 }, (_, i) => i)]; R.listSort(x, (v) => R.mod(v, 10)); return x; }],
  ["sorted([[3, 1], [2], [3], [2, 0]])", () => { const x = [[3, 1], [2], [3], [2, 0]]; R.listSort(x); return x; }],
  ["math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(1e20), math.ceil(2**70)", () => tuple(M.floor(-2.5), M.ceil(-2.5), M.trunc(-2.5), M.floor(1e20), M.ceil(R.pow(2, 70)))],
  ["math.sqrt(16)", () => M.sqrt(16), FLOAT],
  ["math.sqrt(-1)", () => M.sqrt(-1)],
  ["math.pi, math.e, math.tau", () => tuple(M.pi, M.e, M.tau)],
  ["math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isclose(1, 1.1, rel_tol=0.2), math.isclose(0, 1e-10, abs_tol=1e-9)", () => tuple(M.isclose(0.1 + 0.2, 0.3), M.isclose(1, 1.1), M.isclose(1, 1.1, kw({ rel_tol: 0.2 })), M.isclose(0, 1e-10, kw({ abs_tol: 1e-9 })))],
  ["math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(1000), math.log(2**1000)", () => tuple(M.log(100, 10), M.log(8, 2), M.log2(1024), M.log10(1000), M.log(R.pow(2, 1000))), tupleOf(FLOAT, FLOAT, FLOAT, FLOAT, FLOAT)],
  ["math.log(0)", () => M.log(0)],
  ["math.exp(1000)", () => M.exp(1000)],
  ["math.exp(1)", () => M.exp(1)],
  ["math.pow(2, 10), math.pow(2, 0.5)", () => tuple(M.pow(2, 10), M.pow(2, 0.5)), tupleOf(FLOAT, FLOAT)],
  ["math.pow(0, -1)", () => M.pow(0, -1)],
  ["math.sin(0), math.cos(0), math.atan2(1, 1), math.hypot(3, 4), math.degrees(math.pi), math.radians(180)", () => tuple(M.sin(0), M.cos(0), M.atan2(1, 1), M.hypot(3, 4), M.degrees(Math.PI), M.radians(180)), tupleOf(FLOAT, FLOAT, FLOAT, FLOAT, FLOAT, FLOAT)],
  ["math.gcd(12, 18), math.gcd(0, 0), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(2**40, 3**30)", () => tuple(M.gcd(12, 18), M.gcd(0, 0), M.gcd(-4, 6, 10), M.lcm(4, 6), M.lcm(R.pow(2, 40), R.pow(3, 30)))],
  ["math.factorial(25), math.factorial(0)", () => tuple(M.factorial(25), M.factorial(0))],
  ["math.factorial(-1)", () => M.factorial(-1)],
  ["math.factorial(2.5)", () => M.factorial(2.5)],
  ["math.comb(52, 5), math.comb(100, 50), math.perm(5, 2), math.perm(5), math.comb(3, 5)", () => tuple(M.comb(52, 5), M.comb(100, 50), M.perm(5, 2), M.perm(5), M.comb(3, 5))],
  ["math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 30)), math.prod([1.5, 2])", () => tuple(M.prod([1, 2, 3, 4]), M.prod([]), M.prod(Array.from({ length: 29 }, (_, i) => i + 1)), M.prod([1.5, 2])), tupleOf(INT, INT, INT, FLOAT)],
  ["math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([])", () => tuple(M.fsum(Array(10).fill(0.1)), Array(10).fill(0.1).reduce((a, b) => a + b, 0), M.fsum([1e100, 1.0, -1e100, 1e-100]), M.fsum([])), tupleOf(FLOAT, FLOAT, FLOAT, FLOAT)],
  ["math.fsum([float('inf'), float('-inf')])", () => M.fsum([Infinity, -Infinity])],
  ["math.copysign(3, -0.0), math.fmod(-7, 3), math.modf(-3.25), math.frexp(8.0), math.ldexp(0.5, 4)", () => tuple(M.copysign(3, -0), M.fmod(-7, 3), M.modf(-3.25), M.frexp(8), M.ldexp(0.5, 4)), tupleOf(FLOAT, FLOAT, tupleOf(FLOAT, FLOAT), tupleOf(FLOAT, INT), FLOAT)],
  ["math.fmod(1, 0)", () => M.fmod(1, 0)],
  ["math.isqrt(10**30 + 5), math.isqrt(15), math.isqrt(16), math.isqrt(0)", () => tuple(M.isqrt(R.add(R.pow(10, 30), 5)), M.isqrt(15), M.isqrt(16), M.isqrt(0))],
  ["math.isqrt(-1)", () => M.isqrt(-1)],
  ["math.dist((0, 0), (3, 4))", () => M.dist([0, 0], [3, 4]), FLOAT],
  ["[math.isnan(float('nan')), math.isinf(1e308 * 10), math.isfinite(1.0)]", () => [M.isnan(NaN), M.isinf(1e308 * 10), M.isfinite(1)]],
  ["[math.frexp(x) for x in (0.1, -3.0, 5e-324, 1e308)]", () => [0.1, -3, 5e-324, 1e308].map((x) => M.frexp(x)), listOf(tupleOf(FLOAT, INT))],
];

describe("lists and math vs CPython", () => {
  const expected = pythonResults(cases.map((c) => c[0]));
  it.each(cases.map((c, i) => [c[0], c, expected[i]] as const))("%s", (_label, c, want) => {
    expect(runtimeResult(c[1], c[2])).toBe(want);
  });
});
