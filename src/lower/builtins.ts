/**
 * Python builtins and supported-module members as runtime references. Names that have no
 * faithful translation (eval, exec, ...) are PY2xxx diagnostics; unknown module members too.
 *
 *     len(xs) → xs.length (list) / len(s) (str)      math.pi → Math.PI      sys.argv → sys.argv
 */
import type * as A from "../ast/nodes.js";
import { resolveScope } from "../analysis/scopes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { type Expr, id, member } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";

/** Builtin types as values (`isinstance(x, int)`, `map(str, xs)`): the runtime's type objects. */
export const BUILTIN_TYPES: Record<string, string> = {
  int: "int_", float: "float_", str: "str_", bool: "bool_", list: "list_", tuple: "tuple_", dict: "dict_", set: "set_",
  frozenset: "frozenset_", object: "object_", type: "type_",
};

/** Builtin types called as functions. */
export const TYPE_CALLS: Record<string, string> = { int: "intOf", float: "floatOf", type: "typeOf", str: "str" };

/** Builtin functions the runtime provides under these names. */
export const RUNTIME_BUILTINS: Record<string, string> = {
  print: "print", len: "len", range: "range", repr: "repr", sorted: "sorted", reversed: "reversed",
  enumerate: "enumerate", zip: "zip", map: "map", filter: "filter", sum: "sum", min: "min", max: "max", abs: "abs",
  round: "round", divmod: "divmod", pow: "pow", isinstance: "isinstance", issubclass: "issubclass", iter: "iter",
  next: "next", any: "any", all: "all", chr: "chr", ord: "ord", hex: "hex", bin: "bin", oct: "oct", hash: "hash",
  format: "format", input: "input", callable: "callable", id: "id", getattr: "getattr", setattr: "setattr",
  hasattr: "hasattr", NotImplemented: "NotImplemented", ascii: "ascii",
};

const EXCEPTION_NAMES = [
  "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError", "EOFError", "GeneratorExit",
  "ImportError", "IndexError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "NameError",
  "NotImplementedError", "OSError", "OverflowError", "RecursionError", "RuntimeError", "StopIteration",
  "StopAsyncIteration", "SystemExit", "TimeoutError", "TypeError", "UnboundLocalError", "UnicodeError", "ValueError",
  "ZeroDivisionError", "ExceptionGroup", "BaseExceptionGroup", "ModuleNotFoundError", "FileNotFoundError",
];

const UNSUPPORTED = new Set(["eval", "exec", "compile", "globals", "locals", "vars", "__import__", "open", "breakpoint", "delattr", "memoryview", "bytearray", "bytes", "complex", "dir"]);

/** A builtin used as a value (`key=len`, `map(str, xs)`, `except ValueError`). */
export function builtinValue(ctx: LowerContext, name: string, node: A.Expr): Expr | null {
  if (UNSUPPORTED.has(name)) {
    ctx.report(Diagnostics.unsupportedBuiltin, { name }, node);
    return id(name);
  }
  if (EXCEPTION_NAMES.includes(name)) return ctx.helper(name);
  if (name === "__name__") return { k: "str", value: "__main__" };
  const runtimeName = BUILTIN_TYPES[name] ?? RUNTIME_BUILTINS[name];
  if (runtimeName) return ctx.helper(runtimeName);
  return null;
}

/** Supported modules: `import X` binds X to this runtime object. */
export const MODULES: Record<string, string> = {
  math: "math", sys: "sys", time: "time", itertools: "itertools", functools: "functools", collections: "collections",
  contextlib: "contextlib", dataclasses: "dataclasses", typing: "typing", operator: "operator", asyncio: "asyncio",
  random: "random", string: "string", re: "re", heapq: "heapq", bisect: "bisect", copy: "copy", abc: "abc", enum: "enum",
  types: "types", textwrap: "textwrap", statistics: "statistics", json: "json", uvloop: "uvloop",
  inspect: "inspect", "collections.abc": "collectionsAbc",
};

/** `math.pi`, `sys.argv`: the runtime module object keeps Python's attribute names. */
export function moduleAttribute(ctx: LowerContext, e: A.Attribute): Expr | null {
  if (e.value.kind !== "Name") return null;
  const moduleName = importedModule(ctx, e.value.id);
  if (!moduleName) return null;
  if (moduleName === "asyncio") return e.attr === "TimeoutError" ? ctx.helper("TimeoutError") : ctx.helper(e.attr, "py2ts/runtime/asyncio");
  return member(ctx.helper(MODULES[moduleName]!, "py2ts/runtime"), e.attr);
}

/** The module a name is bound to by `import X`, if any. */
export function importedModule(ctx: LowerContext, name: string): string | null {
  const owner = resolveScope(ctx.scope, name);
  if (!owner) return null;
  const sites = ctx.infer.bindings.get(owner)?.get(name) ?? [];
  const site = sites.length === 1 ? sites[0]! : null;
  return site && site.how === "import" && site.name === null && MODULES[site.module] ? site.module : null;
}

/** The module member a name is bound to by `from X import Y`, if any. */
export function importedMember(ctx: LowerContext, name: string): { module: string; name: string } | null {
  const owner = resolveScope(ctx.scope, name);
  if (!owner) return null;
  const sites = ctx.infer.bindings.get(owner)?.get(name) ?? [];
  const site = sites.length === 1 ? sites[0]! : null;
  return site && site.how === "import" && site.name !== null ? { module: site.module, name: site.name } : null;
}
