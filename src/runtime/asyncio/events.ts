/**
 * The module-level functions of asyncio/events.py and tasks.py that find a loop or a task:
 * get_running_loop, get_event_loop, set_event_loop, new_event_loop, current_task, all_tasks,
 * and the event-loop policy hooks (a single built-in policy; uvloop.ts maps uvloop onto it).
 */
import { PySet } from "../set.js";
import { RuntimeError } from "../exceptions.js";
import { EventLoop } from "./loop.js";
import { currentLoopOrNull, runningLoopOrNull, setCurrentLoop } from "./state.js";
import type { Task } from "./task.js";

export function get_running_loop(): EventLoop {
  const loop = runningLoopOrNull();
  if (loop === null) throw new RuntimeError("no running event loop");
  return loop;
}

/** `asyncio._get_running_loop()`: None outside a loop. */
export function _get_running_loop(): EventLoop | null {
  return runningLoopOrNull();
}

/** 3.11: the running loop, else the policy's loop for this thread (created on first use). */
export function get_event_loop(): EventLoop {
  const running = runningLoopOrNull();
  if (running !== null) return running;
  let current = currentLoopOrNull();
  if (current === null) {
    current = new EventLoop();
    setCurrentLoop(current);
  }
  return current;
}

export function set_event_loop(loop: EventLoop | null): void {
  setCurrentLoop(loop);
}

export function new_event_loop(): EventLoop {
  return new EventLoop();
}

/** `asyncio.current_task(loop=None)` */
export function current_task(loop: EventLoop | null = null): Task<unknown> | null {
  return (loop ?? get_running_loop())._stepping;
}

/** The loop's unfinished tasks in creation order (what `asyncio.run` cancels at the end). */
export function pendingTasks(loop: EventLoop | null = null): Task<unknown>[] {
  const source = loop ?? get_running_loop();
  const pending: Task<unknown>[] = [];
  for (const task of source._allTasks) if (!task.done()) pending.push(task);
  return pending;
}

/** `asyncio.all_tasks(loop=None)`: a Python set of the loop's unfinished tasks. */
export function all_tasks(loop: EventLoop | null = null): PySet<Task<unknown>> {
  return PySet.from(pendingTasks(loop));
}

/** The default policy; `set_event_loop_policy` accepts it or uvloop's stand-in. */
export class DefaultEventLoopPolicy {
  get_event_loop(): EventLoop {
    return get_event_loop();
  }
  set_event_loop(loop: EventLoop | null): void {
    set_event_loop(loop);
  }
  new_event_loop(): EventLoop {
    return new_event_loop();
  }
}

export function get_event_loop_policy(): DefaultEventLoopPolicy {
  return new DefaultEventLoopPolicy();
}

/**
 * Every policy runs on this runtime's loop. Policies that are not ours (or uvloop's stand-in,
 * which extends ours) cannot be honoured, so they are refused loudly rather than ignored.
 */
export function set_event_loop_policy(policy: unknown): void {
  if (policy === null || policy instanceof DefaultEventLoopPolicy) return;
  throw new RuntimeError(
    "py2ts: only the built-in event loop policy (or uvloop.EventLoopPolicy) is supported",
  );
}
