// Hand-emitted translation of corpus/asyncio/sync_primitives.py.
import {
  Condition, coroutine, create_task, Event, gather, Lock, run, Semaphore, sleep,
} from "../../../../src/runtime/asyncio.js";
import { print } from "../../../../src/runtime/io.js";
import { str } from "../../../../src/runtime/repr.js";

interface AsyncCM {
  __aenter__(): PromiseLike<unknown>;
  __aexit__(t: unknown, v: unknown, tb: unknown): PromiseLike<unknown>;
}
/** `async with cm: body` with the exact protocol (docs/asyncio.md). */
async function asyncWith(cm: AsyncCM, body: () => Promise<void>): Promise<void> {
  await cm.__aenter__();
  try {
    await body();
  } catch (exc) {
    if (!(await cm.__aexit__((exc as object).constructor, exc, null))) throw exc;
    return;
  }
  await cm.__aexit__(null, null, null);
}

const print_job = coroutine(async function print_job$(name: string, lock: Lock, pages: number): Promise<null> {
  print(`${name} wants the printer (locked=${str(lock.locked())})`);
  await asyncWith(lock, async () => {
    print(`${name} got the printer`);
    for (let page = 1; page <= pages; page++) {
      await sleep(0);
      print(`  ${name} page ${page}/${pages}`);
    }
    print(`${name} releases the printer`);
  });
  return null;
});

const increment = coroutine(async function increment$(state: { n: number }, lock: Lock | null): Promise<null> {
  for (let i = 0; i < 2; i++) {
    if (lock === null) {
      const value = state.n;
      await sleep(0);
      state.n = value + 1;
    } else {
      await asyncWith(lock, async () => {
        const value = state.n;
        await sleep(0);
        state.n = value + 1;
      });
    }
  }
  return null;
});

const waiter = coroutine(async function waiter$(name: string, event: Event): Promise<null> {
  print(`${name} waiting`);
  await event.wait();
  print(`${name} woke up`);
  return null;
});

const limited = coroutine(async function limited$(
  name: string, sem: Semaphore, duration: number, stats: { active: number; peak: number },
): Promise<null> {
  await asyncWith(sem, async () => {
    stats.active += 1;
    stats.peak = Math.max(stats.peak, stats.active);
    print(`${name} enters (active=${stats.active})`);
    await sleep(duration);
    stats.active -= 1;
    print(`${name} leaves`);
  });
  return null;
});

const consumer = coroutine(async function consumer$(name: string, cond: Condition, items: string[]): Promise<null> {
  await asyncWith(cond, async () => {
    print(`${name} waiting for an item`);
    await cond.wait_for(() => items.length > 0);
    print(`${name} took ${items.shift()}`);
  });
  return null;
});

const main = coroutine(async function main$(): Promise<null> {
  print("--- Lock");
  const lock = new Lock();
  await gather(print_job("A", lock, 2), print_job("B", lock, 1), print_job("C", lock, 1));
  print("locked at the end:", lock.locked());
  for (const guard of [null, new Lock()]) {
    const state = { n: 0 };
    await gather(...[0, 1, 2].map(() => increment(state, guard)));
    print("counter with" + (guard === null ? "out" : ""), "a lock:", state.n);
  }

  print("--- Event");
  const event = new Event();
  const tasks = [1, 2, 3].map((i) => create_task(waiter(`w${i}`, event)));
  await sleep(0);
  print("is_set:", event.is_set(), "- calling set()");
  event.set();
  print("set() returned; nobody has woken yet");
  await gather(...tasks);
  print("wait() on a set event returns at once:", await event.wait());
  event.clear();
  const late = create_task(waiter("w4", event));
  await sleep(0.01);
  print("after clear(): is_set", event.is_set(), "| w4 done", late.done());
  event.set();
  await late;

  print("--- Semaphore(2)");
  const sem = new Semaphore(2);
  const stats = { active: 0, peak: 0 };
  const jobs: [string, number][] = [["j1", 0.15], ["j2", 0.03], ["j3", 0.06], ["j4", 0.12], ["j5", 0.03]];
  await gather(...jobs.map(([n, d]) => limited(n, sem, d, stats)));
  print("peak concurrency:", stats.peak, "| locked:", sem.locked());

  print("--- Condition");
  const cond = new Condition();
  const items: string[] = [];
  const consumers = [1, 2, 3].map((i) => create_task(consumer(`c${i}`, cond, items)));
  await sleep(0);
  await asyncWith(cond, async () => {
    items.push("apple");
    cond.notify(1);
    print("notify(1) sent");
  });
  await sleep(0.01);
  print("done:", consumers.map((c) => c.done()));
  await asyncWith(cond, async () => {
    items.push("banana", "cherry");
    cond.notify_all();
    print("notify_all() sent");
  });
  await gather(...consumers);
  print("items left:", items);
  return null;
});

await run(main());
