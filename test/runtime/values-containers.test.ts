/** repr/eq/hash/set order/dict behaviour against CPython. */
import { describe, expect, it } from "vitest";
import * as R from "../../src/runtime/index.js";
import { FLOAT, listOf, dictOf, STR, tupleOf, INT, optional, PyDict, PySet, tuple } from "../../src/runtime/index.js";
import { KeyError as R_KeyError, ValueError as R_ValueError } from "../../src/runtime/exceptions.js";
import { pythonResults, runtimeResult, type Case } from "./values-oracle.js";

const d = (...flat: unknown[]): PyDict => PyDict.of(...flat);
const s = (...items: unknown[]): PySet => PySet.ofConst(...items);

const cases: Case[] = [
  ["[1, 'a', (2,), {'k': None}, True, 2.5, [], (), {}, \"it's\"]", () => [1, "a", tuple(2), d("k", null), true, 2.5, [], tuple(), d(), "it's"], listOf(R.ANY)],
  ["[2.0, 0.5]", () => [2, 0.5], listOf(FLOAT)],
  ["(1, 2.0)", () => tuple(1, 2), tupleOf(INT, FLOAT)],
  ["{'a': 1.0}", () => d("a", 1), dictOf(STR, FLOAT)],
  ["[None, 3.0]", () => [null, 3], listOf(optional(FLOAT))],
  ["((1,),)", () => tuple(tuple(1))],
  ["{(1, 2): 'pair', None: 0, 1.5: 'f'}", () => d(tuple(1, 2), "pair", null, 0, 1.5, "f")],
  ["[set(), frozenset()]", () => [new PySet(), PySet.frozen()]],
  ["frozenset({1, 2})", () => PySet.frozen([1, 2])],
  ["{1: 'int', 1.0: 'float', True: 'bool'}", () => d(1, "int", 1.0, "float", true, "bool")],
  ["len({1, 1.0, True})", () => s(1, 1.0, true).size],
  ["{3, 1, 2}", () => s(3, 1, 2)],
  ["set([10, 5, 33])", () => PySet.from([10, 5, 33])],
  ["{5, 1, 3}", () => s(5, 1, 3)],
  ["{-1, -2, -3, 7, 100}", () => s(-1, -2, -3, 7, 100)],
  ["{None, 1, 2, 8, 16}", () => s(null, 1, 2, 8, 16)],
  ["{(1, 2), (3, 4), (5, 6)}", () => s(tuple(1, 2), tuple(3, 4), tuple(5, 6))],
  ["{1.5, 2.5, 0.1, -3.75}", () => s(1.5, 2.5, 0.1, -3.75)],
  ["{2**64, 2**70, 3}", () => s(R.pow(2, 64), R.pow(2, 70), 3)],
  ["{n % 3 for n in range(10)}", () => { const x = new PySet(); for (let n = 0; n < 10; n++) x.add(n % 3); return x; }],
  ["{1, 2, 3} | {2, 3, 4}", () => R.bitor(s(1, 2, 3), s(2, 3, 4))],
  ["{1, 2, 3} & {2, 3, 4}", () => R.bitand(s(1, 2, 3), s(2, 3, 4))],
  ["{1, 2, 3} - {2, 3, 4}", () => R.sub(s(1, 2, 3), s(2, 3, 4))],
  ["set(range(40)).difference([1, 2], {5, 39}, (7,))", () => PySet.from(Array.from({ length: 40 }, (_, i) => i)).difference([1, 2], s(5, 39), tuple(7))],
  ["set(range(40, 0, -3)).intersection(range(0, 50, 2), [4, 10, 16, 22, 100])", () => PySet.from(Array.from({ length: 14 }, (_, i) => 40 - 3 * i)).intersection(Array.from({ length: 25 }, (_, i) => 2 * i), [4, 10, 16, 22, 100])],
  ["{1, 2}.union([3], (2, 9)), {1, 2}.symmetric_difference([2, 3]), {1}.issubset([1, 2]), {1, 5}.isdisjoint({2})", () => tuple(s(1, 2).union([3], tuple(2, 9)), s(1, 2).symmetric_difference([2, 3]), s(1).issubset([1, 2]), s(1, 5).isdisjoint(s(2)))],
  ["{1, 2, 3} ^ {2, 3, 4}", () => R.bitxor(s(1, 2, 3), s(2, 3, 4))],
  ["{1, 2} <= {1, 2, 3}", () => R.le(s(1, 2), s(1, 2, 3))],
  ["{1, 2} < {1, 2}", () => R.lt(s(1, 2), s(1, 2))],
  ["frozenset({1}) == {1}", () => R.eq(PySet.frozen([1]), s(1))],
  ["hash(frozenset({1, 2, 3}))", () => R.hash(PySet.frozen([1, 2, 3]))],
  ["hash(frozenset())", () => R.hash(PySet.frozen())],
  ["{frozenset({1}), frozenset({2, 3})}", () => s(PySet.frozen([1]), PySet.frozen([2, 3]))],
  ["set().pop()", () => new PySet().pop()],
  ["{1}.remove(2)", () => s(1).remove(2)],
  ["hash(-1)", () => R.hash(-1)],
  ["hash(2**61)", () => R.hash(R.pow(2, 61))],
  ["hash(-(2**64))", () => R.hash(R.neg(R.pow(2, 64)))],
  ["hash(1.5)", () => R.hash(1.5)],
  ["hash(-0.1)", () => R.hash(-0.1)],
  ["hash(1e300)", () => R.hash(1e300)],
  ["hash(float('inf'))", () => R.hash(Infinity)],
  ["hash(True)", () => R.hash(true)],
  ["hash((1, 2))", () => R.hash(tuple(1, 2))],
  ["hash(())", () => R.hash(tuple())],
  ["hash((1.5, (2, -1), None is None))", () => R.hash(tuple(1.5, tuple(2, -1), true))],
  ["hash([1])", () => R.hash([1])],
  ["hash({})", () => R.hash(d())],
  ["hash(set())", () => R.hash(new PySet())],
  ["{[1]: 2}", () => d([1], 2)],
  ["[1, 2] == [1, 2]", () => R.eq([1, 2], [1, 2])],
  ["[] == ()", () => R.eq([], tuple())],
  ["(1, 2) == (1.0, 2)", () => R.eq(tuple(1, 2), tuple(1.0, 2))],
  ["{'a': [1]} == {'a': [1]}", () => R.eq(d("a", [1]), d("a", [1]))],
  ["{'a': 1} == {'a': 2}", () => R.eq(d("a", 1), d("a", 2))],
  ["1 == 1.0", () => R.eq(1, 1.0)],
  ["2**53 == 2.0**53", () => R.eq(R.pow(2, 53), 2 ** 53)],
  ["2**53 + 1 == 2.0**53", () => R.eq(R.add(R.pow(2, 53), 1), 2 ** 53)],
  ["True == 1", () => R.eq(true, 1)],
  ["None == 0", () => R.eq(null, 0)],
  ["'a' == 'a'", () => R.eq("a", "a")],
  ["[3, 1] < [3, 2]", () => R.lt([3, 1], [3, 2])],
  ["(1, 2) < (1, 2, 0)", () => R.lt(tuple(1, 2), tuple(1, 2, 0))],
  ["[1, 'a'] < [1, 2]", () => R.lt([1, "a"], [1, 2])],
  ["'a' < 1", () => R.lt("a", 1)],
  ["[1] < (1,)", () => R.lt([1], tuple(1))],
  ["{} < {}", () => R.lt(d(), d())],
  ["None < 1", () => R.lt(null, 1)],
  ["'\\uffff' < '\\U0001f642'", () => R.lt("\uffff", "\u{1f642}")],
  ["2**70 > 1.5", () => R.gt(R.pow(2, 70), 1.5)],
  ["-1 < 0 < 1 < float('inf')", () => R.lt(-1, 0) && R.lt(0, 1) && R.lt(1, Infinity)],
  ["repr('it\\'s')", () => R.repr("it's")],
  ["'both \\' and \"'", () => "both ' and \""],
  ["'\\x00\\x7f'", () => "\x00\x7f"],
  ["'\\u200b\\xa0'", () => "\u200b\xa0"],
  ["'\\r\\x1b[0m'", () => "\r\x1b[0m"],
  ["'\\\\\\''", () => "\\'"],
  ["'é🙂\\U000e0001\\ud800'", () => "é🙂\u{e0001}\ud800"],
  ["ascii('é🙂x')", () => R.ascii("é🙂x")],
  ["str(None)", () => R.str(null)],
  ["str(1.0)", () => R.str(1, FLOAT)],
  ["str([1.0, 'a'])", () => R.str([1, "a"], listOf(optional(FLOAT)))],
  ["str(KeyError('a'))", () => R.str(new R_KeyError("a"))],
  ["repr(ValueError('boom'))", () => R.repr(new R_ValueError("boom"))],
  ["str(ValueError())", () => R.str(new R_ValueError())],
  ["str(ValueError('a', 2))", () => R.str(new R_ValueError("a", 2))],
  ["repr(int)", () => R.repr(R.int_)],
  ["repr(ValueError)", () => R.repr(R_ValueError)],
  ["repr(NotImplemented)", () => R.repr(R.NotImplemented)],
  ["type(2.5).__name__", () => R.typeName(2.5)],
  ["type(frozenset()).__name__", () => R.typeName(PySet.frozen())],
  ["type({}).__name__", () => R.typeName(d())],
  ["bool([]), bool([0]), bool(''), bool(0.0), bool(float('nan')), bool(None), bool({}), bool(set()), bool(2**70)", () => tuple(R.truthy([]), R.truthy([0]), R.truthy(""), R.truthy(0.0), R.truthy(NaN), R.truthy(null), R.truthy(d()), R.truthy(new PySet()), R.truthy(R.pow(2, 70)))],
  ["2 in [1, 2.0]", () => R.contains([1, 2.0], 2)],
  ["'ell' in 'hello'", () => R.contains("hello", "ell")],
  ["1 in 'abc'", () => R.contains("abc", 1)],
  ["(1, 2) in {(1, 2): 0}", () => R.contains(d(tuple(1, 2), 0), tuple(1, 2))],
  ["1.0 in {1}", () => R.contains(s(1), 1.0)],
  ["{'a': 1}['b']", () => d("a", 1).getitem("b")],
  ["{}.popitem()", () => d().popitem()],
  ["{'a': 1}.pop('b')", () => d("a", 1).pop("b")],
  ["{'a': 1}.pop('b', None)", () => d("a", 1).pop("b", null)],
  ["{'a': 1}.keys()", () => d("a", 1).keys()],
  ["{'a': 1}.values()", () => d("a", 1).values()],
  ["{'a': 1}.items()", () => d("a", 1).items()],
  ["{'a': 1, 'b': 2}.keys() & {'b', 'c'}", () => d("a", 1, "b", 2).keys().__and__(s("b"))],
  ["{'a': 1} | {'b': 2}", () => R.bitor(d("a", 1), d("b", 2))],
  ["dict.fromkeys('abc', 0)", () => PyDict.fromkeys("abc", 0)],
  ["dict.fromkeys('ab')", () => (R.dict_.fromkeys as (k: string) => unknown)("ab")],
  ["sorted(['pear', 'Fig', 'apple', 'Banana'], key=str.lower)", () => R.sorted(["pear", "Fig", "apple", "Banana"], R.str_.lower as (s: string) => string)],
  ["list(map(str.strip, [' a ', 'b ']))", () => [" a ", "b "].map((x) => (R.str_.strip as (s: string) => string)(x))],
  ["dict([(1, 2), [3, 4]])", () => PyDict.fromEntries([tuple(1, 2), [3, 4]])],
  ["dict([(1, 2, 3)])", () => PyDict.fromEntries([tuple(1, 2, 3)])],
  ["dict([1])", () => PyDict.fromEntries([1])],
];


