export {};
export { PyGenerator, generator, makeGenerator, isGenerator, stopIteration, closeSuspendedGenerators, type GeneratorOptions, type GeneratorFrame } from "./generator.js";
export { iter, next, iterate, iterateTemporary, PyIterator, ListIterator, TupleIterator, JsIteratorAdapter, StrIterator, StrAsciiIterator, SeqIterator, CallableIterator, type PyIterable, type PyIteratorLike, type PyIteratorProtocol, type PyIterableProtocol, type PySequenceProtocol } from "./iter.js";
export { delegate, type Delegation } from "./yield-from.js";
