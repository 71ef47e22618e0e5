/**
 * Focused tokenizer cases, each checked against CPython at test time:
 * - snippets CPython tokenizes: py2ts's tokens equal the `tokenize` module's (types, strings, positions);
 * - invalid snippets: py2ts's tokenizer stops with the message, line and column `ast.parse`
 *   reports (CPython's SyntaxError.offset is 1-based, like the renderer's column).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSourceFile, lineColOf } from "../src/source.js";
import { tokenize } from "../src/parse/tokenize.js";
import { formatTokens } from "../src/parse/dump-tokens.js";
import { compareWithCPython } from "./lexer-oracle.js";

const VALID: Record<string, string> = {
  "string prefixes": `a = r'x' + u"y" + b'z' + br"w" + Rb'v' + bR"q" + f'{x}' + fR"{y}" + Rf'z' + F"u" + U'x'\n`,
  "triple quotes": `s = '''a\nb ' '' \\''' c'''\nt = """x"y""z\\"""" + """"""\n`,
  "f-string with nested quotes and format spec": `f"{x['a']!r:>{width}.{p}f} {y:%Y-%m-%d} {{z}}"\nf'{"nested"}'\n`,
  "bytes and escapes": `b"\\x00\\n\\'" b'\\\\'\n`,
  "numbers": `n = [0, 00, 0_0, 1_000, 0x_1F, 0XfF, 0o17, 0O_7, 0b1_0, 0B1, 1.5, .5, 5., 1e10, 1E-5, 1.5e+3, 1_0.0_1e1_0, 3j, 1.5J, .5j, 1e5j, 0j, 00.5, 09.5, 0e0]\n`,
  "number followed by keyword": `x = 1if y else 2\nz = [0x1for x in y]\nw = 1or 2\n`,
  "ellipsis arrow walrus": `def f(a, /, *b, c=..., **d) -> None:\n    if (n := 10) > 5: pass\n`,
  "augmented assignments": `a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a >>= 1; a <<= 1; a &= 1; a ^= 1; a |= 1; a @= m\n`,
  "all operators": `x = a + b - c * d / e // f % g ** h << i >> j & k | l ^ ~m < n > o <= p >= q == r != s @ t\n`,
  "non-ASCII identifiers": `café = 1\nπ = 3.14\n名前 = "x"\nℌ = 2\n`,
  "soft keywords are names": `match x:\n    case _:\n        type = 1\n`,
  "brackets join lines": `x = (1,\n  2,\n      3)\ny = [\n]\nz = {\n  'a':\n\n  # c\n  1}\n`,
  "backslash continuation": `x = 1 + \\\n    2\nif a and \\\n   b:\n    pass\n`,
  "comments and blank lines": `# head\n\nif x:  # c\n\n    # inner\n        # odd comment\n    y = 1\n\n# tail\n`,
  "CRLF": `if x:\r\n    y = 1\r\n\r\nz = 2\r\n`,
  "tabs": `if x:\n\tif y:\n\t\tz = 1\n\tw = 2\n`,
  "form feed": `\fx = 1\nif y:\n\f    z = 1\n`,
  "no final newline": `if x:\n    y = 1`,
  "no final newline after comment": `x = 1\n# end`,
  "dedent several levels": `if a:\n    if b:\n        if c:\n            d\ne\n`,
  "async and await are keywords": `async def f():\n    await g()\n    async with a as b: pass\n`,
  "string with line continuation": `s = 'a\\\nb'\n`,
  "empty file": ``,
  "UTF-8 BOM at offset 0": `\ufeffimport os\nif os:\n    x = 1\n`,
  "only comments": `# a\n# b\n`,
  "semicolons": `a = 1; b = 2;\n`,
  // Not valid Python, but a parser error: the tokenizer gives NUMBER then NAME, as CPython's.
  "number then non-ASCII letter": `x = 1é\n`,
  "decorators and lambdas": `@dec(1)\ndef f(): return lambda x, *y, **z: x\n`,
};

const INVALID: Record<string, string> = {
  "unterminated string": `x = 'abc\ny = 1\n`,
  "unterminated string continued": `x = 'ab\\\ncd\n`,
  "unterminated triple-quoted": `x = 1\ns = '''abc\ndef\n`,
  "unterminated triple-quoted without final newline": `s = """abc`,
  "unterminated f-string": `f"abc {x}\n`,
  "invalid character": `x = 1€\n`,
  "invalid character in name": `ab€c = 1\n`,
  "non-printable NBSP": `x = a\u00a0b\n`,
  "non-printable control": `x = 1\u0001\n`,
  "BOM inside the text": `x = 1\n\ufeffy = 2\n`,
  "leading zeros": `x = 0777\n`,
  "underscore at end": `x = 1_\n`,
  "double underscore": `x = 1__0\n`,
  "hex without digits": `x = 0x\n`,
  "bad octal digit": `x = 0o78\n`,
  "bad binary digit": `x = 0b102\n`,
  "octal without digits": `x = 0o\n`,
  "number then name": `x = 1abc\n`,
  "float then name": `x = 1.5abc\n`,
  "exponent without digits": `x = 1e\n`,
  "exponent sign without digits": `x = 1e+\n`,
  "imaginary then name": `x = 1jx\n`,
  "dot underscore": `x = 1.__class__\n`,
  "unmatched closing": `x = 1)\n`,
  "unmatched closing later line": `x = [1,\n2]]\n`,
  "mismatched same line": `x = (1]\n`,
  "mismatched other line": `x = (1,\n]\n`,
  "never closed": `x = (1,\n2\n`,
  "never closed nested": `f(a, [b,\n c\n`,
  "unindent mismatch": `if x:\n    y\n  z\n`,
  "unindent mismatch after brackets": `if x:\n    y\n  z = (\n`,
  "tab error on indent": `if x:\n        y\n\tz\n`,
  "tab error on same level": `if x:\n\ty\n        z\n`,
  "tab error on dedent": `if x:\n  if y:\n\t    z\n  \tw\n`,
  "stray backslash": `x = 1 \\ y\n`,
  "backslash at EOF": `x = 1 +\\`,
  "continuation into EOF": `x = 1 +\\\n`,
  "continuation in the indentation, then EOF": `if x:\n    y = 1\n   \\\n`,
  "continuation in the indentation sets the column": `if x:\n    y = 1\n   \\\nz = 2\n`,
  "continuation in the indentation, bad dedent": `if x:\n    y = 1\n  \\\n  z = 2\n`,
  "stray backslash in the indentation": `if x:\n    y\n  \\ z\n`,
  "backslash in the indentation at EOF": `if x:\n    y\n  \\`,
  "string error after syntax error": `f(a b)\nx = '\n`,
  "too deep": Array.from({ length: 101 }, (_, i) => " ".repeat(i) + "if x:\n").join("") + " ".repeat(101) + "pass\n",
  "too many brackets": "x = " + "(".repeat(201) + ")".repeat(201) + "\n",
};

function pythonErrors(snippets: readonly string[]): Array<{ msg: string; line: number | null; col: number | null } | null> {
  const program = `
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        ast.parse(src)
        out.append(None)
    except (SyntaxError, ValueError) as e:
        out.append({"msg": getattr(e, "msg", str(e)), "line": getattr(e, "lineno", None), "col": getattr(e, "offset", None)})
print(json.dumps(out))
`;
  return JSON.parse(execFileSync("python3", ["-c", program], { input: JSON.stringify(snippets), encoding: "utf8" }));
}

describe("tokenize: snippets CPython tokenizes give CPython's tokens", () => {
  it("matches the tokenize module on every snippet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "py2ts-lexer-"));
    const paths = Object.entries(VALID).map(([name, text], i) => {
      const path = join(dir, `case${i}.py`);
      writeFileSync(path, text);
      return { name, path };
    });
    const results = await compareWithCPython(paths.map((p) => p.path));
    const nameOf = new Map(paths.map((p) => [p.path, p.name]));
    expect(results.filter((r) => r.detail !== undefined || (r.status !== "same" && r.status !== "rejected") || r.tokenError).map((r) => `${nameOf.get(r.file)}: ${r.detail ?? r.status}`)).toEqual([]);
  });
});

describe("tokenize: errors give CPython's message, line and column", () => {
  const names = Object.keys(INVALID);
  const expected = pythonErrors(Object.values(INVALID));
  names.forEach((name, i) => {
    it(name, () => {
      const file = createSourceFile("t.py", INVALID[name]!);
      const result = tokenize(file);
      expect(expected[i], "CPython rejects the snippet").not.toBeNull();
      expect(result.diagnostics).toHaveLength(1);
      const d = result.diagnostics[0]!;
      const at = lineColOf(file, d.span.start);
      expect({ msg: d.message, line: at.line, col: at.col + 1 }).toEqual(expected[i]);
    });
  });
});

describe("tokenize: backslash continuation inside the indentation (CPython 3.11)", () => {
  it("takes the indentation from the line after a continuation at column 0", () => {
    const text = "if x:\n    y = 1\n\\\n    z = 2\n";
    const inIfBody = execFileSync("python3", ["-c", "import ast,sys; t = ast.parse(sys.stdin.read()); print(len(t.body[0].body))"], { input: text, encoding: "utf8" }).trim();
    expect(inIfBody).toBe("2");
    const types = tokenize(createSourceFile("t.py", text)).tokens.map((t) => t.tokenType.name);
    expect(types.slice(types.indexOf("NUMBER") + 1)).toEqual(["NEWLINE", "NAME", "EQUAL", "NUMBER", "NEWLINE", "DEDENT"]);
  });
});

describe("tokenize: stream shape", () => {
  it("ends with NEWLINE and DEDENTs at real offsets, and never throws on arbitrary text", () => {
    const text = "if x:\n    y = 1";
    const result = tokenize(createSourceFile("t.py", text));
    const tail = result.tokens.slice(-2);
    expect(tail.map((t) => [t.tokenType.name, t.startOffset, t.endOffset])).toEqual([
      ["NEWLINE", text.length, text.length - 1],
      ["DEDENT", text.length, text.length - 1],
    ]);
    for (let seed = 1; seed < 200; seed++) {
      let s = seed;
      let junk = "";
      for (let k = 0; k < 60; k++) {
        s = (s * 1103515245 + 12345) & 0x7fffffff;
        junk += String.fromCharCode(s % 3 === 0 ? 32 + (s % 95) : "\n\t ()[]{}'\"\\#x1.e_"[s % 18]!.charCodeAt(0));
      }
      expect(() => tokenize(createSourceFile("junk.py", junk))).not.toThrow();
    }
  });

  it("formats tokens like python3 -m tokenize -e", () => {
    const text = "def f(a):  # c\n    return 'x' + \"y\"\n";
    const path = join(mkdtempSync(join(tmpdir(), "py2ts-dump-")), "t.py");
    writeFileSync(path, text);
    const skipped = /^\S+\s+(ENCODING|ENDMARKER|NL)\s/;
    const theirs = execFileSync("python3", ["-m", "tokenize", "-e", path], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.length > 0 && !skipped.test(line))
      .map((line) => line.trimEnd());
    const file = createSourceFile(path, text);
    expect(formatTokens(tokenize(file), file).trimEnd().split("\n")).toEqual(theirs);
  });
});
