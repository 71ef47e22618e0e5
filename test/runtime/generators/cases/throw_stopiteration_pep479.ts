// cases/throw_stopiteration_pep479.py as the compiler emits it: throwing StopIteration into a generator that does not catch it: PEP 479 RuntimeError
import { generator, next, print, repr, runProgram, RuntimeError, StopIteration, typeName } from "../runtime.js";

runProgram({ file: "throw_stopiteration_pep479.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, void, unknown> {
    yield 1;
    yield 2;
  });

  const g = gen();
  next(g);
  try {
    g.throw(new StopIteration("inner"));
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print(typeName(e), e, "| cause:", repr(e.__cause__));
  }
  print(next(g, "finished"));
});
