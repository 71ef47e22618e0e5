// corpus/seed/generator_send.py as the compiler emits it.
import { generator, next, print, runProgram } from "../runtime.js";

runProgram({ file: "generator_send.py" }, () => {
  const foo = generator("foo", function* (): Generator<number, void, string | null> {
      print("foo start");
      const a = yield 1;
      print("foo a", a);
      yield 2;
      yield 3;
      print("foo end");
    }
  );

  const gen = foo();
  print(next(gen));
  print(gen.send("a"));
  print(next(gen));
  print(next(foo()));
  print(next(foo()));

  [...foo()];
});
