// cases/yield_from_send_forward.py as the compiler emits it: yield from forwards send() to the subgenerator and gives its return value
import { delegate, generator, next, print, runProgram, StopIteration } from "../runtime.js";

runProgram({ file: "yield_from_send_forward.py" }, () => {
  const inner = generator("inner", function* (): Generator<number, number, number | null> {
    let total = 0;
    while (true) {
      const x = yield total;
      if (x == null) {
        return total;
      }
      total += x;
    }
  });

  const outer = generator("outer", function* (): Generator<number, number, number | null> {
    const r = yield* delegate(inner());
    print("inner returned", r);
    const r2 = yield* delegate(inner());
    return r + r2;
  }, { cleanup: true });

  const g = outer();
  print(next(g), g.send(1), g.send(2), g.send(null));
  print(g.send(10));
  try {
    g.send(null);
  } catch (e) {
    if (!(e instanceof StopIteration)) throw e;
    print("outer returned", e.value);
  }
});
