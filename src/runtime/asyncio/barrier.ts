/**
 * asyncio.Barrier (locks.py, 3.11): `parties` tasks meet at `wait()`; each gets its arrival
 * index; `abort()` breaks the barrier (waiters and later arrivals raise BrokenBarrierError),
 * `reset()` sends the waiting tasks BrokenBarrierError and refills. Built on a Condition like
 * CPython's, so wake-up order is the same.
 */
import { ValueError } from "../exceptions.js";
import { lazy, type Coroutine } from "./coroutine.js";
import { BrokenBarrierError } from "./exceptions.js";
import { Condition } from "./locks.js";

const enum BarrierState {
  Filling,
  Draining,
  Resetting,
  Broken,
}

export class Barrier {
  private readonly cond = new Condition();
  private state = BarrierState.Filling;
  private count = 0;
  private readonly _parties: number;

  constructor(parties: number | bigint) {
    if (parties < 1) throw new ValueError("parties must be > 0");
    this._parties = Number(parties);
  }

  __aenter__(): Coroutine<number> {
    return lazy(async () => await this.wait(), "__aenter__");
  }
  __aexit__(_type: unknown, _exc: unknown, _tb: unknown): Coroutine<null> {
    return lazy(async () => null, "__aexit__");
  }

  wait(): Coroutine<number> {
    return lazy(async () => {
      await this.cond.acquire();
      try {
        await this.block();
        const index = this.count;
        this.count += 1;
        try {
          if (index + 1 === this._parties) this.releaseAll();
          else await this.waitDrained();
          return index;
        } finally {
          this.count -= 1;
          this.exit();
        }
      } finally {
        this.cond.release();
      }
    }, "wait");
  }

  private async block(): Promise<void> {
    await this.cond.wait_for(() => this.state !== BarrierState.Draining && this.state !== BarrierState.Resetting);
    if (this.state === BarrierState.Broken) throw new BrokenBarrierError("Barrier aborted");
  }

  private releaseAll(): void {
    this.state = BarrierState.Draining;
    this.cond.notify_all();
  }

  private async waitDrained(): Promise<void> {
    await this.cond.wait_for(() => this.state !== BarrierState.Filling);
    if (this.state === BarrierState.Broken || this.state === BarrierState.Resetting) {
      throw new BrokenBarrierError("Abort or reset of barrier");
    }
  }

  private exit(): void {
    if (this.count === 0) {
      if (this.state === BarrierState.Resetting || this.state === BarrierState.Draining) this.state = BarrierState.Filling;
      this.cond.notify_all();
    }
  }

  reset(): Coroutine<null> {
    return lazy(async () => {
      await this.cond.acquire();
      try {
        if (this.count > 0) this.state = BarrierState.Resetting;
        else this.state = BarrierState.Filling;
        this.cond.notify_all();
      } finally {
        this.cond.release();
      }
      return null;
    }, "reset");
  }

  abort(): Coroutine<null> {
    return lazy(async () => {
      await this.cond.acquire();
      try {
        this.state = BarrierState.Broken;
        this.cond.notify_all();
      } finally {
        this.cond.release();
      }
      return null;
    }, "abort");
  }

  get parties(): number {
    return this._parties;
  }
  get n_waiting(): number {
    return this.state === BarrierState.Filling ? this.count : 0;
  }
  get broken(): boolean {
    return this.state === BarrierState.Broken;
  }
}
