// Hand-emitted translation of focused_cancel_timeouts.py (expected output: CPython, at test time).
import {
  as_completed, CancelledError, coroutine, create_task, FIRST_EXCEPTION, gather, get_running_loop, kw, run,
  shield, sleep, timeout, timeout_at, wait, wait_for, type Timeout,
} from "../../../../src/runtime/asyncio.js";
import { KeyError, TimeoutError } from "../../../../src/runtime/exceptions.js";
import { print } from "../../../../src/runtime/io.js";
import { repr, str } from "../../../../src/runtime/repr.js";
import { asTuple } from "../../../../src/runtime/tuple.js";

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

const sleeper = coroutine(async function sleeper$(name: string, delay: number): Promise<string> {
  try {
    await sleep(delay);
    print(`  ${name} woke`);
    return name;
  } catch (exc) {
    if (exc instanceof CancelledError) print(`  ${name} cancelled with args ${repr(asTuple([...exc.args]))}`);
    throw exc;
  }
});

const failer = coroutine(async function failer$(delay: number): Promise<never> {
  await sleep(delay);
  throw new KeyError("failer");
});

const main = coroutine(async function main$(): Promise<null> {
  print("1) cancelling() and uncancel()");
  const t = create_task(sleeper("a", 1));
  await sleep(0);
  print("cancel twice:", t.cancel("first"), t.cancel("second"), "cancelling:", t.cancelling());
  print("uncancel ->", t.uncancel(), "cancelling:", t.cancelling());
  try {
    await t;
  } catch (exc) {
    if (!(exc instanceof CancelledError)) throw exc;
    print("awaiting it raised CancelledError", asTuple([...exc.args]));
  }

  print("2) cancelling a gather cancels its children");
  const g = gather(sleeper("b", 1), sleeper("c", 1));
  await sleep(0);
  print("gather.cancel('stop') ->", g.cancel("stop"));
  try {
    await g;
  } catch (exc) {
    if (!(exc instanceof CancelledError)) throw exc;
    print("gather raised CancelledError", asTuple([...exc.args]));
  }

  print("3) return_exceptions=True keeps cancelled children as values");
  const x = create_task(sleeper("x", 0.05));
  const y = create_task(sleeper("y", 1));
  get_running_loop().call_later(0.02, (msg: string) => y.cancel(msg), "timeout y");
  print("results:", await gather(x, y, kw({ return_exceptions: true })));

  print("4) timeout reschedule and timeout_at");
  const loop = get_running_loop();
  let cm!: Timeout;
  await asyncWith(timeout(0.02), async (c) => {
    cm = c;
    cm.reschedule(loop.time() + 0.2);
    await sleep(0.05);
  });
  print("rescheduled: expired?", cm.expired());
  try {
    await asyncWith(timeout_at(loop.time() + 0.03), async (c) => {
      cm = c;
      await sleeper("d", 1);
    });
  } catch (exc) {
    if (!(exc instanceof TimeoutError)) throw exc;
    print("timeout_at expired?", cm.expired());
  }
  await asyncWith(timeout(null), async (c) => {
    cm = c;
    await sleep(0.01);
  });
  print("timeout(None) when:", cm.when(), "expired?", cm.expired());

  print("5) wait FIRST_EXCEPTION");
  const tasks = [create_task(sleeper("e", 0.1)), create_task(failer(0.03))];
  const [done, pending] = await wait(tasks, { return_when: FIRST_EXCEPTION });
  print("done:", done.size, "pending:", pending.size, "exception:", repr(tasks[1]!.exception()));
  await wait(pending);

  print("6) as_completed with a timeout");
  const racers = [create_task(sleeper("f", 0.02)), create_task(sleeper("g", 0.5))];
  try {
    for (const nxt of as_completed(racers, { timeout: 0.1 })) print("next:", await nxt);
  } catch (exc) {
    if (!(exc instanceof TimeoutError)) throw exc;
    print("as_completed timed out");
  }
  racers[1]!.cancel();
  await gather(...racers, kw({ return_exceptions: true }));

  print("7) wait_for with timeout=0 and an unfinished awaitable");
  try {
    await wait_for(sleeper("h", 1), 0);
  } catch (exc) {
    if (!(exc instanceof TimeoutError)) throw exc;
    print("TimeoutError, cause:", (exc.__cause__ as object).constructor.name);
  }

  print("8) shield: the outer await is cancelled, the inner task finishes");
  const inner = create_task(sleeper("i", 0.03));
  const outer = create_task(wait_for(shield(inner), 0.01));
  try {
    await outer;
  } catch (exc) {
    if (!(exc instanceof TimeoutError)) throw exc;
    print("outer timed out; inner done?", inner.done());
  }
  print("inner result:", str(await inner));
  return null;
});

await run(main());
