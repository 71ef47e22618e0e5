// cases/throw_into_finished.py as the compiler emits it: throw() into a finished generator raises the exception in the caller
import { generator, KeyError, print, runProgram, StopIteration } from "../runtime.js";

runProgram({ file: "throw_into_finished.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, void, unknown> {
    yield 1;
  });

  const g = gen();
  [...g];
  try {
    g.throw(new KeyError("k"));
  } catch (e) {
    if (!(e instanceof KeyError)) throw e;
    print("KeyError", e);
  }
  try {
    g.throw(StopIteration);
  } catch (e) {
    if (!(e instanceof StopIteration)) throw e;
    print("StopIteration passes through a finished generator");
  }
});
