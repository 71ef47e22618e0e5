// bench/programs/async_queue.py as the compiler emits it.
import { coroutine, create_task, gather, Queue, run } from "../../../../src/runtime/asyncio.js";
import { print } from "../../../../src/runtime/io.js";

const N_PRODUCERS = 4;
const N_CONSUMERS = 4;
const PER_PRODUCER = 150_000;

const producer = coroutine(async function producer$(queue: Queue<number | null>, pid: number): Promise<null> {
  const base = pid * PER_PRODUCER;
  for (let i = 0; i < PER_PRODUCER; i++) await queue.put(base + i);
  return null;
});

const consumer = coroutine(async function consumer$(queue: Queue<number | null>, totals: [number, number][]): Promise<null> {
  let count = 0;
  let acc = 0;
  for (;;) {
    const item = await queue.get();
    if (item === null) break;
    count += 1;
    acc += (item * 13) % 1009;
  }
  totals.push([count, acc]);
  return null;
});

const main = coroutine(async function main$(): Promise<null> {
  const queue = new Queue<number | null>(64);
  const totals: [number, number][] = [];
  const consumers = Array.from({ length: N_CONSUMERS }, () => create_task(consumer(queue, totals)));
  await gather(...Array.from({ length: N_PRODUCERS }, (_, p) => producer(queue, p)));
  for (let i = 0; i < N_CONSUMERS; i++) await queue.put(null);
  await gather(...consumers);
  let items = 0;
  let acc = 0;
  for (const [count, a] of totals) {
    items += count;
    acc += a;
  }
  print("consumers", totals.length);
  print("items", items);
  print("checksum", acc);
  return null;
});

await run(main());
