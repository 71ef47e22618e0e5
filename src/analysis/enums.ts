/**
 * Enum and ABC classes: which classes of the program derive from `enum.Enum` (and its IntEnum,
 * StrEnum, Flag, IntFlag variants) or `abc.ABC`, found from their bases (`from enum import Enum`,
 * `enum.Enum`, or a class of the program that already is one). Inference types `Color.RED` as a
 * `Color` instance and a member's `value` as unknown; lowering gives enum classes their own
 * shape (src/lower/enums.ts).
 */
import type * as A from "../ast/nodes.js";
import type { BindingTable } from "./bindings.js";
import { resolveScope, type Scope, type ScopeTable } from "./scopes.js";

export const ENUM_BASES = new Set(["Enum", "IntEnum", "StrEnum", "Flag", "IntFlag"]);

/** The runtime module member a base expression names (`Enum` from `from enum import Enum`, `enum.Enum`), if any. */
export function importedBase(bindings: BindingTable, scope: Scope, base: A.Expr): { module: string; name: string } | null {
  if (base.kind === "Name") {
    const owner = resolveScope(scope, base.id);
    const sites = owner ? bindings.get(owner)?.get(base.id) ?? [] : [];
    const site = sites.length === 1 ? sites[0]! : null;
    return site && site.how === "import" && site.name !== null ? { module: site.module, name: site.name } : null;
  }
  if (base.kind === "Attribute" && base.value.kind === "Name") {
    const owner = resolveScope(scope, base.value.id);
    const sites = owner ? bindings.get(owner)?.get(base.value.id) ?? [] : [];
    const site = sites.length === 1 ? sites[0]! : null;
    return site && site.how === "import" && site.name === null ? { module: site.module, name: base.attr } : null;
  }
  return null;
}

/** Names of the program's classes that are enums, each with the enum base kind it derives from. */
export function enumClasses(scopes: ScopeTable, bindings: BindingTable): Map<string, string> {
  const defs = new Map<string, A.ClassDef>();
  const outer = new Map<A.ClassDef, Scope>();
  for (const scope of scopes.scopes.values()) {
    if (scope.node.kind === "ClassDef" && scope.parent) {
      defs.set(scope.node.name, scope.node);
      outer.set(scope.node, scope.parent);
    }
  }
  const out = new Map<string, string>();
  const kindOf = (cls: A.ClassDef, depth: number): string | null => {
    const base = cls.bases[0];
    if (!base || depth > 50) return null;
    const imported = importedBase(bindings, outer.get(cls)!, base);
    if (imported) return imported.module === "enum" && ENUM_BASES.has(imported.name) ? imported.name : null;
    const parent = base.kind === "Name" ? defs.get(base.id) : undefined;
    return parent ? kindOf(parent, depth + 1) : null;
  };
  for (const [name, cls] of defs) {
    const kind = kindOf(cls, 0);
    if (kind) out.set(name, kind);
  }
  return out;
}

/** The member names a class body of an enum defines (`RED = 1`; not `_private` or dunder names). */
export function enumMemberNames(cls: A.ClassDef): string[] {
  const out: string[] = [];
  for (const s of cls.body) {
    if (s.kind === "Assign" && s.targets.length === 1 && s.targets[0]!.kind === "Name") {
      const name = (s.targets[0] as A.Name).id;
      if (!name.startsWith("_")) out.push(name);
    }
  }
  return out;
}
