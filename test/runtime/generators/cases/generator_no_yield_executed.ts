// cases/generator_no_yield_executed.py as the compiler emits it: a generator whose yields never run, and a lambda containing yield
import { generator, next, print, runProgram, StopIteration, typeName } from "../runtime.js";

runProgram({ file: "generator_no_yield_executed.py" }, () => {
  const maybe = generator("maybe", function* (flag: boolean): Generator<string, void, unknown> {
    if (flag) {
      yield "yes";
    }
    print("body ran, flag =", flag);
  });

  const g = maybe(false);
  print(typeName(g));
  print([...g]);
  print([...maybe(true)]);
  const f = generator("<lambda>", function* (): Generator<number, unknown, unknown> {
    return yield 5;
  });
  const lg = f();
  print(lg.__name__, next(lg));
  try {
    lg.send("sent");
  } catch (e) {
    if (!(e instanceof StopIteration)) throw e;
    print("lambda generator returned", e.value);
  }
});
