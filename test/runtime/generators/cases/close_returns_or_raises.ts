// cases/close_returns_or_raises.py as the compiler emits it: close(): a generator returning on GeneratorExit closes quietly; one raising another error propagates it
import { generator, GeneratorExit, next, print, runProgram, typeName, ValueError } from "../runtime.js";

runProgram({ file: "close_returns_or_raises.py" }, () => {
  const returns = generator("returns", function* (): Generator<number, string | undefined, unknown> {
    try {
      yield 1;
    } catch (e) {
      if (!(e instanceof GeneratorExit)) throw e;
      print("returning");
      return "ignored value";
    }
  }, { cleanup: true });

  const raises = generator("raises", function* (): Generator<number, void, unknown> {
    try {
      yield 1;
    } catch (e) {
      if (!(e instanceof GeneratorExit)) throw e;
      const $err = new ValueError("from close");
      $err.__context__ = e;
      throw $err;
    }
  }, { cleanup: true });

  const g = returns();
  next(g);
  print(g.close());
  const h = raises();
  next(h);
  try {
    h.close();
  } catch (e) {
    if (!(e instanceof ValueError)) throw e;
    print("ValueError:", e, "| context:", typeName(e.__context__));
  }
  print(h.gi_frame == null);
});
