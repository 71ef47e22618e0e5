// Hand-emitted translation of corpus/asyncio/run_lifecycle.py.
import {
  all_tasks, coroutine, create_task, current_task, EventLoop, get_running_loop, run, sleep,
} from "../../../../src/runtime/asyncio.js";
import { KeyError, RuntimeError, ValueError } from "../../../../src/runtime/exceptions.js";
import { print } from "../../../../src/runtime/io.js";
import { PyDict } from "../../../../src/runtime/dict.js";

const loops: EventLoop[] = [];

function note(label: string): void {
  print(`  callback ${label}`);
}

const lingering = coroutine(async function lingering$(name: string): Promise<null> {
  print(`  ${name}: started, sleeping for a long time`);
  try {
    await sleep(10);
  } finally {
    print(`  ${name}: finally during asyncio.run shutdown`);
  }
  return null;
});

const helper = coroutine(async function helper$(): Promise<null> {
  const me = current_task()!;
  print("  helper runs in task", me.get_name(), "| tasks alive:", all_tasks().size);
  return null;
});

const first_main = coroutine(async function first_main$(): Promise<PyDict> {
  const loop = get_running_loop();
  loops.push(loop);
  print("  main coroutine:", current_task()!.get_coro().__name__, "| running:", loop.is_running());
  print("  tasks alive at start:", all_tasks().size);
  loop.call_soon(note, "soon-1");
  const task = create_task(helper(), { name: "helper-task" });
  loop.call_soon(note, "soon-2");
  loop.call_later(0.02, note, "later-20ms");
  loop.call_later(0.01, note, "later-10ms");
  const dropped = loop.call_later(0.015, note, "never (cancelled)");
  dropped.cancel();
  print("  tasks alive after create_task:", all_tasks().size);
  await sleep(0);
  print("  main after sleep(0), helper done:", task.done());
  await sleep(0.03);
  print("  main after the timers, tasks alive:", all_tasks().size);
  create_task(lingering("left-behind"));
  await sleep(0);
  print("  main returning while left-behind is still pending");
  return PyDict.of("status", "ok", "count", 3);
});

const second_main = coroutine(async function second_main$(): Promise<never> {
  loops.push(get_running_loop());
  create_task(lingering("orphan"));
  await sleep(0);
  throw new ValueError("second main failed");
});

const nested_run = coroutine(async function nested_run$(): Promise<null> {
  const inner = first_main();
  try {
    await run(inner);
  } catch (exc) {
    if (!(exc instanceof RuntimeError)) throw exc;
    print("  RuntimeError:", exc);
  }
  inner.close();
  return null;
});

const crash = coroutine(async function crash$(): Promise<never> {
  create_task(lingering("last"));
  await sleep(0);
  throw new KeyError("unhandled at the top");
});

try {
  get_running_loop();
} catch (exc) {
  if (!(exc instanceof RuntimeError)) throw exc;
  print("outside any loop:", exc);
}

print("run #1");
const result = await run(first_main());
print("asyncio.run returned", result);

print("run #2");
try {
  await run(second_main());
} catch (exc) {
  if (!(exc instanceof ValueError)) throw exc;
  print("caught outside asyncio.run:", exc);
}

print("each run gets a new loop:", loops[0] !== loops[1], "| first loop closed:", loops[0]!.is_closed());
try {
  await run(42 as never);
} catch (exc) {
  if (!(exc instanceof ValueError)) throw exc;
  print("ValueError:", exc);
}
await run(nested_run());

print("run #3 ends the program with an uncaught KeyError (exit status 1)");
await run(crash());
print("never printed");
