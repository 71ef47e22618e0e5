/**
 * Traceback text against CPython's, with the frame lines removed from CPython's output (the
 * runtime shows frames only when a FrameLocator maps JS positions back to Python).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExceptionGroup } from "../../src/runtime/exception-group.js";
import { raiseFrom, withContext } from "../../src/runtime/exception-catch.js";
import { type BaseException, KeyError, TypeError, ValueError } from "../../src/runtime/exceptions.js";
import { CancelledError, QueueFull } from "../../src/runtime/asyncio/exceptions.js";
import { formatException, parseJsStack, type JsFrame } from "../../src/runtime/traceback.js";

function cpythonTraceback(code: string): string {
  const file = join(mkdtempSync(join(tmpdir(), "py2ts-tb-")), "case.py");
  writeFileSync(file, code);
  const r = spawnSync("python3", [file], { encoding: "utf8" });
  const lines = r.stderr.split("\n");
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (/^[\s|]*File "/.test(lines[i]!)) {
      i++; // and its source line
      continue;
    }
    if (/^[\s|]*[~^]+\s*$/.test(lines[i]!)) continue;
    kept.push(lines[i]!);
  }
  return kept.join("\n");
}

describe("tracebacks", () => {
  it("formats an exception group with a cause and a note like CPython", () => {
    const expected = cpythonTraceback(`
try:
    raise ValueError("inner cause")
except ValueError as e:
    try:
        raise ExceptionGroup("many", [ValueError(1), ExceptionGroup("inner", [TypeError("t")]), KeyError("k")]) from e
    except ExceptionGroup as g:
        g.add_note("a note")
        raise`);
    const group = raiseFrom(new ExceptionGroup("many", [new ValueError(1), new ExceptionGroup("inner", [new TypeError("t")]), new KeyError("k")]), new ValueError("inner cause"));
    group.add_note("a note");
    expect(formatException(group)).toBe(expected);
  });

  it("closes nested exception groups exactly where CPython does", () => {
    const shapes: [string, () => BaseException[]][] = [
      ['[ValueError(1), ExceptionGroup("inner", [KeyError("k")])]', () => [new ValueError(1), new ExceptionGroup("inner", [new KeyError("k")])]],
      ['[ExceptionGroup("a", [ExceptionGroup("b", [KeyError("k")])])]', () => [new ExceptionGroup("a", [new ExceptionGroup("b", [new KeyError("k")])])]],
      ["[ValueError(i) for i in range(16)]", () => Array.from({ length: 16 }, (_, i) => new ValueError(i))],
      ["[ValueError(i) for i in range(17)]", () => Array.from({ length: 17 }, (_, i) => new ValueError(i))],
    ];
    for (const [python, members] of shapes) {
      expect(formatException(new ExceptionGroup("top", members()))).toBe(cpythonTraceback(`raise ExceptionGroup("top", ${python})`));
    }
  });

  it("chains inside a group member with the group's margin", () => {
    const expected = cpythonTraceback(`
e = ValueError("v")
e.__cause__ = TypeError("cause")
raise ExceptionGroup("top", [KeyError("k"), e])`);
    expect(formatException(new ExceptionGroup("top", [new KeyError("k"), raiseFrom(new ValueError("v"), new TypeError("cause"))]))).toBe(expected);
  });

  it("names asyncio's exceptions with their module", () => {
    expect(formatException(new CancelledError("stop"))).toBe(cpythonTraceback(`import asyncio\nraise asyncio.CancelledError("stop")`));
    expect(formatException(new QueueFull())).toBe(cpythonTraceback(`import asyncio\nraise asyncio.QueueFull`));
  });

  it("formats implicit context and empty messages like CPython", () => {
    const expected = cpythonTraceback(`
try:
    {}["x"]
except KeyError:
    raise ValueError()`);
    const exc = withContext(new ValueError(), new KeyError("x"));
    expect(formatException(exc)).toBe(expected);
  });

  it("shows located frames outermost first", () => {
    const exc = new ValueError("boom");
    const frames = parseJsStack(exc.stack);
    const same = (a: JsFrame, b: JsFrame | undefined) => b !== undefined && a.url === b.url && a.line === b.line && a.column === b.column;
    expect(frames.length).toBeGreaterThan(0);
    const text = formatException(exc, {
      locate: (f) => (same(f, frames[0]) ? { file: "x.py", line: 3, name: "f", source: "raise ValueError('boom')" } : same(f, frames[1]) ? { file: "x.py", line: 9, name: "<module>" } : null),
    });
    expect(text).toBe(`Traceback (most recent call last):\n  File "x.py", line 9, in <module>\n  File "x.py", line 3, in f\n    raise ValueError('boom')\nValueError: boom\n`);
  });
});