describe("containers vs CPython", () => {
  const expected = pythonResults(cases.map((c) => c[0]));
  it.each(cases.map((c, i) => [c[0], c, expected[i]] as const))("%s", (_label, c, want) => {
    expect(runtimeResult(c[1], c[2])).toBe(want);
  });
});

describe("set iteration order matches CPython on random int/float/tuple sets", () => {
  it("many random sets", () => {
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const specs: string[] = [];
    const mine: string[] = [];
    for (let k = 0; k < 300; k++) {
      const n = rnd(40);
      const items: unknown[] = [];
      const py: string[] = [];
      for (let i = 0; i < n; i++) {
        const kind = rnd(6);
        const v = rnd(1000) - (kind === 1 ? 500 : 0);
        if (kind === 2) { items.push(v + 0.5); py.push(`${v + 0.5}`); }
        else if (kind === 3) { items.push(tuple(v, rnd(5))); py.push(`(${v}, ${(items[items.length - 1] as number[])[1]})`); }
        else if (kind === 4) { items.push(v * 1e6 * 1e6); py.push(`${v * 1e12}`); }
        else { items.push(v); py.push(`${v}`); }
      }
      const x = PySet.ofConst(...items);
      const ops = rnd(4);
      if (ops === 1) { for (let i = 0; i < n / 2; i++) x.discard(items[i]); x.add(7); specs.push(`(lambda s: ([s.discard(v) for v in [${py.slice(0, Math.ceil(n / 2)).join(", ")}]], s.add(7), s)[2])({${py.join(", ")}} or set())`); }
      else if (ops === 2) { const y = PySet.from(x); y.add(-5); specs.push(`(lambda s: (s.add(-5), s)[1])(set({${py.join(", ")}} or set()))`); mine.push(R.repr(y)); continue; }
      else if (ops === 3) { const p = x.size > 0 ? x.pop() : null; specs.push(`(lambda s: (s.pop() if s else None, s)[1])({${py.join(", ")}} or set())`); void p; }
      else specs.push(`{${py.join(", ")}} or set()`);
      mine.push(R.repr(x));
    }
    const want = pythonResults(specs);
    let mismatches = 0;
    for (let i = 0; i < specs.length; i++) if (want[i] !== mine[i]) mismatches++;
    expect(mismatches === 0 ? [] : specs.map((sp, i) => [sp, want[i], mine[i]]).filter((r) => r[1] !== r[2]).slice(0, 3)).toEqual([]);
  });
});
