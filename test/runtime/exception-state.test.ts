import { describe, expect, it } from "vitest";
import { KeyError, RuntimeError, ValueError } from "../../src/runtime/exceptions.js";
import { coroutineFrame, currentException, enterFrame, handled, handling, leaveFrame, reraise, resumed, topItem, restoreTop } from "../../src/runtime/exception-state.js";
import { sys } from "../../src/runtime/sys.js";

describe("handled-exception stack (sys.exception)", () => {
  it("an except clause sets and restores the top item; nested clauses stack", () => {
    expect(currentException()).toBeNull();
    const outer = new ValueError("outer");
    const p1 = handling(outer);
    expect(currentException()).toBe(outer);
    const inner = new KeyError("inner");
    const p2 = handling(inner);
    expect(sys.exception()).toBe(inner);
    handled(p2);
    expect(sys.exception()).toBe(outer);
    handled(p1);
    expect(sys.exception()).toBeNull();
  });

  it("a finally entered without an exception changes nothing", () => {
    const outer = new ValueError("outer");
    const p1 = handling(outer);
    const p2 = handling(null);
    expect(currentException()).toBe(outer);
    handled(p2);
    expect(currentException()).toBe(outer);
    handled(p1);
  });

  it("a frame's empty item shows the caller's exception; its own hides it", () => {
    const callerExc = new ValueError("caller");
    const p = handling(callerExc);
    const item = { value: null, previous: null };
    enterFrame(item);
    expect(currentException()).toBe(callerExc);
    const own = new KeyError("own");
    const q = handling(own);
    expect(currentException()).toBe(own);
    leaveFrame(item);
    expect(currentException()).toBe(callerExc);
    enterFrame(item);
    expect(currentException()).toBe(own);
    handled(q);
    leaveFrame(item);
    handled(p);
    expect(currentException()).toBeNull();
  });

  it("coroutine frames sit above the item current when they start", () => {
    const base = topItem();
    const exc = new ValueError("awaiter");
    const p = handling(exc);
    const frame = coroutineFrame();
    restoreTop(base);
    expect(resumed(frame, 5)).toBe(5);
    expect(currentException()).toBe(exc);
    leaveFrame(frame);
    expect(topItem()).toBe(base);
    handled(p);
  });

  it("reraise without an active exception is CPython's RuntimeError", () => {
    const e = reraise();
    expect(e).toBeInstanceOf(RuntimeError);
    expect(e.__str__()).toBe("No active exception to reraise");
  });

  it("exc_info's traceback prints like CPython's and names its limit", () => {
    expect([...sys.exc_info()]).toEqual([null, null, null]);
    const exc = new ValueError("x");
    const p = handling(exc);
    const [type, value, tb] = sys.exc_info() as unknown as [unknown, unknown, { __repr__(): string; tb_lineno: unknown }];
    expect(type).toBe(ValueError);
    expect(value).toBe(exc);
    expect(tb.__repr__()).toMatch(/^<traceback object at 0x[0-9a-f]+>$/);
    expect(() => tb.tb_lineno).toThrow("py2ts: traceback.tb_lineno is not supported");
    handled(p);
  });
});
