/** Randomised checks against CPython: float repr of arbitrary doubles, big-int arithmetic, mixed ops. */
import { describe, expect, it } from "vitest";
import * as R from "../../src/runtime/index.js";
import { FLOAT } from "../../src/runtime/index.js";
import { pythonResults, runtimeResult } from "./values-oracle.js";

function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function hexFloat(x: number): string {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return `struct.unpack('>d', bytes.fromhex('${view.getBigUint64(0).toString(16).padStart(16, "0")}'))[0]`;
}

function isFloatText(s: string): boolean {
  return s.includes(".");
}

describe("random values vs CPython", () => {
  it("repr of 600 random doubles (all exponents)", () => {
    const r = rng(99);
    const xs: number[] = [];
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 600; i++) {
      view.setUint32(0, Math.floor(r() * 2 ** 32));
      view.setUint32(4, Math.floor(r() * 2 ** 32));
      let x = view.getFloat64(0);
      if (!Number.isFinite(x)) x = r() * 1e6;
      if (i % 4 === 0) x = Math.round(r() * 1e9) / 10 ** Math.floor(r() * 12);
      xs.push(x);
    }
    const want = pythonResults(xs.map(hexFloat), { prelude: "import struct" });
    const got = xs.map((x) => runtimeResult(() => x, FLOAT));
    expect(got.filter((g, i) => g !== want[i])).toEqual([]);
  });

  it("400 random big-int and mixed expressions", () => {
    const r = rng(7);
    const pick = (): [string, unknown] => {
      const k = Math.floor(r() * 5);
      if (k === 0) {
        const v = BigInt(Math.floor(r() * 1e15)) * BigInt(Math.floor(r() * 1e15)) * (r() < 0.5 ? -1n : 1n);
        return [v.toString(), R.normBig(v)];
      }
      if (k === 1) {
        const v = Math.floor((r() - 0.5) * 2 ** 53);
        return [String(v), v];
      }
      if (k === 2) {
        const v = Math.floor((r() - 0.5) * 200);
        return [String(v), v];
      }
      if (k === 3) {
        const v = (r() - 0.5) * 1000;
        return [R.floatRepr(v), v];
      }
      const flag = r() < 0.5;
      return [flag ? "True" : "False", flag];
    };
    const ops: [string, (a: unknown, b: unknown) => unknown][] = [
      ["+", R.add], ["-", R.sub], ["*", R.mul], ["//", R.floordiv], ["%", R.mod], ["/", R.truediv],
      ["&", R.bitand], ["|", R.bitor], ["^", R.bitxor], ["<", R.lt], ["==", R.eq], [">=", R.ge],
    ];
    const exprs: string[] = [];
    const got: string[] = [];
    for (let i = 0; i < 400; i++) {
      const [pa, a] = pick();
      const [pb, b] = pick();
      const [sym, fn] = ops[i % ops.length]!;
      exprs.push(`(${pa}) ${sym} (${pb})`);
      const floaty = sym === "/" || ("+-*%//".includes(sym) && (isFloatText(pa) || isFloatText(pb)));
      got.push(runtimeResult(() => fn(a, b), floaty ? FLOAT : undefined));
    }
    const want = pythonResults(exprs);
    const bad = exprs.map((e, i) => [e, want[i], got[i]]).filter((x) => x[1] !== x[2]);
    expect(bad).toEqual([]);
  });
});
