/**
 * The import pass: one `import { ... } from "py2ts/runtime"` (and `.../asyncio`) naming exactly
 * the helpers and runtime types the lowered program uses, sorted for stable output.
 *
 *     print(add(a, b))   →   import { add, print } from "py2ts/runtime";
 */
import type { ProgramIR, Stmt } from "../ir/nodes.js";
import { ASYNCIO, RUNTIME } from "./context.js";

/** Runtime names that may appear in type annotations only (PyDict / PySet / PyGenerator are classes, imported as types when no value use imports them). */
const RUNTIME_TYPES = ["PyInt", "PyTuple", "PyDict", "PySet", "PyGenerator"];
/** asyncio runtime types spelled only generically (`Task<string>`; a program class never takes type arguments) */
const ASYNCIO_TYPES = ["Task"];

export function addRuntimeImports(program: ProgramIR, helpers: ReadonlyMap<string, string>, typeText: string): ProgramIR {
  const byModule = new Map<string, Set<string>>();
  for (const [name, module] of helpers) {
    let names = byModule.get(module);
    if (!names) byModule.set(module, (names = new Set()));
    names.add(name);
  }
  const addType = (module: string, t: string): void => {
    let names = byModule.get(module);
    if (!names) byModule.set(module, (names = new Set()));
    if (!names.has(t)) names.add(`type ${t}`);
  };
  for (const t of RUNTIME_TYPES) if (new RegExp(`\\b${t}\\b`).test(typeText)) addType(RUNTIME, t);
  for (const t of ASYNCIO_TYPES) if (new RegExp(`\\b${t}<`).test(typeText)) addType(ASYNCIO, t);
  const imports: Stmt[] = [...byModule.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, names]) => ({ k: "import", names: [...names].sort((a, b) => a.replace(/^type /, "").localeCompare(b.replace(/^type /, ""))), from }));
  return { body: [...imports, ...program.body] };
}
