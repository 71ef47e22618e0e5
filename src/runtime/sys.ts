/**
 * The `sys` module: argv, exit, stdout/stderr, version data, recursion limit, maxsize.
 *
 * What the compiler emits: `import sys` → `import { sys } from "py2ts/runtime"`, and attribute
 * access stays as written: `sys.argv`, `sys.exit(2)`, `sys.stdout.write(s)`, `print(x, kw({ file: sys.stderr }))`,
 * `sys.stdout = buffer` (assignable, as in Python). `from sys import argv` → `sys.argv` at each use
 * (argv is set by the program entry, so it must be read late).
 *
 * `sys` is an object, not an ES module namespace, because Python code assigns to its attributes.
 */
import { SystemExit, ValueError } from "./exceptions.js";
import { streams, type Writable } from "./io.js";
import { asTuple, type PyTuple } from "./tuple.js";

export type VersionInfo = PyTuple & { major: number; minor: number; micro: number; releaselevel: string; serial: number };

/** `sys.version_info`: a tuple with named fields, as CPython 3.11.7 reports. */
function versionInfo(): VersionInfo {
  const info = asTuple([3, 11, 7, "final", 0]) as PyTuple & Record<string, unknown>;
  Object.defineProperties(info, {
    major: { value: 3 },
    minor: { value: 11 },
    micro: { value: 7 },
    releaselevel: { value: "final" },
    serial: { value: 0 },
    __repr__: { value: () => "sys.version_info(major=3, minor=11, micro=7, releaselevel='final', serial=0)" },
  });
  return info as unknown as VersionInfo;
}

function detectPlatform(): string {
  const p = (globalThis as { process?: { platform?: string } }).process?.platform;
  if (p === "win32") return "win32";
  if (p === "darwin") return "darwin";
  if (p === "linux") return "linux";
  return p ?? "emscripten";
}

const limits = { recursion: 1000 };

export const sys = {
  /** set by the program entry (program.ts): the script name, then its arguments */
  argv: [] as string[],
  maxsize: 2n ** 63n - 1n,
  byteorder: "little",
  version: "3.11.7 (py2ts)",
  version_info: versionInfo() as VersionInfo,
  hexversion: 0x30b07f0,
  platform: detectPlatform(),
  implementation: { name: "py2ts", cache_tag: null },
  executable: "",
  modules: {} as Record<string, unknown>,
  path: [] as string[],
  flags: { optimize: 0, debug: 0 },
  float_info: {
    max: Number.MAX_VALUE,
    min: 2.2250738585072014e-308,
    epsilon: Number.EPSILON,
    dig: 15,
    mant_dig: 53,
  },

  get stdout(): Writable {
    return streams.stdout;
  },
  set stdout(stream: Writable) {
    streams.stdout = stream;
  },
  get stderr(): Writable {
    return streams.stderr;
  },
  set stderr(stream: Writable) {
    streams.stderr = stream;
  },

  /** `sys.exit([status])`: raises SystemExit; the program entry turns it into the exit status */
  exit(status: unknown = null): never {
    throw status === null ? new SystemExit() : new SystemExit(status);
  },

  getrecursionlimit(): number {
    return limits.recursion;
  },
  /** recorded only: the JS engine's own stack limit decides when RecursionError is raised */
  setrecursionlimit(limit: number): void {
    if (typeof limit !== "number" || !Number.isInteger(limit)) throw new ValueError("recursion limit must be an integer");
    if (limit < 1) throw new ValueError("recursion limit must be greater or equal than 1");
    limits.recursion = limit;
  },
  getdefaultencoding(): string {
    return "utf-8";
  },
  intern(text: string): string {
    return text;
  },
};
