// cases/close_never_started.py as the compiler emits it: close() on a never-started generator runs nothing and finishes it
import { generator, print, runProgram } from "../runtime.js";

runProgram({ file: "close_never_started.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, void, unknown> {
    try {
      print("body");
      yield 1;
    } finally {
      print("finally");
    }
  }, { cleanup: true });

  const g = gen();
  g.close();
  print("closed", g.gi_frame == null);
  print([...g]);
});
