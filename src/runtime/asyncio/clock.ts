/**
 * The loop's clock. Real time is `performance.now()` (monotonic, like CPython's
 * `time.monotonic()` that `loop.time()` uses). Virtual time starts at the real monotonic
 * reading and only moves when the loop, finding nothing ready, jumps it to the next timer.
 * The active virtual clock is published (clock-bridge.ts) so `time.time()` /
 * `time.monotonic()` can follow it.
 */
export interface LoopClock {
  readonly virtual: boolean;
  /** real readings when the clock was made: virtual wall time = startWall + (now() - startMonotonic) */
  readonly startMonotonic: number;
  readonly startWall: number;
  /** seconds, monotonic */
  now(): number;
  /** virtual clocks only: move forward to `when` (never backwards) */
  advanceTo(when: number): void;
}

export function realMonotonic(): number {
  return performance.now() / 1000;
}

/** seconds since the epoch with sub-millisecond precision, like `time.time()` */
export function realWallTime(): number {
  return (performance.timeOrigin + performance.now()) / 1000;
}

export function makeRealClock(): LoopClock {
  return { virtual: false, startMonotonic: realMonotonic(), startWall: realWallTime(), now: realMonotonic, advanceTo() {} };
}

export function makeVirtualClock(start: number = realMonotonic()): LoopClock {
  let current = start;
  return {
    virtual: true,
    startMonotonic: start,
    startWall: realWallTime() - (realMonotonic() - start),
    now: () => current,
    advanceTo(when: number) {
      if (when > current) current = when;
    },
  };
}

/** A Python number of seconds as converted code passes it (an int may be a bigint, a float a box). */
export type Seconds = number | bigint;

export function seconds(x: Seconds): number {
  return typeof x === "number" ? x : Number(x);
}
