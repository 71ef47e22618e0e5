// Hand-emitted translation of focused_sync_errors.py (expected output: CPython, at test time).
import {
  BoundedSemaphore, CancelledError, Condition, coroutine, create_task, current_task, Event, gather,
  get_running_loop, kw, legacyCoroutine, Lock, Queue, run, Semaphore, sleep, TaskGroup, type Future,
} from "../../../../src/runtime/asyncio.js";
import { ExceptStar, type ExceptionGroup } from "../../../../src/runtime/exception-group.js";
import { BaseException, RuntimeError, ValueError } from "../../../../src/runtime/exceptions.js";
import { print } from "../../../../src/runtime/io.js";
import { str } from "../../../../src/runtime/repr.js";

/** `async with cm as v: body` (docs/asyncio.md) */
async function asyncWith<T>(
  cm: { __aenter__(): PromiseLike<T>; __aexit__(t: unknown, v: unknown, tb: unknown): PromiseLike<unknown> },
  body: (v: T) => Promise<void>,
): Promise<void> {
  const v = await cm.__aenter__();
  let ok = true;
  try {
    await body(v);
  } catch (exc) {
    ok = false;
    if (!(await cm.__aexit__((exc as object).constructor, exc, null))) throw exc;
  } finally {
    if (ok) await cm.__aexit__(null, null, null);
  }
}

const legacy = legacyCoroutine(function* legacy$(fut: Future<number>) {
  print("  legacy: yielding the future");
  const value: number = yield* fut;
  print("  legacy: got", value);
  yield null;
  return value + 1;
});

const holder = coroutine(async function holder$(lock: Lock, name: string, delay: number): Promise<null> {
  await asyncWith(lock, async () => {
    print(`  ${name} holds the lock`);
    await sleep(delay);
  });
  print(`  ${name} released`);
  return null;
});

const child = coroutine(async function child$(name: string, delay: number): Promise<null> {
  try {
    await sleep(delay);
    print(`  ${name} done`);
  } finally {
    print(`  ${name} finally`);
  }
  return null;
});

const group_body = coroutine(async function group_body$(): Promise<null> {
  await asyncWith(new TaskGroup(), async (tg) => {
    tg.create_task(child("tg1", 1));
    await sleep(1);
  });
  return null;
});

const main = coroutine(async function main$(): Promise<null> {
  print("1) error messages");
  let lock = new Lock();
  try {
    lock.release();
  } catch (exc) {
    if (!(exc instanceof RuntimeError)) throw exc;
    print("RuntimeError:", exc);
  }
  const cond = new Condition();
  try {
    cond.notify();
  } catch (exc) {
    if (!(exc instanceof RuntimeError)) throw exc;
    print("RuntimeError:", exc);
  }
  try {
    await cond.wait();
  } catch (exc) {
    if (!(exc instanceof RuntimeError)) throw exc;
    print("RuntimeError:", exc);
  }
  const sem = new BoundedSemaphore(1);
  await sem.acquire();
  sem.release();
  try {
    sem.release();
  } catch (exc) {
    if (!(exc instanceof ValueError)) throw exc;
    print("ValueError:", exc);
  }
  try {
    new Semaphore(-1);
  } catch (exc) {
    if (!(exc instanceof ValueError)) throw exc;
    print("ValueError:", exc);
  }
  const q = new Queue();
  try {
    q.task_done();
  } catch (exc) {
    if (!(exc instanceof ValueError)) throw exc;
    print("ValueError:", exc);
  }

  print("2) a cancelled lock waiter does not take the lock");
  lock = new Lock();
  const a = create_task(holder(lock, "a", 0.03));
  const b = create_task(holder(lock, "b", 0.01));
  const c = create_task(holder(lock, "c", 0.01));
  await sleep(0.01);
  b.cancel();
  await gather(a, b, c, kw({ return_exceptions: true }));
  print("b cancelled?", b.cancelled(), "| locked:", lock.locked());

  print("3) Event waiters cancelled");
  const ev = new Event();
  const w = create_task(ev.wait());
  await sleep(0);
  w.cancel();
  await sleep(0);
  ev.set();
  print("waiter cancelled?", w.cancelled(), "| event set:", ev.is_set());

  print("4) TaskGroup cancelled from outside");
  const t = create_task(group_body());
  await sleep(0.01);
  t.cancel();
  try {
    await t;
  } catch (exc) {
    if (!(exc instanceof CancelledError)) throw exc;
    print("group task cancelled:", t.cancelled());
  }

  print("5) TaskGroup body raising");
  try {
    await asyncWith(new TaskGroup(), async (tg) => {
      tg.create_task(child("tg3", 0.5));
      await sleep(0);
      throw new ValueError("body failed");
    });
  } catch (caught) {
    const star = new ExceptStar(caught as BaseException);
    const eg = star.match(ValueError) as ExceptionGroup | null;
    if (eg !== null) {
      try {
        print("except* ValueError:", eg.exceptions.map((e) => str(e)));
      } catch (h) {
        star.raised(h as BaseException);
      }
    }
    star.finish();
  }

  print("6) generator-based coroutine");
  const fut = get_running_loop().create_future<number>();
  get_running_loop().call_later(0.01, (v: number) => fut.set_result(v), 41);
  print("legacy returned", await legacy(fut));

  print("7) current_task inside callbacks is None");
  get_running_loop().call_soon(() => print("  current_task in callback:", current_task()));
  await sleep(0);
  return null;
});

await run(main());
