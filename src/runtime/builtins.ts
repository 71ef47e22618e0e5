/**
 * Python's builtin functions in one module (`py2ts/runtime/builtins`), gathered from the files that
 * implement them. Emitted code may import from here or from the package root (`py2ts/runtime`),
 * which exports the same names.
 *
 *   builtins-iter.ts    enumerate, zip, reversed, map, filter, any, all
 *   builtins-reduce.ts  len, min, max, sum          list.ts  sorted     strings.ts  chr, ord
 *   builtins-attrs.ts   getattr, setattr, hasattr, delattr, id, vars, dir, Ellipsis
 *   builtins-types.ts   isinstance, issubclass, callable, nameOf (`__name__`), mro (`__mro__`), callType
 *   io.ts               print, input           range.ts   range
 *   iter.ts             iter, next             hash.ts    hash
 *   numbers.ts          abs, divmod, pow       numbers-convert.ts  round, bin, hex, oct, intOf, floatOf
 *   compare.ts          typeOf (`type(x)`), typeName (`type(x).__name__`)
 *   repr.ts             repr, str, ascii       types.ts   NotImplemented and the builtin type objects
 */
export { enumerate, zip, reversed, map, filter, any, all } from "./builtins-iter.js";
export { len, min, max, sum } from "./builtins-reduce.js";
export { getattr, setattr, hasattr, delattr, id, vars, dir, Ellipsis } from "./builtins-attrs.js";
export { chr, ord } from "./strings.js";
export { sorted } from "./list.js";
export { isinstance, issubclass, callable, nameOf, mro, callType, toCallable } from "./builtins-types.js";
export { print, input } from "./io.js";
export { range } from "./range.js";
export { iter, next } from "./iter.js";
export { hash } from "./hash.js";
export { abs, divmod, pow } from "./numbers.js";
export { round, bin, hex, oct, intOf, floatOf } from "./numbers-convert.js";
export { typeOf, typeName } from "./compare.js";
export { repr, str, ascii } from "./repr.js";
export { NotImplemented, int_, float_, str_, bool_, list_, tuple_, dict_, set_, frozenset_, NoneType_, object_, type_ } from "./types.js";
