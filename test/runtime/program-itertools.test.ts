import { describe, it } from "vitest";
import * as itertools from "../../src/runtime/itertools.js";
import { kw } from "../../src/runtime/kwargs.js";
import { mul } from "../../src/runtime/numbers.js";
import { typeName } from "../../src/runtime/compare.js";
import { next } from "../../src/runtime/iter.js";
import { tuple } from "../../src/runtime/tuple.js";
import { expectLikePython, type Case } from "./program-oracle.js";

const list = <T>(it: Iterable<T>): T[] => Array.from(it);
const max = (a: unknown, b: unknown) => ((a as number) > (b as number) ? a : b);

describe("itertools against CPython", () => {
  it("infinite, filtering and grouping tools", () => {
    const sales = [tuple("north", 5), tuple("north", 3), tuple("south", 7), tuple("north", 1), tuple("east", 2), tuple("east", 8)];
    const cases: Case[] = [
      ["list(islice(count(10, 5), 4)), list(islice('abcdefg', 1, 6, 2)), list(islice('abcdefg', 3))", () => tuple(list(itertools.islice(new itertools.count(10, 5), 4)), list(itertools.islice("abcdefg", 1, 6, 2)), list(itertools.islice("abcdefg", 3)))],
      ["list(islice('abc', 1, None))", () => list(itertools.islice("abc", 1, null))],
      ["islice('abc', -1)", () => itertools.islice("abc", -1)],
      ["islice('abc', 0, 2, 0)", () => itertools.islice("abc", 0, 2, 0)],
      ["count(), count(2.5, 0.5), repeat('x', 3), repeat(1)", () => tuple(new itertools.count(), new itertools.count(2.5, 0.5), new itertools.repeat("x", 3), new itertools.repeat(1))],
      ["list(chain([1, 2], 'ab', (None,))), list(chain.from_iterable([[1], [2, 3], []]))", () => tuple(list(itertools.chain([1, 2], "ab", tuple(null))), list(itertools.chain.from_iterable([[1], [2, 3], []])))],
      ["list(accumulate([3, 1, 4, 1, 5])), list(accumulate([3, 1, 4, 1, 5], max))", () => tuple(list(new itertools.accumulate([3, 1, 4, 1, 5])), list(new itertools.accumulate([3, 1, 4, 1, 5], max)))],
      ["list(accumulate([1, 2, 3, 4], operator.mul, initial=10)), list(accumulate([])), list(accumulate([], initial=5))", () => tuple(list(new itertools.accumulate([1, 2, 3, 4], mul, kw({ initial: 10 }))), list(new itertools.accumulate([])), list(new itertools.accumulate([], kw({ initial: 5 }))))],
      ["[(k, len(list(g))) for k, g in groupby(sales, key=lambda r: r[0])]", () => Array.from(itertools.groupby(sales, kw({ key: (r: readonly unknown[]) => r[0] })), ([k, g]) => tuple(k, list(g as Iterable<unknown>).length))],
      ["[''.join(g) for _, g in groupby('aaabccdd')], [k for k, _ in groupby('aaabccdd')]", () => tuple(Array.from(itertools.groupby("aaabccdd"), ([, g]) => list(g as Iterable<string>).join("")), Array.from(itertools.groupby("aaabccdd"), ([k]) => k))],
      ["(lambda gs: [list(g) for g in gs])([g for _, g in groupby('aabb')])", () => list(itertools.groupby("aabb")).map(([, g]) => g).map((g) => list(g as Iterable<string>))],
      ["list(takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(dropwhile(lambda v: v < 3, [1, 2, 5, 1]))", () => tuple(list(itertools.takewhile((v: number) => v < 3, [1, 2, 5, 1])), list(itertools.dropwhile((v: number) => v < 3, [1, 2, 5, 1])))],
      ["list(pairwise([1, 4, 9, 16])), list(islice(cycle('xy'), 5)), list(starmap(pow, [(2, 3), (3, 2)]))", () => tuple(list(itertools.pairwise([1, 4, 9, 16])), list(itertools.islice(new itertools.cycle("xy"), 5)), list(itertools.starmap((a, b) => (a as number) ** (b as number), [tuple(2, 3), tuple(3, 2)])))],
      ["list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(filterfalse(lambda x: x % 2, range(6))), list(filterfalse(None, [0, 1, '']))", () => tuple(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse((x: number) => x % 2, [0, 1, 2, 3, 4, 5])), list(itertools.filterfalse(null, [0, 1, ""])))],
      ["(lambda t: (list(t[0]), list(t[1])))(tee([1, 2, 3])), list(tee([1, 2], 3)[2])", () => {
        const [a, b] = itertools.tee([1, 2, 3]);
        return tuple(tuple(list(a!), list(b!)), list(itertools.tee([1, 2], 3)[2]!));
      }],
      ["list(zip_longest('ab', [1], fillvalue='-')), list(zip_longest('ab', 'xyz')), list(zip_longest())", () => tuple(list(itertools.zip_longest("ab", [1], kw({ fillvalue: "-" }))), list(itertools.zip_longest("ab", "xyz")), list(itertools.zip_longest()))],
      ["type(chain()).__name__, type(islice('', 1)).__name__, type(groupby('')).__name__, type(count()).__name__, type(product()).__name__", () => tuple(typeName(itertools.chain()), typeName(itertools.islice("", 1)), typeName(itertools.groupby("")), typeName(new itertools.count()), typeName(itertools.product()))],
      ["repeat('x', -1)", () => new itertools.repeat("x", -1)],
    ];
    expectLikePython(cases, "from itertools import *\nimport operator\nsales = [('north', 5), ('north', 3), ('south', 7), ('north', 1), ('east', 2), ('east', 8)]");
  });

  it("combinatorics", () => {
    const cases: Case[] = [
      ["list(product('ab', [1, 2])), len(list(product(range(3), repeat=3))), list(product()), list(product('ab', repeat=0))", () => tuple(list(itertools.product("ab", [1, 2])), list(itertools.product([0, 1, 2], kw({ repeat: 3 }))).length, list(itertools.product()), list(itertools.product("ab", kw({ repeat: 0 }))))],
      ["list(permutations([1, 2, 3], 2)), [''.join(p) for p in permutations('abc')], list(permutations([])), list(permutations('ab', 3))", () => tuple(list(itertools.permutations([1, 2, 3], 2)), list(itertools.permutations("abc")).map((p) => p.join("")), list(itertools.permutations([])), list(itertools.permutations("ab", 3)))],
      ["list(combinations('abcd', 2)), list(combinations('ab', 5)), list(combinations('ab', 0))", () => tuple(list(itertools.combinations("abcd", 2)), list(itertools.combinations("ab", 5)), list(itertools.combinations("ab", 0)))],
      ["list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0))", () => tuple(list(itertools.combinations_with_replacement("abc", 2)), list(itertools.combinations_with_replacement("", 2)), list(itertools.combinations_with_replacement("", 0)))],
      ["permutations('abc', -1)", () => itertools.permutations("abc", -1)],
      ["product('ab', repeat=-1)", () => itertools.product("ab", kw({ repeat: -1 }))],
      ["len(list(permutations(range(6))))", () => list(itertools.permutations([0, 1, 2, 3, 4, 5])).length],
    ];
    expectLikePython(cases, "from itertools import *");
  });

  it("is lazy", () => {
    const seen: number[] = [];
    const gen = itertools.islice(
      itertools.chain.from_iterable(
        (function* () {
          for (let i = 0; ; i++) {
            seen.push(i);
            yield [i];
          }
        })(),
      ),
      2,
    );
    const cases: Case[] = [["(next(g), len(seen))", () => tuple(next(gen), seen.length)]];
    expectLikePython(cases, "from itertools import *\nseen = []\ndef gen():\n    i = 0\n    while True:\n        seen.append(i)\n        yield [i]\n        i += 1\ng = islice(chain.from_iterable(gen()), 2)");
  });
});
