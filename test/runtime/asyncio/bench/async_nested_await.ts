// bench/programs/async_nested_await.py as the compiler emits it (direct awaits: `f.fn(...)`).
import { coroutine, run } from "../../../../src/runtime/asyncio.js";
import { print } from "../../../../src/runtime/io.js";

const N_CALLS = 200_000;

const leaf = coroutine(async function leaf$(x: number): Promise<number> {
  return (x % 1000) + 1;
});

const level = coroutine(async function level$(depth: number, x: number): Promise<number> {
  if (depth === 0) return await leaf.fn(x);
  const v = await level.fn(depth - 1, x + depth);
  return v + 1;
});

const main = coroutine(async function main$(): Promise<null> {
  let total = 0;
  for (let i = 0; i < N_CALLS; i++) total += await level.fn(20, i);
  print("calls", N_CALLS);
  print("checksum", total);
  return null;
});

await run(main());
