/** str methods by code point against CPython. */
import { describe, expect, it } from "vitest";
import * as R from "../../src/runtime/index.js";
import * as S from "../../src/runtime/strings.js";
import { tuple, PyDict } from "../../src/runtime/index.js";
import { pythonResults, runtimeResult, type Case } from "./values-oracle.js";

const line = "  alpha, beta ,gamma,,delta  ";
const cases: Case[] = [
  ["'  alpha, beta ,gamma,,delta  '.strip().split(',')", () => R.strSplit(R.strStrip(line), ",")],
  ["'a b  c\\td\\n'.split()", () => R.strSplit("a b  c\td\n")],
  ["'a b  c'.split(' ')", () => R.strSplit("a b  c", " ")],
  ["'k=v=w'.split('=', 1)", () => R.strSplit("k=v=w", "=", 1)],
  ["'  a b  c  '.split(None, 1)", () => R.strSplit("  a b  c  ", null, 1)],
  ["'  a b  c  '.split(maxsplit=0)", () => R.strSplit("  a b  c  ", null, 0)],
  ["''.split()", () => R.strSplit("")],
  ["''.split(',')", () => R.strSplit("", ",")],
  ["'a'.split('')", () => R.strSplit("a", "")],
  ["'a\\u3000b\\xa0c\\x1cd'.split()", () => R.strSplit("a\u3000b\xa0c\x1cd")],
  ["'a,b,c'.rsplit(',', 1)", () => R.strRsplit("a,b,c", ",", 1)],
  ["'  a b  c  '.rsplit(None, 1)", () => R.strRsplit("  a b  c  ", null, 1)],
  ["'aaa'.rsplit('aa', 1)", () => R.strRsplit("aaa", "aa", 1)],
  ["'a,b,c'.rsplit(',')", () => R.strRsplit("a,b,c", ",")],
  ["'line1\\nline2\\r\\nline3'.splitlines()", () => R.strSplitlines("line1\nline2\r\nline3")],
  ["'a\\n\\nb\\r\\x0bc\\u2028'.splitlines(True)", () => R.strSplitlines("a\n\nb\r\x0bc\u2028", true)],
  ["'-'.join(['x', 'y', 'z'])", () => R.strJoin("-", ["x", "y", "z"])],
  ["'-'.join(['x', 1])", () => R.strJoin("-", ["x", 1])],
  ["''.join(reversed('stressed'))", () => R.strJoin("", Array.from("stressed").reverse())],
  ["'xxhixx'.strip('x')", () => R.strStrip("xxhixx", "x")],
  ["'xxhixx'.lstrip('x')", () => R.strLstrip("xxhixx", "x")],
  ["'xxhixx'.rstrip('x')", () => R.strRstrip("xxhixx", "x")],
  ["'  pad \\n'.strip()", () => R.strStrip("  pad \n")],
  ["'🙂a🙂'.strip('🙂')", () => R.strStrip("🙂a🙂", "🙂")],
  ["'banana'.replace('a', 'o')", () => R.strReplace("banana", "a", "o")],
  ["'banana'.replace('a', 'o', 2)", () => R.strReplace("banana", "a", "o", 2)],
  ["'abc'.replace('', '-')", () => R.strReplace("abc", "", "-")],
  ["'abc'.replace('', '-', 2)", () => R.strReplace("abc", "", "-", 2)],
  ["'banana'.count('an')", () => R.strCount("banana", "an")],
  ["'banana'.count('')", () => R.strCount("banana", "")],
  ["'banana'.count('a', 2)", () => R.strCount("banana", "a", 2)],
  ["'banana'.count('a', -2, 10)", () => R.strCount("banana", "a", -2, 10)],
  ["'banana'.find('na')", () => R.strFind("banana", "na")],
  ["'banana'.rfind('na')", () => R.strRfind("banana", "na")],
  ["'banana'.find('zz')", () => R.strFind("banana", "zz")],
  ["'banana'.find('a', 2, 4)", () => R.strFind("banana", "a", 2, 4)],
  ["'banana'.find('', 6)", () => R.strFind("banana", "", 6)],
  ["'banana'.find('', 7)", () => R.strFind("banana", "", 7)],
  ["'banana'.index('n')", () => R.strIndex("banana", "n")],
  ["'banana'.index('z')", () => R.strIndex("banana", "z")],
  ["'banana'.rindex('z')", () => R.strRindex("banana", "z")],
  ["'é🙂x🙂'.find('x')", () => R.strFind("é🙂x🙂", "x")],
  ["'é🙂x🙂'.rfind('🙂')", () => R.strRfind("é🙂x🙂", "🙂")],
  ["'é🙂x🙂'.find('🙂', 2)", () => R.strFind("é🙂x🙂", "🙂", 2)],
  ["'report.txt'.startswith('rep')", () => R.strStartswith("report.txt", "rep")],
  ["'report.txt'.endswith(('.csv', '.txt'))", () => R.strEndswith("report.txt", tuple(".csv", ".txt"))],
  ["'report.txt'.startswith('port', 2)", () => R.strStartswith("report.txt", "port", 2)],
  ["'report.txt'.endswith('rep', 0, 3)", () => R.strEndswith("report.txt", "rep", 0, 3)],
  ["'x'.startswith(1)", () => R.strStartswith("x", 1 as never)],
  ["'hello World'.upper()", () => R.strUpper("hello World")],
  ["'hello world'.title()", () => R.strTitle("hello world")],
  ["\"they're bill's 2nd-best\".title()", () => R.strTitle("they're bill's 2nd-best")],
  ["'hELLO wORLD'.capitalize()", () => R.strCapitalize("hELLO wORLD")],
  ["'AbC'.swapcase()", () => R.strSwapcase("AbC")],
  ["'straße'.upper()", () => R.strUpper("straße")],
  ["'ǅ'.lower()", () => R.strLower("ǅ")],
  ["'ǆemal'.title()", () => R.strTitle("ǆemal")],
  ["'Straße'.casefold()", () => R.strCasefold("Straße")],
  ["'ΣΑΣ'.lower()", () => R.strLower("ΣΑΣ")],
  ["'mid'.center(9)", () => R.strCenter("mid", 9)],
  ["'mid'.center(8, '*')", () => R.strCenter("mid", 8, "*")],
  ["'ab'.center(7, '*')", () => R.strCenter("ab", 7, "*")],
  ["'l'.ljust(4)", () => R.strLjust("l", 4)],
  ["'r'.rjust(4, '.')", () => R.strRjust("r", 4, ".")],
  ["'r'.rjust(4, '..')", () => R.strRjust("r", 4, "..")],
  ["'42'.zfill(5)", () => R.strZfill("42", 5)],
  ["'-42'.zfill(5)", () => R.strZfill("-42", 5)],
  ["'abc'.zfill(2)", () => R.strZfill("abc", 2)],
  ["'key: value: more'.partition(': ')", () => R.strPartition("key: value: more", ": ")],
  ["'no-sep'.partition(':')", () => R.strPartition("no-sep", ":")],
  ["'a/b/c'.rpartition('/')", () => R.strRpartition("a/b/c", "/")],
  ["'abc'.rpartition('x')", () => R.strRpartition("abc", "x")],
  ["'a'.partition('')", () => R.strPartition("a", "")],
  ["'tab\\there'.expandtabs(4)", () => R.strExpandtabs("tab\there", 4)],
  ["'a\\tbc\\td\\n\\te'.expandtabs()", () => R.strExpandtabs("a\tbc\td\n\te")],
  ["['123'.isdigit(), 'abc'.isalpha(), 'ab1'.isalnum(), '   '.isspace(), 'Title Case'.istitle(), ''.isdigit()]", () => [R.strIsdigit("123"), R.strIsalpha("abc"), R.strIsalnum("ab1"), R.strIsspace("   "), R.strIstitle("Title Case"), R.strIsdigit("")]],
  ["['²'.isdigit(), '²'.isdecimal(), '½'.isnumeric(), '一'.isnumeric(), 'é'.isalpha(), '_x1'.isidentifier(), '1x'.isidentifier()]", () => [R.strIsdigit("²"), R.strIsdecimal("²"), R.strIsnumeric("½"), R.strIsnumeric("一"), R.strIsalpha("é"), R.strIsidentifier("_x1"), R.strIsidentifier("1x")]],
  ["['ABC1'.isupper(), 'abc!'.islower(), 'Abc'.isupper(), '123'.islower(), 'Hello World'.istitle(), 'Hello world'.istitle(), 'HELLO'.istitle()]", () => [R.strIsupper("ABC1"), R.strIslower("abc!"), R.strIsupper("Abc"), R.strIslower("123"), R.strIstitle("Hello World"), R.strIstitle("Hello world"), R.strIstitle("HELLO")]],
  ["['\\x00'.isprintable(), 'a b'.isprintable(), 'é'.isascii()]", () => [R.strIsprintable("\x00"), R.strIsprintable("a b"), R.strIsascii("é")]],
  ["'report.txt'.removesuffix('.txt')", () => R.strRemovesuffix("report.txt", ".txt")],
  ["'report.txt'.removeprefix('rep')", () => R.strRemoveprefix("report.txt", "rep")],
  ["'hello'.translate(str.maketrans('el', 'ip', 'o'))", () => R.strTranslate("hello", R.strMaketrans("el", "ip", "o"))],
  ["'abc'.translate({97: 'AA', 98: None})", () => R.strTranslate("abc", PyDict.of(97, "AA", 98, null))],
  ["'hello'.encode()", () => R.strEncode("hello")],
  ["'é'.encode('utf-8')", () => R.strEncode("é", "utf-8")],
  ["\"it's\".encode()", () => R.strEncode("it's")],
  ["len('é🙂'), len('naïve café'), len('日本語')", () => tuple(S.strLen("é🙂"), S.strLen("naïve café"), S.strLen("日本語"))],
  ["'é🙂'[1]", () => R.strGetitem("é🙂", 1)],
  ["'é🙂'[-1]", () => R.strGetitem("é🙂", -1)],
  ["'abc'[3]", () => R.strGetitem("abc", 3)],
  ["'abc'['x']", () => R.strGetitem("abc", "x")],
  ["'é🙂'[::-1]", () => R.strSlice("é🙂", null, null, -1)],
];
const s = "abcdefghij";
for (const [a, b, c] of [[2, 5, null], [null, 3, null], [7, null, null], [-3, null, null], [null, -3, null], [null, null, 2], [1, null, 3], [null, null, -1], [null, null, -2], [8, 2, -1], [-1, -4, -1], [5, 1, null], [100, null, null], [3, 3, null], [-100, 100, 3], [null, null, 0]] as const) {
  const py = `'${s}'[${a ?? ""}:${b ?? ""}${c === null ? "" : ":" + c}]`;
  cases.push([py, () => R.strSlice(s, a, b, c)]);
  cases.push([`list('${s}')[${a ?? ""}:${b ?? ""}${c === null ? "" : ":" + c}]`, () => R.getslice(Array.from(s), a, b, c)]);
  cases.push([`tuple('${s}')[${a ?? ""}:${b ?? ""}${c === null ? "" : ":" + c}]`, () => R.getslice(R.tupleFrom(s), a, b, c)]);
}
cases.push(
  ["ord('A'), ord('é'), ord('🙂')", () => tuple(S.ord("A"), S.ord("é"), S.ord("🙂"))],
  ["ord('ab')", () => S.ord("ab")],
  ["ord(1)", () => S.ord(1)],
  ["chr(97), chr(233), chr(128578), chr(0x263A)", () => tuple(S.chr(97), S.chr(233), S.chr(128578), S.chr(0x263a))],
  ["chr(-1)", () => S.chr(-1)],
  ["chr(1.5)", () => S.chr(1.5)],
  ["sorted(['b', 'B', 'a', 'A', '_'])", () => { const x = ["b", "B", "a", "A", "_"]; R.listSort(x); return x; }],
  ["'\\uffff' < '\\U0001f642'", () => R.lt("\uffff", "\u{1f642}")],
);

describe("strings vs CPython", () => {
  const expected = pythonResults(cases.map((c) => c[0]));
  it.each(cases.map((c, i) => [c[0], c, expected[i]] as const))("%s", (_label, c, want) => {
    expect(runtimeResult(c[1], c[2])).toBe(want);
  });
});
