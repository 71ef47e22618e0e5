// cases/send_non_none_just_started.py as the compiler emits it: send(non-None) to a just-started generator: TypeError, and the generator stays unstarted
import { generator, print, runProgram, TypeError, typeName } from "../runtime.js";

runProgram({ file: "send_non_none_just_started.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, void, string | null> {
    print("body started");
    const x = yield 1;
    print("got", x);
    yield 2;
  });

  const g = gen();
  try {
    g.send(5 as unknown as string);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    print(typeName(e), e);
  }
  print(g.gi_suspended, g.gi_frame == null);
  print(g.send(null));
  print(g.send("v"));
});
