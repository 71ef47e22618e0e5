/**
 * The loop's clock. Real time is `performance.now()` (monotonic, like CPython's
 * `time.monotonic()` that `loop.time()` uses). Virtual time starts at the real monotonic
 * reading and only moves when the loop, finding nothing ready, jumps it to the next timer.
 * The active virtual clock is published (clock-bridge.ts) so `time.time()` /
 * `time.monotonic()` can follow it.
 */
export interface LoopClock {
  readonly virtual: boolean;
  /** seconds, monotonic */
  now(): number;
  /** virtual clocks only: move forward to `when` (never backwards) */
  advanceTo(when: number): void;
}

export function realMonotonic(): number {
  return performance.now() / 1000;
}

export function makeRealClock(): LoopClock {
  return { virtual: false, now: realMonotonic, advanceTo() {} };
}

export function makeVirtualClock(start: number = realMonotonic()): LoopClock {
  let current = start;
  return {
    virtual: true,
    now: () => current,
    advanceTo(when: number) {
      if (when > current) current = when;
    },
  };
}
