/**
 * The `copy` module: shallow `copy` and `deepcopy` (with a memo, so shared and cyclic structure
 * is preserved), honouring `__copy__` / `__deepcopy__(memo)` on user classes.
 *
 * What the compiler emits: `import copy` → `import { copy } from "py2ts/runtime"`, then
 * `copy.copy(x)`, `copy.deepcopy(x)`.
 */
import { PyDict } from "./dict.js";
import { PySet } from "./set.js";
import { asTuple, isTuple } from "./tuple.js";

function isAtomic(x: unknown): boolean {
  return x === null || (typeof x !== "object" && typeof x !== "function") || typeof x === "function";
}

function cloneObject(x: object): object {
  const clone = Object.create(Object.getPrototypeOf(x)) as object;
  return Object.defineProperties(clone, Object.getOwnPropertyDescriptors(x));
}

/** copy(x): a shallow copy */
export function copy<T>(x: T): T {
  if (isAtomic(x) || isTuple(x)) return x;
  const hook = (x as { __copy__?: () => T }).__copy__;
  if (typeof hook === "function") return hook.call(x);
  if (Array.isArray(x)) return x.slice() as T;
  if (x instanceof PyDict || x instanceof PySet) return (x as unknown as { copy(): T }).copy();
  return cloneObject(x as object) as T;
}

/** deepcopy(x, memo=None) */
export function deepcopy<T>(x: T, memo: Map<unknown, unknown> = new Map()): T {
  if (isAtomic(x)) return x;
  if (memo.has(x)) return memo.get(x) as T;
  const hook = (x as { __deepcopy__?: (m: Map<unknown, unknown>) => T }).__deepcopy__;
  if (typeof hook === "function") {
    const result = hook.call(x, memo);
    memo.set(x, result);
    return result;
  }
  if (isTuple(x)) {
    const items = x.map((v) => deepcopy(v, memo));
    const result = items.every((v, i) => v === x[i]) ? x : asTuple(items);
    memo.set(x, result);
    return result as T;
  }
  if (Array.isArray(x)) {
    const result: unknown[] = [];
    memo.set(x, result);
    for (const v of x) result.push(deepcopy(v, memo));
    return result as T;
  }
  if (x instanceof PyDict) {
    const result = (x as PyDict).copy();
    result.clear();
    memo.set(x, result);
    for (const [k, v] of x.entries()) result.setitem(deepcopy(k, memo), deepcopy(v, memo));
    return result as T;
  }
  if (x instanceof PySet) {
    const result = (x as PySet).copy();
    memo.set(x, result);
    return result as T;
  }
  const result = Object.create(Object.getPrototypeOf(x)) as Record<string, unknown>;
  memo.set(x, result);
  for (const key of Object.keys(x as object)) result[key] = deepcopy((x as Record<string, unknown>)[key], memo);
  return result as T;
}
