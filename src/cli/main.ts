/**
 * The py2ts command line (the only place with Node-only modules):
 *
 *     py2ts FILE.py [-o OUT.ts] [--check] [--dump tokens|ast|ir]
 *     py2ts run FILE.py [ARGS...]
 *
 * Exit status: 0 ok, 1 diagnostics (or the program's own uncaught error), 2 usage.
 *
 * The command starts in launch.cts, which runs a cached program itself and calls `main` for
 * everything else. The converter's command line (commander, the diagnostics renderer) is loaded
 * only when converting.
 */
import { runFile } from "./run.js";

export async function main(argv: readonly string[]): Promise<void> {
  if (argv[0] === "run") {
    // `run` passes everything after the file to the program untouched (its own --flags too)
    const file = argv[1];
    if (!file) {
      process.stderr.write("usage: py2ts run FILE.py [ARGS...]\n");
      process.exitCode = 2;
      return;
    }
    await runFile(file, argv.slice(2));
    return;
  }
  const { convertCommand } = await import("./convert.js");
  process.exitCode = await convertCommand(argv);
}
