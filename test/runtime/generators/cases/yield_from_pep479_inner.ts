// cases/yield_from_pep479_inner.py as the compiler emits it: a StopIteration leaking from a subgenerator is already a RuntimeError when it reaches the delegator
import { delegate, generator, iter, next, print, runProgram, RuntimeError, StopIteration, typeName } from "../runtime.js";

runProgram({ file: "yield_from_pep479_inner.py" }, () => {
  const inner = generator("inner", function* (): Generator<number, void, unknown> {
    yield 1;
    next(iter<never>([]));
  });

  const outer = generator("outer", function* (): Generator<number | string, void, unknown> {
    try {
      yield* delegate(inner());
    } catch (e) {
      if (e instanceof StopIteration) {
        print("wrong: StopIteration seen");
      } else if (e instanceof RuntimeError) {
        print("delegator sees RuntimeError:", e);
      } else {
        throw e;
      }
    }
    yield "after";
  }, { cleanup: true });

  const plain_outer = generator("plain_outer", function* (): Generator<number, void, unknown> {
    yield* delegate(inner());
  }, { cleanup: true });

  print([...outer()]);
  try {
    [...plain_outer()];
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print("caller sees RuntimeError:", e, typeName(e.__cause__));
  }
});
