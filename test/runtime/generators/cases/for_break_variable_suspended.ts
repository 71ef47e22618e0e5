// cases/for_break_variable_suspended.py as the compiler emits it: for over a generator held in a variable: break leaves it suspended, a later loop continues it
import { generator, next, print, runProgram } from "../runtime.js";

runProgram({ file: "for_break_variable_suspended.py" }, () => {
  const numbers = generator("numbers", function* (): Generator<number, void, unknown> {
    try {
      for (let i = 0; i < 6; i++) {
        yield i;
      }
    } finally {
      print("numbers finally");
    }
  }, { cleanup: true });

  const g = numbers();
  for (const x of g) {
    print("first loop", x);
    if (x === 1) {
      break;
    }
  }
  print("between loops", g.gi_suspended);
  for (const x of g) {
    print("second loop", x);
    if (x === 3) {
      break;
    }
  }
  print(next(g));
  print([...g]);
});
