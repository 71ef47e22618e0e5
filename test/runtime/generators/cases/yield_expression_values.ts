// cases/yield_expression_values.py as the compiler emits it: yield as an expression: next() sends None, send() values, yield inside expressions and calls
import { generator, next, print, runProgram } from "../runtime.js";

runProgram({ file: "yield_expression_values.py" }, () => {
  const gen = generator("gen", function* (): Generator<number | null, void, string | null> {
    const a = yield 1;
    print("a =", a);
    const b = (yield 2) || "default";
    print("b =", b);
    print("printed:", yield 3);
    const c = [yield 4, yield 5];
    print("c =", c);
    yield null;
  });

  const g = gen();
  print(next(g));
  print(g.send("A"));
  print(next(g));
  print(g.send("P"));
  print(g.send("x"));
  print(g.send("y"));
});
