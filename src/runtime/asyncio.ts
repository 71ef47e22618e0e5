/**
 * py2ts/runtime/asyncio — CPython's asyncio on a runtime-owned event loop, for code the
 * compiler emits from `async def` / `await` (see docs/asyncio.md for the full contract).
 *
 * Emission in brief:
 *   async def f(x) -> T        const f = coroutine(async function f$(x: X): Promise<T> {...})
 *   async def m(self) (method) m(): Coroutine<T> { return lazy(async () => {...}, "m"); }
 *   await e                    await e            (await f.fn(...) for a direct call, when f
 *                                                  never returns an awaitable)
 *   return <task/future/coro>  return box(x)      (await site: unbox(await f()))
 *   await <JS promise>         await wrap(p)
 *   async for x in it          for await (const x of asyncIterate(it)) {...}
 *   async with cm as v         explicit __aenter__/__aexit__ (docs/asyncio.md)
 *   async generator            const g = asyncGenerator(async function* g$() {...})
 *   asyncio.run(main())        await run(main())
 *   gather(a, b, return_exceptions=True)   gather(a, b, kw({ return_exceptions: true }))
 *   create_task(c, name="n")   create_task(c, { name: "n" })
 *
 * Import order matters for the class hierarchy (Future before Task): the loop module is
 * loaded first, and it pulls in the rest in a safe order.
 */
export { EventLoop } from "./asyncio/loop.js";
export { Future, isfuture } from "./asyncio/future.js";
export { Task, type TaskOptions } from "./asyncio/task.js";
export { inspect_iscoroutine, isawaitable, isasyncgen, isasyncgenfunction } from "./asyncio/inspect.js";
export { Handle, TimerHandle } from "./asyncio/handles.js";
export { Awaitable, box, unbox, opaque, type Boxed } from "./asyncio/awaitable.js";
export {
  Coroutine,
  coroutine,
  coroutineRaised,
  lazy,
  iscoroutine,
  iscoroutinefunction,
  type CoroutineFunction,
} from "./asyncio/coroutine.js";
export {
  get_running_loop,
  _get_running_loop,
  get_event_loop,
  set_event_loop,
  new_event_loop,
  current_task,
  all_tasks,
  DefaultEventLoopPolicy,
  get_event_loop_policy,
  set_event_loop_policy,
} from "./asyncio/events.js";
export {
  CancelledError,
  InvalidStateError,
  TimeoutError,
  QueueEmpty,
  QueueFull,
  BrokenBarrierError,
  SendfileNotAvailableError,
} from "./asyncio/exceptions.js";
export { ensure_future, wrap } from "./asyncio/ensure.js";
export { sleep } from "./asyncio/sleep.js";
export { gather, _GatheringFuture, type GatherOptions } from "./asyncio/gather.js";
export { wait_for, timeout, timeout_at, Timeout } from "./asyncio/timeouts.js";
export {
  wait,
  as_completed,
  shield,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  ALL_COMPLETED,
  type WaitOptions,
} from "./asyncio/wait.js";
export { Queue, PriorityQueue, LifoQueue } from "./asyncio/queues.js";
export { Lock, Event, Condition, Semaphore, BoundedSemaphore } from "./asyncio/locks.js";
export { TaskGroup } from "./asyncio/taskgroup.js";
export { Barrier } from "./asyncio/barrier.js";
export { run, Runner, type RunOptions } from "./asyncio/runners.js";
export {
  PyAsyncGenerator,
  asyncGenerator,
  asyncIterate,
  aiter,
  anext,
  type AsyncGeneratorFunction,
} from "./asyncio/asyncgen.js";
export {
  asynccontextmanager,
  aexitSuppresses,
  AsyncExitStack,
  _AsyncGeneratorContextManager,
  type AsyncContextManager,
} from "./asyncio/contextlib.js";
export { awaitable, legacyCoroutine, types_coroutine } from "./asyncio/legacy.js";
export { uvloop } from "./asyncio/uvloop.js";
export {
  configureAsyncio,
  setVirtualTime,
  asyncioConfig,
  programMonotonic,
  programWallTime,
  type AsyncioConfig,
} from "./asyncio/state.js";
export { kw } from "./kwargs.js";
export { create_task } from "./asyncio/create-task.js";
