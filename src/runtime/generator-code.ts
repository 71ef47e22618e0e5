/**
 * `gi_code` and `gi_frame` of a generator (and `f.__code__` of a generator function): the parts
 * Python programs read that py2ts knows — the names, `gi_frame.f_code`, `f_generator`, and
 * `co_firstlineno` when the compiler passed the line. Everything else a code or frame object
 * has (line numbers of a suspended frame, its locals, the file name, variable names) is not
 * known in translated code; reading it raises a RuntimeError naming the limit instead of giving
 * None, which is what a plain missing property would print.
 */
import { RuntimeError } from "./exceptions.js";

function unsupported(owner: string, name: string): never {
  throw new RuntimeError(`py2ts: ${owner}.${name} is not supported`);
}

const UNSUPPORTED_CODE = [
  "co_filename", "co_varnames", "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
  "co_flags", "co_consts", "co_names", "co_freevars", "co_cellvars", "co_stacksize", "co_code",
  "co_lnotab", "co_linetable", "co_exceptiontable", "co_lines", "co_positions", "replace",
] as const;

const UNSUPPORTED_FRAME = [
  "f_lineno", "f_lasti", "f_locals", "f_globals", "f_builtins", "f_back", "f_trace", "f_trace_lines",
  "f_trace_opcodes", "clear",
] as const;

/** `gi_code`: the generator function's code object, as far as Python programs look at it. */
export class GeneratorCode {
  static readonly __pyname__: string = "code";
  readonly co_name: string;
  readonly co_qualname: string;
  readonly #line: number;

  constructor(qualname: string, line: number) {
    const dot = qualname.lastIndexOf(".");
    this.co_name = dot < 0 ? qualname : qualname.slice(dot + 1);
    this.co_qualname = qualname;
    this.#line = line;
  }

  /** Known only when the compiler passed the `def` line (0: not known). */
  get co_firstlineno(): number {
    return this.#line > 0 ? this.#line : unsupported("code", "co_firstlineno");
  }

  __repr__(): string {
    return `<code object ${this.co_name}>`;
  }
}

/** The `gi_frame` of a generator that has not finished. */
export class GeneratorFrame {
  static readonly __pyname__: string = "frame";
  constructor(
    readonly f_generator: unknown,
    readonly f_code: GeneratorCode,
  ) {}
}

for (const name of UNSUPPORTED_CODE) {
  Object.defineProperty(GeneratorCode.prototype, name, { get: () => unsupported("code", name), configurable: true });
}
for (const name of UNSUPPORTED_FRAME) {
  Object.defineProperty(GeneratorFrame.prototype, name, { get: () => unsupported("frame", name), configurable: true });
}

/** @internal A code object for `gi_code` / `f.__code__`. */
export function codeObject(qualname: string, line: number): GeneratorCode {
  return new GeneratorCode(qualname, line);
}
