/**
 * CPython-style tracebacks for uncaught exceptions (what program.ts prints to stderr).
 *
 *   Traceback (most recent call last):
 *     File "bank.py", line 16, in withdraw
 *       raise ValueError(...)
 *   ValueError: insufficient funds
 *
 * with the chained forms ("The above exception was the direct cause of the following exception:"
 * for `__cause__`, "During handling of the above exception, another exception occurred:" for an
 * unsuppressed `__context__`), notes, and the boxed layout of exception groups.
 *
 * Frames come from the JS stack captured when the exception object was created (the `raise`
 * site). A JS position means nothing to a Python reader, so a frame is shown only when the host
 * supplies a `FrameLocator` that maps it back to Python (the CLI builds one from the source map);
 * without one the traceback shows the header and the exception lines only, never invented lines.
 */
import { BaseException, typeNameOf } from "./exceptions.js";
import { isExceptionGroup } from "./exception-group.js";

/** A Python frame: where a JS stack frame came from. */
export interface PythonFrame {
  readonly file: string;
  readonly line: number;
  /** the function name; `<module>` for module level */
  readonly name: string;
  /** the stripped source line, shown under the frame when known */
  readonly source?: string;
}

/** A JS stack frame as parsed from `error.stack`. */
export interface JsFrame {
  readonly functionName: string;
  readonly url: string;
  readonly line: number;
  readonly column: number;
}

/** Maps a JS frame to the Python frame it runs, or null for runtime/library frames. */
export type FrameLocator = (frame: JsFrame) => PythonFrame | null;

export interface TracebackOptions {
  readonly locate?: FrameLocator;
}

const V8_FRAME = /^\s*at (?:(.*?) \()?(.*?):(\d+):(\d+)\)?$/;
const FIREFOX_FRAME = /^(.*?)@(.*?):(\d+):(\d+)$/;

/** Parse a V8 or SpiderMonkey/JavaScriptCore stack string, innermost frame first. */
export function parseJsStack(stack: string | undefined): JsFrame[] {
  if (!stack) return [];
  const frames: JsFrame[] = [];
  for (const line of stack.split("\n")) {
    const m = V8_FRAME.exec(line) ?? FIREFOX_FRAME.exec(line);
    if (m) frames.push({ functionName: m[1] ?? "", url: m[2] ?? "", line: Number(m[3]), column: Number(m[4]) });
  }
  return frames;
}

/** The Python frames of an exception, outermost first (the traceback's order). */
export function pythonFrames(exc: BaseException, options: TracebackOptions): PythonFrame[] {
  if (!options.locate) return [];
  const frames: PythonFrame[] = [];
  for (const frame of parseJsStack(exc.stack)) {
    const located = options.locate(frame);
    if (located) frames.push(located);
  }
  return frames.reverse();
}

/** `ValueError: boom`, `ValueError` (empty message), then the notes, one per line. */
export function formatExceptionOnly(exc: BaseException): string[] {
  let text: string;
  try {
    text = exc.__str__();
  } catch {
    text = "<exception str() failed>";
  }
  const name = qualifiedTypeName(exc);
  const lines = [text === "" ? name : `${name}: ${text}`];
  for (const note of exc.__notes__ ?? []) lines.push(String(note));
  return lines;
}

/** CPython's `format_exception_only` names a class outside `__main__` and builtins with its module. */
function qualifiedTypeName(exc: BaseException): string {
  const ctor = exc.constructor as { __module__?: unknown; __qualname__?: unknown };
  const module = Object.hasOwn(ctor, "__module__") ? ctor.__module__ : undefined;
  // a class defined in a function: `outer.<locals>.E`
  const name = Object.hasOwn(ctor, "__qualname__") && typeof ctor.__qualname__ === "string" ? ctor.__qualname__ : typeNameOf(exc);
  return typeof module === "string" && module !== "__main__" && module !== "builtins" ? `${module}.${name}` : name;
}

function formatFrames(frames: PythonFrame[]): string[] {
  const lines: string[] = [];
  for (const f of frames) {
    lines.push(`  File "${f.file}", line ${f.line}, in ${f.name}`);
    if (f.source) lines.push(`    ${f.source.trim()}`);
  }
  return lines;
}

const CAUSE_MESSAGE = "The above exception was the direct cause of the following exception:";
const CONTEXT_MESSAGE = "During handling of the above exception, another exception occurred:";

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/**
 * What CPython's `print_exception_recursive` (Python/pythonrun.c) carries while it prints: the
 * exceptions already shown (a chain never repeats one), the exception-group nesting depth (the
 * indent and the `| ` margin), and whether the innermost group still owes its closing line.
 */
