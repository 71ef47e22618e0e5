/**
 * Python's built-in exception hierarchy as JS classes. `except E` becomes `instanceof E`.
 * `args` is the tuple of constructor arguments; `str(e)` and `repr(e)` follow CPython.
 *
 * Subclasses take their Python name from the class's own `name` (so user classes work as-is).
 */
export class BaseException extends Error {
  readonly args: readonly unknown[];
  /** `raise ... from cause` */
  __cause__: BaseException | null = null;
  /** the exception being handled when this one was raised */
  __context__: BaseException | null = null;
  __suppress_context__ = false;

  constructor(...args: unknown[]) {
    super(args.length === 1 ? String(args[0]) : args.length === 0 ? "" : String(args));
    this.args = args;
    Object.defineProperty(this, "name", { value: new.target.name, enumerable: false, configurable: true, writable: true });
  }
}

export class Exception extends BaseException {}
export class GeneratorExit extends BaseException {}
export class KeyboardInterrupt extends BaseException {}
export class SystemExit extends BaseException {
  get code(): unknown {
    return this.args.length === 0 ? null : this.args.length === 1 ? this.args[0] : this.args;
  }
}

export class StopIteration extends Exception {
  get value(): unknown {
    return this.args.length > 0 ? this.args[0] : null;
  }
}
export class StopAsyncIteration extends Exception {}
export class ArithmeticError extends Exception {}
export class ZeroDivisionError extends ArithmeticError {}
export class OverflowError extends ArithmeticError {}
export class AssertionError extends Exception {}
export class AttributeError extends Exception {}
export class LookupError extends Exception {}
export class IndexError extends LookupError {}
export class KeyError extends LookupError {}
export class NameError extends Exception {}
export class UnboundLocalError extends NameError {}
export class RuntimeError extends Exception {}
export class RecursionError extends RuntimeError {}
export class NotImplementedError extends RuntimeError {}
export class TypeError extends Exception {}
export class ValueError extends Exception {}
export class UnicodeError extends ValueError {}
export class OSError extends Exception {}
export class TimeoutError extends OSError {}
