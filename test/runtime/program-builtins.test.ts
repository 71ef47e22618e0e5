import { describe, it } from "vitest";
import { all, any, enumerate, filter, map, reversed, zip } from "../../src/runtime/builtins-iter.js";
import { len, max, min, sum } from "../../src/runtime/builtins-reduce.js";
import { delattr, getattr, hasattr, setattr } from "../../src/runtime/builtins-attrs.js";
import { callable, isinstance, issubclass, mro, nameOf } from "../../src/runtime/builtins-types.js";
import { range } from "../../src/runtime/range.js";
import { kw } from "../../src/runtime/kwargs.js";
import { asTuple, tuple } from "../../src/runtime/tuple.js";
import { PyDict } from "../../src/runtime/dict.js";
import { PySet } from "../../src/runtime/set.js";
import { Exception, KeyError, LookupError, StopIteration } from "../../src/runtime/exceptions.js";
import { bool_, dict_, float_, int_, list_, NoneType_, object_, str_, tuple_, type_ } from "../../src/runtime/types.js";
import { typeName } from "../../src/runtime/compare.js";
import { expectLikePython, type Case } from "./program-oracle.js";

const list = <T>(it: Iterable<T>): T[] => Array.from(it);

class Foo {
  x = 1;
  method(): string {
    return "m";
  }
}
class Countdown {
  constructor(private current: number) {}
  __iter__(): this {
    return this;
  }
  __next__(): number {
    if (this.current <= 0) throw new StopIteration();
    return this.current--;
  }
}
class Sized {
  __len__(): number {
    return 3;
  }
}
class Rev {
  __len__(): number {
    return 2;
  }
  __getitem__(i: number): string {
    return "ab"[i] as string;
  }
}

