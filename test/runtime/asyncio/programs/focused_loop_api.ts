// Hand-emitted translation of focused_loop_api.py (expected output: CPython, at test time).
import {
  CancelledError, coroutine, Future, InvalidStateError, new_event_loop, set_event_loop, sleep,
} from "../../../../src/runtime/asyncio.js";
import { RuntimeError, ValueError } from "../../../../src/runtime/exceptions.js";
import { print } from "../../../../src/runtime/io.js";
import { repr } from "../../../../src/runtime/repr.js";

function cb(label: string, log: string[]): void {
  log.push(label);
  print("callback", label);
}

const answer = coroutine(async function answer$(x: number): Promise<number> {
  await sleep(0.01);
  return x * 2;
});

async function main(): Promise<null> {
  const loop = new_event_loop();
  set_event_loop(loop);
  print("running?", loop.is_running(), "closed?", loop.is_closed());
  print("run_until_complete ->", await loop.run_until_complete(answer(21)));
  const log: string[] = [];
  loop.call_soon(cb, "a", log);
  const h = loop.call_soon(cb, "dropped", log);
  h.cancel();
  print("handle cancelled?", h.cancelled());
  loop.call_at(loop.time() + 0.02, cb, "at+20ms", log);
  loop.call_later(0.01, cb, "later+10ms", log);
  loop.call_later(0.03, () => loop.stop());
  await loop.run_forever();
  print("after run_forever:", log);

  const fut: Future<string> = loop.create_future<string>();
  try {
    fut.result();
  } catch (exc) {
    if (!(exc instanceof InvalidStateError)) throw exc;
    print("InvalidStateError:", exc);
  }
  try {
    fut.exception();
  } catch (exc) {
    if (!(exc instanceof InvalidStateError)) throw exc;
    print("InvalidStateError:", exc);
  }
  fut.add_done_callback((f) => print("done callback sees", f.result()));
  loop.call_soon((v: string) => fut.set_result(v), "value");
  print("run_until_complete(future) ->", await loop.run_until_complete(fut));
  try {
    fut.set_result("again");
  } catch (exc) {
    if (!(exc instanceof InvalidStateError)) throw exc;
    print("InvalidStateError:", exc);
  }
  print("cancel() on a done future ->", fut.cancel());

  const failing = loop.create_future<never>();
  failing.set_exception(new ValueError("bad"));
  print("exception():", repr(failing.exception()));
  try {
    await loop.run_until_complete(failing);
  } catch (exc) {
    if (!(exc instanceof ValueError)) throw exc;
    print("run_until_complete raised", repr(exc));
  }

  const cancelled = loop.create_future();
  cancelled.cancel("stop it");
  try {
    cancelled.result();
  } catch (exc) {
    if (!(exc instanceof CancelledError)) throw exc;
    print("result() of cancelled future:", repr(exc));
  }

  loop.close();
  print("closed?", loop.is_closed());
  try {
    loop.call_soon(cb, "x", log);
  } catch (exc) {
    if (!(exc instanceof RuntimeError)) throw exc;
    print("RuntimeError:", exc);
  }
  set_event_loop(null);
  return null;
}

await main();
