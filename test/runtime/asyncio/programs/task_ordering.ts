// Hand-emitted translation of corpus/asyncio/task_ordering.py.
import { coroutine, create_task, InvalidStateError, run, sleep } from "../../../../src/runtime/asyncio.js";
import { print } from "../../../../src/runtime/io.js";

const step = coroutine(async function step$(name: string, i: number): Promise<null> {
  print(`    ${name} step ${i}`);
  await sleep(0);
  return null;
});

const worker = coroutine(async function worker$(name: string, rounds: number): Promise<string> {
  print(`  ${name} start`);
  for (let i = 0; i < rounds; i++) await step(name, i);
  print(`  ${name} end`);
  return `${name}-result`;
});

const spawner = coroutine(async function spawner$(): Promise<string> {
  print("  spawner start, creating child");
  const child = create_task(worker("child", 1), { name: "child-task" });
  print("  spawner created child, child done?", child.done());
  const result = await child;
  print("  spawner got", result);
  return "spawner-result";
});

const main = coroutine(async function main$(): Promise<null> {
  const t1 = create_task(worker("A", 3), { name: "alpha" });
  const t2 = create_task(worker("B", 2), { name: "beta" });
  const t3 = create_task(worker("C", 1));
  print("main: created 3 tasks, none has started");
  print("main: names", t1.get_name(), t2.get_name());
  print("main: unnamed task gets a Task- name:", t3.get_name().startsWith("Task-"));
  t3.set_name("gamma");
  print("main: renamed ->", t3.get_name());
  print("main: done?", t1.done(), t2.done(), t3.done());
  try {
    t1.result();
  } catch (exc) {
    if (!(exc instanceof InvalidStateError)) throw exc;
    print("main: result() too early raised", exc.constructor.name);
  }
  for (let turn = 0; turn < 5; turn++) {
    await sleep(0);
    const states = [t1, t2, t3].map((t) => (t.done() ? "done" : "pending"));
    print(`main: after sleep(0) #${turn + 1}:`, states);
  }
  print("main: results", t1.result(), t2.result(), t3.result());
  print("main: awaiting a finished task gives", await t2);

  const s = create_task(spawner());
  const late = create_task(worker("late", 1));
  print("main: waiting for spawner");
  print("main: spawner returned", await s);
  print("main: late done?", late.done());
  await late;

  const fresh = create_task(worker("fresh", 0));
  const value = await t1;
  print("main: got", value, "and fresh has not started:", !fresh.done());
  await fresh;
  print("main: fresh done?", fresh.done());

  const quick = [0, 1, 2].map((i) => create_task(worker(`q${i}`, 0)));
  print("main: quick tasks created");
  await sleep(0);
  print("main: after one sleep(0) all quick done?", quick.every((q) => q.done()));
  print("main: quick results", quick.map((q) => q.result()));
  return null;
});

await run(main());
print("all done");
