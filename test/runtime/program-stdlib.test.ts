import { describe, expect, it } from "vitest";
import * as functools from "../../src/runtime/functools.js";
import * as contextlib from "../../src/runtime/contextlib.js";
import * as operator from "../../src/runtime/operator.js";
import * as time from "../../src/runtime/time.js";
import * as typing from "../../src/runtime/typing.js";
import { asdict, astuple, dataclass, dataclassInit, field, fields, FrozenInstanceError, replace } from "../../src/runtime/dataclasses.js";
import { generator } from "../../src/runtime/generator-functions.js";
import { kw } from "../../src/runtime/kwargs.js";
import { KeyError, TypeError, ValueError } from "../../src/runtime/exceptions.js";
import { boxFloat } from "../../src/runtime/float-box.js";
import { pyCatch } from "../../src/runtime/exception-catch.js";
import { eq, hash, lt, repr, StringIO, print } from "../../src/runtime/index.js";
import { sorted } from "../../src/runtime/list.js";
import { FLOAT, int_, list_, str_ } from "../../src/runtime/types.js";
import { add } from "../../src/runtime/numbers.js";
import { tuple } from "../../src/runtime/tuple.js";
import { nameOf } from "../../src/runtime/builtins-types.js";
import { expectLikePython, type Case } from "./program-oracle.js";

/** `with cm as x: body` the way the compiler lowers it */
function withCm<T>(cm: { __enter__(): T; __exit__(t: unknown, v: unknown, tb: unknown): unknown }, body: (x: T) => void): void {
  const x = cm.__enter__();
  try {
    body(x);
  } catch ($e) {
    const e = pyCatch($e);
    if (!cm.__exit__(e.constructor, e, null)) throw e;
    return;
  }
  cm.__exit__(null, null, null);
}

describe("functools against CPython", () => {
  it("lru_cache, partial, reduce, wraps, total_ordering, cmp_to_key", () => {
    const f = functools.lru_cache(kw({ maxsize: 2 }))(function f(x: number) {
      return x * 2;
    });
    const log: unknown[] = [f(1), f(1), f(2), f(3), f.cache_info()];
    f.cache_clear();
    log.push(f.cache_info());
    const g = functools.cache(function g(x: number) {
      return x;
    });
    g(1);
    log.push(g.cache_info(), nameOf(f));
    const fib: (k: number) => number = functools.lru_cache(kw({ maxsize: null }))(function fib$(k: number): number {
      return k < 2 ? k : add(fib(k - 1), fib(k - 2));
    });
    log.push(fib(80));
    class V {
      constructor(readonly v: number) {}
      __eq__(o: V) {
        return this.v === o.v;
      }
      __lt__(o: V) {
        return this.v < o.v;
      }
    }
    functools.total_ordering(V);
    const cmp = (a: number, b: number, method: string) => (new V(a) as unknown as Record<string, (o: V) => unknown>)[method]!(new V(b));
    const wrapped = function area(w: number) {
      return w;
    };
    (wrapped as unknown as { __doc__: string }).__doc__ = "Area.";
    const wrapper = functools.wraps(wrapped)(function wrapper() {
      return 0;
    });
    const cases: Case[] = [
      ["log", () => log],
      ["(p('101'), p.args, p.keywords, functools.reduce(lambda a, b: a + b, [1, 2, 3]), functools.reduce(lambda a, b: a + b, [], 0))", () => {
        const p = functools.partial((s: string, o: { base: number }) => parseInt(s, o.base), kw({ base: 2 }));
        return tuple(p("101"), p.args, p.keywords, functools.reduce((a, b) => a + b, [1, 2, 3]), functools.reduce((a, b) => a + b, [], 0));
      }],
      ["functools.reduce(lambda a, b: a + b, [])", () => functools.reduce((a, b) => a + b, [])],
      ["(V(1) <= V(2), V(3) >= V(2), V(1) > V(2), V(2) <= V(2))", () => tuple(cmp(1, 2, "__le__"), cmp(3, 2, "__ge__"), cmp(1, 2, "__gt__"), cmp(2, 2, "__le__"))],
      ["sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))", () => sorted([3, 1, 2], functools.cmp_to_key((a: number, b: number) => b - a))],
      ["(area.__name__, area.__doc__, area.__wrapped__.__name__)", () => tuple(nameOf(wrapper), (wrapper as unknown as { __doc__: unknown }).__doc__, nameOf((wrapper as unknown as { __wrapped__: unknown }).__wrapped__))],
    ];
    expectLikePython(
      cases,
      `import functools
@functools.lru_cache(maxsize=2)
def f(x): return x * 2
log = [f(1), f(1), f(2), f(3), f.cache_info()]
f.cache_clear(); log.append(f.cache_info())
@functools.cache
def g(x): return x
g(1); log += [g.cache_info(), f.__name__]
@functools.lru_cache(maxsize=None)
def fib(k): return k if k < 2 else fib(k - 1) + fib(k - 2)
log.append(fib(80))
p = functools.partial(int, base=2)
@functools.total_ordering
class V:
    def __init__(s, v): s.v = v
    def __eq__(s, o): return s.v == o.v
    def __lt__(s, o): return s.v < o.v
def deco(func):
    @functools.wraps(func)
    def wrapper(): return 0
    return wrapper
@deco
def area(w):
    """Area."""
    return w`,
    );
  });
});

