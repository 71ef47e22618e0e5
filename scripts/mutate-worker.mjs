/**
 * Worker for scripts/mutate-parse.mjs: parses each mutant it is sent with py2ts's `parse` and
 * answers with the first diagnostic (code, message, 1-based line and column, rendered) or
 * acceptance. An exception is reported as `threw`, never swallowed. It says `ready` once
 * its modules are loaded and the parser is built, so that this is not counted against the per-mutant timeout.
 */
import { parentPort, workerData } from "node:worker_threads";

const root = workerData?.root ?? new URL("..", import.meta.url).pathname;
const { parse } = await import(`${root}dist/src/parse/parse.js`);
const { createSourceFile, lineColOf } = await import(`${root}dist/src/source.js`);
const { renderDiagnostic } = await import(`${root}dist/src/diagnostics/render.js`);

// The first parse builds the parser (Chevrotain's self-analysis): do it before saying ready.
parse("x = 1\n", { filename: "warm-up.py" });
parentPort.postMessage({ ready: true });
parentPort.on("message", ({ id, source, path }) => {
  try {
    const filename = path.split("/").pop();
    const { diagnostics } = parse(source, { filename });
    if (diagnostics.length === 0) {
      parentPort.postMessage({ id, result: { ok: true } });
      return;
    }
    const d = diagnostics[0];
    const file = createSourceFile(filename, source);
    const at = lineColOf(file, d.span.start);
    parentPort.postMessage({
      id,
      result: { ok: false, code: d.code, msg: d.message, line: at.line, col: at.col + 1, rendered: renderDiagnostic(d, file) },
    });
  } catch (e) {
    parentPort.postMessage({ id, threw: String(e && e.stack ? e.stack : e) });
  }
});
