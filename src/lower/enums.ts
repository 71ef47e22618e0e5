/**
 * Enum classes (`class Color(Enum)`, IntEnum, StrEnum, Flag, IntFlag). Python turns the class
 * body's assignments into members; here they become a static block that hands the names and
 * values to the runtime (src/runtime/enum.ts) once the class exists, with a `declare static`
 * per member so TypeScript knows `Color.RED` is a `Color`. Methods are lowered as in any class.
 * `@unique` runs after the class as it does in Python.
 *
 *     @unique                             class Color extends Enum {
 *     class Color(Enum):                      declare static RED: Color;
 *         RED = 1               →             declare static GREEN: Color;
 *                                             declare static [Symbol.iterator]: () => Iterator<Color>;
 *         GREEN = auto()                      static { enum_.members(this, [["RED", 1], ["GREEN", new auto()]]); } }
 *                                         unique(Color);
 */
import type * as A from "../ast/nodes.js";
import { enumMemberNames } from "../analysis/enums.js";
import { Diagnostics } from "../diagnostics/catalog.js";
import { call, type ClassMember, exprStmt, id, lit, member, type Stmt, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";
import { lowerMethod } from "./classes.js";

/** True when `name` is an enum class of the program. */
export function isEnumClass(ctx: LowerContext, name: string): boolean {
  return ctx.infer.enums.has(name);
}

export function lowerEnumClass(ctx: LowerContext, s: A.ClassDef): Stmt[] {
  const scope = ctx.scopes.scopes.get(s)!;
  if (s.keywords.length) ctx.report(Diagnostics.unsupported, { construct: "keywords in an enum class definition" }, s.keywords[0]!);
  if (s.bases.length > 1) ctx.report(Diagnostics.unsupported, { construct: "an enum with a mixin type" }, s.bases[1]!);
  const className = ctx.jsName(s.name);
  const members: ClassMember[] = [];
  const pairs: { name: string; value: A.Expr }[] = [];
  const before: Stmt[] = [];
  const savedClass = ctx.currentClass;
  ctx.currentClass = s.name;
  const memberNames = new Set(enumMemberNames(s));
  ctx.inScope(scope, () => {
    for (const stmt of s.body) {
      if (stmt.kind === "Pass" || (stmt.kind === "Expr" && stmt.value.kind === "Constant")) continue;
      if (stmt.kind === "Assign" && stmt.targets.length === 1 && stmt.targets[0]!.kind === "Name" && memberNames.has((stmt.targets[0] as A.Name).id)) {
        pairs.push({ name: (stmt.targets[0] as A.Name).id, value: stmt.value });
        continue;
      }
      if (stmt.kind === "FunctionDef" || stmt.kind === "AsyncFunctionDef") {
        if (stmt.name === "__init__" || stmt.name === "__new__" || stmt.name.startsWith("_generate_next_value_") || stmt.name === "_missing_") {
          ctx.report(Diagnostics.unsupported, { construct: `'${stmt.name}' in an enum class` }, stmt);
          continue;
        }
        members.push(...lowerMethod(ctx, s, stmt, () => undefined, before));
        continue;
      }
      ctx.report(Diagnostics.unsupported, { construct: "this statement in an enum class body" }, stmt);
    }
  });
  ctx.currentClass = savedClass;
  members.unshift(
    ...pairs.map((p): ClassMember => ({ k: "field", name: p.name, type: className, static: true, declare: true })),
    // iterating the class gives its members, typed as this class
    { k: "field", name: "[Symbol.iterator]", type: `() => Iterator<${className}>`, static: true, declare: true },
  );
  const defs = { k: "array" as const, items: pairs.map((p) => ({ k: "array" as const, items: [str(p.name), ctx.inScope(scope, () => lowerExpr(ctx, p.value))] })) };
  members.push({ k: "static-block", body: [exprStmt(call(member(ctx.helper("enum_"), "members"), [lit("this"), defs]))] });
  ctx.declared.add(s.name);
  const after: Stmt[] = [];
  for (const d of s.decorator_list) {
    if (isUnique(d)) after.push(exprStmt(call(lowerExpr(ctx, d), [id(className)])));
    else ctx.report(Diagnostics.unsupported, { construct: "this enum class decorator" }, d);
  }
  return [...before, { k: "class", name: className, base: lowerExpr(ctx, s.bases[0]!), members }, ...after];
}

function isUnique(d: A.Expr): boolean {
  return (d.kind === "Name" && d.id === "unique") || (d.kind === "Attribute" && d.attr === "unique");
}
