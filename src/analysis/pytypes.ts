/**
 * The types py2ts infers for Python values. They serve two masters: the TypeScript annotations
 * of the output, and exact printing (int and float are both JS `number`, so every formatting
 * point must know which one it holds; see architecture.md, "Value representation").
 *
 * `small` marks ints whose magnitude is known to stay far below 2^53 (literals, lengths,
 * indexes, range counters, `+= 1` / `-= 1` counters): arithmetic between two small ints may use
 * plain JS operators. `nonneg` marks ints known to be >= 0 (non-negative literals, lengths, `x % m`
 * for a non-negative `m`, sums and products of such): `x % m` of a small non-negative `x` by a
 * positive literal is JS's `%`, which differs from Python's only for a negative `x`.
 *
 * `bits` is a proven bound on the magnitude, |x| < 2^bits (one of BITS_BUCKETS, at most 52): from
 * literals, `x % m` (below m), products and sums of bounded ints, and range elements. An int with
 * a bound is small. It makes the arithmetic of hashes and linear congruential generators plain JS
 * (`seed = (seed * 48271) % 2147483647`: 31 bits times 16 bits is below 2^52, so `*` and `%` are
 * exact). The fixpoint must settle in a few rounds, so a bound cannot grow through a chain:
 * a sum, difference or product has a bound only when both operands have a bound of their own
 * (a literal, a `%`, a range element, `ord`), and its bound is `derived`, which gives no bound
 * to further arithmetic (`x = x * 3` in a loop: a bound in the first round, none in the next).
 * Bounds are kept in buckets (BITS_BUCKETS).
 */
export type PyType =
  | { readonly t: "int"; readonly small?: boolean; readonly nonneg?: boolean; readonly bits?: number; readonly derived?: boolean }
  | { readonly t: "float" }
  | { readonly t: "bool" }
  | { readonly t: "str" }
  | { readonly t: "none" }
  | { readonly t: "list"; readonly elem: PyType }
  | { readonly t: "tuple"; readonly elems: readonly PyType[] | null; readonly elem: PyType }
  | { readonly t: "dict"; readonly key: PyType; readonly value: PyType }
  | { readonly t: "set"; readonly elem: PyType }
  | { readonly t: "instance"; readonly cls: string }
  | { readonly t: "class"; readonly cls: string }
  | { readonly t: "func"; readonly ret: PyType }
  | { readonly t: "optional"; readonly inner: PyType }
  | { readonly t: "iter"; readonly elem: PyType }
  /**
   * a generator object (a generator function's call, a generator expression): what it yields,
   * returns and what a resumed `yield` gives (the sent values, None included when `next()` may
   * send it); `cleanup` when closing it early may run code (GeneratorOptions)
   */
  | { readonly t: "gen"; readonly yield: PyType; readonly ret: PyType; readonly send: PyType; readonly cleanup: boolean }
  /** an asyncio Task wrapping a coroutine of a program `async def`: what awaiting it gives */
  | { readonly t: "task"; readonly ret: PyType }
  /** an int or a float: which one is known only at run time */
  | { readonly t: "num" }
  | { readonly t: "unknown" }
  /** no value seen yet (the bottom of the lattice) */
  | { readonly t: "never" };

export const INT: PyType = { t: "int" };
export const SMALL_INT: PyType = { t: "int", small: true };
export const NONNEG_INT: PyType = { t: "int", nonneg: true };
export const SMALL_NONNEG_INT: PyType = { t: "int", small: true, nonneg: true };

/** The magnitude bounds an int type may carry (see `bits` above). */
const BITS_BUCKETS = [8, 16, 24, 32, 40, 48, 52] as const;

/** The least bucket holding `bits` bits, or undefined past 52 (no bound). */
function bitsBucket(bits: number | undefined): number | undefined {
  return bits === undefined ? undefined : BITS_BUCKETS.find((b) => b >= bits);
}

const boundKey = (bits: number, nonneg: boolean, derived: boolean): string => `${bits}${nonneg ? "+" : ""}${derived ? "d" : ""}`;

/** One type object for each bound, sign and derived fact, made once (a constant table). */
const BOUNDED: ReadonlyMap<string, PyType> = new Map(
  BITS_BUCKETS.flatMap((bits) =>
    [false, true].flatMap((nonneg) =>
      [false, true].map((derived): [string, PyType] => [boundKey(bits, nonneg, derived), { t: "int", small: true, ...(nonneg ? { nonneg } : {}), bits, ...(derived ? { derived } : {}) }]),
    ),
  ),
);

