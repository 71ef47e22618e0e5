// cases/generator_state_attributes.py as the compiler emits it: gi_frame / gi_suspended / gi_running through the life of a generator
import { generator, next, print, runProgram } from "../runtime.js";

runProgram({ file: "generator_state_attributes.py" }, () => {
  const gen = generator("gen", function* (): Generator<number, void, unknown> {
    yield 1;
  });

  const g = gen();
  print(g.gi_frame != null, g.gi_suspended, g.gi_running);
  next(g);
  print(g.gi_frame != null, g.gi_suspended, g.gi_running);
  next(g, null);
  print(g.gi_frame == null, g.gi_suspended, g.gi_running);
});
