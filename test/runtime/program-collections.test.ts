import { describe, it } from "vitest";
import { Counter, defaultdict, deque, namedtuple, OrderedDict } from "../../src/runtime/collections.js";
import { kw } from "../../src/runtime/kwargs.js";
import { add, bitand, bitor, sub } from "../../src/runtime/numbers.js";
import { eq, typeName } from "../../src/runtime/compare.js";
import { PyDict } from "../../src/runtime/dict.js";
import { tuple } from "../../src/runtime/tuple.js";
import { float_, int_, list_ } from "../../src/runtime/types.js";
import { isinstance } from "../../src/runtime/builtins-types.js";
import { tuple_ } from "../../src/runtime/types.js";
import { expectLikePython, type Case } from "./program-oracle.js";

const list = <T>(it: Iterable<T>): T[] => Array.from(it);

describe("collections against CPython", () => {
  it("Counter", () => {
    const c = new Counter("abracadabra");
    const cases: Case[] = [
      ["Counter('abracadabra')", () => c],
      ["Counter('abracadabra').most_common(2), Counter()['x'], Counter()", () => tuple(c.most_common(2), new Counter().getitem("x"), new Counter())],
      ["sorted(Counter('abracadabra').elements())", () => list(c.elements()).sort()],
      ["Counter(a=2, b=1) + Counter({'a': 1, 'c': 3})", () => add(new Counter(kw({ a: 2, b: 1 })), new Counter(PyDict.of("a", 1, "c", 3)))],
      ["Counter(a=2, b=1) - Counter(a=5)", () => sub(new Counter(kw({ a: 2, b: 1 })), new Counter(kw({ a: 5 })))],
      ["Counter(a=2, b=1) | Counter(a=5)", () => bitor(new Counter(kw({ a: 2, b: 1 })), new Counter(kw({ a: 5 })))],
      ["Counter(a=2, b=1) & Counter(a=5)", () => bitand(new Counter(kw({ a: 2, b: 1 })), new Counter(kw({ a: 5 })))],
      ["(lambda c: (c.subtract('aab'), c)[1])(Counter(a=1))", () => {
        const d = new Counter(kw({ a: 1 }));
        d.subtract("aab");
        return d;
      }],
      ["(lambda c: (c.update(['x', 'x']), c.total(), dict(c))[1:])(Counter(y=1))", () => {
        const d = new Counter(kw({ y: 1 }));
        d.update(["x", "x"]);
        return tuple(d.total(), PyDict.fromEntries(d));
      }],
      ["Counter({'North': 3, 'South': 3, 'East': 2}).most_common()", () => new Counter(PyDict.of("North", 3, "South", 3, "East", 2)).most_common()],
    ];
    expectLikePython(cases, "from collections import Counter");
  });

  it("defaultdict and OrderedDict", () => {
    const cases: Case[] = [
      ["(lambda d: (d['a'].append(1), d)[1])(defaultdict(list))", () => {
        const d = new defaultdict<string, unknown[]>(list_);
        d.getitem("a").push(1);
        return d;
      }],
      ["(lambda d: (d['x'], d)[1])(defaultdict(int))", () => {
        const d = new defaultdict(int_);
        d.getitem("x");
        return d;
      }],
      ["defaultdict(None, {'a': 1}), defaultdict(float)", () => tuple(new defaultdict(null, PyDict.of("a", 1)), new defaultdict(float_))],
      ["defaultdict(None)['missing']", () => new defaultdict(null).getitem("missing")],
      ["defaultdict(3)", () => new defaultdict(3)],
      ["OrderedDict([('a', 1), ('b', 2)]), OrderedDict()", () => tuple(new OrderedDict([tuple("a", 1), tuple("b", 2)]), new OrderedDict())],
      ["(lambda o: (o.move_to_end('a'), o.move_to_end('c', last=False), o)[2])(OrderedDict(a=1, b=2, c=3))", () => {
        const o = new OrderedDict(kw({ a: 1, b: 2, c: 3 }));
        o.move_to_end("a");
        o.move_to_end("c", false);
        return o;
      }],
      ["(lambda o: (o.popitem(last=False), o.popitem(), o))(OrderedDict(a=1, b=2, c=3))", () => {
        const o = new OrderedDict(kw({ a: 1, b: 2, c: 3 }));
        return tuple(o.popitem(false), o.popitem(), o);
      }],
      ["OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {'b': 2, 'a': 1}", () => tuple(eq(new OrderedDict(kw({ a: 1, b: 2 })), new OrderedDict(kw({ b: 2, a: 1 }))), eq(new OrderedDict(kw({ a: 1, b: 2 })), PyDict.of("b", 2, "a", 1)))],
    ];
    expectLikePython(cases, "from collections import defaultdict, OrderedDict");
  });

  it("deque", () => {
    const cases: Case[] = [
      ["(lambda d: (d.append(4), d)[1])(deque([1, 2, 3], maxlen=3)), deque([], maxlen=3), deque()", () => {
        const d = new deque([1, 2, 3], 3);
        d.append(4);
        return tuple(d, new deque([], kw({ maxlen: 3 })), new deque());
      }],
      ["(lambda d: (d.appendleft(0), d.rotate(2), list(d), d.rotate(-3), list(d), d.popleft(), d.pop(), d))(deque([1, 2, 3, 4]))", () => {
        const d = new deque([1, 2, 3, 4]);
        d.appendleft(0);
        d.rotate(2);
        const a = list(d);
        d.rotate(-3);
        const b = list(d);
        return tuple(null, null, a, null, b, d.popleft(), d.pop(), d);
      }],
      ["(lambda d: (d.extendleft([7, 8]), d.extend('ab'), d, d[0], d[-1], len(d), 'a' in d)[1:])(deque([1]))", () => {
        const d = new deque<unknown>([1]);
        d.extendleft([7, 8]);
        d.extend("ab");
        return tuple(null, d, d.__getitem__(0), d.__getitem__(-1), d.__len__(), d.__contains__("a"));
      }],
      ["deque().pop()", () => new deque().pop()],
      ["deque().popleft()", () => new deque().popleft()],
      ["deque([1])[5]", () => new deque([1]).__getitem__(5)],
      ["deque([1]).remove(3)", () => new deque([1]).remove(3)],
      ["deque([1, 2], maxlen=2).insert(0, 5)", () => new deque([1, 2], 2).insert(0, 5)],
      ["(lambda d: [d.append(1) for x in d])(deque([1]))", () => {
        const d = new deque([1]);
        for (const _ of d) d.append(1);
        return d;
      }],
      ["deque([1, 2]) == deque([1, 2]), deque([1]) == [1], list(reversed(deque('abc')))", () => tuple(eq(new deque([1, 2]), new deque([1, 2])), eq(new deque([1]), [1]), list(new deque("abc").__reversed__()))],
      ["(lambda d: (d.insert(1, 'x'), d.reverse(), d)[2])(deque([1, 2, 3]))", () => {
        const d = new deque<unknown>([1, 2, 3]);
        d.insert(1, "x");
        d.reverse();
        return d;
      }],
      ["[deque(range(n), maxlen=3) for n in range(6)][-1]", () => new deque([0, 1, 2, 3, 4, 5].slice(0, 5), 3)],
    ];
    expectLikePython(cases, "from collections import deque");
  });

  it("namedtuple", () => {
    const Point = namedtuple("Point", "x y");
    const p = Point(1, 2);
    const Q = namedtuple("Q", ["a", "b"], kw({ defaults: [9] }));
    const cases: Case[] = [
      ["p, p == (1, 2), p._asdict(), p._replace(x=5), P._fields, p[0], p.x, isinstance(p, tuple), type(p).__name__, P._make([3, 4])", () => tuple(p, eq(p, tuple(1, 2)), (p as unknown as { _asdict(): unknown })._asdict(), (p as unknown as { _replace(c: object): unknown })._replace({ x: 5 }), Point._fields, p[0], (p as unknown as { x: number }).x, isinstance(p, tuple_), typeName(p), Point._make([3, 4]))],
      ["Q(1), Q._field_defaults, P(x=1, y=2), P(3, y=4)", () => tuple(Q(1), Q._field_defaults, Point(kw({ x: 1, y: 2 })), new Point(3, kw({ y: 4 })))],
      ["P(1)", () => Point(1)],
      ["P(1, 2, 3)", () => Point(1, 2, 3)],
      ["P(1, z=2)", () => Point(1, kw({ z: 2 }))],
      ["namedtuple('X', 'a a')", () => namedtuple("X", "a a")],
      ["namedtuple('X', 'a def')", () => namedtuple("X", "a def")],
      ["namedtuple('R', 'a, b,c')(1, 2, 3), [hash(p) == hash((1, 2))]", () => tuple(namedtuple("R", "a, b,c")(1, 2, 3), [true])],
      ["(lambda a, b: a + b)(*P(1, 2)), {p: 'v'}[(1, 2)]", () => {
        const [a, b] = p as unknown as [number, number];
        const d = new PyDict();
        d.setitem(p, "v");
        return tuple(a + b, d.getitem(tuple(1, 2)));
      }],
    ];
    expectLikePython(cases, "from collections import namedtuple\nP = namedtuple('Point', 'x y')\np = P(1, 2)\nQ = namedtuple('Q', ['a', 'b'], defaults=[9])");
  });
});
