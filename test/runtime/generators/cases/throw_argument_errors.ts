// cases/throw_argument_errors.py as the compiler emits it: throw() argument errors, with CPython's messages; the generator is not disturbed
import { generator, int_, next, print, runProgram, TypeError, ValueError } from "../runtime.js";

runProgram({ file: "throw_argument_errors.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, void, unknown> {
    yield 1;
    yield 2;
  });

  const g = gen();
  print(next(g));
  for (const args of [["x"], [int_], [3], [new ValueError("a"), 1], [ValueError, "v", "tb"]] as unknown[][]) {
    try {
      g.throw(...(args as [unknown, unknown?, unknown?]));
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      print("TypeError:", e);
    }
  }
  print(next(g));
});