/** The int type with these facts (one object each, so equal facts give equal types). */
export function intType(facts: { small: boolean; nonneg: boolean; bits?: number | undefined; derived?: boolean }): PyType {
  const bits = bitsBucket(facts.bits);
  if (bits !== undefined) return BOUNDED.get(boundKey(bits, facts.nonneg, facts.derived === true))!;
  if (facts.small) return facts.nonneg ? SMALL_NONNEG_INT : SMALL_INT;
  return facts.nonneg ? NONNEG_INT : INT;
}

export const FLOAT: PyType = { t: "float" };
export const BOOL: PyType = { t: "bool" };
export const STR: PyType = { t: "str" };
export const NONE: PyType = { t: "none" };
export const UNKNOWN: PyType = { t: "unknown" };
export const NEVER: PyType = { t: "never" };
export const listOf = (elem: PyType): PyType => ({ t: "list", elem });
export const tupleOf = (elems: readonly PyType[]): PyType => ({ t: "tuple", elems, elem: elems.reduce(join, NEVER) });

export function isNumeric(t: PyType): boolean {
  return t.t === "int" || t.t === "float" || t.t === "bool" || t.t === "num";
}

export function sameType(a: PyType, b: PyType): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Equal up to facts that do not show in the TypeScript type (`nonneg`, `bits`, `derived`). */
export function sameTsType(a: PyType, b: PyType): boolean {
  const shape = (t: PyType): string => JSON.stringify(t, (key, v: unknown) => (key === "nonneg" || key === "bits" || key === "derived" ? undefined : v));
  return shape(a) === shape(b);
}

/** The least type that holds both (flow-insensitive union). */
export function join(a: PyType, b: PyType): PyType {
  if (a.t === "never") return b;
  if (b.t === "never") return a;
  if (a.t === "unknown" || b.t === "unknown") return UNKNOWN;
  if (a.t === "int" && b.t === "int") {
    const bits = a.bits !== undefined && b.bits !== undefined ? Math.max(a.bits, b.bits) : undefined;
    return intType({ small: a.small === true && b.small === true, nonneg: a.nonneg === true && b.nonneg === true, bits, derived: a.derived === true || b.derived === true });
  }
  // bool is an int subtype in Python, but a True stays a JS boolean: `xs[n]`, `n.bit_length()` and
  // TypeScript's `number` need a real number, so a slot that holds both is dynamic
  if ((a.t === "bool" && b.t === "int") || (a.t === "int" && b.t === "bool")) return UNKNOWN;
  if (sameType(a, b)) return a;
  if ((a.t === "int" || a.t === "float" || a.t === "num") && (b.t === "int" || b.t === "float" || b.t === "num")) return { t: "num" };
  if (a.t === "none") return b.t === "optional" ? b : { t: "optional", inner: b };
  if (b.t === "none") return a.t === "optional" ? a : { t: "optional", inner: a };
  if (a.t === "optional") return { t: "optional", inner: join(a.inner, b.t === "optional" ? b.inner : b) };
  if (b.t === "optional") return { t: "optional", inner: join(a, b.inner) };
  if (a.t === "list" && b.t === "list") return listOf(join(a.elem, b.elem));
  if (a.t === "set" && b.t === "set") return { t: "set", elem: join(a.elem, b.elem) };
  if (a.t === "dict" && b.t === "dict") return { t: "dict", key: join(a.key, b.key), value: join(a.value, b.value) };
  if (a.t === "tuple" && b.t === "tuple") {
    if (a.elems && b.elems && a.elems.length === b.elems.length) return tupleOf(a.elems.map((e, i) => join(e, b.elems![i]!)));
    return { t: "tuple", elems: null, elem: join(a.elem, b.elem) };
  }
  if (a.t === "func" && b.t === "func") return { t: "func", ret: join(a.ret, b.ret) };
  if (a.t === "task" && b.t === "task") return { t: "task", ret: join(a.ret, b.ret) };
  if (a.t === "gen" && b.t === "gen") return { t: "gen", yield: join(a.yield, b.yield), ret: join(a.ret, b.ret), send: join(a.send, b.send), cleanup: a.cleanup || b.cleanup };
  return UNKNOWN;
}

