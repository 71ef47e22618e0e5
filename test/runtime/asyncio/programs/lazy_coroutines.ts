// Hand-emitted translation of corpus/asyncio/lazy_coroutines.py.
import {
  coroutine, create_task, iscoroutine, iscoroutinefunction, run, sleep, Task,
} from "../../../../src/runtime/asyncio.js";
import { RuntimeError, ValueError } from "../../../../src/runtime/exceptions.js";
import { print } from "../../../../src/runtime/io.js";
import { str } from "../../../../src/runtime/repr.js";

const fetch = coroutine(async function fetch$(name: string, value: number): Promise<number> {
  print(`  fetch(${name}) body starts`);
  await sleep(0);
  print(`  fetch(${name}) resumes`);
  return value * 2;
});

const no_suspend = coroutine(async function no_suspend$(x: number): Promise<number> {
  print(`  no_suspend(${x}) runs`);
  return x + 1;
});

const explode = coroutine(async function explode$(reason: string): Promise<never> {
  print(`  explode(${reason}) runs`);
  throw new ValueError(reason);
});

const background = coroutine(async function background$(label: string): Promise<null> {
  print(`  background ${label} runs`);
  return null;
});

const main = coroutine(async function main$(): Promise<string> {
  print("main: calling fetch() without await");
  const coro = fetch("a", 21);
  print("main: got a", "coroutine", "- nothing has run yet");
  print("main: iscoroutine:", iscoroutine(coro));
  const result = await coro;
  print("main: result", result);
  try {
    await coro;
  } catch (exc) {
    if (!(exc instanceof RuntimeError)) throw exc;
    print("RuntimeError:", exc);
  }

  const coros = ["x", "y", "z"].map((name, i) => fetch(name, i));
  print("main: created three coroutines");
  for (const c of [...coros].reverse()) print("main: awaited ->", await c);

  const bad = explode("late");
  print("main: explode() called, no error yet");
  try {
    await bad;
  } catch (exc) {
    if (!(exc instanceof ValueError)) throw exc;
    print("main: caught ValueError at await:", exc);
  }

  const task = create_task(background("task"));
  print("main: task created, done?", task.done());
  let v = await no_suspend(1);
  v = await no_suspend(v);
  print("main: after two inline awaits v =", v, "task done?", task.done());
  await sleep(0);
  print("main: after sleep(0) task done?", task.done());

  const unused = fetch("never", 0);
  unused.close();
  print("main: closed an unused coroutine");
  try {
    await unused;
  } catch (exc) {
    if (!(exc instanceof RuntimeError)) throw exc;
    print("RuntimeError:", exc);
  }

  print("main: callable?", typeof fetch === "function", "iscoroutinefunction?", iscoroutinefunction(fetch));
  const tmp = fetch("tmp", 0);
  print("main: a coroutine is not a task:", (tmp as unknown) instanceof Task);
  tmp.close();
  return "main finished";
});

print("before asyncio.run");
const pending = main();
print("main() called, still nothing printed by it");
print(str(await run(pending)));
print("after asyncio.run");
