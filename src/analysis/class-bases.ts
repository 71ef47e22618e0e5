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
