// cases/pep479_raise_in_body.py as the compiler emits it: raise StopIteration in a generator body, caught by the body itself vs escaping
import { generator, print, runProgram, RuntimeError, StopIteration, str } from "../runtime.js";

runProgram({ file: "pep479_raise_in_body.py" }, () => {
  const caught = generator("caught", function* (): Generator<string, void, unknown> {
    try {
      throw new StopIteration("inside");
    } catch (e) {
      if (!(e instanceof StopIteration)) throw e;
      yield "caught " + str(e);
    }
  }, { cleanup: true });

  const escaping = generator("escaping", function* (): Generator<number, void, unknown> {
    yield 1;
    throw new StopIteration(99);
  });

  print([...caught()]);
  try {
    print([...escaping()]);
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("RuntimeError:", e, (e.__cause__ as StopIteration).value);
  }
});
