// cases/next_exhausted_stopiteration.py as the compiler emits it: next() on an exhausted generator raises StopIteration() every time
import { generator, next, print, repr, runProgram, StopIteration, str } from "../runtime.js";

runProgram({ file: "next_exhausted_stopiteration.py" }, () => {
  const one = generator("one", function* (): Generator<number, void, unknown> {
    yield 1;
  });

  const g = one();
  print(next(g));
  for (let _ = 0; _ < 3; _++) {
    try {
      next(g);
    } catch (e) {
      if (!(e instanceof StopIteration)) throw e;
      print("StopIteration", e.args, e.value, repr(str(e)));
    }
  }
  try {
    g.send(null);
  } catch (e) {
    if (!(e instanceof StopIteration)) throw e;
    print("send on exhausted: StopIteration");
  }
  print(g.gi_frame == null, g.gi_suspended, g.gi_running);
});
