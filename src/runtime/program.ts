/**
 * How a converted program starts and ends.
 *
 * What the compiler emits for the main module `bank.py`:
 *
 *     import { runProgram, print } from "py2ts/runtime";
 *
 *     runProgram({ file: "bank.py" }, () => {
 *       class Account { ... }
 *       function apply(account: Account, ops: ...) { ... }
 *       print("opened");
 *     });
 *
 * and, for a module body with top-level `await` (asyncio programs), an async body:
 *
 *     runProgram({ file: "main.py" }, async () => { await asyncio.run(main()); print("done"); });
 *
 * `runProgram` sets `sys.argv`, runs the body, and ends the program as CPython does:
 *   - normal end: exit status 0;
 *   - SystemExit: `sys.exit()` / `sys.exit(None)` → 0, `sys.exit(n)` → n, any other value →
 *     its str on stderr and status 1;
 *   - KeyboardInterrupt: the traceback, then the process kills itself with SIGINT as CPython
 *     does (a shell shows 130; a browser host gets status 130);
 *   - any other Python exception: a CPython-style traceback on stderr (traceback.ts), status 1;
 *   - a stack overflow is RecursionError; a JS error that is not a Python exception is a bug in
 *     py2ts: an "internal error" report on stderr and status 70, never a Python traceback.
 * Then suspended generators are closed (their `finally` blocks run, as at CPython's shutdown),
 * stdout is flushed, and the host's `exit(status)` is called: in Node, `process.exitCode` is set
 * and the process exits once stdout/stderr have drained, so no output is ever cut off.
 * A browser host passes `{ exit(status) {...} }` and installs its sink with `setOutputSink`.
 */
import { BaseException, KeyboardInterrupt, SystemExit, typeNameOf } from "./exceptions.js";
import { InternalBug, mapEngineError } from "./exception-catch.js";
import { closeSuspendedGenerators, setUnraisableHook } from "./generator.js";
import { flushOutput, writeStderr } from "./io.js";
import { repr, str } from "./repr.js";
import { sys } from "./sys.js";
import { formatException, type FrameLocator } from "./traceback.js";
import { markBuiltinFunctions } from "./builtin-functions.js";

/** Exit status for an internal error (BSD's EX_SOFTWARE), distinct from a Python error's 1. */
export const INTERNAL_ERROR_STATUS = 70;

export interface ProgramHost {
  /**
   * called once, after all output was handed to the sink; `signal` when CPython would die by
   * that signal instead (an uncaught KeyboardInterrupt: SIGINT, which shells show as 130)
   */
  exit(status: number, signal?: "SIGINT"): void;
}

/** The status a shell shows for a program an uncaught KeyboardInterrupt ended (128 + SIGINT). */
export const KEYBOARD_INTERRUPT_STATUS = 130;

export interface ProgramOptions {
  /** the Python file name shown in tracebacks and as `sys.argv[0]` */
  readonly file?: string;
  /** `sys.argv[1:]`; defaults to Node's `process.argv.slice(2)` (empty in a browser) */
  readonly args?: readonly string[];
  /** maps JS stack frames to Python frames for tracebacks (traceback.ts) */
  readonly locate?: FrameLocator;
  /** the runtime functions the program reads as values: Python built-in functions (builtin-functions.ts) */
  readonly builtins?: readonly Function[];
  /** what ends the program; defaults to Node's process, or nothing in a browser */
  readonly host?: ProgramHost;
}

interface NodeProcess {
  argv: string[];
  exitCode?: number;
  exit(code?: number): never;
  pid: number;
  kill(pid: number, signal: string): void;
  removeAllListeners(event: string): void;
  stdout: { write(text: string, cb: () => void): boolean };
  stderr: { write(text: string, cb: () => void): boolean };
}

function nodeProcess(): NodeProcess | undefined {
  const p = (globalThis as { process?: NodeProcess }).process;
  return p && typeof p.exit === "function" && p.stdout ? p : undefined;
}

