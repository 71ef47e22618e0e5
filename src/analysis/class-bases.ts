/** Class bases that add no behaviour and are not emitted: `object`, `Generic[T]`, `Protocol`. */
import type * as A from "../ast/nodes.js";

const MARKER_BASES = new Set(["Generic", "Protocol"]);

/** `object`, `Generic`, `Generic[T]`, `Protocol`, `Protocol[T]`, `typing.Generic[T]`. */
export function isEmptyBase(base: A.Expr): boolean {
  if (base.kind === "Name" && base.id === "object") return true;
  const e = base.kind === "Subscript" ? base.value : base;
  if (e.kind === "Name") return MARKER_BASES.has(e.id);
  return e.kind === "Attribute" && MARKER_BASES.has(e.attr) && e.value.kind === "Name" && e.value.id === "typing";
}

/** The bases a class is translated with (the ones that add behaviour). */
export function realBases(cls: A.ClassDef): readonly A.Expr[] {
  return cls.bases.filter((b) => !isEmptyBase(b));
}

/** `class Movie(TypedDict)`: at run time its instances are plain dicts and the class is `dict`. */
export function isTypedDictClass(cls: A.ClassDef): boolean {
  return cls.bases.some((b) => (b.kind === "Name" && b.id === "TypedDict") || (b.kind === "Attribute" && b.attr === "TypedDict" && b.value.kind === "Name" && b.value.id === "typing"));
}

/** Built-in value types whose instances py2ts represents natively, so a program class cannot extend them. */
const BUILTIN_VALUE_TYPES = new Set(["dict", "list", "str", "int", "float", "complex", "bool", "set", "frozenset", "tuple", "bytes", "bytearray", "range"]);
const COLLECTIONS_TYPES = new Set(["OrderedDict", "Counter", "defaultdict", "deque", "UserDict", "UserList", "UserString", "ChainMap"]);

/**
 * The name of a built-in value type (`dict`, `collections.OrderedDict`) that `base` names, or null.
 * `isProgramClass` tells a class the program defines under that name apart from the built-in.
 */
export function builtinValueBase(base: A.Expr, isProgramClass: (name: string) => boolean): string | null {
  if (base.kind === "Name") {
    if (isProgramClass(base.id)) return null;
    if (BUILTIN_VALUE_TYPES.has(base.id) || COLLECTIONS_TYPES.has(base.id)) return base.id;
    return null;
  }
  if (base.kind === "Attribute" && base.value.kind === "Name" && base.value.id === "collections" && COLLECTIONS_TYPES.has(base.attr)) return `collections.${base.attr}`;
  return null;
}
