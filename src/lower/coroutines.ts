/**
 * Coroutine methods. A Python coroutine runs nothing until it is awaited or wrapped in a task,
 * while a JS `async` method starts at once; so `async def` in a class becomes a plain method
 * returning the runtime's lazy `Coroutine` around an async arrow (the arrow keeps `this`).
 * An async generator method returns a `PyAsyncGenerator` over a native `async function*`
 * called with the instance (a native async generator is already lazy).
 *
 *     class Conn:                               class Conn {
 *         async def query(self, sql):    →        query(sql: any) {
 *             await asyncio.sleep(0)                return lazy(async () => { await sleep(0); return sql; }, "query");
 *             return sql                          }
 *                                               }
 */
import type * as A from "../ast/nodes.js";
import { call, type Expr, lit, member, type Stmt, str } from "../ir/nodes.js";
import { ASYNCIO, type LowerContext } from "./context.js";

/** True when the body can reach its end (a coroutine then returns None). */
export function fallsOffEnd(body: readonly A.Stmt[]): boolean {
  const last = body[body.length - 1];
  return !last || (last.kind !== "Return" && last.kind !== "Raise");
}

/** The statements of a coroutine method whose lowered body is `body`. */
export function coroutineMethodBody(ctx: LowerContext, def: A.AsyncFunctionDef, body: Stmt[], options: { generator: boolean; className: string }): Stmt[] {
  if (options.generator) {
    const gen: Expr = { k: "func", params: [{ name: "this", type: options.className }], body, generator: true, async: true };
    const started = call(member(gen, "call"), [lit("this")]);
    return [{ k: "return", value: { k: "new", callee: ctx.helper("PyAsyncGenerator", ASYNCIO), args: [started, str(def.name)] } }];
  }
  const full = fallsOffEnd(def.body) ? [...body, { k: "return", value: lit("null") } as Stmt] : body;
  return [{ k: "return", value: call(ctx.helper("lazy", ASYNCIO), [{ k: "arrow", params: [], body: full, async: true }, str(def.name)]) }];
}
