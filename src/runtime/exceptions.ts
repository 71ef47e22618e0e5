/**
 * Python's built-in exception hierarchy as JS classes (CPython 3.11's tree, minus the warnings'
 * machinery). `except E` becomes `instanceof E`; a user class `class AppError(Exception)` becomes
 * `class AppError extends Exception` and needs nothing else.
 *
 * What the compiler emits:
 *   raise ValueError("boom")          → throw new ValueError("boom");
 *   raise ConfigError("k") from exc   → throw raiseFrom(new ConfigError("k"), exc);   (exception-catch.ts)
 *   except (KeyError, TypeError) as e → catch ($e) { const e = pyCatch($e); if (e instanceof KeyError || e instanceof TypeError) {...} else throw e; }
 *   e.args / e.__cause__ / e.__context__ / e.add_note(s) / e.__notes__ → the same names
 *   str(e) / repr(e) → repr.ts's str/repr, which call `__str__()` / `__repr__()` defined here
 *
 * `args` is the tuple of constructor arguments. The JS `message` is a getter giving `str(e)`, so a
 * Python exception shown by a JS debugger reads like CPython's last traceback line. The Python type
 * name is the JS class name (`typeNameOf`), never `this.name`, which user code may assign (so the
 * `name` attribute of AttributeError/NameError/ImportError is not modelled).
 */
import { repr, str } from "./repr.js";
import { asTuple } from "./tuple.js";

export class BaseException extends Error {
  /** the constructor arguments (a Python tuple) */
  args: readonly unknown[];
  /** `raise ... from cause` */
  __cause__: BaseException | null = null;
  /** the exception being handled when this one was raised */
  __context__: BaseException | null = null;
  /** set by `raise ... from ...`: the traceback does not show `__context__` */
  __suppress_context__ = false;
  /** notes added with `add_note` (undefined until the first note, as in CPython) */
  __notes__: string[] | undefined = undefined;
  __traceback__: unknown = null;

  constructor(...args: unknown[]) {
    super();
    this.args = asTuple([...args]);
  }

  /** `str(e)`: empty for no arguments, the argument's str for one, the tuple's repr otherwise */
  __str__(): string {
    const args = this.args;
    if (args.length === 0) return "";
    if (args.length === 1) return str(args[0]);
    return repr(args);
  }

  /** `repr(e)`: `ValueError('boom')`, `ValueError()`, `ValueError('one', 2)` */
  __repr__(): string {
    return `${typeNameOf(this)}(${this.args.map((a) => repr(a)).join(", ")})`;
  }

  add_note(note: string): void {
    if (typeof note !== "string") {
      throw new TypeError(`note must be a str, not '${typeof note}'`);
    }
    (this.__notes__ ??= []).push(note);
  }

  with_traceback(tb: unknown): this {
    this.__traceback__ = tb;
    return this;
  }
}

/** The Python name of an exception's class (`__qualname__` of a top-level class). */
export function typeNameOf(exc: object): string {
  const ctor = (exc as { constructor?: { name?: string; __name__?: string } }).constructor;
  if (ctor && Object.hasOwn(ctor, "__name__") && typeof ctor.__name__ === "string") return ctor.__name__;
  return ctor?.name || "BaseException";
}

// JS `message` and `name` follow the Python view, for JS debuggers and `String(e)`.
Object.defineProperty(BaseException.prototype, "message", {
  get(this: BaseException) {
    return this.__str__();
  },
  set(this: BaseException, value: unknown) {
    Object.defineProperty(this, "message", { value, writable: true, configurable: true, enumerable: true });
  },
  configurable: true,
});
Object.defineProperty(BaseException.prototype, "name", {
  get(this: BaseException) {
    return typeNameOf(this);
  },
  set(this: BaseException, value: unknown) {
    Object.defineProperty(this, "name", { value, writable: true, configurable: true, enumerable: true });
  },
  configurable: true,
});

export class Exception extends BaseException {}
export class GeneratorExit extends BaseException {}
export class KeyboardInterrupt extends BaseException {}

