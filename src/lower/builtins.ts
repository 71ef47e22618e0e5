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
import { MODULE_MEMBERS } from "./module-members.generated.js";

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
  "BaseException", "Exception", "ArithmeticError", "AssertionError", "AttributeError", "EOFError", "GeneratorExit", "ImportError",
  "IndexError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError", "OSError",
  "OverflowError", "RecursionError", "RuntimeError", "StopIteration", "StopAsyncIteration", "SystemExit", "TimeoutError", "TypeError",
  "UnboundLocalError", "UnicodeError", "ValueError", "ZeroDivisionError", "ExceptionGroup", "BaseExceptionGroup", "ModuleNotFoundError", "FileNotFoundError",
  "FloatingPointError", "BufferError", "BlockingIOError", "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
  "ConnectionResetError", "FileExistsError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError", "ProcessLookupError", "ReferenceError",
  "SyntaxError", "IndentationError", "TabError", "SystemError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "Warning",
  "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning", "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning",
  "SyntaxWarning", "UnicodeWarning", "UserWarning",
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
  if (name === "aiter" || name === "anext") return ctx.helper(name, "py2ts/runtime/asyncio");
  const runtimeName = BUILTIN_TYPES[name] ?? RUNTIME_BUILTINS[name];
  if (!runtimeName) return null;
  const value = ctx.helper(runtimeName);
  // a function read as a value may reach type() or repr(), which must call it built-in
  if (!BUILTIN_TYPES[name] && name !== "NotImplemented" && !ctx.callees.has(node)) ctx.builtinFunctionValues.set(runtimeName, value);
  return value;
}

/** Supported modules: `import X` binds X to this runtime export (module-members.generated.ts). */
export const MODULES: Record<string, string> = Object.fromEntries(Object.entries(MODULE_MEMBERS).map(([name, info]) => [name, info.export]));

/**
 * PY2009 (PY2010 for `from M import name`) when CPython's module has no such name, PY2003 when py2ts's runtime lacks it; true when
 * the member exists. A misspelt `random.rnd` must not compile to `undefined`.
 */
export function checkModuleMember(ctx: LowerContext, module: string, name: string, node: { readonly span: A.Span }, options: { fromImport: boolean } = { fromImport: false }): boolean {
  const info = MODULE_MEMBERS[module];
  if (!info) return true;
  if (info.python && !info.python.includes(name)) {
    if (options.fromImport) ctx.report(Diagnostics.noImportName, { module, name }, node);
    else ctx.report(Diagnostics.noModuleAttribute, { module, name }, node);
    return false;
  }
  if (!Object.prototype.hasOwnProperty.call(info.members, name)) {
    ctx.report(Diagnostics.unknownModuleMember, { module, name }, node);
    return false;
  }
  const untranslatable = UNTRANSLATABLE_MEMBERS[`${module}.${name}`];
  if (untranslatable !== undefined) {
    ctx.report(Diagnostics.unsupported, { construct: untranslatable }, node);
    return false;
  }
  return true;
}

/**
 * Members the runtime has but a Python program cannot use as written: `asyncio.Runner`'s
 * `run()` and `close()` (and its `with` block's exit) block until the loop is done, which
 * only an awaited call can do in JS, and the compiler cannot tell such calls apart on a
 * runner held in a variable. `asyncio.run` and `loop.run_until_complete` are awaited.
 */
const UNTRANSLATABLE_MEMBERS: Readonly<Record<string, string>> = {
  "asyncio.Runner": "'asyncio.Runner', whose run() and close() block until the loop finishes (asyncio.run() and loop.run_until_complete() work),",
};

/** The runtime reference for `module.name` (a member of the module's runtime export). */
export function moduleMember(ctx: LowerContext, module: string, name: string): Expr {
  const info = MODULE_MEMBERS[module]!;
  const other = info.elsewhere[name];
  if (other) return ctx.helper(other.export, other.from);
  if (info.export === "*") return ctx.helper(name, info.from);
  return member(ctx.helper(info.export, info.from), name);
}

/** True when the runtime's member `module.name` is a class (called with `new`). */
export function isRuntimeClass(module: string, name: string): boolean {
  return MODULE_MEMBERS[module]?.members[name] === "class";
}

/** `math.pi`, `sys.argv`: the runtime module object keeps Python's attribute names. */
export function moduleAttribute(ctx: LowerContext, e: A.Attribute): Expr | null {
  if (e.value.kind !== "Name") return null;
  const moduleName = importedModule(ctx, e.value.id);
  if (!moduleName) return null;
  if (moduleName === "asyncio" && e.attr === "TimeoutError") return ctx.helper("TimeoutError");
  checkModuleMember(ctx, moduleName, e.attr, e);
  const value = moduleMember(ctx, moduleName, e.attr);
  if (!ctx.callees.has(e)) noteBuiltinModuleFunction(ctx, moduleName, e.attr, value);
  return value;
}

/** Modules CPython implements in C: their functions are `builtin_function_or_method`, not `function`. */
const C_MODULES = new Set(["math", "cmath", "time", "operator", "heapq", "bisect", "sys"]);

/** A C module's function read as a value (`f = math.floor`) may reach type() or repr(), which must call it built-in. */
export function noteBuiltinModuleFunction(ctx: LowerContext, module: string, name: string, value: Expr): void {
  if (C_MODULES.has(module) && MODULE_MEMBERS[module]?.members[name] === "function") ctx.builtinFunctionValues.set(`${module}.${name}`, value);
}

/** The module a name is bound to by `import X`, if any. */
export function importedModule(ctx: LowerContext, name: string): string | null {
  const owner = resolveScope(ctx.scope, name);
  if (!owner) return null;
  // `operator.add(a, b)` reads like a set's `add`: mutation sites do not rebind the name
  const sites = (ctx.infer.bindings.get(owner)?.get(name) ?? []).filter((b) => b.how !== "mutate");
  const site = sites.length === 1 ? sites[0]! : null;
  return site && site.how === "import" && site.name === null && MODULES[site.module] ? site.module : null;
}

/** The module member a name is bound to by `from X import Y`, if any. */
export function importedMember(ctx: LowerContext, name: string): { module: string; name: string } | null {
  const owner = resolveScope(ctx.scope, name);
  if (!owner) return null;
  // `operator.add(a, b)` reads like a set's `add`: mutation sites do not rebind the name
  const sites = (ctx.infer.bindings.get(owner)?.get(name) ?? []).filter((b) => b.how !== "mutate");
  const site = sites.length === 1 ? sites[0]! : null;
  return site && site.how === "import" && site.name !== null ? { module: site.module, name: site.name } : null;
}
