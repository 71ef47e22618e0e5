// cases/yield_from_close_inner_returns.py as the compiler emits it: PEP 380: a subgenerator that returns on GeneratorExit still leaves GeneratorExit raised in the delegator
import { delegate, generator, GeneratorExit, next, print, runProgram, RuntimeError } from "../runtime.js";

runProgram({ file: "yield_from_close_inner_returns.py" }, () => {
  const inner = generator("inner", function* (): Generator<number, string | undefined, unknown> {
    try {
      yield 1;
    } catch (e) {
      if (!(e instanceof GeneratorExit)) throw e;
      print("inner: closing quietly");
      return "inner value";
    }
  }, { cleanup: true });

  const outer = generator("outer", function* (): Generator<number | string, void, unknown> {
    const r = yield* delegate(inner());
    print("outer continued with", r);
    yield "outer yielded again";
  }, { cleanup: true });

  const stubborn_inner = generator("stubborn_inner", function* (): Generator<number | string, void, unknown> {
    try {
      yield 1;
    } catch (e) {
      if (!(e instanceof GeneratorExit)) throw e;
      yield "refuse";
    }
  }, { cleanup: true });

  const outer2 = generator("outer2", function* (): Generator<number | string, void, unknown> {
    try {
      yield* delegate(stubborn_inner());
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      print("outer2 sees", e);
      throw e;
    }
  }, { cleanup: true });

  const g = outer();
  next(g);
  g.close();
  print("outer closed", g.gi_frame == null);
  const h = outer2();
  next(h);
  try {
    h.close();
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("close raised", e);
  }
});
