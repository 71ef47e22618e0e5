// corpus/generators/stopiteration_value.py as the compiler emits it.
import {
  generator,
  iter,
  iterate,
  iterateTemporary,
  next,
  print,
  repr,
  runProgram,
  RuntimeError,
  StopIteration,
  str,
  typeName,
  type PyIterable,
} from "../runtime.js";

runProgram({ file: "stopiteration_value.py" }, () => {
  const parse_numbers = generator("parse_numbers", function* (tokens: PyIterable<string>): Generator<number, string, unknown> {
      let bad = 0;
      for (const tok of iterate(tokens)) {
        if (/^[0-9]+$/.test(tok)) {
          yield parseInt(tok, 10);
        } else {
          bad += 1;
        }
      }
      return `${str(bad)} bad tokens`;
    }
  );

  const gen = parse_numbers(["1", "x", "22", "y", "z", "333"]);
  while (true) {
    try {
      print("number:", next(gen));
    } catch (stop) {
      if (!(stop instanceof StopIteration)) throw stop;
      print("summary:", stop.value);
      print("args:", stop.args);
      break;
    }
  }

  const comp: number[] = [];
  for (const n of iterateTemporary(parse_numbers(["7", "q"]))) comp.push(n);
  print("for loop sees only yields:", comp);

  const empty_return = generator("empty_return", function* (): Generator<never, void, unknown> {
      return;
    }
  );

  try {
    next(empty_return());
  } catch (stop) {
    if (!(stop instanceof StopIteration)) throw stop;
    print("bare return value:", stop.value);
  }

  const leaky = generator("leaky", function* (it: Iterator<number>): Generator<number, void, unknown> {
      // PEP 479: a StopIteration escaping a generator body becomes RuntimeError
      while (true) {
        yield next(it);
      }
    }
  );

  const source = iter([1, 2]);
  const lk = leaky(source);
  print(next(lk), next(lk));
  try {
    next(lk);
  } catch (exc) {
    if (!(exc instanceof RuntimeError)) throw exc;
    print("RuntimeError:", exc);
    print("cause:", typeName(exc.__cause__));
  }

  const safe = generator("safe", function* (it: PyIterable<number>): Generator<number, string, unknown> {
      for (const x of iterate(it)) {
        yield x * 10;
      }
      return "clean end";
    }
  );

  print([...safe(iter([1, 2, 3]))]);
  const s = safe([]);
  try {
    next(s);
  } catch (stop) {
    if (!(stop instanceof StopIteration)) throw stop;
    print(repr(stop.value));
  }

  const err = new StopIteration("payload");
  print(err.value, err.args);
  print(new StopIteration().value);
});