/** The type with every instance or class type of a class `hidden` says is out of reach made unknown. */
export function eraseClasses(t: PyType, hidden: (cls: string) => boolean): PyType {
  const e = (x: PyType): PyType => eraseClasses(x, hidden);
  switch (t.t) {
    case "instance": case "class": return hidden(t.cls) ? UNKNOWN : t;
    case "list": return listOf(e(t.elem));
    case "set": return { t: "set", elem: e(t.elem) };
    case "iter": return { t: "iter", elem: e(t.elem) };
    case "dict": return { t: "dict", key: e(t.key), value: e(t.value) };
    case "tuple": return t.elems ? tupleOf(t.elems.map(e)) : { t: "tuple", elems: null, elem: e(t.elem) };
    case "optional": { const inner = e(t.inner); return inner.t === "unknown" ? UNKNOWN : { t: "optional", inner }; }
    case "func": return { t: "func", ret: e(t.ret) };
    case "task": return { t: "task", ret: e(t.ret) };
    case "gen": return { ...t, yield: e(t.yield), ret: e(t.ret), send: e(t.send) };
    default: return t;
  }
}

/** A mutable container type with its element types forgotten (the container kind stays). */
export function eraseMutable(t: PyType): PyType {
  switch (t.t) {
    case "list": return listOf(UNKNOWN);
    case "set": return { t: "set", elem: UNKNOWN };
    case "dict": return { t: "dict", key: UNKNOWN, value: UNKNOWN };
    case "optional": return { t: "optional", inner: eraseMutable(t.inner) };
    default: return t;
  }
}

/**
 * The type with the element types of every mutable container *inside* another value forgotten:
 * `d[k].append(v)` and `row = rows[0]; row[k] = v` change an inner container behind the outer
 * one's back, so only a container held directly by a variable keeps its element types.
 */
export function eraseNested(t: PyType): PyType {
  const inner = (x: PyType): PyType => eraseNested(eraseMutable(x));
  switch (t.t) {
    case "list": return listOf(inner(t.elem));
    case "set": return { t: "set", elem: inner(t.elem) };
    case "iter": return { t: "iter", elem: inner(t.elem) };
    case "dict": return { t: "dict", key: inner(t.key), value: inner(t.value) };
    case "tuple": return t.elems ? tupleOf(t.elems.map(inner)) : { t: "tuple", elems: null, elem: inner(t.elem) };
    case "optional": return { t: "optional", inner: eraseNested(t.inner) };
    case "func": return { t: "func", ret: eraseNested(t.ret) };
    case "task": return { t: "task", ret: eraseNested(eraseMutable(t.ret)) };
    case "gen": return { ...t, yield: inner(t.yield), ret: inner(t.ret) };
    default: return t;
  }
}

/** The TypeScript spelling of a type. `PyInt` is the runtime's `number | bigint`. */
export function tsType(t: PyType): string {
  switch (t.t) {
    case "int": return t.small ? "number" : "PyInt";
    case "float": case "num": return t.t === "num" ? "PyInt" : "number";
    case "bool": return "boolean";
    case "str": return "string";
    case "none": return "null";
    case "list": return `${arrayElem(t.elem)}[]`;
    case "tuple": return "PyTuple<any>";
    case "dict": return `PyDict<${tsType(t.key)}, ${tsType(t.value)}>`;
    case "set": return `PySet<${tsType(t.elem)}>`;
    case "instance": return t.cls;
    case "class": return `typeof ${t.cls}`;
    case "optional": return `${tsType(t.inner)} | null`;
    case "iter": return `Iterable<${tsType(t.elem)}>`;
    case "task": return `Task<${tsType(t.ret)}>`;
    // a generator that may return None: `| void` admits one typed as returning nothing
    case "gen": return `PyGenerator<${tsType(t.yield)}, ${generatorReturnType(t.ret)}${t.ret.t === "optional" ? " | void" : ""}, ${sendParameter(t.send)}>`;
    case "func": case "unknown": case "never": return "any";
  }
}

/** PyGenerator's `S`: its `send` takes `S | null` already, so a None the type admits is left out. */
function sendParameter(t: PyType): string {
  if (t.t === "unknown" || t.t === "never") return "any";
  return tsType(t.t === "optional" ? t.inner : t);
}

/** A generator's return type as TypeScript spells it: `void` when it only returns None. */
export function generatorReturnType(t: PyType): string {
  return t.t === "none" || t.t === "never" ? "void" : tsType(t);
}

function arrayElem(t: PyType): string {
  const s = tsType(t);
  return /[|&]/.test(s) ? `(${s})` : s;
}
