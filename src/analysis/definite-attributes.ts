/**
 * Which attributes every instance of a class is sure to have once it is constructed.
 *
 * TypeScript declares every `self.x` a class stores as a field, but an instance only has it once
 * the store has run: `if flag: self.v = 1` leaves `v` missing, and reading it must raise
 * AttributeError instead of giving JavaScript's `undefined`. An attribute is definite for a class
 * when it is a class-body name (data, method, property, dataclass field) or `__init__` stores it
 * unconditionally: a top-level statement of `__init__`, of a method of the class `__init__` calls
 * at top level (`self.reset()`), or of the base's `__init__` when `__init__` calls
 * `super().__init__(...)` at top level (or the class has no `__init__`). A `del obj.x` or
 * `delattr` anywhere makes `x` indefinite everywhere. A subclass that skips the base's
 * `__init__` makes the base's attributes indefinite for the base's static type too.
 *
 *     class Maybe:                                  m.v     → getattr(m, "v")
 *         def __init__(self, flag):
 *             if flag: self.v = 1
 */
import type * as A from "../ast/nodes.js";
import { forEachChild } from "./walk.js";

export interface ClassShape {
  readonly node: A.ClassDef;
  readonly base: string | null;
}

export class DefiniteAttributes {
  private readonly definite = new Map<string, Set<string> | null>();
  private readonly deleted = new Set<string>();

  constructor(
    private readonly classes: ReadonlyMap<string, ClassShape>,
    module: A.Module,
  ) {
    const visit = (n: A.Node): void => {
      if (n.kind === "Delete") n.targets.forEach((t) => t.kind === "Attribute" && this.deleted.add(t.attr));
      if (n.kind === "Call" && n.func.kind === "Name" && n.func.id === "delattr") {
        const name = n.args[1];
        if (name?.kind === "Constant" && name.value.type === "str") this.deleted.add(String(name.value.value));
        else this.deleted.add("*");
      }
      forEachChild(n, visit);
    };
    module.body.forEach(visit);
  }

  /** True when an instance whose static class is `cls` may lack the declared attribute `attr`. */
  mayLack(cls: string, attr: string): boolean {
    if (this.deleted.has(attr) || this.deleted.has("*")) return true;
    for (const name of [cls, ...this.subclasses(cls)]) {
      const names = this.of(name);
      if (names && !names.has(attr)) return true;
    }
    return false;
  }

  private subclasses(cls: string): string[] {
    const out: string[] = [];
    for (const [name, shape] of this.classes) {
      for (let b = shape.base, depth = 0; b && depth < 50; depth++, b = this.classes.get(b)?.base ?? null) {
        if (b === cls) { out.push(name); break; }
      }
    }
    return out;
  }

  /** The definite attributes of a program class (null: a class the analysis does not follow). */
  private of(cls: string): Set<string> | null {
    if (this.definite.has(cls)) return this.definite.get(cls)!;
    this.definite.set(cls, null);
    const shape = this.classes.get(cls);
    if (!shape) return null;
    const out = new Set<string>();
    const methods = new Map<string, A.FunctionDef>();
    for (const s of shape.node.body) {
      if (s.kind === "Assign") s.targets.forEach((t) => t.kind === "Name" && out.add(t.id));
      else if (s.kind === "AnnAssign" && s.target.kind === "Name") out.add(s.target.id);
      else if (s.kind === "FunctionDef" || s.kind === "AsyncFunctionDef" || s.kind === "ClassDef") out.add(s.name);
      if (s.kind === "FunctionDef") methods.set(s.name, s);
    }
    const inherited = (): void => {
      const base = shape.base ? this.of(shape.base) : null;
      base?.forEach((a) => out.add(a));
    };
    const init = methods.get("__init__");
    if (!init) inherited();
    else this.topLevelStores(init, { cls, methods, seen: new Set(), inherited, stores: out });
    this.definite.set(cls, out);
    return out;
  }

  /** Stores `def` makes on every path that returns normally, up to its first possible early return. */
  private topLevelStores(def: A.FunctionDef, walk: StoreWalk): void {
    if (walk.seen.has(def)) return;
    walk.seen.add(def);
    const self = [...def.args.posonlyargs, ...def.args.args][0]?.arg;
    if (!self) return;
    const isSelf = (e: A.Expr): boolean => e.kind === "Name" && e.id === self;
    for (const s of def.body) {
      const targets = s.kind === "Assign" ? s.targets : s.kind === "AnnAssign" && s.value ? [s.target] : [];
      for (const t of targets) if (t.kind === "Attribute" && isSelf(t.value)) walk.stores.add(t.attr);
      if (mayReturn(s)) return;
      if (s.kind !== "Expr" || s.value.kind !== "Call" || s.value.func.kind !== "Attribute") continue;
      const callee = s.value.func;
      const isSuperInit = callee.attr === "__init__" && callee.value.kind === "Call" && callee.value.func.kind === "Name" && callee.value.func.id === "super";
      if (isSuperInit) walk.inherited();
      else if (isSelf(callee.value) && walk.methods.has(callee.attr) && !this.overridden(walk.cls, callee.attr)) {
        this.topLevelStores(walk.methods.get(callee.attr)!, walk);
      }
    }
  }

  /** True when a subclass of `cls` defines its own `name` (so `self.name()` may run that one). */
  private overridden(cls: string, name: string): boolean {
    return this.subclasses(cls).some((sub) => this.classes.get(sub)!.node.body.some((s) => (s.kind === "FunctionDef" || s.kind === "AsyncFunctionDef") && s.name === name));
  }
}

interface StoreWalk {
  readonly cls: string;
  readonly methods: ReadonlyMap<string, A.FunctionDef>;
  readonly seen: Set<A.FunctionDef>;
  readonly stores: Set<string>;
  inherited(): void;
}

/** True when `s` contains a `return` of the function it is in. */
function mayReturn(s: A.Stmt): boolean {
  let found = false;
  const visit = (n: A.Node): void => {
    if (found || n.kind === "FunctionDef" || n.kind === "AsyncFunctionDef" || n.kind === "ClassDef" || n.kind === "Lambda") return;
    if (n.kind === "Return") found = true;
    else forEachChild(n, visit);
  };
  visit(s);
  return found;
}
