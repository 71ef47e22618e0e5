/**
 * The playground's URL-hash state: what a shared link holds must come back exactly (code with
 * any characters, options, example), and a damaged or foreign hash must be ignored, not crash.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { decodeState, encodeState, type PageState } from "../playground/src/url-state.js";

const seedGenerator = readFileSync(new URL("../examples/generator_send.py", import.meta.url), "utf8");

const states: readonly PageState[] = [
  { code: seedGenerator, example: "seed-generator-send", virtualTime: false },
  { code: "print('ünïcode ✓ 🐍', \"quotes\", '\\t')\n", example: "", virtualTime: true },
  { code: "", example: "", virtualTime: false },
  { code: "x = 1\r\n" + "# long line ".repeat(5000), example: "queues", virtualTime: true },
];

describe("playground URL state", () => {
  for (const [i, state] of states.entries()) {
    it(`round-trips state ${i} through the hash`, async () => {
      const hash = await encodeState(state);
      expect(hash).toMatch(/^#[zj]=[A-Za-z0-9_-]*$/);
      expect(await decodeState(hash)).toEqual(state);
    });
  }

  it("compresses a long program well below its size", async () => {
    const hash = await encodeState(states[3]!);
    expect(hash.length).toBeLessThan(states[3]!.code.length / 10);
  });

  it("reads the uncompressed form", async () => {
    const json = JSON.stringify({ c: "print(1)\n", e: "x", v: true });
    const hash = `#j=${Buffer.from(json, "utf8").toString("base64url")}`;
    expect(await decodeState(hash)).toEqual({ code: "print(1)\n", example: "x", virtualTime: true });
  });

  for (const hash of ["", "#", "#section-2", "#z=", "#z=!!!", "#z=AAAA", "#j=bm90IGpzb24", "#j=e30"]) {
    it(`ignores the hash ${JSON.stringify(hash)}`, async () => {
      expect(await decodeState(hash)).toBeUndefined();
    });
  }
});
