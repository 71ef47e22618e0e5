/**
 * The one piece of process-wide mutable state the asyncio runtime has, mirroring CPython's
 * per-thread `_running_loop` / event-loop policy: which loop is running, which loop
 * `get_event_loop()` / `set_event_loop()` refer to, and the runtime options a host (the CLI,
 * the API, a playground) sets before running a program. JS has one thread per realm, so a
 * single record here is exactly CPython's thread-local. Everything else in the runtime is
 * per-loop or per-object.
 */
import { setClock } from "../time.js";
import { makeVirtualClock, realMonotonic, realWallTime, type LoopClock } from "./clock.js";
import type { EventLoop } from "./loop.js";

/** Options a host sets once (e.g. `py2ts run --virtual-time`). */
export interface AsyncioConfig {
  /** When nothing is ready, jump the clock to the next timer instead of waiting. */
  virtualTime: boolean;
  /** Host-macrotask hop period (callbacks); keeps host I/O alive during long drains. */
  yieldEvery: number;
}

interface ThreadState {
  /** CPython `events._get_running_loop()` */
  running: EventLoop | null;
  /** the loop `set_event_loop()` installed (policy's local loop) */
  current: EventLoop | null;
  config: AsyncioConfig;
  /** shared by every loop while virtual time is on, so time keeps moving forward across runs */
  virtualClock: LoopClock | null;
  /** CPython's module-level `_task_name_counter` ("Task-N") */
  taskNameCounter: number;
  /** whether the time module currently follows our virtual clock (we installed it) */
  timeFollowsVirtualClock: boolean;
  /**
   * Coroutine objects that may never be started: each new one is noted, the started ones are
   * dropped whenever the list doubles, and a closing loop reports those still unstarted
   * (CPython's "coroutine ... was never awaited", written when the object is collected).
   */
  newCoroutines: { _isFresh(): boolean; readonly __qualname__: string }[];
  newCoroutinesLimit: number;
}

const threadState: ThreadState = {
  running: null,
  current: null,
  config: { virtualTime: false, yieldEvery: 1024 },
  virtualClock: null,
  taskNameCounter: 0,
  timeFollowsVirtualClock: false,
  newCoroutines: [],
  newCoroutinesLimit: 1024,
};

export function runningLoopOrNull(): EventLoop | null {
  return threadState.running;
}
export function setRunningLoop(loop: EventLoop | null): void {
  threadState.running = loop;
}
export function currentLoopOrNull(): EventLoop | null {
  return threadState.current;
}
export function setCurrentLoop(loop: EventLoop | null): void {
  threadState.current = loop;
}

/** The live configuration record (read by each new loop). */
export function asyncioConfig(): Readonly<AsyncioConfig> {
  return threadState.config;
}
/** Change runtime options, e.g. `configureAsyncio({ virtualTime: true })`. */
export function configureAsyncio(options: Partial<AsyncioConfig>): void {
  threadState.config = { ...threadState.config, ...options };
  syncTimeModule();
}

/**
 * Under virtual time, `time.monotonic()` / `time.time()` follow the virtual clock and a blocking
 * `time.sleep(s)` moves it forward by `s` (it blocks the loop in CPython, so timers are then
 * overdue exactly as they would be). Turning virtual time off hands the time module back.
 */
function syncTimeModule(): void {
  if (threadState.config.virtualTime) {
    const clock = loopClockOrNull()!;
    setClock({ now: () => clock.now(), sleep: (seconds) => clock.advanceTo(clock.now() + seconds) });
    threadState.timeFollowsVirtualClock = true;
  } else if (threadState.timeFollowsVirtualClock) {
    setClock(null);
    threadState.timeFollowsVirtualClock = false;
  }
}
/** `py2ts run --virtual-time` sets this before the program starts. */
export function setVirtualTime(on: boolean): void {
  configureAsyncio({ virtualTime: on });
}

/** The clock a new loop uses: the shared virtual clock when virtual time is on. */
export function loopClockOrNull(): LoopClock | null {
  if (!threadState.config.virtualTime) return null;
  threadState.virtualClock ??= makeVirtualClock();
  return threadState.virtualClock;
}

/**
 * `time.monotonic()` as a program under this runtime should see it: the virtual clock when
 * virtual time is on, real monotonic time otherwise. src/runtime/time.ts can plug this in.
 */
export function programMonotonic(): number {
  return threadState.config.virtualTime ? loopClockOrNull()!.now() : realMonotonic();
}

/** `time.time()` under the same rule: under virtual time, the wall clock at the clock's start plus virtual elapsed time. */
export function programWallTime(): number {
  if (!threadState.config.virtualTime) return realWallTime();
  const clock = loopClockOrNull()!;
  return clock.startWall + (clock.now() - clock.startMonotonic);
}

/** Number of the next default task name, "Task-1", "Task-2", ... (shared by all loops, as in CPython). */
export function nextTaskNumber(): number {
  threadState.taskNameCounter += 1;
  return threadState.taskNameCounter;
}

/**
 * A host that bundles the runtime into the program (`py2ts run --virtual-time`,
 * src/cli/run-options.cts) cannot call `setVirtualTime`: it publishes its options on this
 * global before the program starts, and they apply when this module loads.
 */
const HOST_OPTIONS = Symbol.for("py2ts.hostOptions");
const hostOptions = (globalThis as Record<symbol, Partial<AsyncioConfig> | undefined>)[HOST_OPTIONS];
if (hostOptions?.virtualTime === true) configureAsyncio({ virtualTime: true });

type NewCoroutine = ThreadState["newCoroutines"][number];

export function noteNewCoroutine(coro: NewCoroutine): void {
  const list = threadState.newCoroutines;
  list.push(coro);
  if (list.length >= threadState.newCoroutinesLimit) {
    const fresh = list.filter((c) => c._isFresh());
    threadState.newCoroutines = fresh;
    threadState.newCoroutinesLimit = Math.max(1024, fresh.length * 2);
  }
}

/** The noted coroutines never started nor closed (the list is emptied). */
export function takeNeverAwaited(): NewCoroutine[] {
  const fresh = threadState.newCoroutines.filter((c) => c._isFresh());
  threadState.newCoroutines = [];
  threadState.newCoroutinesLimit = 1024;
  return fresh;
}
