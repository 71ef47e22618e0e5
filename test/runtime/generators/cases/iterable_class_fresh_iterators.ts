// cases/iterable_class_fresh_iterators.py as the compiler emits it: an iterable whose __iter__ returns a fresh iterator each time; a generator __iter__ closed on break
import { iter, iterate, iterateTemporary, makeGenerator, print, PyGenerator, runProgram } from "../runtime.js";

runProgram({ file: "iterable_class_fresh_iterators.py" }, () => {
  class Deck {
    cards = ["A", "K", "Q"];
    __iter__() {
      return iter(this.cards);
    }
  }

  class Stream {
    __iter__(): PyGenerator<number, void, unknown> {
      return makeGenerator(this.__iter__$(), "Stream.__iter__", { cleanup: true });
    }
    *__iter__$(): Generator<number, void, unknown> {
      try {
        yield 1;
        yield 2;
      } finally {
        print("Stream iterator finalized");
      }
    }
  }

  const d = new Deck();
  print([...iterate(d)], [...iterate(d)]);
  for (const c of iterate(d)) {
    void c;
    break;
  }
  print([...iterate(d)]);
  for (const x of iterateTemporary(new Stream())) {
    print("got", x);
    break;
  }
  print("after loop");
});
