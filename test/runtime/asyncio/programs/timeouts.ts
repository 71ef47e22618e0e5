// Hand-emitted translation of corpus/asyncio/timeouts.py.
import {
  CancelledError, coroutine, create_task, FIRST_COMPLETED, run, sleep, timeout, TimeoutError as AsyncioTimeoutError,
  wait, wait_for,
} from "../../../../src/runtime/asyncio.js";
import { TimeoutError } from "../../../../src/runtime/exceptions.js";
import { print } from "../../../../src/runtime/io.js";
import { repr } from "../../../../src/runtime/repr.js";

const download = coroutine(async function download$(name: string, delay: number): Promise<string> {
  print(`  ${name}: downloading (${delay}s)`);
  try {
    await sleep(delay);
  } catch (exc) {
    if (exc instanceof CancelledError) print(`  ${name}: cancelled`);
    throw exc;
  } finally {
    print(`  ${name}: finally`);
  }
  print(`  ${name}: complete`);
  return `${name}-data`;
});

const main = coroutine(async function main$(): Promise<null> {
  print("asyncio.TimeoutError is TimeoutError:", AsyncioTimeoutError === TimeoutError);

  print("1) wait_for that finishes in time");
  print("result:", await wait_for(download("small", 0.01), 0.5));

  print("2) wait_for that times out");
  try {
    await wait_for(download("huge", 10), 0.02);
    print("not printed");
  } catch (exc) {
    if (!(exc instanceof TimeoutError)) throw exc;
    print("caught", repr(exc), "- the inner finally already ran");
  }

  print("3) wait_for with timeout=None just waits");
  print("result:", await wait_for(download("nolimit", 0.01), null));

  print("4) async with asyncio.timeout()");
  let cm = timeout(0.5);
  let data: string;
  {
    const mgr = cm;
    await mgr.__aenter__();
    try {
      data = await download("quick", 0.01);
    } catch (exc) {
      if (!(await mgr.__aexit__((exc as object).constructor, exc, null))) throw exc;
    }
    await mgr.__aexit__(null, null, null);
  }
  print("got", data!, "| expired:", cm.expired());
  try {
    const mgr = timeout(0.02);
    cm = await mgr.__aenter__();
    let ok = true;
    try {
      await download("slow", 10);
      print("not printed");
    } catch (exc) {
      ok = false;
      if (!(await mgr.__aexit__((exc as object).constructor, exc, null))) throw exc;
    } finally {
      if (ok) await mgr.__aexit__(null, null, null);
    }
  } catch (exc) {
    if (!(exc instanceof TimeoutError)) throw exc;
    print("timeout block raised TimeoutError | expired:", cm.expired());
  }
  print("code after the block still runs");

  print("5) asyncio.wait with FIRST_COMPLETED");
  let tasks = ([["a", 10], ["b", 0.01], ["c", 5]] as const).map(([n, d]) => create_task(download(n, d), { name: n }));
  let [done, pending] = await wait(tasks, { return_when: FIRST_COMPLETED });
  print("done:", [...done].map((t) => t.result()).sort(), "| pending:", [...pending].map((t) => t.get_name()).sort());
  for (const t of tasks) if (pending.has(t)) t.cancel();
  await wait(pending);
  print("pending now cancelled:", [...pending].filter((t) => t.cancelled()).map((t) => t.get_name()).sort());

  print("6) asyncio.wait with ALL_COMPLETED (the default)");
  tasks = ([["x", 0.02], ["y", 0.01]] as const).map(([n, d]) => create_task(download(n, d)));
  [done, pending] = await wait(tasks);
  print("done:", [...done].map((t) => t.result()).sort(), "| pending:", pending.size);

  print("7) asyncio.wait with a timeout cancels nothing");
  tasks = ([["p", 0.01], ["q", 0.12]] as const).map(([n, d]) => create_task(download(n, d), { name: n }));
  [done, pending] = await wait(tasks, { timeout: 0.05 });
  print("done:", [...done].map((t) => t.get_name()).sort(), "| pending:", [...pending].map((t) => t.get_name()).sort());
  print("q still running, result:", await tasks[1]!);
  return null;
});

await run(main());
