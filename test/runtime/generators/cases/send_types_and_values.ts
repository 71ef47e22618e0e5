// cases/send_types_and_values.py as the compiler emits it: values sent in come out unchanged (objects by identity); next() is send(None)
import { generator, next, print, PyDict, runProgram, StopIteration, tuple } from "../runtime.js";

runProgram({ file: "send_types_and_values.py" }, () => {
  const keeper = generator("keeper", function* (): Generator<number, unknown[], unknown> {
    const seen: unknown[] = [];
    while (true) {
      const v = yield seen.length;
      seen.push(v);
      if (seen.length === 4) {
        return seen;
      }
    }
  });

  const obj = PyDict.fromEntries<string, number>([tuple<string | number>("k", 1)]);
  const g = keeper();
  next(g);
  g.send(obj);
  g.send(tuple<number | string>(1, "a"));
  next(g);
  try {
    g.send(0.5);
  } catch (e) {
    if (!(e instanceof StopIteration)) throw e;
    print(e.value, (e.value as unknown[])[0] === obj);
  }
});
