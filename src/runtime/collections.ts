/**
 * The `collections` module: Counter, defaultdict, OrderedDict, deque, namedtuple.
 *
 * What the compiler emits: `import collections` → `import { collections } from "py2ts/runtime"`
 * (then `new collections.Counter(...)`); `from collections import Counter, deque` →
 * `import { Counter, deque } from "py2ts/runtime/collections"`. Each class file's header lists its
 * methods and the keyword-argument shape.
 */
export { Counter } from "./collections-counter.js";
export { defaultdict, OrderedDict } from "./collections-dicts.js";
export { deque } from "./collections-deque.js";
export { namedtuple, type NamedTupleClass } from "./collections-namedtuple.js";
export { collectionsAbc as abc } from "./collections-abc.js";
