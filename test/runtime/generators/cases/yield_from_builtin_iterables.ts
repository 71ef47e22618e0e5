// cases/yield_from_builtin_iterables.py as the compiler emits it: yield from lists, tuples, strings (by code point), ranges and dicts; send() to them is an AttributeError
import { AttributeError, delegate, generator, next, print, PyDict, range, runProgram, tuple } from "../runtime.js";

runProgram({ file: "yield_from_builtin_iterables.py" }, () => {
  const gen = generator("gen", function* (): Generator<number | string, void, unknown> {
    yield* delegate([1, 2]);
    yield* delegate(tuple("t"));
    yield* delegate("é🙂");
    yield* delegate(range(10, 4, -3));
    yield* delegate(PyDict.fromEntries<string, number>([tuple<string | number>("k1", 1), tuple<string | number>("k2", 2)]));
    const r = yield* delegate([]);
    print("yield from a list gives", r);
  }, { cleanup: true });

  print([...gen()]);

  const lst = generator("lst", function* (): Generator<number, void, unknown> {
    yield* delegate([1, 2, 3]);
  }, { cleanup: true });

  const g = lst();
  print(next(g));
  try {
    g.send("x");
  } catch (e) {
    if (!(e instanceof AttributeError)) throw e;
    print("AttributeError:", e);
  }
  print(next(g, "finished"));
  const strs = generator("strs", function* (): Generator<string, void, unknown> {
    yield* delegate("abc");
  }, { cleanup: true });
  const s = strs();
  next(s);
  try {
    s.send(1);
  } catch (e) {
    if (!(e instanceof AttributeError)) throw e;
    print("AttributeError:", e);
  }
});
