// cases/iter_not_iterable.py as the compiler emits it: iter() of non-iterables, and a class whose __iter__ returns a non-iterator
import { iter, iterate, print, type PyIterable, runProgram, TypeError } from "../runtime.js";

runProgram({ file: "iter_not_iterable.py" }, () => {
  class Bad {
    __iter__(): unknown {
      return 42;
    }
  }

  for (const obj of [5, 2.5, null, true, new Bad()] as unknown[]) {
    try {
      iter(obj as PyIterable<unknown>);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      print(e);
    }
  }
  try {
    for (const x of iterate(new Bad() as unknown as PyIterable<unknown>)) {
      void x;
    }
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    print("for:", e);
  }
});
