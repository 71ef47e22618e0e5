/**
 * The py2ts command line (the only place with Node-only modules):
 *
 *     py2ts FILE.py [-o OUT.ts] [--check] [--dump tokens|ast|ir]
 *     py2ts run [--virtual-time] FILE.py [ARGS...]
 *
 * `--virtual-time`: asyncio's clock jumps to the next timer when nothing is ready (run-options.cts).
 *
 * Exit status: 0 ok, 1 diagnostics (or the program's own uncaught error), 2 usage.
 *
 * The command starts in launch.cts, which runs a cached program itself and calls `main` for
 * everything else. The converter's command line (commander, the diagnostics renderer) is loaded
 * only when converting.
 */
import { parseRun } from "./run-options.cjs";
import { runFile } from "./run.js";

export async function main(argv: readonly string[]): Promise<void> {
  const run = parseRun(argv);
  if (run) {
    if (!run.file) {
      process.stderr.write("usage: py2ts run [--virtual-time] FILE.py [ARGS...]\n");
      process.exitCode = 2;
      return;
    }
    await runFile(run.file, run);
    return;
  }
  const { convertCommand } = await import("./convert.js");
  process.exitCode = await convertCommand(argv);
}
