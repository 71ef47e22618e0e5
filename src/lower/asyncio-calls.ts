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
  /** keyword-only parameters Python accepts that the runtime ignores (`loop=`, `context=`) */
  readonly ignored?: readonly string[];
}

const API: Record<string, ApiSpec> = {
  sleep: { params: ["delay", "result"] },
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
  current_task: { params: ["loop"] },
  all_tasks: { params: ["loop"] },
  Queue: { params: ["maxsize"], cls: true },
  PriorityQueue: { params: ["maxsize"], cls: true },
  LifoQueue: { params: ["maxsize"], cls: true },
  Lock: { params: [], cls: true },
  Event: { params: [], cls: true },
  Condition: { params: ["lock"], cls: true },
  Semaphore: { params: ["value"], cls: true },
  BoundedSemaphore: { params: ["value"], cls: true },
  Barrier: { params: ["parties"], cls: true },
  TaskGroup: { params: [], cls: true },
  Future: { params: [], options: ["loop"], cls: true },
  Runner: { params: [], options: ["debug"], cls: true },
  Timeout: { params: ["when"], cls: true },
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
  if (!spec.variadic && positional.length > spec.params.length) {
    const n = spec.params.length;
    return throwTypeError(ctx, `${name}() takes ${n} positional argument${n === 1 ? "" : "s"} but ${positional.length} ${positional.length === 1 ? "was" : "were"} given`);
  }
  // keyword errors name the function Python reports: `Queue.__init__()`, `Future()` (a C class), `sleep()`
  const fn = spec.cls && !spec.variadic && name !== "Future" ? `${name}.__init__` : name;
  const slots: (Expr | null)[] = spec.params.map((_, i) => positional[i] ?? null);
  const options: { key: string; value: Expr }[] = [];
  for (const k of e.keywords) {
    const i = spec.params.indexOf(k.arg!);
    const value = lowerExpr(ctx, k.value);
    if (i >= 0 && !spec.variadic) {
      if (slots[i] !== null) return throwTypeError(ctx, `${fn}() got multiple values for argument '${k.arg}'`);
      slots[i] = value;
    } else if (spec.options?.includes(k.arg!)) options.push({ key: k.arg!, value });
    else if (name === "Future" && !spec.ignored?.includes(k.arg!)) return throwTypeError(ctx, `'${k.arg}' is an invalid keyword argument for Future()`);
    else if (!spec.ignored?.includes(k.arg!)) return throwTypeError(ctx, `${fn}() got an unexpected keyword argument '${k.arg}'`);
  }
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

export function isContextlibClass(name: string): boolean {
  return CONTEXTLIB_CLASSES.has(name);
}
