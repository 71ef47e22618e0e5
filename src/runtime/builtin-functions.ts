/**
 * Which JS functions are Python built-in functions. The runtime's `len`, `print`, `max`... are
 * plain functions like the program's own, but CPython shows them differently:
 * `type(len)` is `<class 'builtin_function_or_method'>` and `repr(len)` is
 * `<built-in function len>`. The compiler lists the builtins a program reads as values
 * (`f = len`, `key=len`, `print(max)`) in `runProgram({ builtins: [len, max] }, ...)`; only those
 * can reach `type()` or `repr()`. The set belongs to the running program.
 */
const BUILTIN_FUNCTIONS = new WeakSet<Function>();

/**
 * A runtime class that implements a built-in type (`generator`, `dict`) names it in a static
 * `[BUILTIN_TYPE]` field: its methods taken as values are built-in methods (`<built-in method
 * send of generator object at 0x...>`, type builtin_function_or_method), not bound methods.
 */
export const BUILTIN_TYPE: unique symbol = Symbol("py2ts.builtinType");

export function markBuiltinFunctions(fs: readonly Function[]): void {
  for (const f of fs) if (typeof f === "function") BUILTIN_FUNCTIONS.add(f);
}

/** Slot methods of built-in values (`g.__next__`), whose type is method-wrapper. */
const METHOD_WRAPPERS = new WeakSet<Function>();

/**
 * A method of a built-in value fetched as a value (`g = xs.append`): CPython's
 * `<built-in method append of list object at 0x...>`, whose type is builtin_function_or_method,
 * or for a slot method (`g.__next__`) `<method-wrapper '__next__' of generator object at 0x...>`.
 */
export function markBuiltinMethod<F extends Function>(f: F, options: { name: string; typeName: string; address: string }): F {
  const { name, typeName, address } = options;
  const slot = name.startsWith("__") && name.endsWith("__");
  (slot ? METHOD_WRAPPERS : BUILTIN_FUNCTIONS).add(f);
  Object.defineProperty(f, "name", { value: name });
  Object.defineProperty(f, "__name__", { value: name });
  Object.defineProperty(f, "__qualname__", { value: `${typeName}.${name}` });
  const text = slot ? `<method-wrapper '${name}' of ${typeName} object at ${address}>` : `<built-in method ${name} of ${typeName} object at ${address}>`;
  Object.defineProperty(f, "__repr__", { value: () => text });
  return f;
}

export function isBuiltinFunction(f: unknown): boolean {
  return typeof f === "function" && BUILTIN_FUNCTIONS.has(f);
}

/** `type(f).__name__` of a built-in function or method: builtin_function_or_method or method-wrapper; null for others. */
export function builtinFunctionType(f: unknown): "builtin_function_or_method" | "method-wrapper" | null {
  if (typeof f !== "function") return null;
  return BUILTIN_FUNCTIONS.has(f) ? "builtin_function_or_method" : METHOD_WRAPPERS.has(f) ? "method-wrapper" : null;
}
