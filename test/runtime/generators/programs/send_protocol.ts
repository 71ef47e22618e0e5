// corpus/generators/send_protocol.py as the compiler emits it.
import { FLOAT, generator, next, optional, print, runProgram, StopIteration, str, TypeError } from "../runtime.js";

const $optFloat = optional(FLOAT);

runProgram({ file: "send_protocol.py" }, () => {
  const running_average = generator("running_average", function* (): Generator<number | null, void, number | null> {
      let total = 0.0;
      let count = 0;
      let average: number | null = null;
      while (true) {
        const value = yield average;
        if (value == null) {
          print("  (got None, skipping)");
          continue;
        }
        total += value;
        count += 1;
        average = total / count;
      }
    }
  );

  const avg = running_average();
  try {
    avg.send(10);
  } catch (exc) {
    if (!(exc instanceof TypeError)) throw exc;
    print("TypeError:", exc);
  }

  print("prime:", str(avg.send(null), $optFloat));
  for (const v of [10, 20, 30, 5]) {
    print(`send(${str(v)}) ->`, str(avg.send(v), $optFloat));
  }
  print("next() sends None ->", str(next(avg), $optFloat));

  // the generator is still unstarted after the failed send, so it can be primed normally
  const fresh = running_average();
  try {
    fresh.send("x" as unknown as number);
  } catch (exc) {
    if (!(exc instanceof TypeError)) throw exc;
    print("first send failed");
  }
  print(str(next(fresh), $optFloat));
  print(str(fresh.send(4), $optFloat));

  const echo = generator("echo", function* (): Generator<number, void, unknown> {
      const received: unknown[] = [];
      try {
        while (true) {
          const item = yield received.length;
          received.push(item);
        }
      } finally {
        print("echo finally, received:", received);
      }
    }, { cleanup: true }
  );

  const e = echo();
  print(next(e));
  print(e.send("a"));
  print(e.send(null));
  print(e.send([1, 2]));
  e.close();
  print("after close");
  try {
    e.send("late");
  } catch (exc) {
    if (!(exc instanceof StopIteration)) throw exc;
    print("send after close raises StopIteration");
  }
});
