/**
 * The fields of a `@dataclass`, in definition order with inherited fields first, as the
 * generated `__init__`, `__repr__` and `__eq__` see them.
 */
import type * as A from "../ast/nodes.js";
import type { LowerContext } from "./context.js";

export interface DataclassField {
  readonly name: string;
  readonly hasDefault: boolean;
  /** the default value expression, or the `default_factory` callable */
  readonly default: A.Expr | null;
  readonly factory: A.Expr | null;
  readonly annotation: A.Expr;
  /** `field(init=False, repr=False, compare=False)` */
  readonly init: boolean;
  readonly repr: boolean;
  readonly compare: boolean;
  /** the other `field(...)` keywords, for the runtime registration */
  readonly options: readonly { readonly key: string; readonly value: A.Expr }[];
}

export function dataclassFields(ctx: LowerContext, cls: string): DataclassField[] {
  const facts = ctx.infer.classes.get(cls);
  if (!facts) return [];
  const inherited = facts.base && ctx.infer.classes.get(facts.base)?.isDataclass ? dataclassFields(ctx, facts.base) : [];
  const own: DataclassField[] = [];
  for (const s of facts.node.body) {
    if (s.kind !== "AnnAssign" || s.target.kind !== "Name") continue;
    if (isClassVar(s)) continue;
    let def: A.Expr | null = s.value;
    let factory: A.Expr | null = null;
    let options: { key: string; value: A.Expr }[] = [];
    if (def && def.kind === "Call" && def.func.kind === "Name" && def.func.id === "field") {
      const kws = def.keywords;
      factory = kws.find((k) => k.arg === "default_factory")?.value ?? null;
      def = kws.find((k) => k.arg === "default")?.value ?? null;
      options = kws.filter((k) => k.arg !== null && k.arg !== "default" && k.arg !== "default_factory").map((k) => ({ key: k.arg!, value: k.value }));
    }
    const flag = (key: string): boolean => {
      const v = options.find((o) => o.key === key)?.value;
      return !(v && v.kind === "Constant" && v.value.type === "bool" && !v.value.value);
    };
    own.push({ name: s.target.id, hasDefault: def !== null || factory !== null, default: def, factory, annotation: s.annotation, init: flag("init"), repr: flag("repr"), compare: flag("compare"), options });
  }
  const merged = [...inherited];
  for (const f of own) {
    const i = merged.findIndex((m) => m.name === f.name);
    if (i >= 0) merged[i] = f;
    else merged.push(f);
  }
  return merged;
}

/** `x: ClassVar[int] = 0` (or `typing.ClassVar`): a class attribute, not a dataclass field. */
export function isClassVar(s: A.AnnAssign): boolean {
  const a = s.annotation.kind === "Subscript" ? s.annotation.value : s.annotation;
  return (a.kind === "Name" && a.id === "ClassVar") || (a.kind === "Attribute" && a.attr === "ClassVar");
}
