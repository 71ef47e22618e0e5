/**
 * Classes. `__init__` becomes the constructor, other methods keep their (dunder) names so the
 * runtime's protocols find them, `@staticmethod` / `@classmethod` become static methods (`cls`
 * is `this`), `@property` a getter. Class data attributes live on the prototype, where Python's
 * attribute lookup (instance, then class, then bases) finds them and an instance assignment
 * shadows them. `@dataclass` generates the constructor, `__repr__` and `__eq__`.
 *
 *     class Shape:                    class Shape {
 *         sides = 0                       declare sides: number;
 *         def area(self):        →        static { this.prototype.sides = 0; }
 *             return 0.0                  area(): number { return 0.0; } }
 */
import type * as A from "../ast/nodes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { call, type ClassMember, type Expr, exprStmt, id, lit, member, type Stmt, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { lowerDataclass } from "./dataclasses.js";
import { lowerExpr } from "./expressions.js";
import { lowerFunctionBody } from "./functions.js";
import { returnAnnotation } from "./functions-def.js";
import { generatorMethod } from "./generators.js";
import { mentions } from "../analysis/walk.js";
import { coroutineMethodBody } from "./coroutines.js";
import { qualifiedName } from "./generators.js";
import { isEnumClass, lowerEnumClass } from "./enums.js";
import { abcMetaclassBase, abstractMember, abstractMethodNames, isAbstractDecorator, markAbstract } from "./abstract-classes.js";
import { selfStores } from "../analysis/attributes.js";
import { classDecoratorCalls } from "./class-decorators.js";
import { builtinValueBase, isTypedDictClass, realBases } from "../analysis/class-bases.js";
import { onlyCalled } from "./typing-names.js";
import { superBeforeThis } from "./constructor-super.js";
import { isClassVar } from "./dataclass-fields.js";
import { resolveScope } from "../analysis/scopes.js";
import { methodQualname } from "./function-attributes.js";

/** True when `attr` is assigned in the body of `cls` (or a base) as data, not a method. */
export function isClassDataAttribute(ctx: LowerContext, cls: string, attr: string): boolean {
  // an enum's members are static properties of its class (enums.ts)
  if (isEnumClass(ctx, cls)) return false;
  for (let c: string | null = cls, depth = 0; c && depth < 50; depth++) {
    const facts = ctx.infer.classes.get(c);
    if (!facts) return false;
    const dataclass = facts.isDataclass;
    if (facts.node.body.some((s) =>
      (!dataclass && s.kind === "Assign" && s.targets.some((t) => t.kind === "Name" && t.id === attr)) ||
      (s.kind === "AnnAssign" && s.target.kind === "Name" && s.target.id === attr && s.value !== null && (!dataclass || isClassVar(s))))) return true;
    c = facts.base;
  }
  return false;
}

function decoratorName(d: A.Expr): string | null {
  if (d.kind === "Name") return d.id;
  if (d.kind === "Attribute") return d.attr;
  return null;
}

