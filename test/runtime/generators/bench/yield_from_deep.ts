// bench/programs/yield_from_deep.py as the compiler emits it.
import { delegate, generator, next, print, StopIteration, tuple, type PyGenerator, type PyTuple } from "../runtime.js";

const leaf = generator("leaf", function* (n: number, base: number): Generator<number, number, unknown> {
  for (let i = 0; i < n; i++) {
    yield base + i;
  }
  return n;
});

const chain = generator("chain", function* (depth: number, n: number, base: number): Generator<number, number, unknown> {
  if (depth === 0) {
    const r = yield* delegate(leaf(n, base));
    return r;
  }
  const r = yield* delegate(chain(depth - 1, n, base));
  return r + 1;
}, { cleanup: true });

function drive(depth: number, n: number, base: number): PyTuple<number> {
  const g: PyGenerator<number, number, unknown> = chain(depth, n, base);
  let total = 0;
  let count = 0;
  while (true) {
    let v: number;
    try {
      v = next(g);
    } catch (e) {
      if (e instanceof StopIteration) {
        return tuple(total, count, e.value as number);
      }
      throw e;
    }
    total += v;
    count += 1;
  }
}

function main(): void {
  let grand = 0;
  let values = 0;
  let returned = 0;
  for (let rnd = 0; rnd < 10; rnd++) {
    const [total, count, ret] = drive(50, 50_000, rnd * 1000);
    grand += total!;
    values += count!;
    returned += ret!;
  }
  print("values", values);
  print("sum", grand);
  print("returned", returned);
  print("checksum", (grand * 7 + returned) % 1_000_000_007);
}

main();
