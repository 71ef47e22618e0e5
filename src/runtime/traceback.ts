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
  const name = typeNameOf(exc);
  const lines = [text === "" ? name : `${name}: ${text}`];
  for (const note of exc.__notes__ ?? []) lines.push(String(note));
  return lines;
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

/** The full traceback text for an uncaught exception (ends with a newline). */
export function formatException(exc: BaseException, options: TracebackOptions = {}): string {
  return formatChain(exc, options, new Set()).join("\n") + "\n";
}

function formatChain(exc: BaseException, options: TracebackOptions, seen: Set<BaseException>): string[] {
  seen.add(exc);
  const lines: string[] = [];
  const cause = exc.__cause__;
  const context = exc.__context__;
  if (cause !== null && !seen.has(cause)) {
    lines.push(...formatChain(cause, options, seen), "", CAUSE_MESSAGE, "");
  } else if (cause === null && context !== null && !exc.__suppress_context__ && !seen.has(context)) {
    lines.push(...formatChain(context, options, seen), "", CONTEXT_MESSAGE, "");
  }
  if (isExceptionGroup(exc)) lines.push(...formatGroup(exc, options, 0));
  else {
    lines.push("Traceback (most recent call last):", ...formatFrames(pythonFrames(exc, options)), ...formatExceptionOnly(exc));
  }
  return lines;
}

const MAX_GROUP_WIDTH = 15;
const MAX_GROUP_DEPTH = 10;

/** CPython's boxed exception-group layout (traceback.TracebackException.format with groups). */
function formatGroup(group: BaseException, options: TracebackOptions, depth: number): string[] {
  const out: string[] = [];
  const bar = (text: string) => `${"  ".repeat(depth)}  | ${text}`;
  const title = "Exception Group Traceback (most recent call last):";
  out.push(depth === 0 ? `  + ${title}` : bar(title));
  for (const line of formatFrames(pythonFrames(group, options))) out.push(bar(line.slice(2)));
  for (const line of formatExceptionOnly(group)) out.push(bar(line));
  const members = (group as BaseException & { exceptions: readonly BaseException[] }).exceptions;
  const shown = members.slice(0, MAX_GROUP_WIDTH);
  const indent = "  ".repeat(depth);
  shown.forEach((member, i) => {
    const label = `---------------- ${i + 1} ----------------`;
    out.push(i === 0 ? `${indent}  +-+${label}` : `${indent}    +${label}`);
    if (depth + 1 >= MAX_GROUP_DEPTH) {
      out.push(`${indent}    | ... (max_group_depth is ${MAX_GROUP_DEPTH})`);
    } else {
      for (const line of formatMember(member, options, depth + 1)) out.push(line);
    }
  });
  if (members.length > MAX_GROUP_WIDTH) {
    out.push(`${indent}    +---------------- ... ----------------`);
    out.push(`${indent}    | and ${members.length - MAX_GROUP_WIDTH} more exceptions`);
  }
  out.push(`${indent}    +------------------------------------`);
  return out;
}

function formatMember(exc: BaseException, options: TracebackOptions, depth: number): string[] {
  const indent = "  ".repeat(depth);
  if (isExceptionGroup(exc)) {
    // a nested group's own "+ Exception Group Traceback" line is omitted when it has no frames
    const nested = formatGroup(exc, options, depth);
    const frames = pythonFrames(exc, options);
    return frames.length === 0 ? nested.slice(1) : nested;
  }
  const lines = formatFrames(pythonFrames(exc, options));
  const body = lines.length > 0 ? ["Traceback (most recent call last):", ...lines] : [];
  return [...body, ...formatExceptionOnly(exc)].map((line) => `${indent}  | ${line}`);
}
