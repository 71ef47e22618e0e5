// bench/programs/async_switch.py as the compiler emits it.
import { coroutine, gather, run, sleep } from "../../../../src/runtime/asyncio.js";
import { print } from "../../../../src/runtime/io.js";

const worker = coroutine(async function worker$(wid: number, steps: number): Promise<number> {
  let acc = 0;
  for (let i = 0; i < steps; i++) {
    await sleep(0);
    acc += (wid * 31 + i) % 97;
  }
  return acc;
});

const main = coroutine(async function main$(): Promise<null> {
  const results = await gather(...Array.from({ length: 1000 }, (_, w) => worker(w, 1000)));
  print("tasks", results.length);
  print("sum", results.reduce((a, b) => a + b, 0));
  let checksum = 0;
  for (const r of results) checksum = (checksum * 131 + r) % 1_000_000_007;
  print("checksum", checksum);
  return null;
});

await run(main());
