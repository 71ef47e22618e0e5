// cases/iter_callable_sentinel.py as the compiler emits it: iter(callable, sentinel): calls until the sentinel comes back
import { iter, next, print, runProgram, TypeError, typeName } from "../runtime.js";

runProgram({ file: "iter_callable_sentinel.py" }, () => {
  const data = [3, 1, 4, 0, 5];
  let pos = 0;
  function read(): number {
    pos += 1;
    return data[pos - 1]!;
  }

  const it = iter(read, 0);
  print(typeName(it));
  print([...it]);
  print(next(it, "done"), pos);
  try {
    iter(5 as unknown as () => number, 0);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    print(e);
  }
});
