// cases/throw_just_started.py as the compiler emits it: throw() into a just-started generator raises at its start: no code of the body runs
import { generator, next, print, runProgram, ValueError } from "../runtime.js";

runProgram({ file: "throw_just_started.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, void, unknown> {
    print("never printed");
    try {
      yield 1;
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      print("never caught");
    }
  }, { cleanup: true });

  const g = gen();
  try {
    g.throw(new ValueError("early"));
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("propagated:", e);
  }
  print(g.gi_frame == null);
  print(next(g, "exhausted"));
});
