// cases/user_iterator_protocol.py as the compiler emits it: a class-based iterator (__iter__/__next__ raising StopIteration) in for, list(), next() and unpacking
import { iterate, next, print, runProgram, StopIteration } from "../runtime.js";

runProgram({ file: "user_iterator_protocol.py" }, () => {
  class Squares {
    i = 0;
    constructor(public n: number) {}
    __iter__(): this {
      return this;
    }
    __next__(): number {
      if (this.i >= this.n) {
        throw new StopIteration();
      }
      this.i += 1;
      return this.i * this.i;
    }
  }

  for (const x of iterate(new Squares(3))) {
    print("for", x);
  }
  print([...iterate(new Squares(4))]);
  const s = new Squares(5);
  print(next(s), next(s));
  for (const x of iterate(s)) {
    if (x > 10) {
      break;
    }
  }
  print("rest", [...iterate(s)]);
  print(next(s, "empty"));
  const [a, b] = iterate(new Squares(2));
  print(a, b);
});
