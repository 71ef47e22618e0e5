/**
 * The CST→AST builder: turns the CstParser's nodes into CPython-shaped AST nodes with CPython's
 * positions. Checks that CPython's PEG grammar makes while parsing (targets, argument order,
 * parameter order, ...) happen here, raising CPython's messages through BuildContext.fail.
 *
 * The grammar inlines rule bodies into their callers to make fewer CST nodes (see
 * grammar/parser.ts), so a builder method reads a children object by the keys that the inlined
 * body fills: a `statement` node holds either a compound statement's node or, inlined, a line of
 * simple statements whose first one is inlined too. This file reads statement lines and simple
 * statements; compound.ts the compound statements, expressions.ts the expressions.
 *
 * A builder is made per parse and holds that parse's BuildContext.
 */
import type * as C from "../../../grammar/cst.js";
import type * as A from "../../ast/nodes.js";
import { CompoundStatements } from "./compound.js";
import type { ExpressionParser } from "./constants.js";
import { type BuildContext, identifier, sequenceEnd, span, tokenEnd, tokenSpan } from "./context.js";
import { ExpressionBuilder } from "./expressions.js";
import { AUGMENTED_OPERATOR } from "./operators.js";
import { exprName, toTarget } from "./targets.js";

type Stmt = A.Stmt;
type Expr = A.Expr;

/** The children of a node holding simple statements: `statement` (inlined), simple_stmts or simple_stmt. */
type SimpleStatementChildren = C.Simple_stmtCstChildren;
type SimpleStatementsChildren = C.Simple_stmtsCstChildren;

export class AstBuilder {
  readonly x: ExpressionBuilder;
  private readonly compound: CompoundStatements;

  constructor(
    private readonly b: BuildContext,
    parseExpression: ExpressionParser,
  ) {
    this.x = new ExpressionBuilder(b, parseExpression);
    this.compound = new CompoundStatements(b, this.x, this);
  }

  /** One statement line (`a; b` gives two statements). */
  statement(ctx: C.StatementCstChildren): Stmt[] {
    const out: Stmt[] = [];
    this.statementInto(ctx, out);
    return out;
  }

  /** For f-string fields: the text was wrapped in parentheses and parsed by the `fstring` rule. */
  fstring(ctx: C.FstringCstChildren): Expr {
    return this.x.star_expressions(ctx.star_expressions[0]!.children);
  }

  /** block: NEWLINE INDENT statement+ DEDENT | simple_stmts */
  block(ctx: C.BlockCstChildren): Stmt[] {
    const body: Stmt[] = [];
    if (ctx.simple_stmts !== undefined) this.simpleStatementsInto(ctx.simple_stmts[0]!.children, body);
    else for (const s of ctx.statement!) this.statementInto(s.children, body);
    return body;
  }

  private statementInto(ctx: C.StatementCstChildren, out: Stmt[]): void {
    // Only a line of simple statements ends with its own NEWLINE: a compound statement is a node.
    if (ctx.NEWLINE !== undefined) this.simpleStatementsInto(ctx as SimpleStatementsChildren, out);
    else out.push(this.compound.statement(ctx));
  }

  private simpleStatementsInto(ctx: SimpleStatementsChildren, out: Stmt[]): void {
    let last = this.simpleStatement(ctx);
    out.push(last);
    const more = ctx.simple_stmt;
    if (more !== undefined) {
      for (let i = 0; i < more.length; i++) {
        last = this.simpleStatement(more[i]!.children);
        out.push(last);
      }
    }
    const semicolons = ctx.SEMI;
    if (semicolons !== undefined && semicolons.length > (more === undefined ? 0 : more.length)) {
      this.b.semicolonEnds.set(last, tokenEnd(semicolons[semicolons.length - 1]!));
    }
  }

