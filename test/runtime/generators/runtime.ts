// What the hand-translated programs import: the runtime modules emitted code uses (through
// "py2ts/runtime" in real output). Importing the modules directly keeps these tests independent
// of unrelated runtime modules.
export { PyGenerator, closeSuspendedGenerators } from "../../../src/runtime/generator.js";
export { generator, makeGenerator } from "../../../src/runtime/generator-functions.js";
export { iter, next, iterate, iterateTemporary, type PyIterable, type PyIteratorLike } from "../../../src/runtime/iter.js";
export { delegate } from "../../../src/runtime/yield-from.js";
export * from "../../../src/runtime/exceptions.js";
export { tuple, type PyTuple } from "../../../src/runtime/tuple.js";
export { print } from "../../../src/runtime/io.js";
export { repr, str } from "../../../src/runtime/repr.js";
export { typeOf, typeName } from "../../../src/runtime/compare.js";
export { FLOAT, listOf, optional, int_ } from "../../../src/runtime/types.js";
export { range } from "../../../src/runtime/range.js";
export { runProgram } from "../../../src/runtime/program.js";
export { genexpr } from "../../../src/runtime/genexpr.js";
export { PyDict } from "../../../src/runtime/dict.js";