describe("contextlib against CPython", () => {
  it("contextmanager, suppress, ExitStack, redirect_stdout", () => {
    const out: string[] = [];
    const tag = contextlib.contextmanager(
      generator("tag", function* (name: string) {
        out.push(`<${name}>`);
        try {
          yield name.toUpperCase();
        } finally {
          out.push(`</${name}>`);
        }
      }),
    );
    withCm(tag("outer"), (t1) => withCm(tag("inner"), (t2) => out.push(`body ${t1} ${t2}`)));
    try {
      withCm(tag("err"), () => {
        throw new ValueError("x");
      });
    } catch (e) {
      out.push(`escaped ${repr(e)}`);
    }
    const swallow = contextlib.contextmanager(
      generator("swallow", function* () {
        try {
          yield null;
        } catch (e) {
          out.push(`swallowed ${repr(e)}`);
        }
      }),
    );
    withCm(swallow(), () => {
      throw new KeyError("k");
    });
    const twice = contextlib.contextmanager(
      generator("twice", function* () {
        yield 1;
        yield 2;
      }),
    );
    try {
      withCm(twice(), () => {});
    } catch (e) {
      out.push(repr(e));
    }
    withCm(new contextlib.suppress(KeyError, TypeError), () => {
      throw new KeyError("gone");
    });
    out.push("after suppress");
    const stack = new contextlib.ExitStack();
    withCm(stack, (s) => {
      s.callback((x: string) => out.push(`callback ${x}`), "a");
      s.enter_context(tag("in-stack"));
      out.push("stack body");
    });
    const buffer = new StringIO();
    withCm(new contextlib.redirect_stdout(buffer), () => print("captured"));
    out.push(repr(buffer.getvalue()));
    const cases: Case[] = [["out", () => out]];
    expectLikePython(
      cases,
      `import contextlib, io
out = []
@contextlib.contextmanager
def tag(name):
    out.append(f"<{name}>")
    try:
        yield name.upper()
    finally:
        out.append(f"</{name}>")
with tag("outer") as t1, tag("inner") as t2:
    out.append(f"body {t1} {t2}")
try:
    with tag("err"):
        raise ValueError("x")
except ValueError as e:
    out.append(f"escaped {e!r}")
@contextlib.contextmanager
def swallow():
    try:
        yield None
    except Exception as e:
        out.append(f"swallowed {e!r}")
with swallow():
    raise KeyError("k")
@contextlib.contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    out.append(repr(e))
with contextlib.suppress(KeyError, TypeError):
    raise KeyError("gone")
out.append("after suppress")
with contextlib.ExitStack() as s:
    s.callback(lambda x: out.append(f"callback {x}"), "a")
    s.enter_context(tag("in-stack"))
    out.append("stack body")
buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("captured")
out.append(repr(buffer.getvalue()))`,
    );
  });
});

