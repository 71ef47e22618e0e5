/**
 * Test helper: a table of Python expressions and the JS thunks that should compute the same value.
 * All Python expressions run in ONE python3 process (cheap); each JS result is printed with the
 * runtime's `repr` (or, for an exception, as `TypeName: message`) and compared line by line.
 */
import { expect } from "vitest";
import { BaseException, typeNameOf } from "../../src/runtime/exceptions.js";
import { repr, str } from "../../src/runtime/repr.js";
import { python } from "./program-python.js";

export type Case = readonly [python: string, js: () => unknown];

export function expectLikePython(cases: readonly Case[], setup = ""): void {
  const script = [
    setup,
    "def _show(f):",
    "    try:",
    "        print(repr(f()))",
    "    except Exception as e:",
    "        print(f'{type(e).__name__}: {e}')",
    ...cases.map(([py]) => `_show(lambda: (${py}))`),
  ].join("\n");
  const expected = python(script).replace(/\n$/, "").split("\n");
  const got = cases.map(([, js]) => {
    try {
      return repr(js());
    } catch (e) {
      if (e instanceof BaseException) return `${typeNameOf(e)}: ${str(e)}`;
      throw e;
    }
  });
  const labelled = (lines: string[]) => lines.map((line, i) => `${cases[i]?.[0]}  =>  ${line}`);
  expect(labelled(got)).toEqual(labelled(expected));
}
