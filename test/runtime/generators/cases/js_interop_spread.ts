// cases/js_interop_spread.py as the compiler emits it: Python iterators wherever JS iterates (spread, Array.from, destructuring) and JS-style loops
import { generator, iter, next, print, runProgram, str, tuple } from "../runtime.js";

runProgram({ file: "js_interop_spread.py" }, () => {
  const gen = generator("gen", function* (n: number): Generator<number, void, unknown> {
    for (let i = 0; i < n; i++) {
      yield i * 2;
    }
  });

  print([...gen(3)], [...gen(2)], Array.from(gen(3), (x) => str(x)));
  const [first, ...rest] = gen(4);
  print(first, rest);
  const it = iter([7, 8, 9]);
  print(next(it), [...it]);
  const $zip: unknown[] = [];
  const $letters = iter("abc");
  for (const x of gen(3)) $zip.push(tuple<number | string>(x, next($letters)));
  const $enum: unknown[] = [];
  let $i = 0;
  for (const x of gen(2)) $enum.push(tuple($i++, x));
  print($zip, $enum);
});
