/**
 * The import pass: one `import { ... } from "py2ts/runtime"` (and `.../asyncio`) naming exactly
 * the helpers and runtime types the lowered program uses, sorted for stable output. A helper the
 * lowering asked for but the printed program never names (`asyncio.sleep(0, bogus=1)` became a
 * TypeError throw) is left out.
 *
 *     print(add(a, b))   →   import { add, print } from "py2ts/runtime";
 */
import type { ProgramIR, Stmt } from "../ir/nodes.js";
import { ASYNCIO, RUNTIME } from "./context.js";

/** Runtime names that may appear in type annotations only (PyDict / PySet / PyGenerator are classes, imported as types when no value use imports them). */
const RUNTIME_TYPES = ["PyInt", "PyTuple", "PyDict", "PySet", "PyGenerator"];
/** asyncio runtime types spelled only generically (`Task<string>`; a program class never takes type arguments) */
const ASYNCIO_TYPES = ["Task"];

function helperNodes(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => helperNodes(n, out));
  else if (typeof node === "object" && node !== null) {
    const n = node as { k?: unknown; name?: unknown };
    if (n.k === "helper" && typeof n.name === "string") out.add(n.name);
    Object.values(node).forEach((v) => helperNodes(v, out));
  }
  return out;
}

/** The name outside double-quoted string literals (helpers spelled in raw text or type annotations). */
function mentions(text: string, identifier: string): boolean {
  const code = text.replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
  const escaped = identifier.replace(/\$/g, "\\$");
  return new RegExp(`(?<![\\w$])${escaped}(?![\\w$])`).test(code);
}

export function addRuntimeImports(program: ProgramIR, helpers: ReadonlyMap<string, string>, typeText: string): ProgramIR {
  const byModule = new Map<string, Set<string>>();
  const referenced = helperNodes(program.body, new Set());
  for (const [name, module] of helpers) {
    // a helper requested while lowering a call that became a TypeError throw is never referenced
    const local = name.split(" as ").pop()!;
    if (!referenced.has(local) && !mentions(typeText, local)) continue;
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
