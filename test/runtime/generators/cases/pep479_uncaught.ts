// cases/pep479_uncaught.py as the compiler emits it: an uncaught PEP 479 RuntimeError ends the program with a traceback and status 1
import { generator, iter, iterateTemporary, next, print, runProgram } from "../runtime.js";

runProgram({ file: "pep479_uncaught.py" }, () => {
  const gen = generator("gen", function* (): Generator<never, void, unknown> {
    yield next(iter<never>([]));
  });

  print("before");
  for (const x of iterateTemporary(gen())) {
    print(x);
  }
  print("never");
});
