/** User objects and dunders through the value layer (repr/str/eq/ordering/hash/truthiness/format), vs CPython. */
import { describe, expect, it } from "vitest";
import * as R from "../../src/runtime/index.js";
import { PyDict, PySet, tuple, NotImplemented } from "../../src/runtime/index.js";
import { sorted as sortedList } from "../../src/runtime/list.js";
import { StopIteration } from "../../src/runtime/exceptions.js";
import { pythonResults, runtimeResult, type Case } from "./values-oracle.js";

const PRELUDE = `
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __lt__(self, o): return (self.x, self.y) < (o.x, o.y) if isinstance(o, Point) else NotImplemented
class Named:
    def __str__(self): return "named!"
class Plain: pass
class OnlyEq:
    def __eq__(self, o): return True
class Sized:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class Falsy:
    def __bool__(self): return False
class Money:
    def __init__(self, cents): self.cents = cents
    def __format__(self, spec):
        text = f"\${self.cents // 100}.{self.cents % 100:02d}"
        return format(text, spec) if spec else text
class Vec:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Vec(self.v + o.v) if isinstance(o, Vec) else NotImplemented
    def __radd__(self, o): return Vec(self.v + o)
    def __repr__(self): return f"Vec({self.v})"
def foo(): pass
class Songs:
    def __init__(self, items): self._items = list(items)
    def __getitem__(self, index): return self._items[index]
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
rec = [1]; rec.append(rec)
drec = {'a': 1}; drec['self'] = drec
`;

class Point {
  constructor(readonly x: number, readonly y: number) {}
  __repr__(): string {
    return `Point(${this.x}, ${this.y})`;
  }
  __eq__(o: unknown): boolean {
    return o instanceof Point && this.x === o.x && this.y === o.y;
  }
  __hash__(): R.PyHash {
    return R.hash(tuple(this.x, this.y));
  }
  __lt__(o: unknown): unknown {
    return o instanceof Point ? R.lt(tuple(this.x, this.y), tuple(o.x, o.y)) : NotImplemented;
  }
}
class Named {
  __str__(): string {
    return "named!";
  }
}
class Plain {}
class OnlyEq {
  __eq__(): boolean {
    return true;
  }
}
class Sized {
  constructor(readonly n: number) {}
  __len__(): number {
    return this.n;
  }
}
class Falsy {
  __bool__(): boolean {
    return false;
  }
}
class Money {
  constructor(readonly cents: number) {}
  __format__(spec: string): string {
    const text = `$${R.floordiv(this.cents, 100)}.${R.format(R.mod(this.cents, 100), "02d")}`;
    return spec ? R.format(text, spec) : text;
  }
}
class Vec {
  constructor(readonly v: number) {}
  __add__(o: unknown): unknown {
    return o instanceof Vec ? new Vec(this.v + o.v) : NotImplemented;
  }
  __radd__(o: number): Vec {
    return new Vec(this.v + o);
  }
  __repr__(): string {
    return `Vec(${this.v})`;
  }
}
function foo(): void {}
class Songs {
  constructor(readonly items: string[]) {}
  __getitem__(index: unknown): unknown {
    return R.listGetitem(this.items, index);
  }
}
class Countdown {
  constructor(public n: number) {}
  __iter__(): Countdown {
    return this;
  }
  __next__(): number {
    if (this.n <= 0) throw new StopIteration();
    this.n -= 1;
    return this.n + 1;
  }
}
const rec: unknown[] = [1];
rec.push(rec);
const drec = PyDict.of("a", 1);
drec.setitem("self", drec);

