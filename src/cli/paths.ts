/** Where the installed py2ts lives: its package root, built runtime and compile cache. */
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** dist/src/cli/paths.js → the package root (three levels up). */
export const PACKAGE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
export const RUNTIME_DIST = join(PACKAGE_ROOT, "dist", "src", "runtime");
export const CACHE_DIR = join(PACKAGE_ROOT, "node_modules", ".cache", "py2ts");

/** The compiled-program cache key: the source text, its name and the build of the compiler. */
export function cacheKey(source: string, filename: string): string {
  const build = [join(PACKAGE_ROOT, "dist", "src", "pipeline.js"), join(PACKAGE_ROOT, "dist", "src", "lower", "lower.js")]
    .map((p) => { try { return String(statSync(p).mtimeMs); } catch { return "0"; } })
    .join(":");
  return createHash("sha256").update(build).update("\0").update(filename).update("\0").update(source).digest("hex").slice(0, 32);
}
