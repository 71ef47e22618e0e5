/**
 * Program output: `print`, `sys.stdout` / `sys.stderr`, `input`, and the sinks they write to.
 *
 * What the compiler emits:
 *   print(a, b)                       → print(a, b)
 *   print(x) where x is a float       → print(str(x, FLOAT))      (print itself never guesses)
 *   print(a, end="", sep=", ")        → print(a, kw({ end: "", sep: ", " }))     (kwargs.ts)
 *   print(a, file=sys.stderr)         → print(a, kw({ file: sys.stderr }))
 *   sys.stdout.write(s)               → sys.stdout.write(s)      (sys.ts)
 *   input("name? ")                   → input("name? ")
 *
 * Where text goes: stdout is buffered (like CPython's when piped; flushed at each print when the
 * Node stdout is a TTY), stderr is not; writing to stderr first flushes stdout so that the order
 * of the two stays right on a terminal. The sink is Node's `process.stdout/stderr` when
 * `globalThis.process` exists (never an `import "node:..."`: the runtime also runs in a browser
 * Web Worker), else `console`, unless the host installs one with `setOutputSink({ stdout, stderr })`
 * (the playground's worker does, posting text to the page). `flushOutput()` runs at program exit
 * (program.ts) and also on Node's `exit` event, so no output is lost.
 *
 * The sink and the buffer are process-wide state on purpose: one program owns one process/worker.
 */
import { AttributeError, EOFError, TypeError } from "./exceptions.js";
import { isKw } from "./kwargs.js";
import { str } from "./repr.js";
import { typeName } from "./compare.js";

export interface OutputSink {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Where `input()` reads lines from: a line without its newline, or null at end of input. */
export interface InputSource {
  readline(): string | null;
}

interface NodeStream {
  write(text: string): boolean;
  isTTY?: boolean;
  on?(event: "error", fn: (error: { code?: string }) => void): void;
}
interface NodeProcessLike {
  stdout?: NodeStream;
  stderr?: NodeStream;
  on?(event: string, fn: () => void): void;
  exit?(status: number): never;
}

const BUFFER_LIMIT = 1 << 16;

const output = {
  sink: null as OutputSink | null,
  input: null as InputSource | null,
  pending: [] as string[],
  pendingLength: 0,
  exitHookInstalled: false,
};

function nodeProcess(): NodeProcessLike | undefined {
  const p = (globalThis as { process?: NodeProcessLike }).process;
  return p && typeof p.stdout?.write === "function" ? p : undefined;
}

/** CPython's status when stdout is a closed pipe (`prog | head -1`): 120, quietly. */
const BROKEN_PIPE_STATUS = 120;

function defaultSink(): OutputSink {
  const proc = nodeProcess();
  if (proc) {
    // without a listener Node turns EPIPE into an uncaught JS error with a stack trace
    proc.stdout?.on?.("error", (error: { code?: string }) => {
      if (error?.code !== "EPIPE") throw error;
      proc.exit?.(BROKEN_PIPE_STATUS);
    });
    return { stdout: (t) => void proc.stdout?.write(t), stderr: (t) => void proc.stderr?.write(t) };
  }
  return { stdout: (t) => console.log(t.replace(/\n$/, "")), stderr: (t) => console.error(t.replace(/\n$/, "")) };
}

function activeSink(): OutputSink {
  return (output.sink ??= defaultSink());
}

/** Install the host's output callbacks (null restores the default). Flushes what is pending first. */
export function setOutputSink(sink: OutputSink | null): void {
  flushOutput();
  output.sink = sink;
}

/** Install where `input()` reads from (null: `input()` raises EOFError). */
export function setInputSource(source: InputSource | null): void {
  output.input = source;
}

/** Write buffered stdout text to the sink now. */
export function flushOutput(): void {
  if (output.pending.length === 0) return;
  const text = output.pending.join("");
  output.pending = [];
  output.pendingLength = 0;
  activeSink().stdout(text);
}

function stdoutIsTty(): boolean {
  return output.sink === null && nodeProcess()?.stdout?.isTTY === true;
}

function installExitHook(): void {
  if (output.exitHookInstalled) return;
  output.exitHookInstalled = true;
  nodeProcess()?.on?.("exit", flushOutput);
}

/** Append text to stdout (buffered). */
export function writeStdout(text: string): void {
  if (text.length === 0) return;
  installExitHook();
  output.pending.push(text);
  output.pendingLength += text.length;
  if (output.pendingLength >= BUFFER_LIMIT || stdoutIsTty()) flushOutput();
}

/** Write text to stderr at once, after flushing stdout so their order is kept. */
export function writeStderr(text: string): void {
  if (text.length === 0) return;
  flushOutput();
  activeSink().stderr(text);
}

function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) n++;
    else {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      n++;
    }
  }
  return n;
}

