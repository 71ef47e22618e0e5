/**
 * Test support for the value-layer tests: asks CPython (python3) once per file for the results of many
 * expressions, and renders py2ts runtime results the same way (repr of the value, or
 * "ExceptionName: message" when it raises), so each test compares against real CPython output.
 */
import { execFileSync } from "node:child_process";
import { repr, str, classNameOf, type TypeDesc } from "../../src/runtime/index.js";

const DRIVER = `
import json, sys, math
src = json.loads(sys.stdin.read())
g = {"math": math, "__name__": "__main__"}
exec(src["prelude"], g)
out = []
for e in src["exprs"]:
    try:
        v = eval(e, g)
        out.append(v if src["raw"] else repr(v))
    except BaseException as ex:
        out.append(type(ex).__name__ + ": " + str(ex))
print(json.dumps(out))
`;

/** CPython's repr (or raw str results when `raw`) of each expression, or "Exc: msg". */
export function pythonResults(exprs: readonly string[], options: { prelude?: string; raw?: boolean } = {}): string[] {
  const input = JSON.stringify({ exprs, prelude: options.prelude ?? "", raw: options.raw ?? false });
  const out = execFileSync("python3", ["-c", DRIVER], { input, encoding: "utf8", maxBuffer: 64 << 20 });
  return JSON.parse(out) as string[];
}

/** The runtime's rendering of a thunk's result: repr(value, t), or "Exc: str(exc)". */
export function runtimeResult(thunk: () => unknown, t?: TypeDesc, options: { raw?: boolean } = {}): string {
  try {
    const v = thunk();
    return options.raw ? (v as string) : repr(v, t);
  } catch (e) {
    if (e instanceof Error && classNameOf(e) !== "Error" && !(e instanceof globalThis.TypeError && !("args" in e))) {
      return `${classNameOf(e)}: ${str(e)}`;
    }
    throw e;
  }
}

export type Case = readonly [python: string, thunk: () => unknown, t?: TypeDesc];