const cases: Case[] = [
  ["[Point(1, 2), (Point(0, 0),)]", () => [new Point(1, 2), tuple(new Point(0, 0))]],
  ["Point(1, 2) == Point(1, 2), Point(1, 2) != Point(1, 3), Point(1, 2) == 5", () => tuple(R.eq(new Point(1, 2), new Point(1, 2)), R.ne(new Point(1, 2), new Point(1, 3)), R.eq(new Point(1, 2), 5))],
  ["Point(1, 2) < Point(1, 3), Point(2, 0) > Point(1, 9)", () => tuple(R.lt(new Point(1, 2), new Point(1, 3)), R.gt(new Point(2, 0), new Point(1, 9)))],
  ["Point(1, 2) < 5", () => R.lt(new Point(1, 2), 5)],
  ["sorted([Point(2, 1), Point(1, 5), Point(1, 2)])", () => sortedList([new Point(2, 1), new Point(1, 5), new Point(1, 2)])],
  ["{Point(1, 2): 'a'}[Point(1, 2)]", () => PyDict.of(new Point(1, 2), "a").getitem(new Point(1, 2))],
  ["len({Point(1, 2), Point(1, 2), Point(3, 4)})", () => PySet.of(new Point(1, 2), new Point(1, 2), new Point(3, 4)).size],
  ["Point(1, 2) in [Point(0, 0), Point(1, 2)]", () => R.contains([new Point(0, 0), new Point(1, 2)], new Point(1, 2))],
  ["str(Named()), repr(Named())[:17]", () => tuple(R.str(new Named()), R.repr(new Named()).slice(0, 17))],
  ["repr(Plain())[:26]", () => R.repr(new Plain()).slice(0, 26)],
  ["repr(Plain)", () => R.repr(Plain)],
  ["repr(foo)[:13]", () => R.repr(foo).slice(0, 13)],
  ["hash(OnlyEq())", () => R.hash(new OnlyEq())],
  ["OnlyEq() == 3, 3 == OnlyEq()", () => tuple(R.eq(new OnlyEq(), 3), R.eq(3, new OnlyEq()))],
  ["bool(Sized(0)), bool(Sized(2)), bool(Falsy()), bool(Plain())", () => tuple(R.truthy(new Sized(0)), R.truthy(new Sized(2)), R.truthy(new Falsy()), R.truthy(new Plain()))],
  ["f'[{Money(123456)}]', f'[{Money(123456):>12}]', f'[{Money(5):<8}]', '[{:^14}]'.format(Money(123456))", () => tuple(`[${R.format(new Money(123456), "")}]`, `[${R.format(new Money(123456), ">12")}]`, `[${R.format(new Money(5), "<8")}]`, R.strFormat("[{:^14}]", [new Money(123456)]))],
  ["format(Plain(), 'x')", () => R.format(new Plain(), "x")],
  ["Vec(1) + Vec(2), 5 + Vec(1)", () => tuple(R.add(new Vec(1), new Vec(2)), R.add(5, new Vec(1)))],
  ["Vec(1) + 'a'", () => R.add(new Vec(1), "a")],
  ["Vec(1) * 2", () => R.mul(new Vec(1), 2)],
  ["-Plain()", () => R.neg(new Plain())],
  ["rec", () => rec],
  ["Songs(['a', 'b', 'c'])[1:], Songs(['a', 'b', 'c'])[::-1], Songs(['a', 'b'])[-1], 'b' in Songs(['a', 'b'])", () => tuple(R.getslice(new Songs(["a", "b", "c"]) as never, 1), R.getslice(new Songs(["a", "b", "c"]) as never, null, null, -1), R.getitem(new Songs(["a", "b"]), -1), R.contains(new Songs(["a", "b"]), "b"))],
  ["', '.join(Songs(['a', 'b'])), tuple(Countdown(3)), set(Countdown(2)), dict.fromkeys(Countdown(2)), math.prod(Countdown(4))", () => tuple(R.strJoin(", ", new Songs(["a", "b"]) as never), R.tupleFrom(new Countdown(3) as never), PySet.from(new Countdown(2) as never), PyDict.fromkeys(new Countdown(2) as never), R.math.prod(new Countdown(4) as never))],
  ["(lambda xs: (xs.extend(Countdown(2)), xs)[1])([9])", () => { const xs = [9]; R.listExtend(xs, new Countdown(2) as never); return xs; }],
  ["2 in Countdown(3), 7 in Countdown(3)", () => tuple(R.contains(new Countdown(3), 2), R.contains(new Countdown(3), 7))],
  ["[1, 2, 3][slice(None, None, -1)], 'abc'[slice(1, None)], repr(slice(1, None, 2))", () => tuple(R.listGetitem([1, 2, 3], new R.PySlice(null, null, -1)), R.strGetitem("abc", new R.PySlice(1)), R.repr(new R.PySlice(1, null, 2)))],
  ["drec", () => drec],
  ["type(Point(1, 2)).__name__, type(None).__name__, type(foo).__name__, type(Plain).__name__", () => tuple(R.typeName(new Point(1, 2)), R.typeName(null), R.typeName(foo), R.typeName(Plain))],
];

describe("objects vs CPython", () => {
  const expected = pythonResults(cases.map((c) => c[0]), { prelude: PRELUDE });
  it.each(cases.map((c, i) => [c[0], c, expected[i]] as const))("%s", (_label, c, want) => {
    expect(runtimeResult(c[1], c[2])).toBe(want);
  });

  it("mutating a dict or set during iteration raises RuntimeError like CPython", () => {
    const d = PyDict.of("a", 1, "b", 2);
    const s = PySet.of(1, 2, 3);
    const want = pythonResults([
      "(lambda d: [d.__setitem__(k + 'x', 0) for k in d])({'a': 1, 'b': 2})",
      "(lambda s: [s.add(v + 10) for v in s])({1, 2, 3})",
    ]);
    expect(runtimeResult(() => { for (const k of d) d.setitem(k + "x", 0); })).toBe(want[0]);
    expect(runtimeResult(() => { for (const v of s) s.add(v + 10); })).toBe(want[1]);
  });
});
