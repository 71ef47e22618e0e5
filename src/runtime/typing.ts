/**
 * The `typing` module as run-time stand-ins. Annotations are the compiler's business (they become
 * TypeScript types); these objects exist so that imports resolve and the few run-time uses behave:
 * `cast(T, x)` returns x, `TypeVar("T")` prints `~T`, `Optional[int]` prints `typing.Optional[int]`,
 * decorators such as `@overload`/`@final` return their argument, `TYPE_CHECKING` is False.
 *
 * What the compiler emits: `from typing import Optional, cast` → `import { Optional, cast } from
 * "py2ts/runtime/typing"` (only for names used at run time), `import typing` → `import { typing }
 * from "py2ts/runtime"`; a subscript evaluated at run time → `Optional.__getitem__(int_)`.
 */
import { AssertionError, TypeError } from "./exceptions.js";
import { namedtuple, type NamedTupleClass } from "./collections-namedtuple.js";
import { PyDict } from "./dict.js";
import { writeStderr } from "./io.js";
import { repr } from "./repr.js";
import { typeName } from "./compare.js";
import { isTuple } from "./tuple.js";
import { PyBuiltinType } from "./types.js";

function formName(t: unknown): string {
  if (t instanceof PyBuiltinType) return t.__name__;
  if (t === null || t === undefined) return "None";
  if (t instanceof SpecialForm || t instanceof TypeVar) return t.__repr__();
  if (typeof t === "function") return (t as { __pyname__?: string }).__pyname__ ?? t.name;
  return repr(t);
}

/** A typing construct such as `Optional` or `List[int]`. */
export class SpecialForm {
  constructor(
    readonly _name: string,
    readonly __args__: readonly unknown[] = [],
  ) {}
  __getitem__(params: unknown): SpecialForm {
    const args = isTuple(params) ? [...params] : [params];
    return new SpecialForm(this._name, args);
  }
  __repr__(): string {
    const base = `typing.${this._name}`;
    return this.__args__.length === 0 ? base : `${base}[${this.__args__.map(formName).join(", ")}]`;
  }
  __call__(): never {
    throw new TypeError(`Cannot instantiate typing.${this._name}`);
  }
}

const FORMS = [
  "Any", "Callable", "ClassVar", "Final", "Generic", "Literal", "Optional", "Protocol", "Tuple", "Type", "Union",
  "Iterable", "Iterator", "Generator", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Set", "FrozenSet",
  "AbstractSet", "List", "Dict", "DefaultDict", "Deque", "Counter", "OrderedDict", "ChainMap", "Awaitable",
  "Coroutine", "AsyncIterator", "AsyncIterable", "AsyncGenerator", "ContextManager", "AsyncContextManager",
  "Hashable", "Sized", "Container", "Collection", "Reversible", "NoReturn", "Never", "Self", "Annotated",
  "TypeAlias", "TypeGuard", "LiteralString", "Required", "NotRequired", "Unpack", "Concatenate", "SupportsInt",
  "SupportsFloat", "SupportsIndex", "SupportsAbs", "SupportsRound", "Text", "AnyStr", "IO", "TextIO", "BinaryIO",
] as const;

const forms = Object.fromEntries(FORMS.map((name) => [name, new SpecialForm(name)])) as Record<(typeof FORMS)[number], SpecialForm>;
export const {
  Any, Callable, ClassVar, Final, Generic, Literal, Optional, Protocol, Tuple, Type, Union, Iterable, Iterator, Generator,
  Sequence, MutableSequence, Mapping, MutableMapping, Set, FrozenSet, AbstractSet, List, Dict, DefaultDict, Deque,
  Counter, OrderedDict, ChainMap, Awaitable, Coroutine, AsyncIterator, AsyncIterable, AsyncGenerator, ContextManager,
  AsyncContextManager, Hashable, Sized, Container, Collection, Reversible, NoReturn, Never, Self, Annotated, TypeAlias,
  TypeGuard, LiteralString, Required, NotRequired, Unpack, Concatenate, SupportsInt, SupportsFloat, SupportsIndex,
  SupportsAbs, SupportsRound, Text, AnyStr, IO, TextIO, BinaryIO,
} = forms;

export const TYPE_CHECKING = false;

/** TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False) */
export class TypeVar {
  readonly __name__: string;
  constructor(name: string, ..._rest: unknown[]) {
    this.__name__ = name;
  }
  __repr__(): string {
    return `~${this.__name__}`;
  }
}
export class ParamSpec extends TypeVar {}
export class TypeVarTuple extends TypeVar {}

/** cast(typ, value): value, unchanged */
export function cast<T>(_typ: unknown, value: T): T {
  return value;
}

/** decorators that only inform type checkers */
export function overload<F>(f: F): F {
  return f;
}
export function final<F>(f: F): F {
  return f;
}
export function runtime_checkable<F>(f: F): F {
  return f;
}
export function no_type_check<F>(f: F): F {
  return f;
}

/** NewType(name, tp): an identity function named `name` */
export function NewType(name: string, _tp: unknown): <T>(x: T) => T {
  const f = <T>(x: T): T => x;
  Object.defineProperty(f, "name", { value: name });
  Object.defineProperty(f, "__name__", { value: name });
  return f;
}

/** NamedTuple("P", [("x", int), ...]): the functional form, as collections.namedtuple */
export function NamedTuple(typename: string, fields: Iterable<readonly [string, unknown]>): NamedTupleClass {
  return namedtuple(typename, Array.from(fields, (f) => f[0]));
}

export function get_type_hints(_obj: unknown): PyDict<string, unknown> {
  return new PyDict();
}

export function assert_never(value: unknown): never {
  throw new AssertionError(`Expected code to be unreachable, but got: ${repr(value)}`);
}

/** reveal_type(x): reports the run-time type on stderr, as CPython does, and returns x */
export function reveal_type<T>(value: T): T {
  writeStderr(`Runtime type is '${typeName(value)}'\n`);
  return value;
}
