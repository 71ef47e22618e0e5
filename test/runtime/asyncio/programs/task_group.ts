// Hand-emitted translation of corpus/asyncio/task_group.py.
import { CancelledError, coroutine, run, sleep, Task, TaskGroup } from "../../../../src/runtime/asyncio.js";
import { ExceptionGroup, ExceptStar } from "../../../../src/runtime/exception-group.js";
import { BaseException, Exception, KeyError, TypeError, ValueError } from "../../../../src/runtime/exceptions.js";
import { print } from "../../../../src/runtime/io.js";
import { repr, str } from "../../../../src/runtime/repr.js";

type ErrorClass = new (message: string) => Exception;

/** `async with tg:` per docs/asyncio.md */
async function withGroup<R>(tg: TaskGroup, body: (tg: TaskGroup) => Promise<R>): Promise<R> {
  const entered = await tg.__aenter__();
  let result: R;
  try {
    result = await body(entered);
  } catch (exc) {
    if (!(await tg.__aexit__((exc as object).constructor, exc, null))) throw exc;
    return undefined as R;
  }
  await tg.__aexit__(null, null, null);
  return result;
}

const child = coroutine(async function child$(name: string, delay: number, fail: ErrorClass | null = null): Promise<string> {
  print(`  ${name} start`);
  try {
    await sleep(delay);
    if (fail !== null) {
      print(`  ${name} raising ${fail.name}`);
      throw new fail(`${name} broke`);
    }
    print(`  ${name} ok`);
    return name.repeat(2);
  } catch (exc) {
    if (exc instanceof CancelledError) print(`  ${name} cancelled`);
    throw exc;
  } finally {
    print(`  ${name} finally`);
  }
});

const all_succeed = coroutine(async function all_succeed$(): Promise<string[]> {
  const tg = new TaskGroup();
  let t1!: Task<string>;
  let t2!: Task<string>;
  await withGroup(tg, async () => {
    t1 = tg.create_task(child("a", 0.02));
    t2 = tg.create_task(child("b", 0.01), { name: "task-b" });
    print("  body: tasks created, none started");
  });
  print("  after the block every task is done:", t1.done(), t2.done(), "| name:", t2.get_name());
  return [t1.result(), t2.result()];
});

const one_fails = coroutine(async function one_fails$(handles: Map<string, Task<string>>): Promise<null> {
  const tg = new TaskGroup();
  await withGroup(tg, async () => {
    handles.set("quick", tg.create_task(child("quick", 0.01)));
    tg.create_task(child("bad", 0.02, ValueError));
    handles.set("slow", tg.create_task(child("slow", 1)));
    print("  body: waiting inside the block");
    await sleep(5);
    print("  body: never printed, the body is cancelled too");
  });
  print("  never printed either");
  return null;
});

const two_fail = coroutine(async function two_fail$(): Promise<null> {
  const tg = new TaskGroup();
  await withGroup(tg, async () => {
    tg.create_task(child("v", 0, ValueError));
    tg.create_task(child("k", 0, KeyError));
    tg.create_task(child("w", 0.01));
  });
  return null;
});

const main = coroutine(async function main$(): Promise<null> {
  print("1) every child succeeds");
  print("results:", await all_succeed());

  print("2) one child fails: siblings and the body are cancelled");
  const handles = new Map<string, Task<string>>();
  try {
    await one_fails(handles);
  } catch (exc) {
    if (!(exc instanceof ExceptionGroup)) throw exc;
    print("caught:", exc);
    print("message:", exc.message);
    print("exceptions:", exc.exceptions.map((e) => repr(e)));
  }
  print("quick result:", handles.get("quick")!.result(), "| slow cancelled:", handles.get("slow")!.cancelled());

  print("3) two failures in the same loop turn, split with except*");
  try {
    await two_fail();
  } catch (caught) {
    const star = new ExceptStar(caught as BaseException);
    const g1 = star.match(ValueError) as ExceptionGroup | null;
    if (g1 !== null) {
      try {
        print("except* ValueError:", g1.exceptions.map((e) => str(e)));
      } catch (h) {
        star.raised(h as BaseException);
      }
    }
    const g2 = star.match(KeyError) as ExceptionGroup | null;
    if (g2 !== null) {
      try {
        print("except* KeyError:", g2.exceptions.map((e) => repr(e)));
      } catch (h) {
        star.raised(h as BaseException);
      }
    }
    star.finish();
  }
  print("after the except* blocks");

  print("4) ExceptionGroup basics");
  const eg = new ExceptionGroup("batch", [new ValueError("x"), new TypeError("y"), new ValueError("z")]);
  print(eg.exceptions.length, eg.message, repr(eg));
  const [matched, rest] = eg.split(ValueError);
  print("split:", matched!.exceptions.map((e) => str(e)), rest!.exceptions.map((e) => str(e)));
  try {
    throw eg;
  } catch (caught) {
    const star = new ExceptStar(caught as BaseException);
    if (star.match(TypeError) !== null) {
      try {
        print("handled the TypeError part");
      } catch (h) {
        star.raised(h as BaseException);
      }
    }
    const group = star.match(ValueError) as ExceptionGroup | null;
    if (group !== null) {
      try {
        print("handled", group.exceptions.length, "ValueErrors");
      } catch (h) {
        star.raised(h as BaseException);
      }
    }
    star.finish();
  }
  return null;
});

await run(main());
print("done");
