// cases/return_value_stopiteration.py as the compiler emits it: return x travels as StopIteration.value / args; return None and bare return give no args
import { generator, next, print, repr, runProgram, StopIteration, tuple } from "../runtime.js";

runProgram({ file: "return_value_stopiteration.py" }, () => {
  const ret = generator("ret", function* (v: unknown): Generator<string, unknown, unknown> {
    yield "first";
    return v;
  });

  for (const v of [42, null, "text", tuple(1, 2), [3]] as unknown[]) {
    const g = ret(v);
    next(g);
    try {
      next(g);
    } catch (e) {
      if (!(e instanceof StopIteration)) throw e;
      print(repr(e.value), e.args);
    }
  }
});
