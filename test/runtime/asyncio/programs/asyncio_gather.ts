// Hand-emitted translation of corpus/seed/asyncio_gather.py (the seed article's example verbatim).
import { coroutine, gather, run, sleep } from "../../../../src/runtime/asyncio.js";
import { time } from "../../../../src/runtime/time.js";
import { print } from "../../../../src/runtime/io.js";
import { repr } from "../../../../src/runtime/repr.js";
import { FLOAT } from "../../../../src/runtime/types.js";

const exec = coroutine(async function exec$(): Promise<null> {
  await sleep(2);
  print("exec");
  return null;
});

const go = coroutine(async function go$(): Promise<null> {
  print(repr(time(), FLOAT));
  await gather(exec(), exec());
  print(repr(time(), FLOAT));
  return null;
});

await run(go());
