/** Where the installed py2ts lives: its package root, built runtime and compile cache. */
import { createHash } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The nearest folder above this file with a package.json (works from dist/ and from src/). */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
export const RUNTIME_DIST = join(PACKAGE_ROOT, "dist", "src", "runtime");
export const CACHE_DIR = join(PACKAGE_ROOT, "node_modules", ".cache", "py2ts");

/** The compiled-program cache key: the source text, its name and the build of the compiler. */
export function cacheKey(source: string, filename: string): string {
  const build = [join(PACKAGE_ROOT, "dist", "src", "pipeline.js"), join(PACKAGE_ROOT, "dist", "src", "lower", "lower.js")]
    .map((p) => { try { return String(statSync(p).mtimeMs); } catch { return "0"; } })
    .join(":");
  return createHash("sha256").update(build).update("\0").update(filename).update("\0").update(source).digest("hex").slice(0, 32);
}