export class SystemExit extends BaseException {
  /** the exit status or message: None for no argument, the argument for one, the tuple otherwise */
  get code(): unknown {
    return this.args.length === 0 ? null : this.args.length === 1 ? this.args[0] : this.args;
  }
}

export class StopIteration extends Exception {
  #value: unknown;
  #assigned = false;
  /** the generator's return value: the first argument unless assigned (`e.value = x`) */
  get value(): unknown {
    if (this.#assigned) return this.#value;
    return this.args.length > 0 ? this.args[0] : null;
  }
  set value(v: unknown) {
    this.#value = v;
    this.#assigned = true;
  }
}
export class StopAsyncIteration extends Exception {}

export class ArithmeticError extends Exception {}
export class FloatingPointError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class ZeroDivisionError extends ArithmeticError {}
export class AssertionError extends Exception {}

export class AttributeError extends Exception {
  obj: unknown = null;
}

export class BufferError extends Exception {}
export class EOFError extends Exception {}

export class ImportError extends Exception {
  path: string | null = null;
}
export class ModuleNotFoundError extends ImportError {}

export class LookupError extends Exception {}
export class IndexError extends LookupError {}
export class KeyError extends LookupError {
  /** `str(KeyError(k))` is `repr(k)`, so `KeyError: 'missing'` shows the quotes */
  override __str__(): string {
    return this.args.length === 1 ? repr(this.args[0]) : super.__str__();
  }
}

export class MemoryError extends Exception {}

export class NameError extends Exception {}
export class UnboundLocalError extends NameError {}

/**
 * Reading a name that no scope of the program binds and that is not a builtin: CPython raises
 * NameError when (and only when) the read runs, so the compiler emits a call to this there.
 */
export function undefinedName(name: string): any {
  throw new NameError(`name '${name}' is not defined`);
}

export class OSError extends Exception {
  errno: unknown = null;
  strerror: unknown = null;
  filename: unknown = null;
  filename2: unknown = null;

  constructor(...args: unknown[]) {
    super(...args);
    if (args.length >= 2 && args.length <= 5) {
      // CPython picks the subclass from the errno: OSError(2, ...) is a FileNotFoundError
      const sub = new.target === OSError && typeof args[0] === "number" ? errnoClass(args[0]) : undefined;
      // eslint-disable-next-line no-constructor-return
      if (sub !== undefined) return new sub(...args);
      this.errno = args[0];
      this.strerror = args[1];
      if (args.length >= 3) {
        this.filename = args[2];
        this.args = asTuple(args.slice(0, 2));
      }
      if (args.length >= 5) this.filename2 = args[4];
    }
  }

  /** `[Errno 2] No such file or directory: 'x.txt'` when built from (errno, strerror[, filename]) */
  override __str__(): string {
    if (this.filename2 !== null) {
      return `[Errno ${str(this.errno)}] ${str(this.strerror)}: ${repr(this.filename)} -> ${repr(this.filename2)}`;
    }
    if (this.filename !== null) return `[Errno ${str(this.errno)}] ${str(this.strerror)}: ${repr(this.filename)}`;
    if (this.errno !== null) return `[Errno ${str(this.errno)}] ${str(this.strerror)}`;
    return super.__str__();
  }
}
export class BlockingIOError extends OSError {}
export class ChildProcessError extends OSError {}
export class ConnectionError extends OSError {}
export class BrokenPipeError extends ConnectionError {}
export class ConnectionAbortedError extends ConnectionError {}
export class ConnectionRefusedError extends ConnectionError {}
export class ConnectionResetError extends ConnectionError {}
export class FileExistsError extends OSError {}
export class FileNotFoundError extends OSError {}
export class InterruptedError extends OSError {}
export class IsADirectoryError extends OSError {}
export class NotADirectoryError extends OSError {}
export class PermissionError extends OSError {}
export class ProcessLookupError extends OSError {}
export class TimeoutError extends OSError {}
/** errno → OSError subclass, as in CPython's `OSError.__new__` (Linux errno numbers) */
function errnoClass(errno: number): (new (...args: unknown[]) => OSError) | undefined {
  switch (errno) {
    case 11:
    case 114:
    case 115:
      return BlockingIOError;
    case 10:
      return ChildProcessError;
    case 32:
    case 108:
      return BrokenPipeError;
    case 103:
      return ConnectionAbortedError;
    case 111:
      return ConnectionRefusedError;
    case 104:
      return ConnectionResetError;
    case 17:
      return FileExistsError;
    case 2:
      return FileNotFoundError;
    case 21:
      return IsADirectoryError;
    case 20:
      return NotADirectoryError;
    case 4:
      return InterruptedError;
    case 1:
    case 13:
      return PermissionError;
    case 3:
      return ProcessLookupError;
    case 110:
      return TimeoutError;
  }
  return undefined;
}

/** `IOError` and `EnvironmentError` are aliases of OSError in Python 3 */
export const IOError = OSError;
export const EnvironmentError = OSError;

export class ReferenceError extends Exception {}
export class RuntimeError extends Exception {}
export class NotImplementedError extends RuntimeError {}
export class RecursionError extends RuntimeError {}

export class SyntaxError extends Exception {
  msg: unknown = null;
  filename: unknown = null;
  lineno: unknown = null;
  offset: unknown = null;
  text: unknown = null;