describe("dataclasses against CPython", () => {
  it("init, repr, eq, order, frozen, helpers", () => {
    class Order {
      customer!: string;
      quantity!: number;
      tags!: unknown[];
      price!: number;
      constructor(...args: unknown[]) {
        dataclassInit(this, Order, args);
      }
    }
    dataclass(Order, [{ name: "customer" }, { name: "quantity", default: 1 }, { name: "tags", default: field(kw({ default_factory: list_ })) }, { name: "price", default: 9.99, type: FLOAT }]);
    class P {
      x!: number;
      y!: number;
      constructor(...args: unknown[]) {
        dataclassInit(this, P, args);
      }
    }
    dataclass(P, [{ name: "x" }, { name: "y", default: 0 }], { frozen: true, order: true });
    const o1 = new Order("ann");
    o1.tags.push("gift");
    const p = new P(1);
    const cases: Case[] = [
      ["(o1, Order('bob', 3, ['rush']), Order('ann', tags=['gift']) == o1, Order('x') == Order('x', 2), Order('cy').tags, Order(customer=\"d'Arcy\", price=0.5))", () => tuple(o1, new Order("bob", 3, ["rush"]), eq(new Order("ann", kw({ tags: ["gift"] })), o1), eq(new Order("x"), new Order("x", 2)), new Order("cy").tags, new Order(kw({ customer: "d'Arcy", price: 0.5 })))],
      ["(p < P(2), hash(p) == hash((1, 0)), replace(p, y=3), asdict(p), astuple(p), [f.name for f in fields(p)])", () => tuple(lt(p, new P(2)), hash(p) === hash(tuple(1, 0)), replace(p, kw({ y: 3 })), asdict(p), astuple(p), fields(p).map((f) => f.name))],
      ["setattr(p, 'x', 5)", () => {
        (p as { x: number }).x = 5;
      }],
      ["P()", () => new P()],
      ["P(1, 2, 3)", () => new P(1, 2, 3)],
      ["P(1, z=3)", () => new P(1, kw({ z: 3 }))],
      ["P(1, x=3)", () => new P(1, kw({ x: 3 }))],
      ["P(1) < Order('q')", () => lt(new P(1), new Order("q"))],
      ["hash(Order('x'))", () => hash(new Order("x"))],
    ];
    expectLikePython(
      cases,
      `from dataclasses import *
@dataclass
class Order:
    customer: str
    quantity: int = 1
    tags: list = field(default_factory=list)
    price: float = 9.99
@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int = 0
o1 = Order("ann")
o1.tags.append("gift")
p = P(1)`,
    );
    expect(() => {
      (p as { x: number }).x = 5;
    }).toThrow(FrozenInstanceError);
  });
});

describe("operator, typing, time", () => {
  it("matches CPython", () => {
    const cases: Case[] = [
      ["(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)('abc'), operator.mul(2**40, 2**40), operator.floordiv(-7, 2), operator.not_([]), operator.contains([1], 1))", () => tuple(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"), operator.mul(2 ** 40, 2 ** 40), operator.floordiv(-7, 2), operator.not_([]), operator.contains([1], 1))],
      ["(operator.itemgetter(1), operator.attrgetter('real'))", () => tuple(operator.itemgetter(1), operator.attrgetter("real"))],
      ["(typing.cast(int, 'x'), typing.TypeVar('T'), typing.Optional[int], typing.List[int], typing.Dict[str, typing.Any], typing.TYPE_CHECKING)", () => tuple(typing.cast(int_, "x"), new typing.TypeVar("T"), typing.Optional.__getitem__(int_), typing.List.__getitem__(int_), typing.Dict.__getitem__(tuple(str_, typing.Any)), typing.TYPE_CHECKING)],
      ["time.sleep(-1)", () => time.sleep(-1)],
    ];
    expectLikePython(cases, "import operator, typing, time");
  });

  it("sleeps for real, and follows a pluggable clock", () => {
    const t0 = time.monotonic();
    time.sleep(0.05);
    const slept = time.monotonic() - t0;
    expect(slept).toBeGreaterThanOrEqual(0.049);
    expect(Math.abs(time.time() - Date.now() / 1000)).toBeLessThan(1);
    let now = 100;
    time.setClock({ now: () => now, sleep: (s) => (now += s) });
    try {
      const w0 = time.time();
      time.sleep(10);
      expect(time.monotonic()).toEqual(boxFloat(110));
      expect(time.time() - w0).toBeCloseTo(10, 6);
    } finally {
      time.setClock(null);
    }
  });
});