/** `sys.stdout` / `sys.stderr`: text streams with `write`, `flush`, `isatty`, ... */
export class TextStream {
  readonly encoding = "utf-8";
  readonly errors = "strict";
  readonly mode = "w";
  readonly closed = false;

  constructor(
    readonly name: string,
    private readonly target: "stdout" | "stderr",
  ) {}

  /** returns the number of characters written, as CPython does */
  write(text: string): number {
    if (typeof text !== "string") throw new TypeError(`write() argument must be str, not ${typeName(text)}`);
    if (this.target === "stdout") writeStdout(text);
    else writeStderr(text);
    return codePointLength(text);
  }
  writelines(lines: Iterable<string>): void {
    for (const line of lines) this.write(line);
  }
  flush(): void {
    if (this.target === "stdout") flushOutput();
  }
  isatty(): boolean {
    return output.sink === null && nodeProcess()?.[this.target]?.isTTY === true;
  }
  fileno(): number {
    return this.target === "stdout" ? 1 : 2;
  }
  readable(): boolean {
    return false;
  }
  writable(): boolean {
    return true;
  }
  __repr__(): string {
    return `<_io.TextIOWrapper name='${this.name}' mode='w' encoding='utf-8'>`;
  }
}

export const stdoutStream = new TextStream("<stdout>", "stdout");
export const stderrStream = new TextStream("<stderr>", "stderr");

/** The objects `sys.stdout`/`sys.stderr` currently are (assignable, e.g. by redirect_stdout). */
export const streams = {
  stdout: stdoutStream as Writable,
  stderr: stderrStream as Writable,
};

export interface Writable {
  write(text: string): unknown;
  flush?(): unknown;
}

/** An in-memory text stream (`io.StringIO`), enough for `redirect_stdout` and tests. */
export class StringIO implements Writable {
  private parts: string[] = [];
  private readPos = 0;

  constructor(initial = "") {
    if (initial) this.parts.push(initial);
  }
  write(text: string): number {
    if (typeof text !== "string") throw new TypeError(`string argument expected, got '${typeName(text)}'`);
    this.parts.push(text);
    return codePointLength(text);
  }
  getvalue(): string {
    const all = this.parts.join("");
    this.parts = [all];
    return all;
  }
  read(): string {
    const all = this.getvalue();
    const rest = all.slice(this.readPos);
    this.readPos = all.length;
    return rest;
  }
  flush(): void {}
  close(): void {}
}


interface PrintOptions {
  sep?: string | null;
  end?: string | null;
  file?: Writable | null;
  flush?: boolean;
}

/** Python's `print(*values, sep=' ', end='\n', file=None, flush=False)`; see the header. */
export function print(...values: unknown[]): void {
  let options: PrintOptions = {};
  const last = values[values.length - 1];
  if (isKw(last)) {
    options = last as PrintOptions;
    values = values.slice(0, -1);
    for (const key of Object.keys(options)) {
      if (key !== "sep" && key !== "end" && key !== "file" && key !== "flush") {
        throw new TypeError(`'${key}' is an invalid keyword argument for print()`);
      }
    }
  }
  const sep = options.sep ?? " ";
  const end = options.end ?? "\n";
  if (typeof sep !== "string") throw new TypeError(`sep must be None or a string, not ${typeName(sep)}`);
  if (typeof end !== "string") throw new TypeError(`end must be None or a string, not ${typeName(end)}`);
  const file = options.file ?? streams.stdout;
  if (file === stdoutStream || file === stderrStream) {
    let text = "";
    for (let i = 0; i < values.length; i++) text += (i === 0 ? "" : sep) + str(values[i]);
    file.write(text + end);
  } else {
    if (typeof (file as Writable).write !== "function") {
      throw new AttributeError(`'${typeName(file)}' object has no attribute 'write'`);
    }
    values.forEach((v, i) => {
      if (i > 0) file.write(sep);
      file.write(str(v));
    });
    file.write(end);
  }
  if (options.flush) file.flush?.();
}

/** Python's `input(prompt)`: the prompt goes to stdout; EOFError at end of input. */
export function input(prompt: unknown = ""): string {
  if (prompt !== "") {
    streams.stdout.write(str(prompt));
  }
  streams.stdout.flush?.();
  const line = output.input?.readline() ?? null;
  if (line === null) throw new EOFError("EOF when reading a line");
  return line.replace(/\r?\n$/, "");
}
