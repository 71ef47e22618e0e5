// corpus/generators/basics_next_default.py as the compiler emits it.
import { generator, iter, iterate, next, print, runProgram, StopIteration, str, typeName } from "../runtime.js";

runProgram({ file: "basics_next_default.py" }, () => {
  const countdown = generator("countdown", function* (n: number): Generator<number, void, unknown> {
      print(`countdown(${str(n)}) starting`);
      while (n > 0) {
        yield n;
        n -= 1;
      }
      print("countdown finished");
    }
  );

  const gen = countdown(3);
  print("generator created, nothing printed yet");
  print(typeName(gen));
  print(iter(gen) === gen);
  print(next(gen));
  print(next(gen));
  print(next(gen));
  print(next(gen, "done"));
  print(next(gen, "still done"));

  try {
    next(gen);
  } catch (exc) {
    if (!(exc instanceof StopIteration)) throw exc;
    print("StopIteration raised, args =", exc.args);
  }

  print([...countdown(4)]);
  let sum = 0;
  for (const x of countdown(5)) sum += x;
  print(sum);

  const letters = generator("letters", function* (word: string): Generator<string, void, unknown> {
      for (const ch of word) {
        if (ch === " ") {
          return;
        }
        yield ch.toUpperCase();
      }
    }
  );

  print([...letters("hello world")].join(""));
  print([...letters("")]);
  const g = letters("ab");
  const picked: (string | null)[] = [];
  for (let _ = 0; _ < 4; _++) picked.push(next(g, null));
  print(picked);

  // a generator function with no yield executed still makes a generator
  const maybe = generator("maybe", function* (flag: boolean): Generator<string, void, unknown> {
      if (flag) {
        yield "yes";
      }
    }
  );

  print([...iterate(maybe(true))], [...iterate(maybe(false))]);
});
