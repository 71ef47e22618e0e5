// cases/getitem_sequence_protocol.py as the compiler emits it: iteration through __getitem__ alone: indexes 0, 1, ... until IndexError (or StopIteration)
import { IndexError, iter, iterate, next, print, runProgram, StopIteration, typeName } from "../runtime.js";

runProgram({ file: "getitem_sequence_protocol.py" }, () => {
  class Letters {
    __getitem__(i: number): string {
      if (i >= 3) {
        throw new IndexError(i);
      }
      return "abc"[i]!;
    }
  }

  class Stops {
    __getitem__(i: number): number {
      if (i === 2) {
        throw new StopIteration();
      }
      return i * 10;
    }
  }

  print([...iterate(new Letters())], [...iterate(new Stops())]);
  const it = iter(new Letters());
  print(typeName(it), next(it), next(it), next(it), next(it, "end"));
  let $line = "";
  for (const ch of iterate(new Letters())) {
    $line += ch + " ";
  }
  print($line);
});
