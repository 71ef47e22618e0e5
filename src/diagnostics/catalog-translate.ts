/** PY2xxx: valid Python that py2ts cannot translate faithfully; PY3xxx: types and inference. */
import { defineDiagnostic } from "./diagnostic.js";

export const translateDiagnostics = {
  unsupported: defineDiagnostic<{ construct: string }>("PY2001", "error", (p) => `${p.construct} is not supported by py2ts`),
  unsupportedBuiltin: defineDiagnostic<{ name: string }>("PY2004", "error", (p) => `'${p.name}' is not supported by py2ts`),
  unknownModule: defineDiagnostic<{ module: string }>("PY2002", "error", (p) => `module '${p.module}' is not supported by py2ts`),
  unknownModuleMember: defineDiagnostic<{ module: string; name: string }>("PY2003", "error", (p) => `'${p.module}.${p.name}' is not supported by py2ts`),
  metaclass: defineDiagnostic("PY2005", "error", () => "metaclasses are not supported by py2ts"),
  dynamicAttribute: defineDiagnostic<{ name: string }>("PY2006", "error", (p) => `'${p.name}' (dynamic attribute lookup) is not supported by py2ts`),
  deleteGlobal: defineDiagnostic<{ name: string }>("PY2007", "error", (p) => `deleting the global '${p.name}' at run time is not supported by py2ts`),
  starImport: defineDiagnostic<{ module: string }>("PY2008", "error", (p) => `'from ${p.module} import *' is not supported by py2ts`),
  noModuleAttribute: defineDiagnostic<{ module: string; name: string }>("PY2009", "error", (p) => `module '${p.module}' has no attribute '${p.name}'`),
  noImportName: defineDiagnostic<{ module: string; name: string }>("PY2010", "error", (p) => `cannot import name '${p.name}' from '${p.module}'`),
  foreignEventLoop: defineDiagnostic<{ module: string }>("PY2011", "error", (p) => `'${p.module}' brings its own event loop, which py2ts cannot run: use asyncio (uvloop is accepted and runs on py2ts's asyncio loop)`),
  introspectedMethod: defineDiagnostic<{ fn: string; attr: string }>("PY2012", "error", (p) => `${p.fn}(...) of '${p.attr}' is answered only for a method of a known class: py2ts cannot tell here whether '${p.attr}' is an async def or generator method`),
  coroutineStepping: defineDiagnostic<{ method: string; name: string }>("PY2013", "error", (p) => `${p.method}() on the coroutine object of '${p.name}' (stepping a coroutine by hand) is not supported by py2ts: await it, or run it with asyncio.run or create_task`),
} as const;
