/**
 * Compound statements: if / while / for / with / try / def / class (decorated, async) and match.
 * A compound statement ends at its last block's end (BuildContext.blockEnd).
 */
import type { IToken } from "chevrotain";
import type * as C from "../../../grammar/cst.js";
import type * as A from "../../ast/nodes.js";
import type { AstBuilder } from "./builder.js";
import { type BuildContext, identifier, sequenceEnd, span, tokenEnd, tokenSpan } from "./context.js";
import type { ExpressionBuilder } from "./expressions.js";
import { buildArguments, NO_ARGUMENTS, type ParamItem } from "./parameters.js";
import { PatternBuilder } from "./patterns.js";

type Stmt = A.Stmt;
type Expr = A.Expr;

export class CompoundStatements {
  private readonly patternBuilder: PatternBuilder;

  constructor(
    private readonly b: BuildContext,
    private readonly x: ExpressionBuilder,
    private readonly statements: AstBuilder,
  ) {
    this.patternBuilder = new PatternBuilder(b, (strings) => x.strings(strings.children.STRING), (e) => this.checkNotFString(e));
  }

  private checkNotFString(e: Expr): void {
    if (e.kind === "JoinedStr") this.b.fail("patterns may only match literals and attribute lookups", e.span);
  }

  private block(node: C.BlockCstNode): Stmt[] {
    return this.statements.block(node.children);
  }

  /** The compound statement of a `statement` node. */
  statement(ctx: C.StatementCstChildren): Stmt {
    if (ctx.function_def_raw !== undefined) return this.functionDef(ctx.function_def_raw[0]!.children, [], null);
    if (ctx.if_stmt !== undefined) return this.ifStatement(ctx.if_stmt[0]!.children);
    if (ctx.class_def_raw !== undefined) return this.classDef(ctx.class_def_raw[0]!.children, []);
    if (ctx.decorated !== undefined) return this.decorated(ctx.decorated[0]!.children);
    if (ctx.for_stmt !== undefined) return this.forStatement(ctx.for_stmt[0]!.children, null);
    if (ctx.try_stmt !== undefined) return this.tryStatement(ctx.try_stmt[0]!.children);
    if (ctx.with_stmt !== undefined) return this.withStatement(ctx.with_stmt[0]!.children, null);
    if (ctx.while_stmt !== undefined) return this.whileStatement(ctx.while_stmt[0]!.children);
    if (ctx.async_stmt !== undefined) return this.asyncStatement(ctx.async_stmt[0]!.children, []);
    return this.matchStatement(ctx.match_stmt![0]!.children);
  }

  private decorated(ctx: C.DecoratedCstChildren): Stmt {
    const decorators: Expr[] = [];
    for (const d of ctx.decorator) decorators.push(this.x.named_expression(d.children.named_expression[0]!.children));
    if (ctx.function_def_raw) return this.functionDef(ctx.function_def_raw[0]!.children, decorators, null);
    if (ctx.class_def_raw) return this.classDef(ctx.class_def_raw[0]!.children, decorators);
    const inner = ctx.async_stmt![0]!.children;
    if (!inner.function_def_raw) this.b.fail("invalid syntax", tokenSpan(inner.KW_async[0]!));
    return this.asyncStatement(inner, decorators);
  }

  private asyncStatement(ctx: C.Async_stmtCstChildren, decorators: Expr[]): Stmt {
    const keyword = ctx.KW_async[0]!;
    if (ctx.function_def_raw) return this.functionDef(ctx.function_def_raw[0]!.children, decorators, keyword);
    if (ctx.for_stmt) return this.forStatement(ctx.for_stmt[0]!.children, keyword);
    return this.withStatement(ctx.with_stmt![0]!.children, keyword);
  }

  private functionDef(ctx: C.Function_def_rawCstChildren, decorators: Expr[], asyncKeyword: IToken | null): Stmt {
    const name = identifier(ctx.NAME[0]!);
    const args = ctx.params ? this.params(ctx.params[0]!.children) : NO_ARGUMENTS;
    const returns = ctx.returns ? this.x.expression(ctx.returns[0]!.children) : null;
    const body = this.block(ctx.block[0]!);
    const start = (asyncKeyword ?? ctx.KW_def[0]!).startOffset;
    const s = span(start, this.b.blockEnd(body));
    if (asyncKeyword) return { kind: "AsyncFunctionDef", name, args, body, decorator_list: decorators, returns, type_comment: null, span: s };
    return { kind: "FunctionDef", name, args, body, decorator_list: decorators, returns, type_comment: null, span: s };
  }

