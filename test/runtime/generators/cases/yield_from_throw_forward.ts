// cases/yield_from_throw_forward.py as the compiler emits it: throw() into a delegating generator reaches the subgenerator; unhandled ones reach the delegator
import { delegate, generator, IndexError, KeyError, next, print, runProgram, ValueError } from "../runtime.js";

runProgram({ file: "yield_from_throw_forward.py" }, () => {
  const inner = generator("inner", function* (): Generator<string, void, unknown> {
    while (true) {
      try {
        yield "inner";
      } catch (e) {
        if (!(e instanceof KeyError)) throw e;
        print("inner handled KeyError");
      }
    }
  }, { cleanup: true });

  const outer = generator("outer", function* (): Generator<string, void, unknown> {
    try {
      yield* delegate(inner());
    } catch (e) {
      if (!(e instanceof ValueError)) throw e;
      print("outer handled ValueError", e);
      yield "outer after ValueError";
    }
  }, { cleanup: true });

  const g = outer();
  print(next(g));
  print(g.throw(KeyError));
  print(g.throw(new ValueError("v")));
  try {
    g.throw(IndexError);
  } catch (e) {
    if (!(e instanceof IndexError)) throw e;
    print("IndexError reached the caller");
  }
});
