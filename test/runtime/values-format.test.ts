/** format(), % formatting and str.format against CPython, including exact half-even float rounding. */
import { describe, expect, it } from "vitest";
import * as R from "../../src/runtime/index.js";
import { FLOAT, INT, STR, tuple, tupleOf, dictOf, PyDict } from "../../src/runtime/index.js";
import { pythonResults, runtimeResult, type Case } from "./values-oracle.js";

type Val = { py: string; js: unknown; t?: R.TypeDesc };
const fl = (x: number, py?: string): Val => ({ py: py ?? `float.fromhex('${hexOf(x)}')`, js: x, t: FLOAT });
const int = (x: number | bigint, py?: string): Val => ({ py: py ?? String(x), js: x, t: INT });
const st = (x: string): Val => ({ py: JSON.stringify(x), js: x });

function hexOf(x: number): string {
  if (!Number.isFinite(x)) return x !== x ? "nan" : x > 0 ? "inf" : "-inf";
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return `${x < 0 || Object.is(x, -0) ? "-" : ""}0x${view.getBigUint64(0) === 0n ? "0" : ""}${(Math.abs(x)).toString(16)}p0`;
}

const floats: Val[] = [
  fl(3.14159265, "3.14159265"), fl(0.125, "0.125"), fl(21.5625, "21.5625"), fl(2.675, "2.675"), fl(0.4567, "0.4567"),
  fl(1234.5678, "1234.5678"), fl(-3.5, "-3.5"), fl(2.5, "2.5"), fl(1.5, "1.5"), fl(0.005, "0.005"), fl(1e20, "1e20"),
  fl(12345.678, "12345.678"), fl(0.000123, "0.000123"), fl(1, "1.0"), fl(100, "100.0"), fl(-0, "-0.0"), fl(0, "0.0"),
  fl(1e16, "1e16"), fl(1e-5, "1e-5"), fl(0.1 + 0.2, "0.1 + 0.2"), fl(Infinity, "float('inf')"), fl(-Infinity, "float('-inf')"),
  fl(NaN, "float('nan')"), fl(1e300, "1e300"), fl(5e-324, "5e-324"), fl(9.9999, "9.9999"), fl(0.5, "0.5"), fl(-0.0001, "-0.0001"),
  fl(123456789.0, "123456789.0"), fl(1.0000000000000002, "1.0000000000000002"), fl(99.995, "99.995"), fl(0.045, "0.045"),
];
const ints: Val[] = [int(0), int(5), int(10), int(255), int(-42), int(1234567), int(-1234567), int(10 ** 12), int(2n ** 70n, "2**70"), int(-(2n ** 65n), "-(2**65)"), int(65)];
const strs: Val[] = [st("ab"), st("abcdef"), st("é🙂x"), st("")];
const floatSpecs = ["", ".2f", ".3f", ".0f", "#.0f", ".1f", "f", ">8.3f", "<8.2f", "^9.1f", "08.3f", "+.2f", " .2f", ",.2f", "_.2f", "010,.2f", "e", ".2e", "E", "#.0e", "g", ".3g", "#g", "G", ".10g", "%", ".1%", ".0%", "n", ".3", ".17", "10", "z.1f", "+010.2f", "=+12.4f", "*^15.3e", "d", "x", "c", "s", "_"];
const intSpecs = ["", "d", ",", "_", ">12,", "08b", "x", "X", "o", "#x", "#010b", "#o", "c", "+d", " d", "=8", "=+8", "03", "<3", "09,", "08,", "#011_x", "_b", ".2f", "e", "g", "%", ".0%", "n", "*^+7", ".2", "z", "+c", ",x", ",_", "abc", "s", "-"];
const strSpecs = ["", "^10", "*<6", "->7", "=^9", ".2", "^7.1", "05", ">3", "s", "d", "+", "=", ",", "x<5"];

const cases: Case[] = [];
for (const v of floats) for (const s of floatSpecs) cases.push([`format(${v.py}, ${JSON.stringify(s)})`, () => R.format(v.js, s, v.t)]);
for (const v of ints) for (const s of intSpecs) cases.push([`format(${v.py}, ${JSON.stringify(s)})`, () => R.format(v.js, s, v.t)]);
for (const v of strs) for (const s of strSpecs) cases.push([`format(${v.py}, ${JSON.stringify(s)})`, () => R.format(v.js, s)]);

