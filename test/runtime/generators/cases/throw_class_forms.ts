// cases/throw_class_forms.py as the compiler emits it: throw(Type), throw(Type, value), throw(Type, instance), throw(Type, tuple), throw(Type, value, None)
import { Exception, generator, IndexError, KeyError, next, print, runProgram, tuple, typeName, ValueError } from "../runtime.js";

runProgram({ file: "throw_class_forms.py" }, () => {
  const catcher = generator("catcher", function* (): Generator<null, void, unknown> {
    while (true) {
      try {
        yield null;
      } catch (e) {
        if (!(e instanceof Exception)) throw e;
        print(typeName(e), e.args);
      }
    }
  }, { cleanup: true });

  const g = catcher();
  next(g);
  g.throw(KeyError);
  g.throw(ValueError, "msg");
  g.throw(ValueError, new ValueError("same"));
  g.throw(ValueError, new KeyError("other"));
  g.throw(ValueError, tuple(1, 2));
  g.throw(IndexError, null);
  g.throw(IndexError, "x", null);
});
