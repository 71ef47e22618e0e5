/**
 * Abstract base classes. Methods decorated `@abstractmethod` are named in a static block so the
 * runtime's `ABC` constructor (src/runtime/abc.ts) refuses to instantiate a class that has not
 * overridden them, with CPython's TypeError; `metaclass=ABCMeta` (the one metaclass py2ts
 * accepts) means an `ABC` base.
 *
 *     class Shape(metaclass=ABCMeta):        class Shape extends abc.ABC {
 *         @abstractmethod                →       area(): any {}
 *         def area(self): ...                    static { abc.abstractmethods(this, ["area"]); } }
 */
import type * as A from "../ast/nodes.js";
import { importedBase } from "../analysis/enums.js";
import { call, type ClassMember, type Expr, exprStmt, lit, member, type Stmt, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";

export function isAbstractDecorator(d: A.Expr): boolean {
  return (d.kind === "Name" && d.id === "abstractmethod") || (d.kind === "Attribute" && d.attr === "abstractmethod");
}

/** Names of the methods (and properties) a class body decorates with `@abstractmethod`. */
export function abstractMethodNames(cls: A.ClassDef): string[] {
  const out: string[] = [];
  for (const s of cls.body) {
    if ((s.kind === "FunctionDef" || s.kind === "AsyncFunctionDef") && s.decorator_list.some(isAbstractDecorator) && !out.includes(s.name)) out.push(s.name);
  }
  return out;
}

/**
 * An abstract method's placeholder body says nothing about what overrides return: typed `any`
 * so each override keeps its own type (a getter still needs its `return`).
 */
export function abstractMember(m: ClassMember): ClassMember {
  if (m.k !== "method" || m.static) return m;
  const returns = m.body.some((s) => s.k === "return");
  return { ...m, ret: "any", body: m.kind === "get" && !returns ? [...m.body, { k: "return", value: lit("null") }] : m.body };
}

export function markAbstract(ctx: LowerContext, names: readonly string[]): Stmt {
  return exprStmt(call(member(ctx.helper("abc"), "abstractmethods"), [lit("this"), { k: "array", items: names.map((n) => str(n)) }]));
}

/** `abc.ABC` for `class X(metaclass=ABCMeta)` without bases; null when the class has no such metaclass. */
export function abcMetaclassBase(ctx: LowerContext, cls: A.ClassDef): Expr | null {
  const meta = cls.keywords.find((k) => k.arg === "metaclass");
  if (!meta || cls.bases.length > 0 || cls.keywords.length > 1) return null;
  const scope = ctx.scopes.scopes.get(cls)?.parent ?? ctx.scope;
  const named = importedBase(ctx.infer.bindings, scope, meta.value);
  if (!named || named.module !== "abc" || named.name !== "ABCMeta") return null;
  return member(ctx.helper("abc"), "ABC");
}
