// cases/method_and_dunder_iter.py as the compiler emits it: generator methods, __iter__ written as a generator, and closures over enclosing variables
import { generator, iter, iterate, makeGenerator, next, print, PyGenerator, runProgram, str, typeName } from "../runtime.js";

runProgram({ file: "method_and_dunder_iter.py" }, () => {
  class Bag {
    items: string[];

    constructor(...items: string[]) {
      this.items = [...items];
    }

    pairs(sep: string): PyGenerator<string, void, unknown> {
      return makeGenerator(this.pairs$(sep), "Bag.pairs");
    }

    *pairs$(sep: string): Generator<string, void, unknown> {
      let i = 0;
      for (const x of this.items) {
        yield `${str(i)}${sep}${x}`;
        i += 1;
      }
    }

    __iter__(): PyGenerator<string, void, unknown> {
      return makeGenerator(this.__iter__$(), "Bag.__iter__");
    }

    *__iter__$(): Generator<string, void, unknown> {
      for (const x of this.items) {
        yield x.toUpperCase();
      }
    }
  }

  function make_counter(start: number): () => PyGenerator<number, void, unknown> {
    const step = 2;
    const count = generator("make_counter.<locals>.count", function* (): Generator<number, void, unknown> {
      let n = start;
      while (true) {
        yield n;
        n += step;
      }
    });
    return count;
  }

  const b = new Bag("a", "b");
  print([...b.pairs("=")]);
  const comp: string[] = [];
  for (const x of iterate(b)) comp.push(x);
  print([...iterate(b)], comp);
  const it = iter(b);
  print(typeName(it), next(it));
  const c = make_counter(5)();
  print(next(c), next(c), next(c));
});
