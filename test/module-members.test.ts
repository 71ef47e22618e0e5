/** The compiler's table of runtime module members is generated from the runtime: it must be current. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as runtime from "../src/runtime/index.js";
import * as asyncio from "../src/runtime/asyncio.js";
import { pythonNames, renderMemberTable, MODULE_SOURCES, TABLE_PATH } from "../scripts/gen-module-members.mjs";

describe("module member table", () => {
  it("src/lower/module-members.generated.ts is up to date (node scripts/gen-module-members.mjs)", () => {
    const want = renderMemberTable({ "py2ts/runtime": runtime, "py2ts/runtime/asyncio": asyncio }, pythonNames(Object.keys(MODULE_SOURCES)));
    expect(readFileSync(TABLE_PATH, "utf8")).toBe(want);
  });
});