  private simpleStatement(ctx: SimpleStatementChildren): Stmt {
    if (ctx.annotated_rhs !== undefined) return this.expressionStatement(ctx);
    if (ctx.KW_pass !== undefined) return { kind: "Pass", span: tokenSpan(ctx.KW_pass[0]!) };
    if (ctx.return_stmt !== undefined) return this.returnStatement(ctx.return_stmt[0]!.children);
    if (ctx.import_from !== undefined) return this.importFrom(ctx.import_from[0]!.children);
    if (ctx.import_name !== undefined) return this.importName(ctx.import_name[0]!.children);
    if (ctx.raise_stmt !== undefined) return this.raiseStatement(ctx.raise_stmt[0]!.children);
    if (ctx.del_stmt !== undefined) return this.deleteStatement(ctx.del_stmt[0]!.children);
    if (ctx.assert_stmt !== undefined) return this.assertStatement(ctx.assert_stmt[0]!.children);
    if (ctx.KW_break !== undefined) return { kind: "Break", span: tokenSpan(ctx.KW_break[0]!) };
    if (ctx.KW_continue !== undefined) return { kind: "Continue", span: tokenSpan(ctx.KW_continue[0]!) };
    if (ctx.global_stmt !== undefined) {
      const names = ctx.global_stmt[0]!.children.NAME;
      return { kind: "Global", names: names.map(identifier), span: span(ctx.global_stmt[0]!.children.KW_global[0]!.startOffset, tokenEnd(names[names.length - 1]!)) };
    }
    const names = ctx.nonlocal_stmt![0]!.children.NAME;
    return { kind: "Nonlocal", names: names.map(identifier), span: span(ctx.nonlocal_stmt![0]!.children.KW_nonlocal[0]!.startOffset, tokenEnd(names[names.length - 1]!)) };
  }

  /** An assignment, augmented or annotated assignment, or expression statement (see expressionStatement in the grammar). */
  private expressionStatement(ctx: SimpleStatementChildren): Stmt {
    const b = this.b;
    const nodes = ctx.annotated_rhs!;
    const parts: Expr[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      parts.push(node.name === "star_expressions" ? this.x.star_expressions(node.children) : this.x.yield_expr(node.children));
    }
    const first = parts[0]!;
    if (parts.length === 1 && ctx.annotation === undefined) return { kind: "Expr", value: first, span: b.ext(first) };
    const start = b.start(first);
    if (ctx.annotation !== undefined) {
      const annotation = this.x.expression(ctx.annotation[0]!.children);
      const value = parts.length > 1 ? parts[1]! : null;
      let simple = 0;
      if (first.kind === "Name") simple = b.extents.has(first) ? 0 : 1;
      else if (first.kind === "Tuple" || first.kind === "List") b.fail(`only single target (not ${first.kind === "Tuple" ? "tuple" : "list"}) can be annotated`, b.ext(first));
      else if (first.kind !== "Attribute" && first.kind !== "Subscript") b.fail("illegal target for annotation", b.ext(first));
      const target = toTarget(b, first, "Store");
      const end = b.end(value ?? annotation);
      return { kind: "AnnAssign", target, annotation, value, simple, span: span(start, end) };
    }
    if (ctx.augassign !== undefined) {
      const value = parts[1]!;
      if (first.kind !== "Name" && first.kind !== "Attribute" && first.kind !== "Subscript") {
        b.fail(`'${exprName(first)}' is an illegal expression for augmented assignment`, b.ext(first));
      }
      const op = AUGMENTED_OPERATOR[ctx.augassign[0]!.children.op![0]!.tokenType.name]!;
      return { kind: "AugAssign", target: toTarget(b, first, "Store"), op, value, span: span(start, b.end(value)) };
    }
    const targets: Expr[] = [];
    for (let i = 0; i < parts.length - 1; i++) {
      const target = parts[i]!;
      if (target.kind === "Yield" || target.kind === "YieldFrom") b.fail("assignment to yield expression not possible", b.ext(target));
      targets.push(toTarget(b, target, "Store", { hint: parts.length === 2 }));
    }
    const value = parts[parts.length - 1]!;
    return { kind: "Assign", targets, value, type_comment: null, span: span(start, b.end(value)) };
  }

