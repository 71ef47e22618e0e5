/**
 * The class of the exception a handler's name holds inside the handler's body.
 *
 * Python binds `except ValueError as e` for the handler body only (and deletes it after), so
 * several handlers of one function naming their exception `e` are separate variables. Joining
 * them by name would forget every class; each read of `e` in a body gets that handler's class,
 * as TypeScript's narrowing of the emitted `const e = $exc` does. A body that rebinds the name
 * is left to the name's joined type.
 *
 *     except KeyError as e: print(e.args)       e: KeyError in the body
 *     except OSError as e: print(e.errno)       e: OSError in the body
 *
 * A handler of `try ... except*` binds an exception group, so it is not narrowed here.
 */
import type * as A from "../ast/nodes.js";
import { forEachChild } from "./walk.js";

export function handlerNameClasses(module: A.Module): ReadonlyMap<A.Name, string> {
  const out = new Map<A.Name, string>();
  // `except* ValueError as eg` binds an exception group, not a ValueError: left to the joined type
  const starHandlers = new Set<A.Node>();
  const visit = (n: A.Node): void => {
    if (n.kind === "TryStar") n.handlers.forEach((h) => starHandlers.add(h));
    if (n.kind === "ExceptHandler" && n.name && n.type?.kind === "Name" && !starHandlers.has(n)) {
      const reads: A.Name[] = [];
      let rebound = false;
      const name = n.name;
      const inBody = (m: A.Node): void => {
        if (m.kind === "FunctionDef" || m.kind === "AsyncFunctionDef" || m.kind === "ClassDef" || m.kind === "Lambda") return;
        if (m.kind === "Name" && m.id === name) {
          if (m.ctx === "Load") reads.push(m);
          else rebound = true;
        }
        if (m.kind === "ExceptHandler" && m.name === name) rebound = true;
        forEachChild(m, inBody);
      };
      n.body.forEach(inBody);
      if (!rebound) reads.forEach((r) => out.set(r, (n.type as A.Name).id));
    }
    forEachChild(n, visit);
  };
  module.body.forEach(visit);
  return out;
}
