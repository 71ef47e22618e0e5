// Runs one hand-emitted program, compiled by tsconfig.programs.json, in its own process:
//   node run-program.mjs <build-root> <program-name> [--virtual-time]
// The flag goes through the runtime's own switch (setVirtualTime), as `py2ts run` does.
import { pathToFileURL } from "node:url";
import { join } from "node:path";

const [, , root, name, flag] = process.argv;
const state = await import(pathToFileURL(join(root, "src/runtime/asyncio.js")).href);
state.setVirtualTime(flag === "--virtual-time");
try {
  await import(pathToFileURL(join(root, "test/runtime/asyncio/programs", `${name}.js`)).href);
} catch (error) {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exitCode = 1;
}
