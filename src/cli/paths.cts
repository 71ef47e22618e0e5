/**
 * Where the installed py2ts lives: its package root, built runtime and compile cache.
 * CommonJS (like cache.cts and launch.cts) because the start of `py2ts run` loads it before
 * anything else, and a CommonJS start never pays for Node's ES module loader.
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";

/** The nearest folder above this file with a package.json (works from dist/ and from src/). */
function findPackageRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const PACKAGE_ROOT = findPackageRoot();
export const RUNTIME_DIST = join(PACKAGE_ROOT, "dist", "src", "runtime");
export const CACHE_DIR = join(PACKAGE_ROOT, "node_modules", ".cache", "py2ts");

/**
 * The built file behind `py2ts/runtime` (no `sub`) or `py2ts/runtime/<sub>`: a folder's
 * index.js when there is one, else `<sub>.js`.
 */
export function runtimeModulePath(sub: string | undefined): string {
  if (!sub) return join(RUNTIME_DIST, "index.js");
  const index = join(RUNTIME_DIST, sub, "index.js");
  return existsSync(index) ? index : join(RUNTIME_DIST, `${sub}.js`);
}
