/**
 * Which JS functions are Python built-in functions. The runtime's `len`, `print`, `max`... are
 * plain functions like the program's own, but CPython shows them differently:
 * `type(len)` is `<class 'builtin_function_or_method'>` and `repr(len)` is
 * `<built-in function len>`. The compiler lists the builtins a program reads as values
 * (`f = len`, `key=len`, `print(max)`) in `runProgram({ builtins: [len, max] }, ...)`; only those
 * can reach `type()` or `repr()`. The set belongs to the running program.
 */
const BUILTIN_FUNCTIONS = new WeakSet<Function>();

export function markBuiltinFunctions(fs: readonly Function[]): void {
  for (const f of fs) if (typeof f === "function") BUILTIN_FUNCTIONS.add(f);
}

/**
 * A method of a built-in value fetched as a value (`g = xs.append`): CPython's
 * `<built-in method append of list object at 0x...>`, whose type is builtin_function_or_method.
 */
export function markBuiltinMethod<F extends Function>(f: F, options: { name: string; typeName: string; address: string }): F {
  BUILTIN_FUNCTIONS.add(f);
  Object.defineProperty(f, "name", { value: options.name });
  Object.defineProperty(f, "__repr__", { value: () => `<built-in method ${options.name} of ${options.typeName} object at ${options.address}>` });
  return f;
}

export function isBuiltinFunction(f: unknown): boolean {
  return typeof f === "function" && BUILTIN_FUNCTIONS.has(f);
}