export function lowerClass(ctx: LowerContext, s: A.ClassDef): Stmt[] {
  if (isEnumClass(ctx, s.name)) return lowerEnumClass(ctx, s);
  if (s.bases.some((b) => (b.kind === "Name" && b.id === "NamedTuple") || (b.kind === "Attribute" && b.attr === "NamedTuple"))) {
    ctx.report(Diagnostics.unsupported, { construct: "a class-syntax NamedTuple (use collections.namedtuple)" }, s);
    return [];
  }
  if (isTypedDictClass(s)) {
    // only annotations and calls (which build a dict, calls.ts) may name it
    if (!onlyCalled(ctx.scopes.module.node, s.name)) ctx.report(Diagnostics.unsupported, { construct: "a TypedDict class used as a value" }, s);
    return [];
  }
  const scope = ctx.scopes.scopes.get(s)!;
  const facts = ctx.infer.classes.get(s.name)!;
  const abcBase = abcMetaclassBase(ctx, s);
  if (!abcBase && s.keywords.some((k) => k.arg === "metaclass")) ctx.report(Diagnostics.metaclass, {}, s);
  const bases = realBases(s);
  if (bases.length > 1) ctx.report(Diagnostics.unsupported, { construct: "multiple inheritance" }, bases[1]!);
  const builtinBase = bases[0] ? builtinValueBase(bases[0], (name) => ctx.infer.classes.has(name)) : null;
  if (builtinBase) {
    // py2ts's dicts, lists, strs and ints are native values with no class to extend faithfully
    ctx.report(Diagnostics.unsupported, { construct: `a class extending the built-in type '${builtinBase}'` }, bases[0]!);
    return [];
  }
  const members: ClassMember[] = [];
  const savedClass = ctx.currentClass;
  ctx.currentClass = s.name;
  const staticInit: Stmt[] = [];
  const before: Stmt[] = [];
  const declared = new Set<string>();
  const declareField = (name: string): void => {
    if (declared.has(name)) return;
    declared.add(name);
    members.push({ k: "field", name, type: ctx.annotationType(ctx.infer.classAttribute(s.name, name)), declare: true });
  };
  const after: Stmt[] = [];
  // a class defined in a function: `outer.<locals>.L` in its repr and its instances' reprs
  const qualname = qualifiedName(ctx.scope, s.name);
  if (qualname !== s.name) staticInit.push(exprStmt(call(ctx.helper("functionAttributes"), [lit("this"), { k: "object", props: [{ key: "__qualname__", value: str(qualname) }] }])));
  ctx.inScope(scope, () => {
    if (facts.isDataclass) {
      const lowered = lowerDataclass(ctx, s.name, declareField);
      members.push(...lowered.members);
      after.push(...lowered.after);
    }
    for (const stmt of s.body) {
      if (stmt.kind === "Expr" && stmt.value.kind === "Constant") continue;
      if (stmt.kind === "Pass") continue;
      if (stmt.kind === "AnnAssign" && facts.isDataclass && !isClassVar(stmt)) continue;
      if (stmt.kind === "Assign" && stmt.targets.length === 1 && stmt.targets[0]!.kind === "Name") {
        const name = (stmt.targets[0] as A.Name).id;
        declareField(name);
        staticInit.push(exprStmt({ k: "assign", op: "=", target: member(member(lit("this"), "prototype"), name), value: lowerExpr(ctx, stmt.value) }));
        continue;
      }
      if (stmt.kind === "AnnAssign" && stmt.target.kind === "Name") {
        declareField(stmt.target.id);
        if (stmt.value) staticInit.push(exprStmt({ k: "assign", op: "=", target: member(member(lit("this"), "prototype"), stmt.target.id), value: lowerExpr(ctx, stmt.value) }));
        continue;
      }
      if (stmt.kind === "FunctionDef" || stmt.kind === "AsyncFunctionDef") {
        // TypeScript may pass an awaitable object where a PromiseLike is expected (gather, wait_for);
        // at run time it has no `then`, and the runtime drives its `__await__` (legacy.ts awaitable)
        if (stmt.name === "__await__") members.push({ k: "field", name: "then", type: `PromiseLike<any>["then"]`, declare: true });
        const lowered = lowerMethod(ctx, s, stmt, declareField, before);
        members.push(...(stmt.decorator_list.some(isAbstractDecorator) ? lowered.map(abstractMember) : lowered));
        const named = lowered.some((m) => m.k === "method" && m.static === true) ? methodQualname(ctx, ctx.scopes.scopes.get(s)!, stmt.name) : null;
        if (named) staticInit.push(named);
        continue;
      }
      ctx.report(Diagnostics.unsupported, { construct: `'${stmt.kind}' in a class body` }, stmt);
    }
  });
  ctx.currentClass = savedClass;
  const abstract = abstractMethodNames(s);
  if (abstract.length) staticInit.push(markAbstract(ctx, abstract));
  if (staticInit.length) members.push({ k: "static-block", body: staticInit });
  const base = bases[0] ? lowerExpr(ctx, bases[0]) : abcBase ?? undefined;
  ctx.declared.add(s.name);
  return [...before, { k: "class", name: ctx.jsName(s.name), ...(base ? { base } : {}), members }, ...after, ...classDecoratorCalls(ctx, s)];
}

