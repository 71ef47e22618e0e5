// cases/for_break_temporary_closes.py as the compiler emits it: for over a temporary generator: break, return and exceptions close it at once (finally runs)
import { generator, iterateTemporary, KeyError, print, runProgram } from "../runtime.js";

runProgram({ file: "for_break_temporary_closes.py" }, () => {
  const numbers = generator("numbers", function* (tag: string): Generator<number, void, unknown> {
    try {
      for (let i = 0; i < 5; i++) {
        yield i;
      }
    } finally {
      print(tag, "finally");
    }
  }, { cleanup: true });

  for (const x of iterateTemporary(numbers("break"))) {
    if (x === 1) {
      break;
    }
  }
  print("after break loop");

  function first_over(n: number): number | null {
    for (const x of iterateTemporary(numbers("return"))) {
      if (x > n) {
        return x;
      }
    }
    return null;
  }

  print("first_over", first_over(2));
  try {
    for (const x of iterateTemporary(numbers("raise"))) {
      if (x === 2) {
        throw new KeyError(x);
      }
    }
  } catch (e) {
    if (!(e instanceof KeyError)) throw e;
    print("caught", e);
  }
});
