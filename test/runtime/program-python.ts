/**
 * Test helper: run a snippet under CPython 3.11 (`python3`) and return its stdout, so expected
 * values in the program-layer tests come from the oracle rather than from the implementation.
 */
import { execFileSync } from "node:child_process";

export function python(code: string): string {
  return execFileSync("python3", ["-c", code], { encoding: "utf8" });
}

/** Each line of `python(code)`, without the final empty line. */
export function pythonLines(code: string): string[] {
  return python(code).replace(/\n$/, "").split("\n");
}
