// cases/throw_instance_returns_next.py as the compiler emits it: throw(instance): handled inside, the next yielded value is throw's result
import { generator, next, print, repr, runProgram, ValueError } from "../runtime.js";

runProgram({ file: "throw_instance_returns_next.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, void, unknown> {
    let n = 0;
    while (true) {
      try {
        yield n;
      } catch (e) {
        if (!(e instanceof ValueError)) throw e;
        print("caught", repr(e));
        n += 10;
      }
      n += 1;
    }
  }, { cleanup: true });

  const g = gen();
  print(next(g));
  print(g.throw(new ValueError("boom")));
  print(next(g));
  print(g.throw(new ValueError()));
});
