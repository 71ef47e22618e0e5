// cases/genexpr_lazy.py as the compiler emits it: generator expressions: the first iterable is evaluated at once, the rest lazily
import { genexpr, next, print, range, runProgram, tuple, TypeError, typeName } from "../runtime.js";

runProgram({ file: "genexpr_lazy.py" }, () => {
  function source(): number[] {
    print("source evaluated");
    return [1, 2, 3];
  }

  function noisy(x: number): number {
    print("computing", x);
    return x * 10;
  }

  const g = genexpr(source(), function* (it) {
    for (const x of it) {
      if (x !== 2) yield noisy(x);
    }
  });
  print("genexpr created", typeName(g));
  print(next(g));
  print([...g]);
  try {
    genexpr(5 as unknown as number[], function* (it) {
      for (const x of it) yield x;
    });
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    print("eager TypeError:", e);
  }
  const pairs = [...genexpr(range(2), function* (it) {
    for (const a of it) for (const b of "xy") yield tuple<number | string>(a, b);
  })];
  print(pairs);
  let $sum = 0;
  for (const v of genexpr(range(4), function* (it) { for (const x of it) yield x * x; })) $sum += v;
  print($sum);
});
