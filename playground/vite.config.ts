/**
 * Vite build of the py2ts playground: a static site in playground/dist/ with a relative base, so
 * any static file server (or a sub-folder of one) can serve it. The compiler (../src) and the
 * runtime (../src/runtime) are bundled from source; workers are ES modules so they can load the
 * compiler, TypeScript and runtime modules lazily as separate chunks.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
// The py2ts sources the page bundles (compiler and runtime). Overridable only to try the page
// against another checkout of them.
const py2tsSources = process.env["PY2TS_PLAYGROUND_SRC"] ?? fileURLToPath(new URL("../src", import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    chunkSizeWarningLimit: 12_000,
    // Python type names come from JS class and function names (`type(e).__name__`, tracebacks,
    // reprs): minify, but keep every name
    rolldownOptions: { output: { keepNames: true } },
  },
  resolve: { alias: { "@py2ts": py2tsSources } },
  worker: { format: "es", rolldownOptions: { output: { keepNames: true } } },
  // the dev server also scans the workers, so the compiler's and TypeScript's dependencies are
  // pre-bundled at start instead of on the first conversion (which would reload the page)
  optimizeDeps: { entries: ["index.html", "src/*.worker.ts"], include: ["typescript"] },
  server: { fs: { allow: [repoRoot, py2tsSources] } },
});
