// corpus/generators/throw_close.py as the compiler emits it.
import { GeneratorExit, generator, IndexError, KeyError, next, print, runProgram, RuntimeError, str, ValueError } from "../runtime.js";

runProgram({ file: "throw_close.py" }, () => {
  const worker = generator("worker", function* (name: string): Generator<null, void, unknown> {
      print(`${name}: start`);
      try {
        while (true) {
          try {
            const job = yield null;
            print(`${name}: processing ${str(job)}`);
          } catch (exc) {
            if (!(exc instanceof ValueError)) throw exc;
            print(`${name}: recovered from ValueError(${str(exc)})`);
          }
        }
      } catch (exc) {
        if (!(exc instanceof GeneratorExit)) throw exc;
        print(`${name}: GeneratorExit received`);
        throw exc;
      } finally {
        print(`${name}: cleanup in finally`);
      }
    }, { cleanup: true }
  );

  const w = worker("w1");
  next(w);
  w.send("job-1");
  w.throw(new ValueError("bad input"));
  w.send("job-2");
  w.close();
  w.close(); // closing twice is harmless
  print("w1 closed");

  // throw an exception the generator does not handle: it propagates to the caller
  const w2 = worker("w2");
  next(w2);
  try {
    w2.throw(new KeyError("missing"));
  } catch (exc) {
    if (!(exc instanceof KeyError)) throw exc;
    print("caller caught KeyError", exc);
  }
  print(next(w2, "w2 is finished"));

  // closing a generator that was never started runs nothing at all
  const w3 = worker("w3");
  w3.close();
  print("w3 closed without running");

  const stubborn = generator("stubborn", function* (): Generator<number, void, unknown> {
      try {
        yield 1;
      } catch (exc) {
        if (!(exc instanceof GeneratorExit)) throw exc;
        print("stubborn: ignoring GeneratorExit");
        yield 2;
      }
    }, { cleanup: true }
  );

  const s = stubborn();
  print(next(s));
  try {
    s.close();
  } catch (exc) {
    if (!(exc instanceof RuntimeError)) throw exc;
    print("RuntimeError:", exc);
  }

  const value_on_throw = generator("value_on_throw", function* (): Generator<string, void, unknown> {
      while (true) {
        try {
          yield "normal";
        } catch (exc) {
          if (!(exc instanceof IndexError)) throw exc;
          yield "handled IndexError";
        }
      }
    }, { cleanup: true }
  );

  const v = value_on_throw();
  print(next(v));
  print(v.throw(IndexError));
  print(next(v));
});
