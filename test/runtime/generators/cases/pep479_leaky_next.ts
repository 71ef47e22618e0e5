// cases/pep479_leaky_next.py as the compiler emits it: PEP 479: StopIteration from next() inside the body becomes RuntimeError with __cause__/__context__
import { generator, iter, iterate, next, print, type PyIterable, type PyIteratorLike, runProgram, RuntimeError, typeName } from "../runtime.js";

runProgram({ file: "pep479_leaky_next.py" }, () => {
  const firsts = generator("firsts", function* (its: PyIterable<PyIteratorLike<number>>): Generator<number, void, unknown> {
    for (const it of iterate(its)) {
      yield next(it);
    }
  });

  const g = firsts([iter([1]), iter<number>([])]);
  print(next(g));
  try {
    next(g);
  } catch (e) {
    if (!(e instanceof RuntimeError)) throw e;
    print(e);
    print(typeName(e.__cause__), e.__cause__ === e.__context__, e.__suppress_context__);
  }
  print(next(g, "finished"));
});