/** Node: exit once both streams have drained; elsewhere: nothing to do. */
function defaultHost(): ProgramHost {
  const proc = nodeProcess();
  if (!proc) return { exit() {} };
  return {
    exit(status, signal) {
      proc.exitCode = status;
      let pending = 2;
      const done = () => {
        if (--pending > 0) return;
        if (signal) {
          // CPython restores the default SIGINT handler and kills itself with the signal
          proc.removeAllListeners(signal);
          proc.kill(proc.pid, signal);
        } else proc.exit(status);
      };
      proc.stdout.write("", done);
      proc.stderr.write("", done);
    },
  };
}

/** The exit status for an exception that ended the program, after reporting it on stderr. */
export function reportUncaught(error: unknown, options: { locate?: FrameLocator } = {}): number {
  const exc = error instanceof BaseException ? error : mapEngineError(error);
  if (exc instanceof SystemExit) return systemExitStatus(exc);
  if (exc !== null) {
    writeStderr(formatException(exc, options.locate ? { locate: options.locate } : {}));
    return exc instanceof KeyboardInterrupt ? KEYBOARD_INTERRUPT_STATUS : 1;
  }
  reportInternalError(error instanceof InternalBug ? error.original : error);
  return INTERNAL_ERROR_STATUS;
}

/** CPython's handling of SystemExit's code (`Py_HandleSystemExit`). */
export function systemExitStatus(exc: SystemExit): number {
  const code = exc.code;
  if (code === null || code === undefined) return 0;
  if (typeof code === "boolean") return code ? 1 : 0;
  if (typeof code === "number" && Number.isInteger(code)) return code & 0xff;
  if (typeof code === "bigint") return Number(BigInt.asUintN(8, code));
  writeStderr(`${str(code)}\n`);
  return 1;
}

function reportInternalError(error: unknown): void {
  const detail = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : safeRepr(error);
  writeStderr(
    `py2ts: internal error: a JavaScript error escaped the converted program.\n` +
      `This is a bug in py2ts (or in hand-written TypeScript), not in the Python program.\n${detail}\n`,
  );
}

function safeRepr(value: unknown): string {
  try {
    return value instanceof BaseException ? `${typeNameOf(value)}: ${value.__str__()}` : repr(value);
  } catch {
    return String(value);
  }
}

/** CPython's report of an exception it cannot raise (a generator's `close()` when it is dropped). */
function reportUnraisable(gen: unknown, error: BaseException): void {
  flushOutput();
  writeStderr(`Exception ignored in: ${safeRepr(gen)}\n`);
  writeStderr(formatException(error));
}

function finish(status: number, options: ProgramOptions, ended?: { interrupted: boolean }): number {
  let finalStatus = status;
  closeSuspendedGenerators((gen, error) => {
    // CPython prints "Exception ignored in: <generator ...>" and carries on
    writeStderr(`Exception ignored in: ${safeRepr(gen)}\n`);
    if (error instanceof BaseException) writeStderr(formatException(error));
    else finalStatus = reportUncaught(error);
  });
  flushOutput();
  const interrupted = ended?.interrupted === true && finalStatus === status;
  (options.host ?? defaultHost()).exit(finalStatus, interrupted ? "SIGINT" : undefined);
  return finalStatus;
}

function isInterrupt(error: unknown): boolean {
  return error instanceof KeyboardInterrupt;
}

/**
 * Run a converted program's module body (see the header). Returns the exit status (also handed
 * to the host); a synchronous body is run and finished synchronously.
 */
export function runProgram(options: ProgramOptions, body: () => void | Promise<void>): Promise<number> {
  const proc = nodeProcess();
  sys.argv = [options.file ?? "", ...(options.args ?? proc?.argv.slice(2) ?? [])];
  const locate = options.locate ? { locate: options.locate } : {};
  setUnraisableHook(reportUnraisable);
  if (options.builtins) markBuiltinFunctions(options.builtins);
  let result: void | Promise<void>;
  try {
    result = body();
  } catch (error) {
    return Promise.resolve(finish(reportUncaught(error, locate), options, { interrupted: isInterrupt(error) }));
  }
  if (result && typeof (result as Promise<void>).then === "function") {
    return (result as Promise<void>).then(
      () => finish(0, options),
      (error: unknown) => finish(reportUncaught(error, locate), options, { interrupted: isInterrupt(error) }),
    );
  }
  return Promise.resolve(finish(0, options));
}
