/**
 * `@dataclass`: the constructor, `__repr__` and `__eq__` CPython would generate, written out as
 * ordinary class members so the output reads (and type-checks) like hand-written code. What
 * reads worse written out — ordering methods, hashing, frozen fields, the metadata behind
 * `fields()` / `asdict()` / `replace()` — comes from registering the class with the runtime's
 * `dataclass(...)` (it defines only what the class does not already have).
 *
 *     @dataclass(order=True)                constructor(name: string, qty: number = 1) { ... }
 *     class Item:                     →     __repr__(): string { return `Item(name=${repr(this.name)}, qty=${repr(this.qty)})`; }
 *         name: str; qty: int = 1           __eq__(other: any) { ... }
 *                                         dataclass(Item, [{ name: "name" }, { name: "qty", default: 1 }], { order: true });
 */
import type * as A from "../ast/nodes.js";
import { isDataclassDecorator } from "../analysis/infer.js";
import { bin, call, type ClassMember, type Expr, exprStmt, id, lit, member, type Stmt, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { dataclassFields, type DataclassField } from "./dataclass-fields.js";
import { lowerExpr } from "./expressions.js";
import { Diagnostics } from "../diagnostics/catalog.js";

const FACTORIES: Record<string, (ctx: LowerContext) => Expr> = {
  list: () => ({ k: "array", items: [] }),
  dict: (ctx) => ({ k: "new", callee: ctx.helper("PyDict"), args: [] }),
  set: (ctx) => ({ k: "new", callee: ctx.helper("PySet"), args: [] }),
};

/** The keyword options of `@dataclass(...)` that py2ts honours. */
const OPTIONS = new Set(["init", "repr", "eq", "order", "frozen", "unsafe_hash"]);
/** Runtime helpers that read the registered metadata. */
const METADATA_READERS = new Set(["fields", "asdict", "astuple", "replace", "is_dataclass"]);

export interface LoweredDataclass {
  readonly members: ClassMember[];
  /** statements after the class (the runtime registration, when needed) */
  readonly after: Stmt[];
}

export function lowerDataclass(ctx: LowerContext, cls: string, declareField: (name: string) => void): LoweredDataclass {
  const fields = dataclassFields(ctx, cls);
  const facts = ctx.infer.classes.get(cls)!;
  const options = dataclassOptions(ctx, facts.node);
  const ownNames = new Set(facts.node.body.filter((s): s is A.AnnAssign => s.kind === "AnnAssign" && s.target.kind === "Name").map((s) => (s.target as A.Name).id));
  for (const f of fields) if (ownNames.has(f.name)) declareField(f.name);
  const members: ClassMember[] = [];
  const hasOwn = (name: string): boolean => facts.node.body.some((s) => s.kind === "FunctionDef" && s.name === name);
  const flag = (name: string, fallback: boolean): boolean => options.get(name) ?? fallback;
  if (flag("init", true) && !hasOwn("__init__")) members.push(constructorOf(ctx, cls, fields, { frozen: flag("frozen", false), callsSuper: facts.base !== null }));
  if (flag("repr", true) && !hasOwn("__repr__")) members.push(reprOf(ctx, cls, fields.filter((f) => f.repr)));
  if (flag("eq", true) && !hasOwn("__eq__")) members.push(eqOf(ctx, cls, fields.filter((f) => f.compare)));
  const register = options.size > 0 || fields.some((f) => f.options.length > 0) || ctx.usesDataclassMetadata;
  return { members, after: register ? [registration(ctx, cls, fields, options)] : [] };
}

function dataclassOptions(ctx: LowerContext, node: A.ClassDef): Map<string, boolean> {
  const options = new Map<string, boolean>();
  for (const d of node.decorator_list) {
    if (d.kind !== "Call" || !isDataclassDecorator(d)) continue;
    for (const k of d.keywords) {
      const value = k.value.kind === "Constant" && k.value.value.type === "bool" ? k.value.value.value : null;
      if (k.arg === null || !OPTIONS.has(k.arg) || value === null) ctx.report(Diagnostics.unsupported, { construct: `the dataclass option '${k.arg ?? "**"}'` }, k);
      else options.set(k.arg, value);
    }
  }
  return options;
}

function constructorOf(ctx: LowerContext, cls: string, fields: readonly DataclassField[], options: { frozen: boolean; callsSuper: boolean }): ClassMember {
  const initial = (f: DataclassField): Expr | undefined => {
    if (f.factory) return f.factory.kind === "Name" && FACTORIES[f.factory.id] ? FACTORIES[f.factory.id]!(ctx) : call(ctx.helper("invoke"), [lowerExpr(ctx, f.factory)]);
    return f.default ? lowerExpr(ctx, f.default) : undefined;
  };
  const params = fields.filter((f) => f.init).map((f) => {
    const init = initial(f);
    return { name: f.name, type: ctx.annotationType(ctx.infer.classAttribute(cls, f.name)), ...(init ? { init } : {}) };
  });
  const body: Stmt[] = [];
  if (options.callsSuper) body.push(exprStmt(call(lit("super"), [])));
  for (const f of fields) {
    const value = f.init ? id(f.name) : initial(f);
    if (value) body.push(exprStmt({ k: "assign", op: "=", target: member(lit("this"), f.name), value }));
  }
  const facts = ctx.infer.classes.get(cls)!;
  if (facts.node.body.some((s) => s.kind === "FunctionDef" && s.name === "__post_init__")) body.push(exprStmt(call(member(lit("this"), "__post_init__"), [])));
  if (options.frozen) body.push(exprStmt(call(ctx.helper("freezeInstance"), [lit("this"), id(cls)])));
  return { k: "ctor", params, body };
}

function reprOf(ctx: LowerContext, cls: string, fields: readonly DataclassField[]): ClassMember {
  const quasis: string[] = [`${cls}(`];
  const exprs: Expr[] = [];
  fields.forEach((f, i) => {
    quasis[quasis.length - 1] += `${i ? ", " : ""}${f.name}=`;
    exprs.push(call(ctx.helper("repr"), [member(lit("this"), f.name)]));
    quasis.push("");
  });
  quasis[quasis.length - 1] += ")";
  return { k: "method", name: "__repr__", params: [], ret: "string", body: [{ k: "return", value: { k: "template", quasis, exprs } }] };
}

function eqOf(ctx: LowerContext, cls: string, fields: readonly DataclassField[]): ClassMember {
  const other = id("other");
  const mine: Expr = { k: "call", callee: ctx.helper("tuple"), typeArgs: ["unknown"], args: fields.map((f) => member(lit("this"), f.name)) };
  const theirs: Expr = { k: "call", callee: ctx.helper("tuple"), typeArgs: ["unknown"], args: fields.map((f) => member(other, f.name)) };
  return {
    k: "method",
    name: "__eq__",
    params: [{ name: "other", type: "any" }],
    ret: "boolean | typeof NotImplemented",
    body: [
      { k: "if", test: { k: "unary", op: "!", operand: bin("instanceof", other, id(cls)) }, then: [{ k: "return", value: ctx.helper("NotImplemented") }] },
      { k: "return", value: call(ctx.helper("eq"), [mine, theirs]) },
    ],
  };
}

/** `dataclass(Cls, [{ name, default }], { order: true })`: metadata, ordering, hashing, frozen fields. */
function registration(ctx: LowerContext, cls: string, fields: readonly DataclassField[], options: ReadonlyMap<string, boolean>): Stmt {
  const own = new Set(ctx.infer.classes.get(cls)!.node.body.filter((s): s is A.AnnAssign => s.kind === "AnnAssign" && s.target.kind === "Name").map((s) => (s.target as A.Name).id));
  const inputs: Expr = {
    k: "array",
    items: fields.filter((f) => own.has(f.name)).map((f) => {
      const props: { key: string; value: Expr }[] = [{ key: "name", value: str(f.name) }];
      if (f.options.length > 0 || f.factory) {
        const named = [...f.options.map((o) => ({ key: o.key, value: lowerExpr(ctx, o.value) })), ...(f.default ? [{ key: "default", value: lowerExpr(ctx, f.default) }] : []), ...(f.factory ? [{ key: "default_factory", value: lowerExpr(ctx, f.factory) }] : [])];
        props.push({ key: "default", value: call(ctx.helper("field"), [call(ctx.helper("kw"), [{ k: "object", props: named }])]) });
      } else if (f.default) props.push({ key: "default", value: lowerExpr(ctx, f.default) });
      return { k: "object", props };
    }),
  };
  const opts: Expr = { k: "object", props: [...options].map(([key, value]) => ({ key, value: lit(value ? "true" : "false") })) };
  return exprStmt(call(ctx.helper("dataclass"), [id(cls), inputs, opts]));
}

export { METADATA_READERS };
