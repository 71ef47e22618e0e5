// cases/exit_closes_suspended.py as the compiler emits it: generators left suspended inside try/finally are closed at interpreter exit, in creation order
import { generator, next, print, runProgram } from "../runtime.js";

runProgram({ file: "exit_closes_suspended.py" }, () => {
  const gen = generator("gen", function* (tag: string): Generator<number, void, unknown> {
    try {
      yield 1;
      yield 2;
    } finally {
      print("finally", tag);
    }
  }, { cleanup: true });

  const not_started = generator("not_started", function* (tag: string): Generator<number, void, unknown> {
    try {
      yield 1;
    } finally {
      print("never", tag);
    }
  }, { cleanup: true });

  const a = gen("a");
  next(a);
  const b = gen("b");
  next(b);
  const c = not_started("c");
  const d = gen("d");
  [...d];
  void c;
  print("end of program");
});
