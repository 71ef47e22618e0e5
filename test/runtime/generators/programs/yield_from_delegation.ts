// corpus/generators/yield_from_delegation.py as the compiler emits it.
import { delegate, generator, next, print, range, repr, runProgram, StopIteration, str, tuple, ValueError, type PyTuple } from "../runtime.js";

runProgram({ file: "yield_from_delegation.py" }, () => {
  const accumulator = generator("accumulator", function* (label: string): Generator<null, number, number | null> {
      let total = 0;
      while (true) {
        let value: number | null;
        try {
          value = yield null;
        } catch (exc) {
          if (!(exc instanceof ValueError)) throw exc;
          print(`  ${label}: ValueError thrown in, resetting`);
          total = 0;
          continue;
        }
        if (value == null) {
          return total;
        }
        print(`  ${label}: +${str(value)}`);
        total += value;
      }
    }, { cleanup: true }
  );

  const supervisor = generator("supervisor", function* (results: PyTuple<string | number>[]): Generator<string | null, void, string | number | null> {
      while (true) {
        const label = (yield "ready") as string | null;
        if (label == null) {
          break;
        }
        const total = yield* delegate(accumulator(label));
        print(`  ${label} returned ${str(total)}`);
        results.push(tuple<string | number>(label, total));
      }
    }, { cleanup: true }
  );

  const results: PyTuple<string | number>[] = [];
  const sup = supervisor(results);
  print(next(sup));
  print(sup.send("apples"));
  sup.send(3);
  sup.send(4);
  print(sup.send(null));
  print(sup.send("pears"));
  sup.send(10);
  sup.throw(ValueError);
  sup.send(1);
  sup.send(2);
  print(sup.send(null));
  try {
    sup.send(null);
  } catch (exc) {
    if (!(exc instanceof StopIteration)) throw exc;
    print("supervisor finished");
  }
  print(results);

  const inner = generator("inner", function* (): Generator<number, string, unknown> {
      yield 1;
      yield 2;
      return "inner-result";
    }
  );

  const outer = generator("outer", function* (): Generator<number, string, unknown> {
      const result = yield* delegate(inner());
      print("outer got", repr(result));
      yield* delegate([10, 20]);
      yield* delegate(range(3));
      return result.toUpperCase();
    }, { cleanup: true }
  );

  const o = outer();
  print([...o]);
  try {
    next(o);
  } catch (exc) {
    if (!(exc instanceof StopIteration)) throw exc;
    print("value after exhaustion:", exc.value);
  }
});
