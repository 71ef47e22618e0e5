// cases/yield_from_deep_chain.py as the compiler emits it: a deep yield from chain: values flow up, sends flow down, the leaf's return value flows back
import { delegate, generator, next, print, runProgram, StopIteration } from "../runtime.js";

runProgram({ file: "yield_from_deep_chain.py" }, () => {
  const leaf = generator("leaf", function* (): Generator<number, unknown[], unknown> {
    const got: unknown[] = [];
    while (got.length < 3) {
      got.push(yield got.length);
    }
    return got;
  });

  const chain = generator("chain", function* (depth: number): Generator<number, unknown[], unknown> {
    if (depth === 0) {
      return yield* delegate(leaf());
    }
    const r = yield* delegate(chain(depth - 1));
    return [...r, depth];
  }, { cleanup: true });

  const g = chain(30);
  print(next(g), g.send("a"), g.send("b"));
  try {
    g.send("c");
  } catch (e) {
    if (!(e instanceof StopIteration)) throw e;
    print((e.value as unknown[]).slice(0, 5), (e.value as unknown[]).length);
  }
});
