/**
 * Calls of `asyncio` functions and classes (`asyncio.sleep(...)` or a name imported with
 * `from asyncio import sleep`). Keyword arguments are bound at compile time: to the runtime's
 * positional parameter where it has one (`sleep(1, result=x)` → `sleep(1, x)`), into the options
 * object where Python's parameter is keyword-only (`create_task(c, name="n")` →
 * `create_task(c, { name: "n" })`), `kw({...})` for `gather`'s `return_exceptions`. Classes are
 * constructed with `new`; `asyncio.run(...)` is awaited (module.ts makes the program async).
 * A keyword CPython would reject raises its TypeError at run time.
 *
 *     asyncio.wait_for(job(), timeout=0.5)    →   wait_for(job(), 0.5)
 *     asyncio.Queue(maxsize=2)                →   new Queue(2)
 *     asyncio.wait(ts, return_when=FIRST_COMPLETED)  →  wait(ts, { return_when: FIRST_COMPLETED })
 */
import type * as A from "../ast/nodes.js";
import { call, type Expr, lit } from "../ir/nodes.js";
import { throwTypeError } from "./calls.js";
import type { LowerContext } from "./context.js";
import { lowerElement, lowerExpr } from "./expressions.js";

interface ApiSpec {
  /** positional parameters of the runtime function, in order (Python's names) */
  readonly params: readonly string[];
  /** keyword-only parameters, passed in one trailing options object */
  readonly options?: readonly string[];
  /** options go through `kw({...})` (variadic runtime functions) */
  readonly kw?: boolean;
  readonly variadic?: boolean;
  readonly cls?: boolean;
  /** how many leading params have no default: all of a function's, none of a class's, unless given */
  readonly required?: number;
  /** keyword-only parameters Python accepts that the runtime ignores (`loop=`, `context=`) */
  readonly ignored?: readonly string[];
}

const API: Record<string, ApiSpec> = {
  sleep: { params: ["delay", "result"], required: 1 },
  wait_for: { params: ["fut", "timeout"] },
  create_task: { params: ["coro"], options: ["name"], ignored: ["context"] },
  ensure_future: { params: ["coro_or_future"], ignored: ["loop"] },
  gather: { params: [], variadic: true, options: ["return_exceptions"], kw: true },
  wait: { params: ["fs"], options: ["timeout", "return_when"] },
  as_completed: { params: ["fs"], options: ["timeout"] },
  shield: { params: ["arg"] },
  timeout: { params: ["delay"] },
  timeout_at: { params: ["when"] },
  run: { params: ["main"], options: ["debug"] },
  current_task: { params: ["loop"], required: 0 },
  all_tasks: { params: ["loop"], required: 0 },
  Queue: { params: ["maxsize"], cls: true },
  PriorityQueue: { params: ["maxsize"], cls: true },
  LifoQueue: { params: ["maxsize"], cls: true },
  Lock: { params: [], cls: true },
  Event: { params: [], cls: true },
  Condition: { params: ["lock"], cls: true },
  Semaphore: { params: ["value"], cls: true },
  BoundedSemaphore: { params: ["value"], cls: true },
  Barrier: { params: ["parties"], cls: true, required: 1 },
  TaskGroup: { params: [], cls: true },
  Future: { params: [], options: ["loop"], cls: true },
  Runner: { params: [], options: ["debug"], cls: true },
  Timeout: { params: ["when"], cls: true, required: 1 },
  CancelledError: { params: [], variadic: true, cls: true },
  InvalidStateError: { params: [], variadic: true, cls: true },
  TimeoutError: { params: [], variadic: true, cls: true },
  QueueEmpty: { params: [], variadic: true, cls: true },
  QueueFull: { params: [], variadic: true, cls: true },
  BrokenBarrierError: { params: [], variadic: true, cls: true },
};

/** Runtime classes of other modules whose members are asyncio objects. */
const CONTEXTLIB_CLASSES = new Set(["AsyncExitStack", "ExitStack"]);

export function lowerAsyncioCall(ctx: LowerContext, name: string, e: A.Call, callee: Expr): Expr | null {
  const spec = API[name];
  if (!spec) return null;
  if (e.args.some((a) => a.kind === "Starred" && !spec.variadic) || e.keywords.some((k) => k.arg === null)) return null;
  const positional = e.args.map((a) => lowerElement(ctx, a));
  // CPython names a class's arguments after its __init__ (self counted), asyncio.Future's C type after itself
  const label = spec.cls && name !== "Future" ? `${name}.__init__` : name;
  if (!spec.variadic && positional.length > spec.params.length) {
    return throwTypeError(ctx, tooManyPositional(label, spec, positional.length));
  }
  const slots: (Expr | null)[] = spec.params.map((_, i) => positional[i] ?? null);
  const options: { key: string; value: Expr }[] = [];
  for (const k of e.keywords) {
    const i = spec.params.indexOf(k.arg!);
    const value = lowerExpr(ctx, k.value);
    if (i >= 0 && !spec.variadic) {
      if (slots[i] !== null) return throwTypeError(ctx, `${label}() got multiple values for argument '${k.arg}'`);
      slots[i] = value;
    } else if (spec.options?.includes(k.arg!)) options.push({ key: k.arg!, value });
    else if (!spec.ignored?.includes(k.arg!)) return throwTypeError(ctx, `${label}() got an unexpected keyword argument '${k.arg}'`);
  }
  const missing = spec.variadic ? [] : spec.params.slice(0, requiredCount(spec)).filter((_, i) => slots[i] === null);
  if (missing.length > 0) return throwTypeError(ctx, missingPositional(label, missing));
  while (slots.length > 0 && slots[slots.length - 1] === null) slots.pop();
  const args: Expr[] = spec.variadic ? positional : slots.map((s) => s ?? lit("undefined"));
  if (options.length > 0) {
    const object: Expr = { k: "object", props: options };
    args.push(spec.kw ? call(ctx.helper("kw"), [object]) : object);
  }
  if (spec.cls) return { k: "new", callee, args };
  const result = call(callee, args);
  if (name === "run") return { k: "await", expr: result };
  // inside a task (where Python code calls it) there always is a current task
  if (name === "current_task") return { k: "nonnull", expr: result };
  return result;
}

/** CPython's message for too many positional arguments ("takes from 1 to 2 positional arguments but 3 were given"). */
function tooManyPositional(label: string, spec: ApiSpec, given: number): string {
  if (label.endsWith("Future")) return `${label}() takes no positional arguments`;
  const self = spec.cls ? 1 : 0;
  const most = spec.params.length + self;
  const least = requiredCount(spec) + self;
  const takes = least === most ? `${most}` : `from ${least} to ${most}`;
  return `${label}() takes ${takes} positional argument${most === 1 ? "" : "s"} but ${given + self} ${given + self === 1 ? "was" : "were"} given`;
}

function requiredCount(spec: ApiSpec): number {
  return spec.required ?? (spec.cls ? 0 : spec.params.length);
}

/** "missing 1 required positional argument: 'delay'", "missing 2 ...: 'fut' and 'timeout'" */
function missingPositional(label: string, names: readonly string[]): string {
  const quoted = names.map((n) => `'${n}'`);
  const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
  return `${label}() missing ${names.length} required positional argument${names.length === 1 ? "" : "s"}: ${list}`;
}

export function isContextlibClass(name: string): boolean {
  return CONTEXTLIB_CLASSES.has(name);
}
