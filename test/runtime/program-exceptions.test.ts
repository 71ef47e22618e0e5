import { describe, expect, it } from "vitest";
import {
  BaseException,
  Exception,
  KeyError,
  OSError,
  SystemExit,
  StopIteration,
  TypeError,
  UnicodeDecodeError,
  ValueError,
  ZeroDivisionError,
  ArithmeticError,
  LookupError,
  IndexError,
  FileNotFoundError,
  NotImplementedError,
  RecursionError,
  typeNameOf,
} from "../../src/runtime/exceptions.js";
import {
  BaseExceptionGroup,
  ExceptionGroup,
  ExceptStar,
} from "../../src/runtime/exception-group.js";
import { InternalBug, pyCatch, raiseFrom, withContext } from "../../src/runtime/exception-catch.js";
import { repr, str } from "../../src/runtime/repr.js";
import { pythonLines } from "./program-python.js";

describe("exception str/repr/args (CPython as oracle)", () => {
  it("matches CPython for constructor argument shapes", () => {
    const expected = pythonLines(`
for e in [ValueError(), ValueError("one"), ValueError("one", 2), ValueError("it's"), KeyError("missing"), KeyError("a", "b"), KeyError(), Exception(None), OSError(2, "No such file"), OSError(2, "No such file", "x.txt"), OSError("plain"), StopIteration(5), SystemExit(3), UnicodeDecodeError("utf-8", b"\\xff", 0, 1, "invalid start byte")]:
    print(repr(str(e)), repr(e), repr(e.args))`);
    const made: BaseException[] = [
      new ValueError(),
      new ValueError("one"),
      new ValueError("one", 2),
      new ValueError("it's"),
      new KeyError("missing"),
      new KeyError("a", "b"),
      new KeyError(),
      new Exception(null),
      new OSError(2, "No such file"),
      new OSError(2, "No such file", "x.txt"),
      new OSError("plain"),
      new StopIteration(5),
      new SystemExit(3),
      new UnicodeDecodeError("utf-8", [0xff], 0, 1, "invalid start byte"),
    ];
    const got = made.map((e) => `${repr(str(e))} ${repr(e).replace("[255]", "b'\\xff'")} ${repr(e.args).replace("[255]", "b'\\xff'")}`);
    expect(got).toEqual(expected);
  });

  it("has the CPython hierarchy for instanceof", () => {
    expect(new ZeroDivisionError() instanceof ArithmeticError).toBe(true);
    expect(new IndexError() instanceof LookupError).toBe(true);
    expect(new FileNotFoundError() instanceof OSError).toBe(true);
    expect(new NotImplementedError() instanceof Error).toBe(true);
    expect(new RecursionError() instanceof ValueError).toBe(false);
    expect(new SystemExit() instanceof Exception).toBe(false);
    expect(typeNameOf(new KeyError("k"))).toBe("KeyError");
  });

  it("keeps user subclasses' names and messages", () => {
    class AppError extends Exception {}
    class ConfigError extends AppError {
      key: string;
      constructor(key: string) {
        super(`config key ${repr(key)}: invalid`);
        this.key = key;
      }
    }
    const e = new ConfigError("port");
    expect([repr(e), str(e), e instanceof AppError, typeNameOf(e)]).toEqual([
      `ConfigError("config key 'port': invalid")`,
      "config key 'port': invalid",
      true,
      "ConfigError",
    ]);
    expect(e.message).toBe("config key 'port': invalid");
  });
});

