// cases/next_not_an_iterator.py as the compiler emits it: next() on iterables that are not iterators
import { next, print, type PyIteratorLike, runProgram, tuple, TypeError } from "../runtime.js";

runProgram({ file: "next_not_an_iterator.py" }, () => {
  for (const obj of [[1, 2], "ab", tuple(1), 5, null] as unknown[]) {
    try {
      next(obj as PyIteratorLike<unknown>);
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
      print(e);
    }
  }
});
