// Hand-emitted translation of corpus/asyncio/gather_semantics.py.
import {
  as_completed, coroutine, create_task, Future, gather, kw, run, sleep,
} from "../../../../src/runtime/asyncio.js";
import { ValueError } from "../../../../src/runtime/exceptions.js";
import { print } from "../../../../src/runtime/io.js";
import { repr, str } from "../../../../src/runtime/repr.js";

const job = coroutine(async function job$(name: string, delay: number, fail = false): Promise<string> {
  print(`  ${name} start`);
  await sleep(delay);
  if (fail) {
    print(`  ${name} raising`);
    throw new ValueError(`${name} failed`);
  }
  print(`  ${name} finished`);
  return name.toUpperCase();
});

const main = coroutine(async function main$(): Promise<null> {
  print("1) results follow argument order, not completion order");
  const results = await gather(job("slow", 0.03), job("fast", 0.01), job("mid", 0.02));
  print("results:", results);

  print("2) gather() starts nothing until the caller suspends");
  const fut = gather(job("p", 0.01), job("q", 0));
  print("gather returned a future:", fut instanceof Future, "done?", fut.done());
  print("this line prints before p and q start");
  print("results:", await fut);

  print("3) return_exceptions=True turns exceptions into values");
  const mixed = await gather(job("ok1", 0.01), job("bad", 0.02, true), job("ok2", 0.03), kw({ return_exceptions: true }));
  for (const item of mixed as unknown[]) {
    const typeName = typeof item === "string" ? "str" : (item as object).constructor.name;
    print(`  ${typeName}: ${str(item)}`);
  }

  print("4) without it the first exception propagates; the other tasks keep running");
  const specs: [string, number, boolean][] = [["t1", 0.01, false], ["t2", 0.02, true], ["t3", 0.08, false], ["t4", 0.06, true]];
  const tasks = specs.map(([n, d, f]) => create_task(job(n, d, f), { name: n }));
  try {
    await gather(...tasks);
  } catch (exc) {
    if (!(exc instanceof ValueError)) throw exc;
    print("main caught:", exc);
  }
  print("done:", tasks.map((t) => t.done()));
  await sleep(0.1);
  print("done after sleeping:", tasks.map((t) => t.done()));
  print("cancelled:", tasks.map((t) => t.cancelled()));
  print("t3 result:", tasks[2]!.result(), "| t4 exception:", repr(tasks[3]!.exception()));

  print("5) plain coroutines behave the same, we just hold no handle to them");
  try {
    await gather(job("c1", 0.01, true), job("c2", 0.06));
  } catch (exc) {
    if (!(exc instanceof ValueError)) throw exc;
    print("main caught:", exc);
  }
  await sleep(0.08);
  print("c2 finished on its own");

  print("6) edge cases");
  print("empty gather:", await gather());
  const done_task = create_task(job("early", 0));
  await sleep(0.01);
  print("early done?", done_task.done());
  print("gather with a finished task:", await gather(done_task, job("late", 0)));
  const nested = await gather(gather(job("n1", 0.02), job("n2", 0.01)), job("n3", 0));
  print("nested:", nested);

  print("7) as_completed yields in completion order");
  const racers = ([["r", 0.03], ["s", 0.01], ["t", 0.02]] as const).map(([n, d]) => create_task(job(n, d)));
  const order: string[] = [];
  for (const next_done of as_completed(racers)) order.push(await next_done);
  print("completion order:", order);
  return null;
});

await run(main());
