// cases/close_ignored_generatorexit.py as the compiler emits it: a generator that yields after GeneratorExit: RuntimeError, and it stays suspended there
import { generator, GeneratorExit, next, print, runProgram, RuntimeError } from "../runtime.js";

runProgram({ file: "close_ignored_generatorexit.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, void, unknown> {
    try {
      yield 1;
    } catch (e) {
      if (!(e instanceof GeneratorExit)) throw e;
      print("ignoring");
    }
    yield 2;
    print("resumed after the failed close");
    yield 3;
  }, { cleanup: true });

  const g = gen();
  next(g);
  try {
    g.close();
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("RuntimeError:", e);
  }
  print(g.gi_suspended);
  print(next(g));
  g.close();
});
