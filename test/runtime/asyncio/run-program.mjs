// Runs one hand-emitted program, compiled by tsconfig.programs.json, in its own process:
//   node run-program.mjs <build-root> <program-name> [--virtual-time]
// The flag goes through the runtime's own switch (setVirtualTime), as `py2ts run` does.
// The last stderr line reports the program's own duration: `[run-program] elapsed_ms=N`.
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [, , root, name, flag] = process.argv;
const state = await import(pathToFileURL(join(root, "src/runtime/asyncio.js")).href);
state.setVirtualTime(flag === "--virtual-time");
const started = performance.now();
try {
  await import(pathToFileURL(join(root, "test/runtime/asyncio/programs", `${name}.js`)).href);
} catch (error) {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
}
// the program's own duration (without Node's start-up), for the virtual-time speed check
process.stderr.write(`[run-program] elapsed_ms=${(performance.now() - started).toFixed(1)}\n`);
