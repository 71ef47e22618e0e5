/**
 * The `operator` module: Python's operators as functions, plus itemgetter / attrgetter /
 * methodcaller. Each one has Python semantics (bigint promotion, floor division, structural
 * equality, dunder dispatch) because it delegates to the value layer's helpers.
 *
 * What the compiler emits: `import operator` → `import { operator } from "py2ts/runtime"`, then
 * `operator.mul`, `operator.itemgetter(1)`; `from operator import itemgetter` → `import {
 * itemgetter } from "py2ts/runtime/operator"`.
 */
import { contains as containsOp, eq as eqOp, ge as geOp, gt as gtOp, le as leOp, lt as ltOp, ne as neOp, truthy } from "./compare.js";
import { TypeError } from "./exceptions.js";
import { delitem as delitemOp, getitem as getitemOp, setitem as setitemOp } from "./list.js";
import * as N from "./numbers.js";
import { repr } from "./repr.js";
import { asTuple, type PyTuple } from "./tuple.js";
import { getattr } from "./builtins-attrs.js";
import { callMethod } from "./dynamic-call.js";

export const add = N.add;
export const sub = N.sub;
export const mul = N.mul;
export const truediv = N.truediv;
export const floordiv = N.floordiv;
export const mod = N.mod;
export const neg = N.neg;
export const pos = N.pos;
export const abs = N.abs;
export const and_ = N.bitand;
export const or_ = N.bitor;
export const xor = N.bitxor;
export const invert = N.invert;
export const inv = N.invert;
export const lshift = N.lshift;
export const rshift = N.rshift;
export const eq = eqOp;
export const ne = neOp;
export const lt = ltOp;
export const le = leOp;
export const gt = gtOp;
export const ge = geOp;
export const getitem = getitemOp;
export const setitem = setitemOp;
export const delitem = delitemOp;

/** operator.pow(a, b): two arguments only, unlike the builtin */
export function pow(a: unknown, b: unknown): any {
  return N.pow(a, b);
}
export function not_(a: unknown): boolean {
  return !truthy(a);
}
export function truth(a: unknown): boolean {
  return truthy(a);
}
export function is_(a: unknown, b: unknown): boolean {
  return a === b || (a == null && b == null);
}
export function is_not(a: unknown, b: unknown): boolean {
  return !is_(a, b);
}
/** contains(a, b): `b in a` */
export function contains(a: unknown, b: unknown): boolean {
  return containsOp(a, b);
}
export function concat(a: unknown, b: unknown): any {
  if (!(Array.isArray(a) || typeof a === "string")) {
    throw new TypeError(`'${typeof a === "number" ? "int" : typeof a}' object can't be concatenated`);
  }
  return N.add(a, b);
}
export function countOf(a: Iterable<unknown>, b: unknown): number {
  let n = 0;
  for (const x of a) if (x === b || eqOp(x, b)) n++;
  return n;
}
export function index(a: unknown): number | bigint {
  if (typeof a === "number" && Number.isInteger(a)) return a;
  if (typeof a === "bigint") return a;
  if (typeof a === "boolean") return a ? 1 : 0;
  throw new TypeError(`'${typeof a === "number" ? "float" : typeof a}' object cannot be interpreted as an integer`);
}

interface Getter {
  (obj: unknown): unknown;
  __repr__(): string;
}

/** itemgetter(*items): f(obj) is obj[item], or a tuple for several items */
export function itemgetter(...items: unknown[]): Getter {
  const f = (items.length === 1
    ? (obj: unknown) => getitemOp(obj, items[0])
    : (obj: unknown): PyTuple<unknown> => asTuple(items.map((k) => getitemOp(obj, k)))) as Getter;
  f.__repr__ = () => `operator.itemgetter(${items.map((k) => repr(k)).join(", ")})`;
  return f;
}

function dotted(obj: unknown, path: string): unknown {
  return path.split(".").reduce((o, name) => getattr(o, name), obj);
}

/** attrgetter(*names): f(obj) is obj.name (dotted names allowed), or a tuple for several */
export function attrgetter(...names: string[]): Getter {
  for (const n of names) if (typeof n !== "string") throw new TypeError("attribute name must be a string");
  const f = (names.length === 1
    ? (obj: unknown) => dotted(obj, names[0] as string)
    : (obj: unknown): PyTuple<unknown> => asTuple(names.map((n) => dotted(obj, n)))) as Getter;
  f.__repr__ = () => `operator.attrgetter(${names.map((k) => repr(k)).join(", ")})`;
  return f;
}

/** methodcaller(name, *args): f(obj) is obj.name(*args) */
export function methodcaller(name: string, ...args: unknown[]): Getter {
  // callMethod: strings, lists and numbers have their Python methods there, not on the JS value
  const f = ((obj: unknown) => callMethod(obj, name, ...args)) as Getter;
  f.__repr__ = () => `operator.methodcaller(${[repr(name), ...args.map((a) => repr(a))].join(", ")})`;
  return f;
}
