/**
 * The run worker as the py2ts runtime's browser host:
 * - output: `setOutputSink` (src/runtime/io.ts) sends stdout/stderr to the page; stdout is
 *   buffered by the runtime (as CPython's is when piped), so the worker also flushes it every
 *   FLUSH_EVERY_MS while the program waits (e.g. in asyncio.sleep) — output shows as it arrives;
 * - virtual time: `setVirtualTime` (py2ts/runtime/asyncio);
 * - exit: converted programs call `runProgram(options, body)` (src/runtime/program.ts), which
 *   ends by calling `options.host.exit(status)`. The program imports `runProgram` through the
 *   playground's shim modules, which hand it a version that adds the worker's host, so the
 *   worker learns the exit status once all output is flushed.
 * Hooks are looked up by name when a run starts; one the user needs and the runtime lacks is an
 * error shown on the page, never skipped silently.
 */
import { loadRuntimeModule, type RuntimeModule } from "./runtime-modules.js";

const FLUSH_EVERY_MS = 40;

export interface RuntimeOptions {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly virtualTime: boolean;
}

export interface PreparedRuntime {
  /** Exports to substitute in the program's runtime imports. */
  readonly overrides: RuntimeModule;
  /** After the program module has been evaluated: its exit status, once it has ended. */
  finished(): Promise<number>;
  /** The program module failed to evaluate (outside runProgram): report it, return the status. */
  failed(error: unknown): number;
}

type Hook = (...args: never[]) => unknown;

function hook<T extends Hook>(module: RuntimeModule | undefined, name: string): T | undefined {
  const value = module?.[name];
  return typeof value === "function" ? (value as T) : undefined;
}

function required<T extends Hook>(module: RuntimeModule | undefined, name: string, where: string): T {
  const found = hook<T>(module, name);
  if (found === undefined) throw new Error(`the py2ts runtime has no ${name} yet (${where})`);
  return found;
}

interface ProgramHost {
  exit(status: number): void;
}
type RunProgram = (options: { host?: ProgramHost }, body: () => unknown) => Promise<number>;

export async function prepareRuntime(options: RuntimeOptions): Promise<PreparedRuntime> {
  const [io, asyncio, program] = await Promise.all([
    loadRuntimeModule("py2ts/runtime/io"),
    loadRuntimeModule("py2ts/runtime/asyncio"),
    loadRuntimeModule("py2ts/runtime/program"),
  ]);
  const setOutputSink = required<(sink: { stdout(t: string): void; stderr(t: string): void }) => void>(
    io,
    "setOutputSink",
    "src/runtime/io.ts",
  );
  const flushOutput = required<() => void>(io, "flushOutput", "src/runtime/io.ts");
  const runProgram = required<RunProgram>(program, "runProgram", "src/runtime/program.ts");
  const reportUncaught = required<(error: unknown) => number>(program, "reportUncaught", "src/runtime/program.ts");
  if (options.virtualTime) {
    required<(on: boolean) => void>(asyncio, "setVirtualTime", "py2ts/runtime/asyncio")(true);
  }
  setOutputSink({ stdout: options.stdout, stderr: options.stderr });
  const flusher = setInterval(flushOutput, FLUSH_EVERY_MS);

  let started = false;
  let exited: (status: number) => void = () => {};
  const exit = new Promise<number>((resolve) => {
    exited = resolve;
  });
  const hostedRunProgram: RunProgram = (programOptions, body) => {
    started = true;
    const host: ProgramHost = {
      exit(status) {
        clearInterval(flusher);
        programOptions.host?.exit(status);
        exited(status);
      },
    };
    return runProgram({ ...programOptions, host }, body);
  };

  return {
    overrides: { runProgram: hostedRunProgram },
    finished() {
      if (started) return exit;
      // a module that never called runProgram ended when its evaluation did
      flushOutput();
      clearInterval(flusher);
      return Promise.resolve(0);
    },
    failed(error) {
      const status = reportUncaught(error);
      flushOutput();
      clearInterval(flusher);
      return status;
    },
  };
}
