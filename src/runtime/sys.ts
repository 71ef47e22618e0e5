/**
 * The `sys` module: argv, exit, stdout/stderr, version data, recursion limit, maxsize.
 *
 * What the compiler emits: `import sys` → `import { sys } from "py2ts/runtime"`, and attribute
 * access stays as written: `sys.argv`, `sys.exit(2)`, `sys.stdout.write(s)`, `print(x, kw({ file: sys.stderr }))`,
 * `sys.stdout = buffer` (assignable, as in Python). `from sys import argv` → `sys.argv` at each use
 * (argv is set by the program entry, so it must be read late).
 *
 * `sys.exception()` / `sys.exc_info()` read the handled-exception stack (exception-state.ts).
 *
 * `sys` is an object, not an ES module namespace, because Python code assigns to its attributes.
 */
import { type BaseException, RuntimeError, SystemExit, ValueError } from "./exceptions.js";
import { currentException } from "./exception-state.js";
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

let nextTracebackAddress = 0x7f3a5d000000;

/**
 * The third item of `sys.exc_info()`: py2ts keeps no traceback objects, so this one only prints
 * like CPython's; reading any of its attributes is a RuntimeError naming the limit.
 */
class TracebackStub {
  static readonly __name__ = "traceback";
  static readonly __qualname__ = "traceback";
  static readonly __pyname__ = "traceback";
  readonly #address = (nextTracebackAddress += 0x40);
  get tb_frame(): never {
    return unsupportedTraceback("tb_frame");
  }
  get tb_lineno(): never {
    return unsupportedTraceback("tb_lineno");
  }
  get tb_next(): never {
    return unsupportedTraceback("tb_next");
  }
  get tb_lasti(): never {
    return unsupportedTraceback("tb_lasti");
  }
  __repr__(): string {
    return `<traceback object at 0x${this.#address.toString(16)}>`;
  }
}

function unsupportedTraceback(attr: string): never {
  throw new RuntimeError(`py2ts: traceback.${attr} is not supported`);
}

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

  /** the exception being handled (an `except` clause, or a `finally` entered by an exception), else None */
  exception(): BaseException | null {
    return currentException();
  },
  /** `(type, value, traceback)` of `sys.exception()`, or `(None, None, None)` */
  exc_info(): PyTuple {
    const exc = currentException();
    return exc === null ? asTuple([null, null, null]) : asTuple([exc.constructor, exc, new TracebackStub()]);
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
