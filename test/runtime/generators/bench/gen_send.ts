// bench/programs/gen_send.py as the compiler emits it.
import { generator, next, print } from "../runtime.js";

const averager = generator("averager", function* (): Generator<number | null, void, number | null> {
  let total = 0.0;
  let count = 0;
  let average: number | null = null;
  while (true) {
    const value = (yield average) as number;
    total += value;
    count += 1;
    average = total / count;
  }
});

function main(): void {
  const avg = averager();
  next(avg); // prime: run to the first yield
  let seed = 12345;
  let acc = 0;
  let average = 0.0;
  for (let i = 0; i < 2_000_000; i++) {
    seed = (seed * 48271) % 2147483647;
    average = avg.send(seed % 1000) as number;
    acc += Math.trunc(average * 100);
  }
  avg.close();
  print(`final average ${average.toFixed(6)}`);
  print("checksum", acc);
}

main();
