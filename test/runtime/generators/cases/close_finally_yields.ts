// cases/close_finally_yields.py as the compiler emits it: a finally block that yields during close(): RuntimeError, the generator remains suspended in the finally
import { generator, next, print, runProgram, RuntimeError } from "../runtime.js";

runProgram({ file: "close_finally_yields.py" }, () => {
  const gen = generator("gen", function* (): Generator<number | string, void, unknown> {
    try {
      yield 1;
    } finally {
      print("finally starts");
      yield "from finally";
      print("finally ends");
    }
  }, { cleanup: true });

  const g = gen();
  next(g);
  try {
    g.close();
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("RuntimeError:", e);
  }
  print(next(g, "done"));
});