interface PrintContext {
  readonly options: TracebackOptions;
  readonly out: string[];
  readonly seen: Set<BaseException>;
  depth: number;
  needClose: boolean;
}

/** The full traceback text for an uncaught exception (ends with a newline). */
export function formatException(exc: BaseException, options: TracebackOptions = {}): string {
  const ctx: PrintContext = { options, out: [], seen: new Set(), depth: 0, needClose: false };
  printRecursive(ctx, exc);
  return ctx.out.join("\n") + "\n";
}

const indentOf = (ctx: PrintContext): string => " ".repeat(2 * ctx.depth);
const marginOf = (ctx: PrintContext): string => (ctx.depth > 0 ? `${indentOf(ctx)}| ` : "");
const emit = (ctx: PrintContext, line: string): void => void ctx.out.push(marginOf(ctx) + line);

function printRecursive(ctx: PrintContext, exc: BaseException): void {
  ctx.seen.add(exc);
  const cause = exc.__cause__;
  const context = exc.__context__;
  if (cause !== null) {
    if (!ctx.seen.has(cause)) printChained(ctx, cause, CAUSE_MESSAGE);
  } else if (!exc.__suppress_context__ && context !== null && !ctx.seen.has(context)) {
    printChained(ctx, context, CONTEXT_MESSAGE);
  }
  if (isExceptionGroup(exc)) printGroup(ctx, exc);
  else printOne(ctx, exc);
}

function printChained(ctx: PrintContext, exc: BaseException, message: string): void {
  const needClose = ctx.needClose;
  printRecursive(ctx, exc);
  ctx.needClose = needClose;
  emit(ctx, "");
  emit(ctx, message);
  emit(ctx, "");
}

/**
 * The traceback header and frames: an exception that was raised has a traceback (outside a
 * group it always was; a group's member shows one only when frames are known, since a member
 * built directly in the group's list was never raised).
 */
function printTraceback(ctx: PrintContext, exc: BaseException, header: string, headerMargin: string): void {
  const frames = pythonFrames(exc, ctx.options);
  if (ctx.depth > 1 && frames.length === 0) return;
  ctx.out.push(`${ctx.depth > 0 ? indentOf(ctx) + headerMargin : ""}${header}`);
  for (const line of formatFrames(frames)) emit(ctx, line);
}

function printOne(ctx: PrintContext, exc: BaseException): void {
  printTraceback(ctx, exc, "Traceback (most recent call last):", "| ");
  for (const line of formatExceptionOnly(exc)) emit(ctx, line);
}

/** CPython's boxed exception-group layout (`print_exception_group` in Python/pythonrun.c). */
function printGroup(ctx: PrintContext, group: BaseException): void {
  if (ctx.depth > MAX_GROUP_DEPTH) {
    emit(ctx, `... (max_group_depth is ${MAX_GROUP_DEPTH})`);
    return;
  }
  if (ctx.depth === 0) ctx.depth += 1;
  printTraceback(ctx, group, "Exception Group Traceback (most recent call last):", ctx.depth === 1 ? "+ " : "| ");
  for (const line of formatExceptionOnly(group)) emit(ctx, line);
  const members = (group as BaseException & { exceptions: readonly BaseException[] }).exceptions;
  const n = members.length <= MAX_GROUP_WIDTH ? members.length : MAX_GROUP_WIDTH + 1;
  ctx.needClose = false;
  for (let i = 0; i < n; i++) {
    const last = i === n - 1;
    // the closing line may be written by a nested group instead
    if (last) ctx.needClose = true;
    const truncated = i >= MAX_GROUP_WIDTH;
    ctx.out.push(`${indentOf(ctx)}${i === 0 ? "+-" : "  "}+---------------- ${truncated ? "..." : i + 1} ----------------`);
    ctx.depth += 1;
    if (!truncated) printRecursive(ctx, members[i]!);
    else {
      const remaining = members.length - MAX_GROUP_WIDTH;
      emit(ctx, `and ${remaining} more exception${remaining > 1 ? "s" : ""}`);
    }
    if (last && ctx.needClose) {
      ctx.out.push(`${indentOf(ctx)}+------------------------------------`);
      ctx.needClose = false;
    }
    ctx.depth -= 1;
  }
  if (ctx.depth === 1) ctx.depth -= 1;
}
