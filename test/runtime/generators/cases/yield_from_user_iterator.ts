// cases/yield_from_user_iterator.py as the compiler emits it: yield from a class-based iterator: __next__, and send/throw/close when the class has them
import { AttributeError, delegate, generator, KeyError, next, print, type PyIterable, runProgram, StopIteration, typeName } from "../runtime.js";

runProgram({ file: "yield_from_user_iterator.py" }, () => {
  class Countdown {
    constructor(public n: number) {}
    __iter__(): this {
      return this;
    }
    __next__(): number {
      if (this.n === 0) {
        throw new StopIteration("countdown done");
      }
      this.n -= 1;
      return this.n;
    }
  }

  class Echo {
    last: unknown = null;
    __iter__(): this {
      return this;
    }
    __next__(): string {
      return "next";
    }
    send(v: string): string {
      if (v === "stop") {
        throw new StopIteration("echo stopped");
      }
      return "echo " + v;
    }
    throw(exc: unknown): string {
      print("Echo.throw got", typeName(exc));
      return "recovered";
    }
    close(): void {
      print("Echo.close called");
    }
  }

  const deleg = generator("deleg", function* (it: PyIterable<unknown>): Generator<unknown, void, unknown> {
    const r = yield* delegate(it);
    print("result:", r);
  }, { cleanup: true });

  print([...deleg(new Countdown(3))]);
  const g = deleg(new Echo());
  print(next(g), g.send("a"), g.throw(new KeyError("k")));
  try {
    g.send("stop");
  } catch (e) {
    if (!(e instanceof StopIteration)) throw e;
    print("finished");
  }
  const g2 = deleg(new Echo());
  next(g2);
  g2.close();
  const g3 = deleg(new Countdown(5));
  next(g3);
  try {
    g3.send(1);
  } catch (e) {
    if (!(e instanceof AttributeError)) throw e;
    print("AttributeError:", e);
  }
});
