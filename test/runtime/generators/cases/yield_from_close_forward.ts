// cases/yield_from_close_forward.py as the compiler emits it: close() of a delegating generator closes the subgenerator first, then GeneratorExit in the delegator
import { delegate, generator, GeneratorExit, next, print, runProgram } from "../runtime.js";

runProgram({ file: "yield_from_close_forward.py" }, () => {
  const inner = generator("inner", function* (): Generator<number, void, unknown> {
    try {
      yield 1;
      yield 2;
    } finally {
      print("inner finally");
    }
  }, { cleanup: true });

  const outer = generator("outer", function* (): Generator<number, void, unknown> {
    try {
      yield* delegate(inner());
    } catch (e) {
      if (!(e instanceof GeneratorExit)) throw e;
      print("outer got GeneratorExit");
      throw e;
    } finally {
      print("outer finally");
    }
  }, { cleanup: true });

  const g = outer();
  next(g);
  g.close();
  print("closed", g.gi_frame == null);
});
