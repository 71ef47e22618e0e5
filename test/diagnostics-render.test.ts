import { describe, expect, it } from "vitest";
import { Diagnostics } from "../src/diagnostics/catalog.js";
import { makeDiagnostic } from "../src/diagnostics/diagnostic.js";
import { renderDiagnostic } from "../src/diagnostics/render.js";
import { createSourceFile, lineColOf } from "../src/source.js";

describe("source positions", () => {
  it("counts lines across LF, CRLF and lone CR", () => {
    const file = createSourceFile("a.py", "a\r\nbb\rccc\nd");
    expect(file.lineStarts).toEqual([0, 3, 6, 10]);
    expect(lineColOf(file, 7)).toEqual({ line: 3, col: 1 });
  });

  it("counts columns in code points", () => {
    const file = createSourceFile("a.py", "x = '🙂' + y\n");
    expect(lineColOf(file, "x = '🙂' + ".length)).toEqual({ line: 1, col: 10 });
  });
});

describe("renderDiagnostic", () => {
  it("prints file:line:col, the code, the source line and a caret under the span", () => {
    const text = "x = 1\nexec(code)\n";
    const file = createSourceFile("example.py", text);
    const start = text.indexOf("exec");
    const d = makeDiagnostic(Diagnostics.unsupported, { construct: "'exec'" }, { file: "example.py", span: { start, end: start + 4 } });
    expect(renderDiagnostic(d, file)).toBe(
      "example.py:2:1: error[PY2001]: 'exec' is not supported by py2ts\n    exec(code)\n    ^^^^",
    );
  });

  it("expands tabs so the caret lines up", () => {
    const text = "if x:\n\tpass ?\n";
    const file = createSourceFile("t.py", text);
    const start = text.indexOf("?");
    const d = makeDiagnostic(Diagnostics.invalidSyntax, { detail: "" }, { file: "t.py", span: { start, end: start + 1 } });
    const lines = renderDiagnostic(d, file).split("\n");
    expect(lines[0]).toBe("t.py:2:7: error[PY1001]: invalid syntax");
    expect(lines[1]!.indexOf("?")).toBe(lines[2]!.indexOf("^"));
  });
});
