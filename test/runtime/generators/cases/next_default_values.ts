// cases/next_default_values.py as the compiler emits it: next(it, default) returns the default only on exhaustion; works on list iterators too
import { generator, iter, next, print, runProgram } from "../runtime.js";

runProgram({ file: "next_default_values.py" }, () => {
  const two = generator("two", function* (): Generator<number | null, void, unknown> {
    yield null;
    yield 0;
  });

  const g = two();
  print(next(g, "d"), next(g, "d"), next(g, "d"), next(g, null));
  const it = iter([1, 2]);
  print(next(it, -1), next(it, -1), next(it, -1));
});
