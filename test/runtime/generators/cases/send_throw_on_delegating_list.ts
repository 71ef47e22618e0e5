// cases/send_throw_on_delegating_list.py as the compiler emits it: throw() into a generator delegating to a list: raised at the yield from (lists have no throw)
import { delegate, generator, KeyError, next, print, runProgram } from "../runtime.js";

runProgram({ file: "send_throw_on_delegating_list.py" }, () => {
  const gen = generator("gen", function* (): Generator<number | string, void, unknown> {
    try {
      yield* delegate([1, 2, 3]);
    } catch (e) {
      if (!(e instanceof KeyError)) throw e;
      print("delegator caught KeyError");
      yield "after";
    }
  }, { cleanup: true });

  const g = gen();
  print(next(g));
  print(g.throw(KeyError));
  print(next(g, "end"));
  const gen2 = generator("gen2", function* (): Generator<number | string, void, unknown> {
    yield* delegate([1, 2]);
    yield "unreached";
  }, { cleanup: true });
  const h = gen2();
  next(h);
  h.close();
  print(next(h, "closed"));
});
