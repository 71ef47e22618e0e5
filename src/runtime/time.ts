/**
 * The `time` module: time, monotonic, perf_counter, the *_ns variants, process_time, sleep.
 *
 * What the compiler emits: `import time` → `import { time } from "py2ts/runtime"`, then
 * `time.time()`, `time.sleep(0.5)`, ... (the results of time/monotonic/perf_counter are floats).
 *
 * A pluggable clock: asyncio's virtual time (`py2ts run --virtual-time`) calls
 * `setClock({ now, sleep })` so that `time.monotonic()` / `time.time()` follow the loop's clock
 * and `time.sleep()` advances it instead of blocking; `setClock(null)` restores real time.
 * Real `sleep` blocks synchronously with `Atomics.wait` (Node, and browser Web Workers), as
 * CPython's does; where blocking is impossible it busy-waits rather than return early.
 */
import { OverflowError, TypeError, ValueError } from "./exceptions.js";
import { normBig } from "./numbers.js";
import { boxFloat, PyFloat } from "./float-box.js";

/** A monotonic clock in seconds; `sleep` advances a virtual one. */
export interface Clock {
  now(): number;
  sleep?(seconds: number): void;
}

interface ActiveClock {
  readonly clock: Clock;
  /** wall time (seconds since the epoch) when the clock was installed */
  readonly wallAtStart: number;
  readonly monoAtStart: number;
}

const state: { active: ActiveClock | null } = { active: null };

function realMonotonic(): number {
  return performance.now() / 1000;
}

/** Make `monotonic()`/`time()`/`sleep()` follow `clock` (null: real time again). */
export function setClock(clock: Clock | null): void {
  state.active = clock === null ? null : { clock, wallAtStart: Date.now() / 1000, monoAtStart: clock.now() };
}

/** time(): seconds since the epoch, as a float */
export function time(): number {
  return boxFloat(wallTime());
}

function wallTime(): number {
  const a = state.active;
  if (a !== null) return a.wallAtStart + (a.clock.now() - a.monoAtStart);
  return (performance.timeOrigin + performance.now()) / 1000;
}

/** monotonic(): seconds from an arbitrary start, never going back */
export function monotonic(): number {
  const a = state.active;
  return boxFloat(a !== null ? a.clock.now() : realMonotonic());
}

/** perf_counter(): the highest-resolution monotonic clock (the same one here) */
export function perf_counter(): number {
  return monotonic();
}

/** process_time(): CPU time is not observable from JS; elapsed real time since start instead */
export function process_time(): number {
  return boxFloat(performance.now() / 1000);
}

function toNs(seconds: number): number | bigint {
  return normBig(BigInt(Math.round(seconds * 1e6)) * 1000n);
}

export function time_ns(): number | bigint {
  return toNs(wallTime());
}
export function monotonic_ns(): number | bigint {
  return toNs(monotonic());
}
export function perf_counter_ns(): number | bigint {
  return toNs(perf_counter());
}

function blockFor(ms: number): void {
  if (typeof SharedArrayBuffer === "function" && typeof Atomics?.wait === "function") {
    try {
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
      return;
    } catch {
      // Atomics.wait is not allowed on a browser's main thread: fall through to busy-waiting
    }
  }
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // busy-wait: the only synchronous sleep left
  }
}

/** sleep(secs): blocks the program (advances a virtual clock instead, see setClock) */
export function sleep(seconds: unknown): void {
  if (typeof seconds === "boolean") seconds = seconds ? 1 : 0;
  if (typeof seconds === "bigint" || seconds instanceof PyFloat) seconds = Number(seconds);
  if (typeof seconds !== "number") {
    throw new TypeError(`'${seconds === null ? "NoneType" : typeof seconds}' object cannot be interpreted as an integer or float`);
  }
  if (Number.isNaN(seconds)) throw new ValueError("Invalid value NaN (not a number)");
  if (seconds < 0) throw new ValueError("sleep length must be non-negative");
  if (!Number.isFinite(seconds)) throw new OverflowError("timestamp too large to convert to C _PyTime_t");
  const a = state.active;
  if (a !== null && a.clock.sleep) {
    a.clock.sleep(seconds);
    return;
  }
  const end = monotonic() + seconds;
  for (let left = seconds; left > 0; left = end - monotonic()) blockFor(Math.max(1, left * 1000));
}