  private returnStatement(ctx: C.Return_stmtCstChildren): Stmt {
    const keyword = ctx.KW_return[0]!;
    const value = ctx.star_expressions ? this.x.star_expressions(ctx.star_expressions[0]!.children) : null;
    return { kind: "Return", value, span: span(keyword.startOffset, value ? this.b.end(value) : tokenEnd(keyword)) };
  }

  private raiseStatement(ctx: C.Raise_stmtCstChildren): Stmt {
    const keyword = ctx.KW_raise[0]!;
    const exc = ctx.exc ? this.x.expression(ctx.exc[0]!.children) : null;
    const cause = ctx.cause ? this.x.expression(ctx.cause[0]!.children) : null;
    const last = cause ?? exc;
    return { kind: "Raise", exc, cause, span: span(keyword.startOffset, last ? this.b.end(last) : tokenEnd(keyword)) };
  }

  private deleteStatement(ctx: C.Del_stmtCstChildren): Stmt {
    const b = this.b;
    const keyword = ctx.KW_del[0]!;
    const list = ctx.star_expressions[0]!.children;
    const items = this.x.starExpressionItems(list);
    const targets: Expr[] = [];
    for (const e of items) {
      if (e.kind === "Starred") b.fail("cannot delete starred", e.span);
      targets.push(toTarget(b, e, "Del"));
    }
    const end = sequenceEnd(b, items[items.length - 1]!, list.COMMA, items.length);
    return { kind: "Delete", targets, span: span(keyword.startOffset, end) };
  }

  private assertStatement(ctx: C.Assert_stmtCstChildren): Stmt {
    const test = this.x.expression(ctx.test[0]!.children);
    const msg = ctx.msg ? this.x.expression(ctx.msg[0]!.children) : null;
    return { kind: "Assert", test, msg, span: span(ctx.KW_assert[0]!.startOffset, this.b.end(msg ?? test)) };
  }

  private importName(ctx: C.Import_nameCstChildren): Stmt {
    const names: A.Alias[] = [];
    for (const n of ctx.dotted_as_name) {
      const alias = n.children;
      const dotted = alias.dotted_name[0]!.children.NAME;
      const asname = alias.asname ? alias.asname[0]! : null;
      const end = tokenEnd(asname ?? dotted[dotted.length - 1]!);
      names.push({ kind: "alias", name: dottedName(alias.dotted_name[0]!.children), asname: asname ? identifier(asname) : null, span: span(dotted[0]!.startOffset, end) });
    }
    return { kind: "Import", names, span: span(ctx.KW_import[0]!.startOffset, names[names.length - 1]!.span.end) };
  }

  private importFrom(ctx: C.Import_fromCstChildren): Stmt {
    let level = 0;
    for (const dot of ctx.dots ?? []) level += dot.image.length;
    const module = ctx.dotted_name ? dottedName(ctx.dotted_name[0]!.children) : null;
    if (module === null && level === 0) this.b.fail("invalid syntax", tokenSpan(ctx.KW_import[0]!));
    const targets = ctx.import_from_targets[0]!.children;
    const names: A.Alias[] = [];
    let end: number;
    if (targets.STAR) {
      const star = targets.STAR[0]!;
      names.push({ kind: "alias", name: "*", asname: null, span: tokenSpan(star) });
      end = tokenEnd(star);
    } else {
      for (const n of targets.import_from_as_name!) {
        const name = n.children.NAME[0]!;
        const asname = n.children.asname ? n.children.asname[0]! : null;
        names.push({ kind: "alias", name: identifier(name), asname: asname ? identifier(asname) : null, span: span(name.startOffset, tokenEnd(asname ?? name)) });
      }
      end = targets.RPAR ? tokenEnd(targets.RPAR[0]!) : names[names.length - 1]!.span.end;
    }
    return { kind: "ImportFrom", module, names, level, span: span(ctx.KW_from[0]!.startOffset, end) };
  }
}

function dottedName(ctx: C.Dotted_nameCstChildren): string {
  return ctx.NAME.map(identifier).join(".");
}
