// cases/throw_generatorexit_explicitly.py as the compiler emits it: throw(GeneratorExit) is a plain throw: a generator that yields in response returns that value
import { generator, GeneratorExit, next, print, runProgram } from "../runtime.js";

runProgram({ file: "throw_generatorexit_explicitly.py" }, () => {
  const gen = generator("gen", function* (): Generator<string, void, unknown> {
    while (true) {
      try {
        yield "running";
      } catch (e) {
        if (!(e instanceof GeneratorExit)) throw e;
        yield "survived GeneratorExit";
      }
    }
  }, { cleanup: true });

  const g = gen();
  print(next(g));
  print(g.throw(GeneratorExit));
  print(next(g));
  const plain = generator("plain", function* (): Generator<number, void, unknown> {
    yield 1;
  });
  const p = plain();
  next(p);
  try {
    p.throw(new GeneratorExit("bye"));
  } catch (e) {
    if (!(e instanceof GeneratorExit)) throw e;
    print("GeneratorExit propagated", e.args);
  }
  print(p.gi_frame == null);
});
