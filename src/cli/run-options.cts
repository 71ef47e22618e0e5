/**
 * The command line of `py2ts run` and the options it hands to the program's runtime:
 *
 *     py2ts [--virtual-time] run [--virtual-time] FILE.py [ARGS...]
 *
 * `--virtual-time`: asyncio's clock (and time.time()/monotonic()) jumps to the next timer when
 * nothing is ready, so sleeps cost nothing and the output is the same. The flag may stand before
 * `run` so that a command prefix (`PY2TS_CMD="py2ts --virtual-time"`) can carry it. Everything
 * after the file goes to the program untouched (its own --flags too).
 *
 * The runtime is bundled into the program (bundle.ts), so the launcher cannot call into it: it
 * publishes the options on a global the runtime reads when it starts
 * (src/runtime/asyncio/state.ts, `HOST_OPTIONS`). CommonJS, like launch.cts: a cache hit loads it.
 */
const VIRTUAL_TIME = "--virtual-time";

export interface RunRequest {
  /** undefined: `run` without a file (a usage error) */
  readonly file: string | undefined;
  readonly args: readonly string[];
  readonly virtualTime: boolean;
}

/** What `argv` (without node and the script) asks to run, or null when it is not `run`. */
export function parseRun(argv: readonly string[]): RunRequest | null {
  const leading = argv[0] === VIRTUAL_TIME;
  if (argv[leading ? 1 : 0] !== "run") return null;
  let rest = argv.slice(leading ? 2 : 1);
  let virtualTime = leading;
  while (rest[0] === VIRTUAL_TIME) {
    virtualTime = true;
    rest = rest.slice(1);
  }
  return { file: rest[0], args: rest.slice(1), virtualTime };
}

/** The global the runtime reads its host options from (Symbol.for: the same in every bundle). */
const HOST_OPTIONS = Symbol.for("py2ts.hostOptions");

/** Hand the run's options to the program's runtime; call before the program starts. */
export function publishRunOptions(request: Pick<RunRequest, "virtualTime">): void {
  if (request.virtualTime) (globalThis as Record<symbol, unknown>)[HOST_OPTIONS] = { virtualTime: true };
}
