// cases/already_executing.py as the compiler emits it: a generator resuming itself: ValueError "generator already executing" (next, send, throw, close, for)
import { generator, KeyError, next, print, runProgram, ValueError } from "../runtime.js";

runProgram({ file: "already_executing.py" }, () => {
  const gen = generator("gen", function* (): Generator<string, void, unknown> {
    for (const attempt of ["next", "send", "throw", "close"]) {
      try {
        if (attempt === "next") {
          next(me);
        } else if (attempt === "send") {
          me.send(null);
        } else if (attempt === "throw") {
          me.throw(KeyError);
        } else {
          me.close();
        }
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print(attempt, "->", e);
      }
    }
    try {
      for (const x of me) {
        void x;
      }
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      print("for ->", e);
    }
    yield "still fine";
  }, { cleanup: true });

  const me = gen();
  print(next(me));
});