export function lowerMethod(ctx: LowerContext, cls: A.ClassDef, def: A.FunctionDef | A.AsyncFunctionDef, declareField: (name: string) => void, before: Stmt[]): ClassMember[] {
  if (def.name === "__getattr__" || def.name === "__getattribute__" || def.name === "__setattr__") {
    ctx.report(Diagnostics.dynamicAttribute, { name: def.name }, def);
    return [];
  }
  const decorators = def.decorator_list.map(decoratorName);
  const isStatic = decorators.includes("staticmethod");
  const isClassMethod = decorators.includes("classmethod");
  const isProperty = decorators.includes("property");
  const isSetter = decorators.includes("setter");
  const scope = ctx.scopes.scopes.get(def)!;
  const selfName = isStatic ? null : [...def.args.posonlyargs, ...def.args.args][0]?.arg ?? null;
  const needsSelfConst = selfName !== null && def.body.some((b) => containsNestedFunction(b, selfName));
  const savedAlias = ctx.thisAlias;
  ctx.thisAlias = selfName && !needsSelfConst ? { name: selfName, scope } : null;
  const fn = lowerFunctionBody(ctx, def, { skip: isStatic ? 0 : 1, name: def.name });
  ctx.thisAlias = savedAlias;
  if (needsSelfConst) fn.body.unshift({ k: "var", kind: "const", target: id(selfName!), init: lit("this") });
  before.push(...fn.before);
  if (!isStatic && selfName) selfStores(def).forEach(declareField);
  const isGenerator = scope.isGenerator;
  const ret = isGenerator || def.kind === "AsyncFunctionDef" || def.name === "__init__" || isSetter ? undefined : returnAnnotation(ctx, def, fn.body);
  if (def.name === "__init__" && isGenerator) {
    // calling a generator __init__ makes a generator object, which Python rejects at once
    const error: Stmt = { k: "throw", value: { k: "new", callee: ctx.helper("TypeError"), args: [{ k: "str", value: "__init__() should return None, not 'generator'" }] } };
    return [{ k: "ctor", params: fn.params, body: superBeforeThis(ctx, cls, def, [error]) }];
  }
  if (def.name === "__init__") return [{ k: "ctor", params: fn.params, body: superBeforeThis(ctx, cls, def, fn.body) }];
  const unknownDecorators = def.decorator_list.filter((d) => !["staticmethod", "classmethod", "property", "setter", "abstractmethod"].includes(decoratorName(d) ?? ""));
  if (unknownDecorators.length) ctx.report(Diagnostics.unsupported, { construct: "this method decorator" }, unknownDecorators[0]!);
  const isCoroutine = def.kind === "AsyncFunctionDef";
  const body = isCoroutine ? coroutineMethodBody(ctx, def, fn.body, { generator: isGenerator, className: cls.name, qualname: qualifiedName(ctx.scopes.scopes.get(cls)!, def.name) }) : fn.body;
  const lowered: ClassMember & { k: "method" } = {
    k: "method",
    name: def.name,
    params: fn.params,
    body,
    ...(ret && !isProperty ? { ret } : {}),
    ...(isStatic || isClassMethod ? { static: true } : {}),
    ...(isProperty ? { kind: "get" as const } : isSetter ? { kind: "set" as const } : {}),
    ...(isGenerator && !isCoroutine ? { generator: true } : {}),
  };
  return isGenerator && !isCoroutine ? generatorMethod(ctx, cls, def, lowered) : [lowered];
}

function containsNestedFunction(s: A.Node, selfName: string): boolean {
  let found = false;
  const visit = (n: A.Node): void => {
    if (found) return;
    if ((n.kind === "FunctionDef" || n.kind === "GeneratorExp") && mentions([n], selfName)) { found = true; return; }
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) v.forEach((x) => typeof x === "object" && x && "kind" in x && visit(x as A.Node));
      else if (typeof v === "object" && v && "kind" in v) visit(v as A.Node);
    }
  };
  visit(s);
  return found;
}

export { id };
export type { Expr };