// random doubles at random precisions: exact half-even rounding
let seed = 7;
const rnd = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
for (let k = 0; k < 300; k++) {
  const mag = Math.floor(rnd() * 12) - 4;
  let x = Math.round(rnd() * 100000) / 2 ** Math.floor(rnd() * 12) * 10 ** mag;
  if (k % 3 === 0) x = Math.round(rnd() * 1000) / 8;
  const spec = ["f", "e", "g", "%"][k % 4]!;
  const p = Math.floor(rnd() * 8);
  const v = fl(x);
  cases.push([`format(${v.py}, '.${p}${spec}')`, () => R.format(x, `.${p}${spec}`, FLOAT)]);
}

for (const x of [0.125, 2.5, 1.5, 0.375, 12.5, 1e23, 5e-324, 0.5, 9.5, 1234.5, 0.0625, 3.75, 1e22, 2 ** 60 + 2 ** 8]) {
  for (const spec of [".0e", ".1e", ".2e", ".1g", ".2g", ".3g", ".0%", ".1f", ".16e", ".17g"]) {
    cases.push([`format(${x === 5e-324 ? "5e-324" : x}, '${spec}')`, () => R.format(x, spec, FLOAT)]);
  }
}
cases.push(
  [`format(True, '>5')`, () => R.format(true, ">5")],
  [`format(True, '')`, () => R.format(true, "")],
  [`format(True, 's')`, () => R.format(true, "s")],
  [`format(None, '')`, () => R.format(null, "")],
  [`format(None, '>5')`, () => R.format(null, ">5")],
  [`format([1], 'x')`, () => R.format([1], "x")],
  [`format((1, 'a'), '')`, () => R.format(tuple(1, "a"), "")],
  ["'%s has %d items costing %.2f' % ('cart', 3, 9.5)", () => R.percentFormat("%s has %d items costing %.2f", tuple("cart", 3, 9.5))],
  ["'%5s|%-5s|' % ('r', 'l')", () => R.percentFormat("%5s|%-5s|", tuple("r", "l"))],
  ["'%05d' % 42", () => R.percentFormat("%05d", 42)],
  ["'%x %o %e' % (255, 8, 1234.5)", () => R.percentFormat("%x %o %e", tuple(255, 8, 1234.5))],
  ["'%r and %s' % ('q', 'q')", () => R.percentFormat("%r and %s", tuple("q", "q"))],
  ["'%3d%%' % 50", () => R.percentFormat("%3d%%", 50)],
  ["'%(a)s/%(b)s' % {'a': 1, 'b': 2}", () => R.percentFormat("%(a)s/%(b)s", PyDict.of("a", 1, "b", 2))],
  ["'%.3s' % 'abcdef'", () => R.percentFormat("%.3s", "abcdef")],
  ["'%+d' % 5", () => R.percentFormat("%+d", 5)],
  ["'%s' % (1,)", () => R.percentFormat("%s", tuple(1))],
  ["'%s' % [1, 2]", () => R.percentFormat("%s", [1, 2])],
  ["'%i' % 3.9", () => R.percentFormat("%i", 3.9)],
  ["'%g' % 0.00001", () => R.percentFormat("%g", 0.00001)],
  ["'%c' % 65", () => R.percentFormat("%c", 65)],
  ["'%c' % 'z'", () => R.percentFormat("%c", "z")],
  ["'%s %s' % (1,)", () => R.percentFormat("%s %s", tuple(1))],
  ["'%s' % (1, 2)", () => R.percentFormat("%s", tuple(1, 2))],
  ["'%d' % 'x'", () => R.percentFormat("%d", "x")],
  ["'%x' % 1.5", () => R.percentFormat("%x", 1.5)],
  ["'%f' % 'x'", () => R.percentFormat("%f", "x")],
  ["'%y' % 1", () => R.percentFormat("%y", 1)],
  ["'%' % 1", () => R.percentFormat("%", 1)],
  ["'%*d|%-*d' % (5, 1, 4, 2)", () => R.percentFormat("%*d|%-*d", tuple(5, 1, 4, 2))],
  ["'%.*f' % (2, 3.14159)", () => R.percentFormat("%.*f", tuple(2, 3.14159))],
  ["'%#x %#o %#X' % (255, 8, 255)", () => R.percentFormat("%#x %#o %#X", tuple(255, 8, 255))],
  ["'%08.3f|%-8.2f|% d' % (-3.14159, 2.5, 7)", () => R.percentFormat("%08.3f|%-8.2f|% d", tuple(-3.14159, 2.5, 7))],
  ["'%.3d' % 5", () => R.percentFormat("%.3d", 5)],
  ["'%s' % 2.0", () => R.percentFormat("%s", 2, FLOAT)],
  ["'%s|%r' % (1.0, 2.0)", () => R.percentFormat("%s|%r", tuple(1, 2), tupleOf(FLOAT, FLOAT))],
  ["'%(x)s' % {'x': 1.0}", () => R.percentFormat("%(x)s", PyDict.of("x", 1), dictOf(STR, FLOAT))],
  ["'%d' % 2**70", () => R.percentFormat("%d", R.pow(2, 70))],
  ["'{} + {} = {}'.format(1, 2, 3)", () => R.strFormat("{} + {} = {}", [1, 2, 3])],
  ["'{1} {0} {1}'.format('a', 'b')", () => R.strFormat("{1} {0} {1}", ["a", "b"])],
  ["'{name} is {age}'.format(name='Ann', age=7)", () => R.strFormat("{name} is {age}", [], { name: "Ann", age: 7 })],
  ["'{:>6.2f}|{:<5}|{:^5}|'.format(2.5, 'ab', 'c')", () => R.strFormat("{:>6.2f}|{:<5}|{:^5}|", [2.5, "ab", "c"])],
  ["'{0[0]}-{0[1]}'.format(['p', 'q'])", () => R.strFormat("{0[0]}-{0[1]}", [["p", "q"]])],
  ["'{d[key]}'.format(d={'key': 'val'})", () => R.strFormat("{d[key]}", [], { d: PyDict.of("key", "val") })],
  ["'{!r} vs {!s}'.format('q', 'q')", () => R.strFormat("{!r} vs {!s}", ["q", "q"])],
  ["'{:,}'.format(9876543210)", () => R.strFormat("{:,}", [9876543210])],
  ["'{:{}}|'.format('w', 5)", () => R.strFormat("{:{}}|", ["w", 5])],
  ["'{:{}.{}f}|'.format(3.14159, 8, 2)", () => R.strFormat("{:{}.{}f}|", [3.14159, 8, 2])],
  ["'{{literal}} {}'.format(1)", () => R.strFormat("{{literal}} {}", [1])],
  ["'{} {1}'.format(1, 2)", () => R.strFormat("{} {1}", [1, 2])],
  ["'{1} {}'.format(1, 2)", () => R.strFormat("{1} {}", [1, 2])],
  ["'{} {}'.format(1)", () => R.strFormat("{} {}", [1])],
  ["'{x}'.format(y=1)", () => R.strFormat("{x}", [], { y: 1 })],
  ["'a } b'.format()", () => R.strFormat("a } b")],
  ["'a { b'.format()", () => R.strFormat("a { b")],
  ["'{'.format()", () => R.strFormat("{")],
  ["'{!x}'.format(1)", () => R.strFormat("{!x}", [1])],
  ["'{0.x}'.format(type('Widget', (), {})())", () => R.strFormat("{0.x}", [new Widget()])],
  ["'{}'.format(2.0)", () => R.strFormat("{}", [2], undefined, { args: [FLOAT] })],
);

class Widget {}

describe("format vs CPython", () => {
  const expected = pythonResults(cases.map((c) => c[0]));
  it.each(cases.map((c, i) => [c[0], c, expected[i]] as const))("%s", (_label, c, want) => {
    expect(runtimeResult(c[1], c[2])).toBe(want);
  });
});
