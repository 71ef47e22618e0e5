/**
 * Worker for scripts/transpile-stdlib.mjs: transpiles each file it is sent with py2ts's
 * `transpile` and answers with whether TypeScript came out and the diagnostic codes. An
 * exception (an internal error: the compiler must never throw) is reported as `threw`.
 */
import { parentPort, workerData } from "node:worker_threads";

const root = workerData?.root ?? new URL("..", import.meta.url).pathname;
const { transpile } = await import(`${root}dist/src/transpile.js`);

await transpile("print(1)\n", { filename: "warm-up.py" });
parentPort.postMessage({ ready: true });
parentPort.on("message", ({ id, source, path }) => {
  const filename = path.split("/").pop();
  transpile(source, { filename }).then(
    ({ code, diagnostics }) => parentPort.postMessage({ id, result: { converted: code !== null, codes: [...new Set(diagnostics.map((d) => d.code))] } }),
    (e) => parentPort.postMessage({ id, threw: String(e && e.stack ? e.stack : e) }),
  );
});