describe("builtins against CPython", () => {
  it("range", () => {
    const cases: Case[] = [
      ["range(5)", () => range(5)],
      ["range(1, 10, 2)", () => range(1, 10, 2)],
      ["list(range(5, 0, -2))", () => list(range(5, 0, -2))],
      ["len(range(0, 100, 7))", () => range(0, 100, 7).__len__()],
      ["range(10)[-1]", () => range(10).__getitem__(-1)],
      ["range(10)[2:8:3]", () => range(10).slice(2, 8, 3)],
      ["range(10)[::-1]", () => range(10).slice(undefined, undefined, -1)],
      ["list(range(10)[::-3])", () => list(range(10).slice(null, null, -3))],
      ["list(reversed(range(1, 7, 2)))", () => list(reversed(range(1, 7, 2)))],
      ["(3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 3 in range(0, 10, 2))", () => tuple(range(5).__contains__(3), range(5).__contains__(5), range(0, 10, 2).__contains__(4), range(0, 10, 2).__contains__(3))],
      ["range(0) == range(2, 2), range(0, 3) == range(0, 3, 1), range(1, 2) == range(1, 3, 5)", () => tuple(range(0).__eq__(range(2, 2)), range(0, 3).__eq__(range(0, 3, 1)), range(1, 2).__eq__(range(1, 3, 5)))],
      ["range(1, 10, 3).index(7)", () => range(1, 10, 3).index(7)],
      ["range(3).index(5)", () => range(3).index(5)],
      ["range(10)[10]", () => range(10).__getitem__(10)],
      ["range(1, 2, 0)", () => range(1, 2, 0)],
      ["range(2.5)", () => range(2.5)],
    ];
    expectLikePython(cases);
  });

  it("iteration builtins", () => {
    const cases: Case[] = [
      ["list(enumerate('xy', 5))", () => list(enumerate("xy", 5))],
      ["list(enumerate('ab', start=1))", () => list(enumerate("ab", kw({ start: 1 })))],
      ["list(zip([1, 2, 3], 'ab'))", () => list(zip([1, 2, 3], "ab"))],
      ["list(zip())", () => list(zip())],
      ["list(zip([1, 2, 3], 'ab', strict=True))", () => list(zip([1, 2, 3], "ab", kw({ strict: true })))],
      ["list(zip([1], 'ab', strict=True))", () => list(zip([1], "ab", kw({ strict: true })))],
      ["list(zip([1, 2], [1, 2], [3], strict=True))", () => list(zip([1, 2], [1, 2], [3], kw({ strict: true })))],
      ["list(zip([1], [1], [3, 4], strict=True))", () => list(zip([1], [1], [3, 4], kw({ strict: true })))],
      ["list(reversed([1, 'b']))", () => list(reversed([1, "b"]))],
      ["''.join(reversed('é🙂x'))", () => list(reversed("é🙂x")).join("")],
      ["list(reversed({'a': 1, 'b': 2}))", () => list(reversed(PyDict.of("a", 1, "b", 2)))],
      ["list(reversed(5))", () => list(reversed(5))],
      ["list(map(pow, [2, 3], [5, 2]))", () => list(map((a, b) => (a as number) ** (b as number), [2, 3], [5, 2]))],
      ["list(map(str, [1, 2]))", () => list(map(str_ as never, [1, 2]))],
      ["list(filter(None, [0, 1, '', 'x', None, [], [0]]))", () => list(filter(null, [0, 1, "", "x", null, [], [0]]))],
      ["type(map(str, [])).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__, type(reversed([])).__name__", () => tuple(typeName(map(str_ as never, [])), typeName(filter(null, [])), typeName(zip()), typeName(enumerate([])), typeName(reversed([])))],
      ["any([]), all([]), any([0, '', None]), all([1, 'a', [0]])", () => tuple(any([]), all([]), any([0, "", null]), all([1, "a", [0]]))],
      ["list(reversed(Rev()))", () => list(reversed(new Rev()))],
    ];
    expectLikePython(cases, "class Rev:\n    def __len__(self): return 2\n    def __getitem__(self, i): return 'ab'[i]");
  });

  it("len/min/max/sum", () => {
    const cases: Case[] = [
      ["len('é🙂'), len([1, 2]), len({1: 2}), len({1, 2, 3}), len(Sized())", () => tuple(len("é🙂"), len([1, 2]), len(PyDict.of(1, 2)), len(PySet.of(1, 2, 3)), len(new Sized()))],
      ["len(5)", () => len(5)],
      ["max([4, 9, 2]), min(3, 1, 2), min(2.5, 2), max(1, 1.5)", () => tuple(max([4, 9, 2]), min(3, 1, 2), min(2.5, 2), max(1, 1.5))],
      ["max(3, 1, key=lambda v: -v), max([], default=None), min('b', 'a')", () => tuple(max(3, 1, kw({ key: (v: number) => -v })), max([], kw({ default: null })), min("b", "a"))],
      ["max([('a', 2), ('b', 2), ('c', 1)], key=lambda p: p[1])", () => max([tuple("a", 2), tuple("b", 2), tuple("c", 1)], kw({ key: (p: readonly unknown[]) => p[1] }))],
      ["min([('a', 2), ('b', 1), ('c', 1)], key=lambda p: p[1])", () => min([tuple("a", 2), tuple("b", 1), tuple("c", 1)], kw({ key: (p: readonly unknown[]) => p[1] }))],
      ["max([])", () => max([])],
      ["min([])", () => min([])],
      ["max()", () => max()],
      ["max([1], [2], default=0)", () => max([1], [2], kw({ default: 0 }))],
      ["max([1, 'a'])", () => max([1, "a"])],
      ["sum([1, 2, 3]), sum([[1], [2]], []), sum(range(5), 100), sum([], start=7)", () => tuple(sum([1, 2, 3]), sum([[1], [2]], []), sum(range(5), 100), sum([], kw({ start: 7 })))],
      ["sum([0.1] * 10)", () => sum(Array(10).fill(0.1))],
      ["sum([2**52, 2**52, 2**52, 7])", () => sum([2 ** 52, 2 ** 52, 2 ** 52, 7])],
      ["sum([True, True, 1])", () => sum([true, true, 1])],
      ["sum(['a'], 'x')", () => sum(["a"], "x")],
      ["sum(x for x in [1, 2])", () => sum(new Countdown(2))],
    ];
    expectLikePython(cases, "class Sized:\n    def __len__(self): return 3");
  });

  it("types and attributes", () => {
    const foo = new Foo();
    const cases: Case[] = [
      ["isinstance(3, (str, int)), isinstance(True, int), isinstance(2.5, float), isinstance('s', object), isinstance(None, type(None))", () => tuple(isinstance(3, [str_, int_]), isinstance(true, int_), isinstance(2.5, float_), isinstance("s", object_), isinstance(null, NoneType_))],
      ["isinstance([], list), isinstance((), list), isinstance((), tuple), isinstance({}, dict), isinstance(int, type)", () => tuple(isinstance([], list_), isinstance(asTuple([]), list_), isinstance(asTuple([]), tuple_), isinstance(new PyDict(), dict_), isinstance(int_, type_))],
      ["issubclass(bool, int), issubclass(int, bool), issubclass(KeyError, LookupError), issubclass(KeyError, (str, Exception)), issubclass(int, object)", () => tuple(issubclass(bool_, int_), issubclass(int_, bool_), issubclass(KeyError, LookupError), issubclass(KeyError, [str_, Exception]), issubclass(int_, object_))],
      ["isinstance(3, 4)", () => isinstance(3, 4)],
      ["callable(len), callable(3), callable(int)", () => tuple(callable(len), callable(3), callable(int_))],
      ["KeyError.__name__, int.__name__, [c.__name__ for c in KeyError.__mro__]", () => tuple(nameOf(KeyError), nameOf(int_), list(mro(KeyError)).map(nameOf))],
      ["[c.__name__ for c in bool.__mro__]", () => list(mro(bool_)).map(nameOf)],
      ["getattr(Foo(), 'x'), getattr(Foo(), 'y', None), hasattr(Foo(), 'x'), hasattr(Foo(), 'y')", () => tuple(getattr(foo, "x"), getattr(foo, "y", null), hasattr(foo, "x"), hasattr(foo, "y"))],
      ["getattr(Foo(), 'method')()", () => getattr(foo, "method")()],
      ["getattr(Foo(), 'y')", () => getattr(foo, "y")],
      ["getattr(Foo, 'y')", () => getattr(Foo, "y")],
      ["getattr(None, 'y')", () => getattr(null, "y")],
      ["getattr(Foo(), 3)", () => getattr(foo, 3)],
      ["delattr(Foo(), 'y')", () => delattr(new Foo(), "y")],
      ["(lambda o: (setattr(o, 'z', 5), o.z))(Foo())", () => {
        const o = new Foo();
        setattr(o, "z", 5);
        return tuple(null, (o as unknown as { z: number }).z);
      }],
    ];
    expectLikePython(cases, "class Foo:\n    def __init__(self): self.x = 1\n    def method(self): return 'm'");
  });
});
