// cases/exit_after_uncaught_error.py as the compiler emits it: an uncaught exception: the traceback, then suspended generators are closed (finally runs), status 1
import { generator, next, print, runProgram, ValueError } from "../runtime.js";

runProgram({ file: "exit_after_uncaught_error.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, void, unknown> {
    try {
      yield 1;
    } finally {
      print("gen finally at shutdown");
    }
  }, { cleanup: true });

  const g = gen();
  next(g);
  print("about to fail");
  throw new ValueError("boom");
});
