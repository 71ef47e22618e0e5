// Hand-emitted translation of corpus/asyncio/queues.py.
import {
  coroutine, create_task, gather, kw, LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull, run, sleep,
} from "../../../../src/runtime/asyncio.js";
import { ValueError } from "../../../../src/runtime/exceptions.js";
import { print } from "../../../../src/runtime/io.js";
import { str } from "../../../../src/runtime/repr.js";
import { tuple, type PyTuple } from "../../../../src/runtime/tuple.js";

const producer = coroutine(async function producer$(queue: Queue<number | null>, count: number): Promise<null> {
  for (let i = 1; i <= count; i++) {
    print(`producer: putting ${i} (qsize=${queue.qsize()}, full=${str(queue.full())})`);
    await queue.put(i);
    print(`producer: put ${i} done`);
  }
  await queue.put(null);
  print("producer: sentinel sent");
  return null;
});

const slow_consumer = coroutine(async function slow_consumer$(queue: Queue<number | null>, seen: number[]): Promise<number> {
  for (;;) {
    const item = await queue.get();
    if (item === null) {
      print("consumer: sentinel received, stopping");
      return seen.length;
    }
    print(`consumer: got ${item}`);
    seen.push(item);
    await sleep(0.01);
  }
});

const worker = coroutine(async function worker$(name: string, queue: Queue<number>, log: number[]): Promise<never> {
  for (;;) {
    const item = await queue.get();
    try {
      print(`${name} working on ${item}`);
      await sleep(item * 0.03);
      log.push(item);
    } finally {
      queue.task_done();
    }
  }
});

const main = coroutine(async function main$(): Promise<null> {
  print("--- bounded queue: the producer blocks while the queue is full");
  const queue = new Queue<number | null>(2);
  const seen: number[] = [];
  const [, count] = await gather(producer(queue, 5), slow_consumer(queue, seen));
  print("consumed", count, "items:", seen, "| empty:", queue.empty());

  print("--- task_done() and join()");
  const jobs = new Queue<number>();
  for (const item of [5, 1, 2, 3]) jobs.put_nowait(item);
  const log: number[] = [];
  const workers = [1, 2].map((i) => create_task(worker(`w${i}`, jobs, log)));
  await jobs.join();
  print("join() returned, processed in order:", log);
  for (const w of workers) w.cancel();
  const outcomes = await gather(...workers, kw({ return_exceptions: true }));
  print("workers stopped:", (outcomes as unknown[]).map((o) => (o as object).constructor.name));

  print("--- non-blocking calls");
  const small = new Queue<string>(1);
  try {
    small.get_nowait();
  } catch (exc) {
    if (!(exc instanceof QueueEmpty)) throw exc;
    print("get_nowait() on an empty queue raised QueueEmpty");
  }
  small.put_nowait("only");
  try {
    small.put_nowait("extra");
  } catch (exc) {
    if (!(exc instanceof QueueFull)) throw exc;
    print("put_nowait() on a full queue raised QueueFull");
  }
  print("got", small.get_nowait(), "| maxsize", small.maxsize);
  try {
    small.task_done();
    small.task_done();
  } catch (exc) {
    if (!(exc instanceof ValueError)) throw exc;
    print("ValueError:", exc);
  }

  print("--- PriorityQueue and LifoQueue");
  const pq = new PriorityQueue<PyTuple<number | string>>();
  for (const entry of [tuple<number | string>(3, "low"), tuple<number | string>(1, "urgent"), tuple<number | string>(2, "normal"), tuple<number | string>(1, "also urgent")]) await pq.put(entry);
  const n = pq.qsize();
  const ordered = [];
  for (let i = 0; i < n; i++) ordered.push(pq.get_nowait());
  print("priority order:", ordered);
  const lifo = new LifoQueue<string>();
  for (const word of ["first", "second", "third"]) lifo.put_nowait(word);
  const popped = [];
  for (let i = 0; i < 3; i++) popped.push(await lifo.get());
  print("lifo order:", popped);

  print("--- a get() that waits is woken by the next put()");
  const waiting = new Queue<string>();
  const getter = create_task(waiting.get());
  await sleep(0);
  print("getter done before put:", getter.done());
  waiting.put_nowait("hello");
  print("getter done right after put:", getter.done());
  print("getter result:", await getter);
  return null;
});

await run(main());
