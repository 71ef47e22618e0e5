/**
 * Python floats at run time. An int and a float are both JS numbers, and an integral float (2.0)
 * is the same number as the int 2, yet Python prints, compares types and computes with them
 * differently (`2.0`, `type(x)`, `2.0 // 1`, `range(2.0)`). So wherever a value's static type is
 * not exactly `float` (container elements, attributes, arguments and results of runtime
 * helpers, yielded and returned values, anything the compiler types as unknown or int|float),
 * a float is held in its *canonical* form:
 *
 * - a number that is not a safe integer (2.5, 1e16, inf, nan) is a float as it stands;
 * - a float whose value is a safe integer (2.0, 0.0, -0.0) is a `PyFloat` box;
 * - a raw safe-integer number there is an int (never `-0`, see numbers.ts; a raw `-0` would count as 0).
 *
 * Where the compiler knows a value is a float (locals, float arithmetic) it keeps raw numbers and
 * calls `float(x)` (builtins) at the point the value leaves that knowledge. The box has
 * `valueOf()`, so JS arithmetic and ordering on it still work; identity (`===`), `typeof` and
 * JS truthiness do not, and the runtime's helpers unwrap it first.
 *
 * For the compiler: the box is typed `number`, so `float(x)` can stand wherever a number can.
 */
import { floatRepr } from "./float-repr.js";

export class PyFloat {
  /** the Python type name (compare.ts `classNameOf`) */
  static readonly __pyname__ = "float";

  constructor(readonly value: number) {}

  valueOf(): number {
    return this.value;
  }

  toString(): string {
    return floatRepr(this.value);
  }
}

/** The canonical form of the float `x` (boxed when its value is a safe integer). */
export function boxFloat(x: number): number {
  return Number.isSafeInteger(x) ? (new PyFloat(x) as unknown as number) : x;
}

/**
 * What the compiler emits where a value it knows to be a float (or None) leaves that knowledge:
 * the canonical form, the same as `boxFloat` but passing None through and idempotent on boxes.
 *
 *     xs = [1, 2.0]   →   const xs = [1, float(2.0)];
 */
export function float<T extends number | null | undefined>(x: T): T {
  return (typeof x === "number" && Number.isSafeInteger(x) ? new PyFloat(x) : x) as T;
}

/** True for a Python float in canonical form. */
export function isFloatValue(x: unknown): boolean {
  return typeof x === "number" ? !Number.isSafeInteger(x) : x instanceof PyFloat;
}

/** The JS number inside a box; anything else as it is. */
export function unboxFloat<T>(x: T): T {
  return (x instanceof PyFloat ? x.value : x) as T;
}
