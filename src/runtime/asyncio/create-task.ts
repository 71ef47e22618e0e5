/** `asyncio.create_task(coro, name=None)`: a Task on the running loop. */
import type { Coroutine } from "./coroutine.js";
import { get_running_loop } from "./events.js";
import type { Task, TaskOptions } from "./task.js";

export function create_task<T>(coro: Coroutine<T>, options: TaskOptions = {}): Task<T> {
  return get_running_loop().create_task(coro, options);
}
