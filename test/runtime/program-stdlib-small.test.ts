import { describe, it } from "vitest";
import * as heapq from "../../src/runtime/heapq.js";
import * as bisect from "../../src/runtime/bisect.js";
import * as copy from "../../src/runtime/copy.js";
import * as string from "../../src/runtime/string-module.js";
import { kw } from "../../src/runtime/kwargs.js";
import { PyDict } from "../../src/runtime/dict.js";
import { tuple } from "../../src/runtime/tuple.js";
import { expectLikePython, type Case } from "./program-oracle.js";

describe("heapq, bisect, copy, string against CPython", () => {
  it("matches CPython", () => {
    const h: unknown[] = [];
    for (const x of [5, 1, 8, 3, 9, 2, 7]) heapq.heappush(h, x);
    const popped = [heapq.heappop(h), heapq.heappop(h)];
    const arr = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0];
    heapq.heapify(arr);
    const sorted = [1, 2, 4, 4, 4, 7];
    const ins = [1, 3, 5];
    bisect.insort(ins, 4);
    bisect.insort_left(ins, 3);
    const nested = [[1, 2], PyDict.of("k", [3])];
    const shallow = copy.copy(nested);
    const deep = copy.deepcopy(nested);
    (nested[0] as number[]).push(99);
    const cases: Case[] = [
      ["(h, popped, arr)", () => tuple(h, popped, arr)],
      ["(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 9), heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len), list(heapq.merge([1, 4], [2, 3])))", () => tuple(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 9), heapq.nlargest(3, [4, 1, 7, 3, 9]), heapq.nsmallest(2, ["bb", "a", "ccc"], kw({ key: (s: string) => s.length })), [...heapq.merge([1, 4], [2, 3])])],
      ["heapq.heappop([])", () => heapq.heappop([])],
      ["(bisect.bisect_left(s, 4), bisect.bisect_right(s, 4), bisect.bisect(s, 0), bisect.bisect(s, 10), ins)", () => tuple(bisect.bisect_left(sorted, 4), bisect.bisect_right(sorted, 4), bisect.bisect(sorted, 0), bisect.bisect(sorted, 10), ins)],
      ["(shallow, deep, shallow[0] is nested[0], deep[0] is nested[0])", () => tuple(shallow, deep, shallow[0] === nested[0], deep[0] === nested[0])],
      ["(string.ascii_letters, string.digits, string.punctuation, string.printable, string.capwords('  hello   world  '), string.capwords('a-b c', '-'))", () => tuple(string.ascii_letters, string.digits, string.punctuation, string.printable, string.capwords("  hello   world  "), string.capwords("a-b c", "-"))],
    ];
    expectLikePython(
      cases,
      `import heapq, bisect, copy, string
h = []
for x in [5, 1, 8, 3, 9, 2, 7]: heapq.heappush(h, x)
popped = [heapq.heappop(h), heapq.heappop(h)]
arr = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(arr)
s = [1, 2, 4, 4, 4, 7]
ins = [1, 3, 5]
bisect.insort(ins, 4)
bisect.insort_left(ins, 3)
nested = [[1, 2], {'k': [3]}]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(99)`,
    );
  });
});
