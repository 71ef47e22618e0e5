/**
 * Interop with JS promises both ways (design doc item 6) and TS code awaiting tasks.
 * Expected orders are CPython's for the equivalent program where one exists (noted inline).
 */
import { describe, expect, it } from "vitest";
import {
  CancelledError, coroutine, create_task, run, sleep, wrap, get_running_loop,
} from "../../../src/runtime/asyncio.js";

function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}

describe("awaiting JS promises inside a task", () => {
  it("wrap(p) settles through the loop: other tasks keep their turns and it can be cancelled", async () => {
    const log: string[] = [];
    const ticker = coroutine(async function ticker$(): Promise<null> {
      for (let i = 0; i < 4; i++) {
        await sleep(0.1);
        log.push(`tick ${i}`);
      }
      return null;
    });
    const waiter = coroutine(async function waiter$(): Promise<string> {
      const v = await wrap(delay(250, "host value"));
      log.push(`got ${v}`);
      return v;
    });
    const canceled = coroutine(async function canceled$(): Promise<string> {
      try {
        return await wrap(delay(1000, "never"));
      } catch (error) {
        if (error instanceof CancelledError) log.push("wrapped wait cancelled");
        throw error;
      }
    });
    const main = coroutine(async function main$(): Promise<null> {
      const t = create_task(ticker());
      const c = create_task(canceled());
      const v = await waiter();
      c.cancel();
      await t;
      try {
        await c;
      } catch (error) {
        log.push(`main: c cancelled ${error instanceof CancelledError}`);
      }
      log.push(`main done with ${v}`);
      return null;
    });
    await run(main(), { virtualTime: false });
    // CPython, with the host promise played by a 250 ms timer: ticks at 100, 200 ms, the value at 250 ms
    expect(log).toEqual([
      "tick 0", "tick 1", "got host value", "wrapped wait cancelled", "tick 2", "tick 3",
      "main: c cancelled true", "main done with host value",
    ]);
  });

  it("a raw promise does not stall the loop: other tasks run while it is pending", async () => {
    const log: string[] = [];
    const ticker = coroutine(async function ticker$(): Promise<null> {
      for (let i = 0; i < 3; i++) {
        await sleep(0.05);
        log.push(`tick ${i}`);
      }
      return null;
    });
    const rawWaiter = coroutine(async function rawWaiter$(): Promise<string> {
      const v = await delay(300, "raw");
      log.push(`raw resumed`);
      await sleep(0);
      log.push(`raw after sleep(0)`);
      return v;
    });
    const main = coroutine(async function main$(): Promise<string> {
      const t = create_task(ticker());
      const r = create_task(rawWaiter());
      await t;
      return await r;
    });
    const result = await run(main(), { virtualTime: false });
    expect(result).toBe("raw");
    expect(log.slice(0, 3)).toEqual(["tick 0", "tick 1", "tick 2"]);
    expect(log.slice(3)).toEqual(["raw resumed", "raw after sleep(0)"]);
  });
});

describe("TypeScript code awaiting runtime objects", () => {
  it("awaits a coroutine, a task and a future from plain async code", async () => {
    const double = coroutine(async function double$(x: number): Promise<number> {
      await sleep(0);
      return x * 2;
    });
    const main = coroutine(async function main$(): Promise<number[]> {
      const task = create_task(double(4));
      const fut = get_running_loop().create_future<number>();
      get_running_loop().call_soon(() => fut.set_result(7));
      return [await double(1), await task, await fut];
    });
    const values: number[] = await run(main());
    expect(values).toEqual([2, 8, 7]);
  });
});

describe("pluggable loops", () => {
  it("accepts uvloop.install() and uvloop's policy, and refuses a foreign policy", async () => {
    const { uvloop, set_event_loop_policy } = await import("../../../src/runtime/asyncio.js");
    uvloop.install();
    set_event_loop_policy(new uvloop.EventLoopPolicy());
    const main = coroutine(async function main$(): Promise<string> {
      await sleep(0);
      return "ran on the runtime loop";
    });
    expect(await uvloop.run(main())).toBe("ran on the runtime loop");
    expect(() => set_event_loop_policy({ name: "tornado" })).toThrow(/only the built-in event loop policy/);
    set_event_loop_policy(null);
  });
});
