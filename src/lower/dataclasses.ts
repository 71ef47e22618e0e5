/**
 * `@dataclass`: the constructor, `__repr__` and `__eq__` CPython would generate, written out
 * as ordinary class members so the output reads (and type-checks) like hand-written code.
 *
 *     @dataclass                          constructor(name: string, qty: number = 1) { ... }
 *     class Item:                    →    __repr__(): string { return `Item(name=${repr(this.name)}, qty=${repr(this.qty)})`; }
 *         name: str; qty: int = 1         __eq__(other: unknown): boolean { ... }
 */
import type * as A from "../ast/nodes.js";
import { tsType } from "../analysis/pytypes.js";
import { bin, call, type ClassMember, type Expr, exprStmt, id, lit, member, type Stmt, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { dataclassFields } from "./dataclass-fields.js";
import { lowerExpr } from "./expressions.js";

const FACTORIES: Record<string, (ctx: LowerContext) => Expr> = {
  list: () => ({ k: "array", items: [] }),
  dict: (ctx) => ({ k: "new", callee: ctx.helper("PyDict"), args: [] }),
  set: (ctx) => ({ k: "new", callee: ctx.helper("PySet"), args: [] }),
};

export function lowerDataclassMembers(ctx: LowerContext, cls: string, declareField: (name: string) => void): ClassMember[] {
  const fields = dataclassFields(ctx, cls);
  const facts = ctx.infer.classes.get(cls)!;
  const ownNames = new Set(facts.node.body.filter((s): s is A.AnnAssign => s.kind === "AnnAssign" && s.target.kind === "Name").map((s) => (s.target as A.Name).id));
  for (const f of fields) if (ownNames.has(f.name)) declareField(f.name);
  const members: ClassMember[] = [];
  const hasOwn = (name: string): boolean => facts.node.body.some((s) => s.kind === "FunctionDef" && s.name === name);
  if (!hasOwn("__init__")) {
    const params = fields.map((f) => {
      const type = tsType(ctx.infer.classAttribute(cls, f.name));
      let init: Expr | undefined;
      if (f.factory) init = f.factory.kind === "Name" && FACTORIES[f.factory.id] ? FACTORIES[f.factory.id]!(ctx) : call(lowerExpr(ctx, f.factory), []);
      else if (f.default) init = lowerExpr(ctx, f.default);
      return { name: f.name, type, ...(init ? { init } : {}) };
    });
    const body: Stmt[] = [];
    if (facts.base) body.push(exprStmt(call(lit("super"), [])));
    for (const f of fields) body.push(exprStmt({ k: "assign", op: "=", target: member(lit("this"), f.name), value: id(f.name) }));
    if (facts.node.body.some((s) => s.kind === "FunctionDef" && s.name === "__post_init__")) body.push(exprStmt(call(member(lit("this"), "__post_init__"), [])));
    members.push({ k: "ctor", params, body });
  }
  if (!hasOwn("__repr__")) {
    const quasis: string[] = [`${cls}(`];
    const exprs: Expr[] = [];
    fields.forEach((f, i) => {
      quasis[quasis.length - 1] += `${i ? ", " : ""}${f.name}=`;
      exprs.push(call(ctx.helper("repr"), [member(lit("this"), f.name)]));
      quasis.push("");
    });
    quasis[quasis.length - 1] += ")";
    members.push({ k: "method", name: "__repr__", params: [], ret: "string", body: [{ k: "return", value: { k: "template", quasis, exprs } }] });
  }
  if (!hasOwn("__eq__")) {
    const other = id("other");
    const mine: Expr = { k: "call", callee: ctx.helper("tuple"), typeArgs: ["unknown"], args: fields.map((f) => member(lit("this"), f.name)) };
    const theirs: Expr = { k: "call", callee: ctx.helper("tuple"), typeArgs: ["unknown"], args: fields.map((f) => member(other, f.name)) };
    members.push({
      k: "method",
      name: "__eq__",
      params: [{ name: "other", type: "any" }],
      ret: "boolean | typeof NotImplemented",
      body: [
        { k: "if", test: { k: "unary", op: "!", operand: bin("instanceof", other, id(cls)) }, then: [{ k: "return", value: ctx.helper("NotImplemented") }] },
        { k: "return", value: call(ctx.helper("eq"), [mine, theirs]) },
      ],
    });
  }
  void str;
  return members;
}
