/**
 * A stand-in for the `uvloop` package: `uvloop.install()`, `uvloop.EventLoopPolicy()`,
 * `uvloop.new_event_loop()` and `uvloop.run()` are accepted and run on this runtime's loop,
 * whose ordering is CPython's (uvloop's differs only in I/O, which converted programs lack).
 */
import type { Coroutine } from "./coroutine.js";
import { DefaultEventLoopPolicy, new_event_loop as newLoop } from "./events.js";
import type { EventLoop } from "./loop.js";
import { run as runMain, type RunOptions } from "./runners.js";

export class EventLoopPolicy extends DefaultEventLoopPolicy {}
export class Loop {}

export function install(): void {}

export function new_event_loop(): EventLoop {
  return newLoop();
}

export function run<T>(main: Coroutine<T>, options: RunOptions = {}): Promise<T> {
  return runMain(main, options);
}

export const uvloop = { install, EventLoopPolicy, new_event_loop, run };