  private params(ctx: C.ParamsCstChildren): A.Arguments {
    const items: ParamItem[] = [];
    for (const node of ctx.param_item) items.push(this.paramItem(node.children));
    return buildArguments(this.b, items);
  }

  private paramItem(ctx: C.Param_itemCstChildren): ParamItem {
    if (ctx.SLASH) return { kind: "slash", token: ctx.SLASH[0]! };
    const annotation = ctx.annotation ? this.x.expression(ctx.annotation[0]!.children) : null;
    if (ctx.STAR) {
      const star = ctx.star_annotation?.[0]!.children;
      const starAnnotation = star ? this.x.element(star.element![0]!, star.STAR) : null;
      return { kind: "star", token: ctx.STAR[0]!, name: ctx.NAME ? ctx.NAME[0]! : null, annotation: starAnnotation };
    }
    if (ctx.DOUBLESTAR) return { kind: "doublestar", token: ctx.DOUBLESTAR[0]!, name: ctx.NAME![0]!, annotation, defaultValue: null };
    const defaultValue = ctx.default ? this.x.expression(ctx.default[0]!.children) : null;
    return { kind: "param", name: ctx.NAME![0]!, annotation, defaultValue };
  }

  private ifStatement(ctx: C.If_stmtCstChildren): Stmt {
    const test = this.x.named_expression(ctx.named_expression[0]!.children);
    const body = this.block(ctx.block[0]!);
    let orelse: Stmt[] = ctx.else_block ? this.block(ctx.else_block[0]!.children.block[0]!) : [];
    const elifs = ctx.elif_stmt ?? [];
    for (let i = elifs.length - 1; i >= 0; i--) {
      const e = elifs[i]!.children;
      const elifBody = this.block(e.block[0]!);
      const end = orelse.length > 0 ? this.b.blockEnd(orelse) : this.b.blockEnd(elifBody);
      orelse = [{ kind: "If", test: this.x.named_expression(e.named_expression[0]!.children), body: elifBody, orelse, span: span(e.KW_elif[0]!.startOffset, end) }];
    }
    const end = orelse.length > 0 ? this.b.blockEnd(orelse) : this.b.blockEnd(body);
    return { kind: "If", test, body, orelse, span: span(ctx.KW_if[0]!.startOffset, end) };
  }

  private whileStatement(ctx: C.While_stmtCstChildren): Stmt {
    const test = this.x.named_expression(ctx.named_expression[0]!.children);
    const body = this.block(ctx.block[0]!);
    const orelse = ctx.else_block ? this.block(ctx.else_block[0]!.children.block[0]!) : [];
    return { kind: "While", test, body, orelse, span: span(ctx.KW_while[0]!.startOffset, this.b.blockEnd(orelse.length > 0 ? orelse : body)) };
  }

  private forStatement(ctx: C.For_stmtCstChildren, asyncKeyword: IToken | null): Stmt {
    const target = this.x.star_targets(ctx.star_targets[0]!.children);
    const iter = this.x.star_expressions(ctx.star_expressions[0]!.children);
    const body = this.block(ctx.block[0]!);
    const orelse = ctx.else_block ? this.block(ctx.else_block[0]!.children.block[0]!) : [];
    const s = span((asyncKeyword ?? ctx.KW_for[0]!).startOffset, this.b.blockEnd(orelse.length > 0 ? orelse : body));
    if (asyncKeyword) return { kind: "AsyncFor", target, iter, body, orelse, type_comment: null, span: s };
    return { kind: "For", target, iter, body, orelse, type_comment: null, span: s };
  }

  private withStatement(ctx: C.With_stmtCstChildren, asyncKeyword: IToken | null): Stmt {
    const items: A.WithItem[] = [];
    for (const n of ctx.with_item!) {
      const item = n.children;
      const contextExpr = this.x.expression(item.expression[0]!.children);
      const vars = item.star_target ? this.x.star_target(item.star_target[0]!.children) : null;
      items.push({ kind: "withitem", context_expr: contextExpr, optional_vars: vars });
    }
    const body = this.block(ctx.block[0]!);
    const s = span((asyncKeyword ?? ctx.KW_with[0]!).startOffset, this.b.blockEnd(body));
    if (asyncKeyword) return { kind: "AsyncWith", items, body, type_comment: null, span: s };
    return { kind: "With", items, body, type_comment: null, span: s };
  }

