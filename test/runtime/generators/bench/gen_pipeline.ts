// bench/programs/gen_pipeline.py as the compiler emits it (print of ints only).
import { generator, iterate, iterateTemporary, print, type PyIterable } from "../runtime.js";

const source = generator("source", function* (n: number): Generator<number, void, unknown> {
  let i = 0;
  while (i < n) {
    yield i;
    i += 1;
  }
});

const keep = generator("keep", function* (items: PyIterable<number>): Generator<number, void, unknown> {
  for (const x of iterate(items)) {
    if (x % 3 !== 0) {
      yield x;
    }
  }
});

const transform = generator("transform", function* (items: PyIterable<number>): Generator<number, void, unknown> {
  for (const x of iterate(items)) {
    yield (x * 7 + 3) % 1009;
  }
});

const take = generator("take", function* (items: PyIterable<number>, n: number): Generator<number, void, unknown> {
  if (n <= 0) {
    return;
  }
  for (const x of iterate(items)) {
    yield x;
    n -= 1;
    if (n === 0) {
      return;
    }
  }
});

function main(): void {
  let total = 0;
  let count = 0;
  let weighted = 0;
  for (const v of iterateTemporary(take(transform(keep(source(3_300_000))), 2_000_000))) {
    total += v;
    count += 1;
    weighted = (weighted * 31 + v) % 1_000_000_007;
  }
  print("items", count);
  print("sum", total);
  print("checksum", weighted);
}

main();
