// Hand-emitted translation of corpus/asyncio/seed_article.py (what the compiler should emit).
import { coroutine, gather, run, sleep } from "../../../../src/runtime/asyncio.js";
import { monotonic } from "../../../../src/runtime/time.js";
import { print } from "../../../../src/runtime/io.js";

const exec = coroutine(async function exec$(): Promise<null> {
  await sleep(2);
  print("exec");
  return null;
});

const wrong = coroutine(async function wrong$(): Promise<null> {
  const pending = [exec(), exec()];
  print("wrong: created", pending.length, "coroutines, none of them ran");
  for (const coro of pending) coro.close();
  return null;
});

const go = coroutine(async function go$(): Promise<number> {
  const start = monotonic();
  print("go: start");
  const results = await gather(exec(), exec());
  print("go: gather returned", results);
  const elapsed = monotonic() - start;
  print("go: gathered two 2-second sleeps in", Math.round(elapsed), "seconds");
  return elapsed;
});

await run(wrong());
const elapsed = await run(go());
print("overlapped:", Math.round(elapsed) === 2);
