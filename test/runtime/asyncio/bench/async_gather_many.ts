// bench/programs/async_gather_many.py as the compiler emits it.
import { coroutine, gather, run } from "../../../../src/runtime/asyncio.js";
import { print } from "../../../../src/runtime/io.js";

const REPS = 1;

const trivial = coroutine(async function trivial$(i: number): Promise<number> {
  return i * 2 + 1;
});

const main = coroutine(async function main$(): Promise<null> {
  let total = 0;
  let checksum = 0;
  for (let rep = 0; rep < REPS; rep++) {
    const results = await gather(...Array.from({ length: 100_000 }, (_, i) => trivial(i + rep)));
    total += results.length;
    const s = results.reduce((a, b) => a + b, 0);
    checksum = (checksum * 1_000_003 + s) % 1_000_000_007;
    checksum = (checksum + results[rep * 777]!) % 1_000_000_007;
  }
  print("results", total);
  print("checksum", checksum);
  return null;
});

await run(main());
