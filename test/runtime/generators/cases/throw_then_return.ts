// cases/throw_then_return.py as the compiler emits it: a generator that handles a thrown exception and returns: throw() raises StopIteration(value)
import { generator, next, print, runProgram, StopIteration, ValueError } from "../runtime.js";

runProgram({ file: "throw_then_return.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, string | undefined, unknown> {
    try {
      yield 1;
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      return "handled";
    }
  }, { cleanup: true });

  const g = gen();
  next(g);
  try {
    g.throw(ValueError);
  } catch (e) {
    if (!(e instanceof StopIteration)) throw e;
    print("StopIteration", e.value);
  }
});