  constructor(...args: unknown[]) {
    super(...args);
    if (args.length >= 1) this.msg = args[0];
    const details = args[1];
    if (args.length === 2 && Array.isArray(details)) {
      [this.filename = null, this.lineno = null, this.offset = null, this.text = null] = details;
    }
  }

  /** `msg (file.py, line 3)` when location details were given */
  override __str__(): string {
    if (this.filename !== null && this.lineno !== null) {
      return `${str(this.msg)} (${str(this.filename)}, line ${str(this.lineno)})`;
    }
    return this.args.length >= 1 ? str(this.msg) : "";
  }
}
export class IndentationError extends SyntaxError {}
export class TabError extends IndentationError {}
export class SystemError extends Exception {}
export class TypeError extends Exception {}
export class ValueError extends Exception {}

export class UnicodeError extends ValueError {}
export class UnicodeDecodeError extends UnicodeError {
  /** UnicodeDecodeError(encoding, object, start, end, reason) */
  override __str__(): string {
    const [encoding, object, start, end, reason] = this.args as [string, ArrayLike<number>, number, number, string];
    if (this.args.length !== 5) return super.__str__();
    if (end === start + 1) {
      const byte = object[start] ?? 0;
      return `'${encoding}' codec can't decode byte 0x${byte.toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  }
}
export class UnicodeEncodeError extends UnicodeError {
  /** UnicodeEncodeError(encoding, object, start, end, reason) */
  override __str__(): string {
    const [encoding, object, start, end, reason] = this.args as [string, string, number, number, string];
    if (this.args.length !== 5) return super.__str__();
    if (end === start + 1) {
      const code = object.codePointAt(start) ?? 0;
      const width = code <= 0xff ? 2 : code <= 0xffff ? 4 : 8;
      const escape = width === 2 ? "x" : width === 4 ? "u" : "U";
      return `'${encoding}' codec can't encode character '\\${escape}${code.toString(16).padStart(width, "0")}' in position ${start}: ${reason}`;
    }
    return `'${encoding}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  }
}
export class UnicodeTranslateError extends UnicodeError {}

export class Warning extends Exception {}
export class BytesWarning extends Warning {}
export class DeprecationWarning extends Warning {}
export class EncodingWarning extends Warning {}
export class FutureWarning extends Warning {}
export class ImportWarning extends Warning {}
export class PendingDeprecationWarning extends Warning {}
export class ResourceWarning extends Warning {}
export class RuntimeWarning extends Warning {}
export class SyntaxWarning extends Warning {}
export class UnicodeWarning extends Warning {}
export class UserWarning extends Warning {}

/** Is `cls` an exception class (BaseException itself or a subclass)? */
export function isExceptionClass(cls: unknown): cls is new (...args: unknown[]) => BaseException {
  return typeof cls === "function" && (cls === BaseException || cls.prototype instanceof BaseException);
}
