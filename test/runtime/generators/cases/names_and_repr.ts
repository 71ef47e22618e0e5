// cases/names_and_repr.py as the compiler emits it: __name__, __qualname__ and repr of generators from functions, nested functions, methods, genexps
import { generator, genexpr, makeGenerator, print, PyGenerator, repr, runProgram } from "../runtime.js";

runProgram({ file: "names_and_repr.py" }, () => {
  const top = generator("top", function* (): Generator<number, void, unknown> {
    yield 1;
  });

  function outer(): PyGenerator<number, void, unknown> {
    const inner = generator("outer.<locals>.inner", function* (): Generator<number, void, unknown> {
      yield 2;
    });
    return inner();
  }

  class Bag {
    items(): PyGenerator<number, void, unknown> {
      return makeGenerator(this.items$(), "Bag.items");
    }

    *items$(): Generator<number, void, unknown> {
      yield 3;
    }
  }

  for (const g of [top(), outer(), new Bag().items(), genexpr([] as number[], function* (it) { for (const x of it) yield x; })]) {
    const r = repr(g);
    print(g.__name__, g.__qualname__, r.startsWith("<generator object " + g.__qualname__ + " at 0x"), r.endsWith(">"));
  }
});
