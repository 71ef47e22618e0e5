// Hand-emitted translation of corpus/asyncio/cancellation.py.
import { CancelledError, coroutine, create_task, run, shield, sleep } from "../../../../src/runtime/asyncio.js";
import { BaseException, Exception } from "../../../../src/runtime/exceptions.js";
import { print } from "../../../../src/runtime/io.js";
import { asTuple } from "../../../../src/runtime/tuple.js";

const fetch_page = coroutine(async function fetch_page$(url: string): Promise<string> {
  print(`    fetch_page(${url}) sleeping`);
  try {
    await sleep(10);
  } finally {
    print(`    fetch_page(${url}) finally`);
  }
  return "page";
});

const crawler = coroutine(async function crawler$(): Promise<null> {
  print("  crawler start");
  try {
    const page = await fetch_page("/index");
    print("  never printed", page);
  } catch (exc) {
    if (!(exc instanceof CancelledError)) throw exc;
    print("  crawler: cleanup after CancelledError, args =", asTuple([...exc.args]));
    throw exc;
  } finally {
    print("  crawler: finally");
  }
  return null;
});

const stubborn = coroutine(async function stubborn$(): Promise<string> {
  try {
    await sleep(10);
  } catch (exc) {
    if (!(exc instanceof CancelledError)) throw exc;
    print("  stubborn: ignoring the cancellation");
  }
  await sleep(0.01);
  print("  stubborn: finished normally");
  return "stubborn-result";
});

const never_started = coroutine(async function never_started$(): Promise<null> {
  print("  never_started body (not printed)");
  return null;
});

const precious = coroutine(async function precious$(log: string[]): Promise<string> {
  await sleep(0.05);
  log.push("saved");
  print("  precious: work saved");
  return "precious-result";
});

const main = coroutine(async function main$(): Promise<null> {
  print("1) cancel a task sleeping two awaits deep");
  let task = create_task(crawler());
  await sleep(0.01);
  print("cancel() ->", task.cancel());
  print("right after cancel(): cancelled", task.cancelled(), "done", task.done());
  try {
    await task;
  } catch (exc) {
    if (!(exc instanceof CancelledError)) throw exc;
    print("await task raised CancelledError");
  }
  print("now: cancelled", task.cancelled(), "done", task.done());
  print("cancel() on a finished task ->", task.cancel());

  print("2) cancel with a message");
  task = create_task(crawler());
  await sleep(0);
  task.cancel("shutting down");
  try {
    await task;
  } catch (exc) {
    if (!(exc instanceof CancelledError)) throw exc;
    print("caller sees args:", asTuple([...exc.args]));
  }

  print("3) cancel before the task ever ran: its body never starts");
  task = create_task(never_started());
  task.cancel();
  await sleep(0);
  print("cancelled:", task.cancelled());

  print("4) a task that swallows CancelledError is not cancelled");
  const stub = create_task(stubborn());
  await sleep(0);
  print("cancel() ->", stub.cancel());
  print("result:", await stub, "| cancelled:", stub.cancelled());

  print("5) shield protects the inner task, not the outer one");
  const log: string[] = [];
  const inner = create_task(precious(log));
  const guarded = coroutine(async function guarded$(): Promise<string> {
    try {
      return await shield(inner);
    } catch (exc) {
      if (!(exc instanceof CancelledError)) throw exc;
      print("  guarded: cancelled while waiting on the shield");
      throw exc;
    }
  });
  const outer = create_task(guarded());
  await sleep(0);
  outer.cancel();
  try {
    await outer;
  } catch (exc) {
    if (!(exc instanceof CancelledError)) throw exc;
    print("outer cancelled:", outer.cancelled(), "| inner done:", inner.done());
  }
  print("inner result:", await inner, "| log:", log);

  print("6) CancelledError is a BaseException, so 'except Exception' misses it");
  print(CancelledError.prototype instanceof Exception, CancelledError.prototype instanceof BaseException);
  return null;
});

await run(main());
print("finished");