  private tryStatement(ctx: C.Try_stmtCstChildren): Stmt {
    const b = this.b;
    const body = this.block(ctx.block[0]!);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    for (const h of ctx.except_block ?? []) {
      const hc = h.children;
      const isStar = hc.STAR !== undefined;
      if (star !== null && star !== isStar) b.fail("cannot have both 'except' and 'except*' on the same 'try'", tokenSpan(hc.KW_except[0]!));
      star = isStar;
      handlers.push(this.exceptBlock(hc));
    }
    const orelse = ctx.else_block ? this.block(ctx.else_block[0]!.children.block[0]!) : [];
    const finalbody = ctx.finally_block ? this.block(ctx.finally_block[0]!.children.block[0]!) : [];
    const end = finalbody.length > 0 ? b.blockEnd(finalbody) : orelse.length > 0 ? b.blockEnd(orelse) : handlers.length > 0 ? handlers[handlers.length - 1]!.span.end : b.blockEnd(body);
    const s = span(ctx.KW_try[0]!.startOffset, end);
    if (star === true) return { kind: "TryStar", body, handlers, orelse, finalbody, span: s };
    return { kind: "Try", body, handlers, orelse, finalbody, span: s };
  }

  private exceptBlock(ctx: C.Except_blockCstChildren): A.ExceptHandler {
    const type = ctx.expression ? this.x.expression(ctx.expression[0]!.children) : null;
    if (ctx.STAR && type === null) this.b.fail("expected one or more exception types", tokenSpan(ctx.STAR[0]!));
    const body = this.block(ctx.block[0]!);
    const name = ctx.NAME ? identifier(ctx.NAME[0]!) : null;
    return { kind: "ExceptHandler", type, name, body, span: span(ctx.KW_except[0]!.startOffset, this.b.blockEnd(body)) };
  }

  private classDef(ctx: C.Class_def_rawCstChildren, decorators: Expr[]): Stmt {
    let bases: Expr[] = [];
    let keywords: A.Keyword[] = [];
    if (ctx.LPAR) {
      const parens = span(ctx.LPAR[0]!.startOffset, tokenEnd(ctx.RPAR![0]!));
      const call = this.x.classArguments(ctx.arguments![0]!.children, parens);
      if (call.args.some((a) => a.kind === "GeneratorExp" && a.span === parens)) this.b.fail("invalid syntax", parens);
      bases = call.args;
      keywords = call.keywords;
    }
    const body = this.block(ctx.block[0]!);
    return { kind: "ClassDef", name: identifier(ctx.NAME[0]!), bases, keywords, body, decorator_list: decorators, span: span(ctx.KW_class[0]!.startOffset, this.b.blockEnd(body)) };
  }

  // ------------------------------------------------------------ match

  private matchStatement(ctx: C.Match_stmtCstChildren): Stmt {
    const subject = this.subject(ctx.subject_expr[0]!.children);
    const cases: A.MatchCase[] = [];
    for (const c of ctx.case_block) cases.push(this.caseBlock(c.children));
    const lastCase = cases[cases.length - 1]!;
    return { kind: "Match", subject, cases, span: span(ctx.soft_keyword[0]!.startOffset, this.b.blockEnd(lastCase.body)) };
  }

  private subject(ctx: C.Subject_exprCstChildren): Expr {
    const items: Expr[] = [];
    for (const n of ctx.star_named_expression) {
      const element = n.children;
      items.push(this.x.element(element.element![0]!, element.STAR));
    }
    if (items.length === 1 && !ctx.COMMA) {
      if (items[0]!.kind === "Starred") this.b.fail("invalid syntax", items[0]!.span);
      return items[0]!;
    }
    return { kind: "Tuple", elts: items, ctx: "Load", span: span(this.b.start(items[0]!), sequenceEnd(this.b, items[items.length - 1]!, ctx.COMMA, items.length)) };
  }

  private caseBlock(ctx: C.Case_blockCstChildren): A.MatchCase {
    const keyword = ctx.soft_keyword[0]!;
    if (keyword.image !== "case") this.b.fail("invalid syntax", tokenSpan(keyword));
    const pattern = this.patternBuilder.patterns(ctx.patterns[0]!.children);
    const guard = ctx.guard ? this.x.named_expression(ctx.guard[0]!.children) : null;
    return { kind: "match_case", pattern, guard, body: this.block(ctx.block[0]!) };
  }
}