describe("exception groups", () => {
  it("split/subgroup/derive like CPython", () => {
    const expected = pythonLines(`
eg = ExceptionGroup('top', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)]), KeyError(4)])
m, r = eg.split(ValueError); print(repr(m)); print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.split(Exception)[0] is eg, eg.split(OSError)[1] is eg)
print(repr(eg.derive([ValueError(9)])), str(eg), type(BaseExceptionGroup('m', [ValueError()])).__name__)`);
    const eg = new ExceptionGroup("top", [new ValueError(1), new ExceptionGroup("inner", [new TypeError(2), new ValueError(3)]), new KeyError(4)]);
    const [m, r] = eg.split(ValueError);
    const got = [
      repr(m),
      repr(r),
      `${repr(eg.subgroup((e) => e instanceof KeyError))} ${eg.split(Exception)[0] === eg ? "True" : "False"} ${eg.split(OSError)[1] === eg ? "True" : "False"}`,
      `${repr(eg.derive([new ValueError(9)]))} ${str(eg)} ${typeNameOf(new BaseExceptionGroup("m", [new ValueError()]))}`,
    ];
    // the Python lists in args print as lists; ours are JS arrays, also lists
    expect(got).toEqual(expected);
    expect(new ExceptionGroup("x", [new ValueError()]) instanceof BaseExceptionGroup).toBe(true);
  });

  it("validates arguments with CPython's messages", () => {
    const expected = pythonLines(`
for f in [lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup('x', []), lambda: ExceptionGroup('x', [1]), lambda: ExceptionGroup('x', [KeyboardInterrupt()])]:
    try: f()
    except Exception as e: print(type(e).__name__, e)`);
    const attempts: (() => unknown)[] = [
      () => new ExceptionGroup(1 as unknown as string, [new ValueError()]),
      () => new ExceptionGroup("x", []),
      () => new ExceptionGroup("x", [1 as unknown as BaseException]),
      () => new ExceptionGroup("x", [new SystemExit()]),
    ];
    const got = attempts.map((f) => {
      try {
        f();
        return "no error";
      } catch (e) {
        return `${typeNameOf(e as BaseException)} ${str(e)}`;
      }
    });
    expect(got).toEqual(expected);
  });

  it("runs except* like CPython", () => {
    const expected = pythonLines(`
def run(raise_, handlers):
    try:
        try:
            raise_()
        except* ValueError as e:
            print('caught', repr(e))
            if handlers == 'reraise': raise
            if handlers == 'new': raise KeyError('k')
    except BaseException as e:
        print('outer', repr(e))
def g(): raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
def v(): raise ValueError(1)
def t(): raise TypeError(1)
run(g, ''); run(v, 'reraise'); run(g, 'new'); run(t, ''); run(v, '')
print('end')`);
    const lines: string[] = [];
    const run = (raise: () => never, mode: string) => {
      try {
        try {
          raise();
        } catch ($e) {
          const star = new ExceptStar(pyCatch($e));
          const e = star.match(ValueError);
          if (e !== null) {
            try {
              lines.push(`caught ${repr(e)}`);
              if (mode === "reraise") throw e;
              if (mode === "new") throw new KeyError("k");
            } catch ($h) {
              star.raised(pyCatch($h));
            }
          }
          star.finish();
        }
      } catch (e) {
        lines.push(`outer ${repr(e)}`);
      }
    };
    run(() => {
      throw new ExceptionGroup("g", [new ValueError(1), new TypeError(2)]);
    }, "");
    run(() => {
      throw new ValueError(1);
    }, "reraise");
    run(() => {
      throw new ExceptionGroup("g", [new ValueError(1), new TypeError(2)]);
    }, "new");
    run(() => {
      throw new TypeError(1);
    }, "");
    run(() => {
      throw new ValueError(1);
    }, "");
    lines.push("end");
    expect(lines).toEqual(expected);
  });
});

describe("catching", () => {
  it("maps a stack overflow to RecursionError and rejects engine bugs", () => {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    let caught: BaseException | null = null;
    try {
      recurse(0);
    } catch (e) {
      caught = pyCatch(e);
    }
    expect(caught).toBeInstanceOf(RecursionError);
    expect(str(caught)).toBe("maximum recursion depth exceeded");
    expect(() => pyCatch(new globalThis.TypeError("x is not a function"))).toThrow(InternalBug);
  });

  it("chains cause and context", () => {
    const handled = new ValueError("first");
    const wrapped = raiseFrom(new KeyError("k"), handled);
    expect(wrapped.__cause__).toBe(handled);
    expect(wrapped.__suppress_context__).toBe(true);
    const later = withContext(new TypeError("second"), handled);
    expect(later.__context__).toBe(handled);
    expect(withContext(handled, handled).__context__).toBe(null);
  });
});
