/**
 * asyncio.run and asyncio.Runner (runners.py): a fresh loop per run, main wrapped in a task,
 * then the shutdown sequence — cancel leftover tasks and wait for them (`_cancel_all_tasks`),
 * `shutdown_asyncgens`, `shutdown_default_executor`, close. Each stage is its own
 * `run_until_complete`, so leftover callbacks interleave as they do in CPython.
 *
 * Python's `asyncio.run` blocks; here it returns a Promise because the host owns the JS
 * stack: the compiler emits `await asyncio.run(main())` (top-level await in an ES module).
 */
import { RuntimeError, ValueError } from "../exceptions.js";
import { kw } from "../kwargs.js";
import { Coroutine, iscoroutine } from "./coroutine.js";
import { pendingTasks, new_event_loop, set_event_loop } from "./events.js";
import { gather } from "./gather.js";
import type { EventLoop } from "./loop.js";
import { configureAsyncio, runningLoopOrNull } from "./state.js";
import { shortRepr } from "./report.js";

export interface RunOptions {
  debug?: boolean | null;
  /** run this program on the virtual clock (same as `setVirtualTime(true)`) */
  virtualTime?: boolean;
}

const enum RunnerState {
  Created,
  Initialized,
  Closed,
}

export class Runner {
  private state = RunnerState.Created;
  private loop: EventLoop | null = null;

  constructor(_options: { debug?: boolean | null } = {}) {}

  get_loop(): EventLoop {
    return this.lazyInit();
  }

  /** Runner.run(coro): a Promise of main's result. */
  run<T>(coro: Coroutine<T>): Promise<T> {
    if (!iscoroutine(coro)) throw new ValueError(`a coroutine was expected, got ${shortRepr(coro)}`);
    if (runningLoopOrNull() !== null) {
      throw new RuntimeError("Runner.run() cannot be called from a running event loop");
    }
    const loop = this.lazyInit();
    const task = loop.create_task(coro);
    return loop.run_until_complete(task);
  }

  /** Runner.close(): the shutdown sequence; a Promise because it runs the loop. */
  async close(): Promise<void> {
    if (this.state !== RunnerState.Initialized) return;
    const loop = this.loop!;
    try {
      await cancelAllTasks(loop);
      await loop.run_until_complete(loop.shutdown_asyncgens());
      await loop.run_until_complete(loop.shutdown_default_executor());
    } finally {
      set_event_loop(null);
      loop.close();
      this.loop = null;
      this.state = RunnerState.Closed;
    }
  }

  private lazyInit(): EventLoop {
    if (this.state === RunnerState.Closed) throw new RuntimeError("Runner is closed");
    if (this.state === RunnerState.Initialized) return this.loop!;
    this.loop = new_event_loop();
    set_event_loop(this.loop);
    this.state = RunnerState.Initialized;
    return this.loop;
  }
}

/** runners._cancel_all_tasks */
async function cancelAllTasks(loop: EventLoop): Promise<void> {
  const toCancel = pendingTasks(loop);
  if (toCancel.length === 0) return;
  for (const task of toCancel) task.cancel();
  await loop.run_until_complete(gather(...toCancel, kw({ return_exceptions: true })));
  for (const task of toCancel) {
    if (task.cancelled()) continue;
    const exc = task.exception();
    if (exc !== null) {
      loop.call_exception_handler({
        message: "unhandled exception during asyncio.run() shutdown",
        exception: exc,
        task,
      });
    }
  }
}

/**
 * `await asyncio.run(main())`. Throws synchronously (like CPython, before any loop exists)
 * when called inside a running loop; otherwise the Promise settles after the shutdown.
 */
export function run<T>(main: Coroutine<T>, options?: RunOptions): Promise<T>;
/** Anything else raises CPython's ValueError("a coroutine was expected, got ...") */
export function run(main: unknown, options?: RunOptions): Promise<unknown>;
export function run<T>(main: Coroutine<T> | unknown, options: RunOptions = {}): Promise<T> {
  if (runningLoopOrNull() !== null) {
    throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  }
  if (options.virtualTime !== undefined) configureAsyncio({ virtualTime: options.virtualTime });
  const runner = new Runner({ debug: options.debug ?? null });
  let result: Promise<T>;
  try {
    result = runner.run(main as Coroutine<T>);
  } catch (error) {
    return runner.close().then(() => {
      throw error;
    });
  }
  return result.then(
    async (value) => {
      await runner.close();
      return value;
    },
    async (error: unknown) => {
      await runner.close();
      throw error;
    },
  );
}
