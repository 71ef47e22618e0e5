/**
 * Imports of supported modules. `import math` binds nothing at run time (each `math.x` use
 * imports the runtime's `math` object); `from M import a` binds a constant to the runtime
 * member. `typing` and `dataclasses` names are compile-time only (a `typing` name read outside
 * annotations is bound, typing-names.ts). Anything else is PY2002.
 *
 *     from collections import Counter   →   const Counter = collections.Counter;
 */
import type * as A from "../ast/nodes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { id, type Stmt } from "../ir/nodes.js";
import { checkModuleMember, MODULES, moduleMember, noteBuiltinModuleFunction } from "./builtins.js";
import type { LowerContext } from "./context.js";

const COMPILE_TIME: Record<string, readonly string[] | "all"> = {
  typing: "all",
  dataclasses: ["dataclass", "field"],
  __future__: "all",
};

/** Libraries with their own event loop (asyncio's alternatives), named in a clear diagnostic. */
const FOREIGN_LOOPS = new Set(["gevent", "tornado", "trio", "curio", "anyio", "twisted", "eventlet", "qasync", "quamash"]);

export function lowerImport(ctx: LowerContext, s: A.Import | A.ImportFrom): Stmt[] {
  if (s.kind === "Import") {
    for (const a of s.names) {
      const top = a.name.split(".")[0]!;
      if (FOREIGN_LOOPS.has(top)) ctx.report(Diagnostics.foreignEventLoop, { module: top }, a);
      else if (!MODULES[top] && !COMPILE_TIME[top]) ctx.report(Diagnostics.unknownModule, { module: a.name }, a);
      else if (a.asname && a.name !== top) ctx.report(Diagnostics.unsupported, { construct: "'import a.b as c'" }, a);
      ctx.declared.add(a.asname ?? top);
    }
    return [];
  }
  const moduleName = s.module ?? "";
  if (s.level > 0) {
    ctx.report(Diagnostics.unsupported, { construct: "a relative import" }, s);
    return [];
  }
  if (FOREIGN_LOOPS.has(moduleName.split(".")[0]!)) {
    ctx.report(Diagnostics.foreignEventLoop, { module: moduleName.split(".")[0]! }, s);
    return [];
  }
  if (!MODULES[moduleName] && !COMPILE_TIME[moduleName]) {
    ctx.report(Diagnostics.unknownModule, { module: ".".repeat(s.level) + moduleName }, s);
    return [];
  }
  const out: Stmt[] = [];
  for (const a of s.names) {
    if (a.name === "*") {
      ctx.report(Diagnostics.starImport, { module: moduleName }, a);
      continue;
    }
    const compileTime = COMPILE_TIME[moduleName];
    const local = a.asname ?? a.name;
    ctx.declared.add(local);
    const runtimeTyping = moduleName === "typing" && ctx.runtimeNames.has(local);
    if (!runtimeTyping && (compileTime === "all" || (compileTime && compileTime.includes(a.name)))) continue;
    if (!MODULES[moduleName]) continue;
    if (!checkModuleMember(ctx, moduleName, a.name, a, { fromImport: true })) continue;
    const value = moduleMember(ctx, moduleName, a.name);
    noteBuiltinModuleFunction(ctx, moduleName, a.name, value);
    out.push({ k: "var", kind: "const", target: id(ctx.jsName(local)), init: value });
  }
  return out;
}
