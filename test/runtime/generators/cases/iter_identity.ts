// cases/iter_identity.py as the compiler emits it: iter(g) is g for generators and iterators; a fresh iterator for lists
import { generator, iter, print, runProgram, tuple, typeName } from "../runtime.js";

runProgram({ file: "iter_identity.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, void, unknown> {
    yield 1;
  });

  const g = gen();
  print(iter(g) === g, iter(iter(g)) === g, g.__iter__() === g);
  const xs = [1, 2];
  const it = iter(xs);
  print(iter(it) === it, iter(xs) === iter(xs), typeName(it));
  print(typeName(iter("ab")), typeName(iter("é")), typeName(iter(tuple(1))));
});
