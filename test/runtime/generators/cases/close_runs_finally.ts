// cases/close_runs_finally.py as the compiler emits it: close() throws GeneratorExit in: except GeneratorExit and finally run, gi_frame becomes None
import { BaseException, Exception, generator, GeneratorExit, next, print, repr, runProgram } from "../runtime.js";

runProgram({ file: "close_runs_finally.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, void, unknown> {
    try {
      yield 1;
      yield 2;
    } catch (e) {
      if (!(e instanceof GeneratorExit)) throw e;
      print("GeneratorExit", repr(e), e instanceof BaseException && !(e instanceof Exception) ? "BaseException" : "?");
      throw e;
    } finally {
      print("finally");
    }
    print("never");
  }, { cleanup: true });

  const g = gen();
  next(g);
  print(g.gi_frame == null);
  print(g.close());
  print(g.gi_frame == null, g.gi_suspended);
  print(g.close());
  print(next(g, "closed"));
});
