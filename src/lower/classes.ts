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
import { tsType } from "../analysis/pytypes.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { call, type ClassMember, type Expr, exprStmt, id, lit, member, type Stmt } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { lowerDataclassMembers } from "./dataclasses.js";
import { lowerExpr } from "./expressions.js";
import { lowerFunctionBody } from "./functions.js";
import { returnAnnotation } from "./functions-def.js";
import { generatorMethod } from "./generators.js";
import { mentions } from "../analysis/walk.js";
import { resolveScope } from "../analysis/scopes.js";

/** True when `attr` is assigned in the body of `cls` (or a base) as data, not a method. */
export function isClassDataAttribute(ctx: LowerContext, cls: string, attr: string): boolean {
  for (let c: string | null = cls, depth = 0; c && depth < 50; depth++) {
    const facts = ctx.infer.classes.get(c);
    if (!facts) return false;
    if (facts.isDataclass) { c = facts.base; continue; }
    if (facts.node.body.some((s) => s.kind === "Assign" && s.targets.some((t) => t.kind === "Name" && t.id === attr))) return true;
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
  const scope = ctx.scopes.scopes.get(s)!;
  const facts = ctx.infer.classes.get(s.name)!;
  if (s.keywords.some((k) => k.arg === "metaclass")) ctx.report(Diagnostics.metaclass, {}, s);
  if (s.bases.length > 1) ctx.report(Diagnostics.unsupported, { construct: "multiple inheritance" }, s.bases[1]!);
  const members: ClassMember[] = [];
  const savedClass = ctx.currentClass;
  ctx.currentClass = s.name;
  const staticInit: Stmt[] = [];
  const before: Stmt[] = [];
  const declared = new Set<string>();
  const declareField = (name: string): void => {
    if (declared.has(name)) return;
    declared.add(name);
    members.push({ k: "field", name, type: tsType(ctx.infer.classAttribute(s.name, name)), declare: true });
  };
  ctx.inScope(scope, () => {
    if (facts.isDataclass) members.push(...lowerDataclassMembers(ctx, s.name, declareField));
    for (const stmt of s.body) {
      if (stmt.kind === "Expr" && stmt.value.kind === "Constant") continue;
      if (stmt.kind === "Pass") continue;
      if (stmt.kind === "AnnAssign" && facts.isDataclass) continue;
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
        members.push(...lowerMethod(ctx, s, stmt, declareField, before));
        continue;
      }
      ctx.report(Diagnostics.unsupported, { construct: `'${stmt.kind}' in a class body` }, stmt);
    }
  });
  ctx.currentClass = savedClass;
  if (staticInit.length) members.push({ k: "static-block", body: staticInit });
  // `class C(object)` is `class C`
  const explicitBase = s.bases[0] && !(s.bases[0].kind === "Name" && s.bases[0].id === "object" && !resolveScope(ctx.scope, "object")) ? s.bases[0] : undefined;
  const base = explicitBase ? lowerExpr(ctx, explicitBase) : undefined;
  ctx.declared.add(s.name);
  return [...before, { k: "class", name: ctx.jsName(s.name), ...(base ? { base } : {}), members }];
}

function lowerMethod(ctx: LowerContext, cls: A.ClassDef, def: A.FunctionDef | A.AsyncFunctionDef, declareField: (name: string) => void, before: Stmt[]): ClassMember[] {
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
  if (!isStatic && selfName) collectSelfFields(def, selfName).forEach(declareField);
  const isGenerator = scope.isGenerator;
  const ret = isGenerator || def.kind === "AsyncFunctionDef" || def.name === "__init__" || isSetter ? undefined : returnAnnotation(ctx, def, fn.body);
  if (def.name === "__init__" && isGenerator) {
    // calling a generator __init__ makes a generator object, which Python rejects at once
    const error: Stmt = { k: "throw", value: { k: "new", callee: ctx.helper("TypeError"), args: [{ k: "str", value: "__init__() should return None, not 'generator'" }] } };
    return [{ k: "ctor", params: fn.params, body: ensureSuper(cls, [error]) }];
  }
  if (def.name === "__init__") return [{ k: "ctor", params: fn.params, body: ensureSuper(cls, fn.body) }];
  const unknownDecorators = def.decorator_list.filter((d) => !["staticmethod", "classmethod", "property", "setter"].includes(decoratorName(d) ?? ""));
  if (unknownDecorators.length) ctx.report(Diagnostics.unsupported, { construct: "this method decorator" }, unknownDecorators[0]!);
  const lowered: ClassMember & { k: "method" } = {
    k: "method",
    name: def.name,
    params: fn.params,
    body: fn.body,
    ...(ret && !isProperty ? { ret } : {}),
    ...(isStatic || isClassMethod ? { static: true } : {}),
    ...(isProperty ? { kind: "get" as const } : isSetter ? { kind: "set" as const } : {}),
    ...(isGenerator ? { generator: true } : {}),
    ...(def.kind === "AsyncFunctionDef" ? { async: true } : {}),
  };
  return isGenerator && def.kind === "FunctionDef" ? generatorMethod(ctx, cls, def, lowered) : [lowered];
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

function collectSelfFields(def: A.FunctionDef | A.AsyncFunctionDef, selfName: string): string[] {
  const out: string[] = [];
  const visit = (n: A.Node): void => {
    if (n.kind === "Attribute" && n.ctx === "Store" && n.value.kind === "Name" && n.value.id === selfName) out.push(n.attr);
    for (const v of Object.values(n)) {
      if (Array.isArray(v)) v.forEach((x) => typeof x === "object" && x && "kind" in x && visit(x as A.Node));
      else if (typeof v === "object" && v && "kind" in v && (v as A.Node).kind !== "FunctionDef") visit(v as A.Node);
    }
  };
  def.body.forEach(visit);
  return out;
}

/** A derived JS class must call `super()`; Python's `__init__` may skip the base's. */
function ensureSuper(cls: A.ClassDef, body: Stmt[]): Stmt[] {
  if (cls.bases.length === 0) return body;
  const callsSuper = JSON.stringify(body).includes('"callee":{"k":"lit","text":"super"}');
  return callsSuper ? body : [exprStmt(call(lit("super"), [])), ...body];
}

export { id };
export type { Expr };
