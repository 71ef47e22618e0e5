/**
 * The CST→AST visitor: one method per grammar rule (validateVisitor checks that none is
 * missing), each turning a rule's CST children into CPython-shaped AST nodes with CPython's
 * positions. Checks that CPython's PEG grammar makes while parsing (targets, argument order,
 * parameter order, ...) happen here, raising CPython's messages through BuildContext.fail.
 *
 * The visitor class is made once per parser instance (its base class comes from the parser);
 * a visitor instance is made per parse and holds that parse's BuildContext.
 */
import type { CstNode, IToken } from "chevrotain";
import type * as C from "../../../grammar/cst.js";
import type { PythonParser } from "../../../grammar/parser.js";
import type * as A from "../../ast/nodes.js";
import { type BuildContext, identifier, span, tokenEnd, tokenSpan } from "./context.js";
import { buildBinary, buildCallArguments, buildChain, type CallArgument, sequenceEnd } from "./expressions.js";
import { AUGMENTED_OPERATOR } from "./operators.js";
import { buildArguments, NO_ARGUMENTS, type ParamItem } from "./parameters.js";
import { PatternBuilder } from "./patterns.js";
import { buildStrings, type ExpressionParser } from "./strings.js";
import { exprName, toTarget } from "./targets.js";

type Stmt = A.Stmt;
type Expr = A.Expr;

/** What `star_named_expressions` holds: elements, or one element and its comprehension clauses. */
interface Elements {
  readonly items: Expr[];
  readonly generators: A.Comprehension[] | null;
  readonly trailingComma: boolean;
}

export interface AstBuilder {
  file(ctx: C.FileCstChildren): Stmt[];
  /** One statement line (`a; b` gives two statements). */
  statement(ctx: C.StatementCstChildren): Stmt[];
  /** For f-string fields: `star_expressions` (the text was wrapped in parentheses). */
  star_expressions(ctx: C.Star_expressionsCstChildren): Expr;
}

export type AstBuilderClass = new (b: BuildContext, parseExpression: ExpressionParser) => AstBuilder;

export function createAstBuilderClass(parser: PythonParser): AstBuilderClass {
  const Base = parser.getBaseCstVisitorConstructor();
  let validated = false;

  class Builder extends Base implements AstBuilder {
    private readonly patternBuilder: PatternBuilder;

    constructor(
      private readonly b: BuildContext,
      private readonly parseExpression: ExpressionParser,
    ) {
      super();
      if (!validated) {
        this.validateVisitor();
        validated = true;
      }
      this.patternBuilder = new PatternBuilder(b, (strings) => this.strings(strings.children), (e) => this.checkNotFString(e));
    }

    private checkNotFString(e: Expr): void {
      if (e.kind === "JoinedStr") this.b.fail("patterns may only match literals and attribute lookups", e.span);
    }

    // ============================================================ statements

    file(ctx: C.FileCstChildren): Stmt[] {
      const body: Stmt[] = [];
      for (const s of ctx.statement ?? []) this.statementInto(s, body);
      return body;
    }

    private statementInto(node: C.StatementCstNode, out: Stmt[]): void {
      const ctx = node.children;
      if (ctx.simple_stmts) out.push(...this.simple_stmts(ctx.simple_stmts[0]!.children));
      else if (ctx.compound_stmt) out.push(this.compound_stmt(ctx.compound_stmt[0]!.children));
      else out.push(this.match_stmt(ctx.match_stmt![0]!.children));
    }

    fstring(ctx: C.FstringCstChildren): Expr {
      return this.star_expressions(ctx.star_expressions[0]!.children);
    }

    statement(ctx: C.StatementCstChildren): Stmt[] {
      const out: Stmt[] = [];
      this.statementInto({ name: "statement", children: ctx } as C.StatementCstNode, out);
      return out;
    }

    simple_stmts(ctx: C.Simple_stmtsCstChildren): Stmt[] {
      const body = ctx.simple_stmt.map((s) => this.simple_stmt(s.children));
      const semicolons = ctx.SEMI;
      if (semicolons && semicolons.length >= body.length) this.b.semicolonEnds.set(body[body.length - 1]!, tokenEnd(semicolons[semicolons.length - 1]!));
      return body;
    }

    simple_stmt(ctx: C.Simple_stmtCstChildren): Stmt {
      if (ctx.expression_stmt) return this.expression_stmt(ctx.expression_stmt[0]!.children);
      if (ctx.KW_pass) return { kind: "Pass", span: tokenSpan(ctx.KW_pass[0]!) };
      if (ctx.return_stmt) return this.return_stmt(ctx.return_stmt[0]!.children);
      if (ctx.import_from) return this.import_from(ctx.import_from[0]!.children);
      if (ctx.import_name) return this.import_name(ctx.import_name[0]!.children);
      if (ctx.raise_stmt) return this.raise_stmt(ctx.raise_stmt[0]!.children);
      if (ctx.del_stmt) return this.del_stmt(ctx.del_stmt[0]!.children);
      if (ctx.assert_stmt) return this.assert_stmt(ctx.assert_stmt[0]!.children);
      if (ctx.KW_break) return { kind: "Break", span: tokenSpan(ctx.KW_break[0]!) };
      if (ctx.KW_continue) return { kind: "Continue", span: tokenSpan(ctx.KW_continue[0]!) };
      if (ctx.global_stmt) return this.global_stmt(ctx.global_stmt[0]!.children);
      return this.nonlocal_stmt(ctx.nonlocal_stmt![0]!.children);
    }

    expression_stmt(ctx: C.Expression_stmtCstChildren): Stmt {
      const b = this.b;
      const parts = ctx.annotated_rhs.map((n) => this.annotated_rhs(n.children));
      const first = parts[0]!;
      const start = b.start(first);
      if (ctx.annotation) {
        const annotation = this.expression(ctx.annotation[0]!.children);
        const value = parts.length > 1 ? parts[1]! : null;
        let simple = 0;
        if (first.kind === "Name") simple = b.extents.has(first) ? 0 : 1;
        else if (first.kind === "Tuple" || first.kind === "List") b.fail(`only single target (not ${first.kind === "Tuple" ? "tuple" : "list"}) can be annotated`, b.ext(first));
        else if (first.kind !== "Attribute" && first.kind !== "Subscript") b.fail("illegal target for annotation", b.ext(first));
        const target = toTarget(b, first, "Store");
        const end = b.end(value ?? annotation);
        return { kind: "AnnAssign", target, annotation, value, simple, span: span(start, end) };
      }
      if (ctx.augassign) {
        const value = parts[1]!;
        if (first.kind !== "Name" && first.kind !== "Attribute" && first.kind !== "Subscript") {
          b.fail(`'${exprName(first)}' is an illegal expression for augmented assignment`, b.ext(first));
        }
        const op = AUGMENTED_OPERATOR[ctx.augassign[0]!.children.op![0]!.tokenType.name]!;
        return { kind: "AugAssign", target: toTarget(b, first, "Store"), op, value, span: span(start, b.end(value)) };
      }
      if (parts.length === 1) return { kind: "Expr", value: first, span: b.ext(first) };
      const targets: Expr[] = [];
      for (let i = 0; i < parts.length - 1; i++) {
        const target = parts[i]!;
        if (target.kind === "Yield" || target.kind === "YieldFrom") b.fail("assignment to yield expression not possible", b.ext(target));
        targets.push(toTarget(b, target, "Store", { hint: parts.length === 2 }));
      }
      const value = parts[parts.length - 1]!;
      return { kind: "Assign", targets, value, type_comment: null, span: span(start, b.end(value)) };
    }

    annotated_rhs(ctx: C.Annotated_rhsCstChildren): Expr {
      if (ctx.star_expressions) return this.star_expressions(ctx.star_expressions[0]!.children);
      return this.yield_expr(ctx.yield_expr![0]!.children);
    }

    augassign(): never {
      throw new Error("augassign is read by expression_stmt");
    }

    return_stmt(ctx: C.Return_stmtCstChildren): Stmt {
      const keyword = ctx.KW_return[0]!;
      const value = ctx.star_expressions ? this.star_expressions(ctx.star_expressions[0]!.children) : null;
      return { kind: "Return", value, span: span(keyword.startOffset, value ? this.b.end(value) : tokenEnd(keyword)) };
    }

    raise_stmt(ctx: C.Raise_stmtCstChildren): Stmt {
      const keyword = ctx.KW_raise[0]!;
      const exc = ctx.exc ? this.expression(ctx.exc[0]!.children) : null;
      const cause = ctx.cause ? this.expression(ctx.cause[0]!.children) : null;
      const last = cause ?? exc;
      return { kind: "Raise", exc, cause, span: span(keyword.startOffset, last ? this.b.end(last) : tokenEnd(keyword)) };
    }

    global_stmt(ctx: C.Global_stmtCstChildren): Stmt {
      const names = ctx.NAME;
      return { kind: "Global", names: names.map(identifier), span: span(ctx.KW_global[0]!.startOffset, tokenEnd(names[names.length - 1]!)) };
    }

    nonlocal_stmt(ctx: C.Nonlocal_stmtCstChildren): Stmt {
      const names = ctx.NAME;
      return { kind: "Nonlocal", names: names.map(identifier), span: span(ctx.KW_nonlocal[0]!.startOffset, tokenEnd(names[names.length - 1]!)) };
    }

    del_stmt(ctx: C.Del_stmtCstChildren): Stmt {
      const b = this.b;
      const keyword = ctx.KW_del[0]!;
      const list = ctx.star_expressions[0]!.children;
      const items = list.star_expression.map((n) => this.star_expression(n.children));
      const targets = items.map((e) => {
        if (e.kind === "Starred") b.fail("cannot delete starred", e.span);
        return toTarget(b, e, "Del");
      });
      const end = sequenceEnd(b, items[items.length - 1]!, list.COMMA, items.length);
      return { kind: "Delete", targets, span: span(keyword.startOffset, end) };
    }

    assert_stmt(ctx: C.Assert_stmtCstChildren): Stmt {
      const test = this.expression(ctx.test[0]!.children);
      const msg = ctx.msg ? this.expression(ctx.msg[0]!.children) : null;
      return { kind: "Assert", test, msg, span: span(ctx.KW_assert[0]!.startOffset, this.b.end(msg ?? test)) };
    }

    import_name(ctx: C.Import_nameCstChildren): Stmt {
      const names = ctx.dotted_as_name.map((n) => this.dotted_as_name(n.children));
      return { kind: "Import", names, span: span(ctx.KW_import[0]!.startOffset, names[names.length - 1]!.span.end) };
    }

    dotted_as_name(ctx: C.Dotted_as_nameCstChildren): A.Alias {
      const dotted = ctx.dotted_name[0]!.children.NAME;
      const asname = ctx.asname ? ctx.asname[0]! : null;
      const end = tokenEnd(asname ?? dotted[dotted.length - 1]!);
      return { kind: "alias", name: this.dotted_name(ctx.dotted_name[0]!.children), asname: asname ? identifier(asname) : null, span: span(dotted[0]!.startOffset, end) };
    }

    dotted_name(ctx: C.Dotted_nameCstChildren): string {
      return ctx.NAME.map(identifier).join(".");
    }

    import_from(ctx: C.Import_fromCstChildren): Stmt {
      let level = 0;
      for (const dot of ctx.dots ?? []) level += dot.image.length;
      const module = ctx.dotted_name ? this.dotted_name(ctx.dotted_name[0]!.children) : null;
      if (module === null && level === 0) this.b.fail("invalid syntax", tokenSpan(ctx.KW_import[0]!));
      const targets = ctx.import_from_targets[0]!.children;
      let names: A.Alias[];
      let end: number;
      if (targets.STAR) {
        const star = targets.STAR[0]!;
        names = [{ kind: "alias", name: "*", asname: null, span: tokenSpan(star) }];
        end = tokenEnd(star);
      } else {
        names = targets.import_from_as_name!.map((n) => this.import_from_as_name(n.children));
        end = targets.RPAR ? tokenEnd(targets.RPAR[0]!) : names[names.length - 1]!.span.end;
      }
      return { kind: "ImportFrom", module, names, level, span: span(ctx.KW_from[0]!.startOffset, end) };
    }

    import_from_targets(): never {
      throw new Error("import_from_targets is read by import_from");
    }

    import_from_as_name(ctx: C.Import_from_as_nameCstChildren): A.Alias {
      const name = ctx.NAME[0]!;
      const asname = ctx.asname ? ctx.asname[0]! : null;
      return { kind: "alias", name: identifier(name), asname: asname ? identifier(asname) : null, span: span(name.startOffset, tokenEnd(asname ?? name)) };
    }

    // ------------------------------------------------------------ compound statements

    compound_stmt(ctx: C.Compound_stmtCstChildren): Stmt {
      if (ctx.if_stmt) return this.if_stmt(ctx.if_stmt[0]!.children);
      if (ctx.function_def_raw) return this.function_def_raw(ctx.function_def_raw[0]!.children, []);
      if (ctx.for_stmt) return this.for_stmt(ctx.for_stmt[0]!.children, null);
      if (ctx.try_stmt) return this.try_stmt(ctx.try_stmt[0]!.children);
      if (ctx.class_def_raw) return this.class_def_raw(ctx.class_def_raw[0]!.children, []);
      if (ctx.while_stmt) return this.while_stmt(ctx.while_stmt[0]!.children);
      if (ctx.with_stmt) return this.with_stmt(ctx.with_stmt[0]!.children, null);
      if (ctx.decorated) return this.decorated(ctx.decorated[0]!.children);
      return this.async_stmt(ctx.async_stmt![0]!.children, []);
    }

    decorated(ctx: C.DecoratedCstChildren): Stmt {
      const decorators = ctx.decorator.map((d) => this.decorator(d.children));
      if (ctx.function_def_raw) return this.function_def_raw(ctx.function_def_raw[0]!.children, decorators);
      if (ctx.class_def_raw) return this.class_def_raw(ctx.class_def_raw[0]!.children, decorators);
      const inner = ctx.async_stmt![0]!.children;
      if (!inner.function_def_raw) this.b.fail("invalid syntax", tokenSpan(inner.KW_async[0]!));
      return this.async_stmt(inner, decorators);
    }

    decorator(ctx: C.DecoratorCstChildren): Expr {
      return this.named_expression(ctx.named_expression[0]!.children);
    }

    async_stmt(ctx: C.Async_stmtCstChildren, decorators: Expr[]): Stmt {
      const keyword = ctx.KW_async[0]!;
      if (ctx.function_def_raw) return this.function_def_raw(ctx.function_def_raw[0]!.children, decorators, keyword);
      if (ctx.for_stmt) return this.for_stmt(ctx.for_stmt[0]!.children, keyword);
      return this.with_stmt(ctx.with_stmt![0]!.children, keyword);
    }

    function_def_raw(ctx: C.Function_def_rawCstChildren, decorators: Expr[], asyncKeyword: IToken | null = null): Stmt {
      const name = identifier(ctx.NAME[0]!);
      const args = ctx.params ? this.params(ctx.params[0]!.children) : NO_ARGUMENTS;
      const returns = ctx.returns ? this.expression(ctx.returns[0]!.children) : null;
      const body = this.block(ctx.block[0]!.children);
      const start = (asyncKeyword ?? ctx.KW_def[0]!).startOffset;
      const s = span(start, this.b.blockEnd(body));
      if (asyncKeyword) return { kind: "AsyncFunctionDef", name, args, body, decorator_list: decorators, returns, type_comment: null, span: s };
      return { kind: "FunctionDef", name, args, body, decorator_list: decorators, returns, type_comment: null, span: s };
    }

    params(ctx: C.ParamsCstChildren): A.Arguments {
      return buildArguments(this.b, ctx.param_item.map((n) => this.param_item(n.children)));
    }

    param_item(ctx: C.Param_itemCstChildren): ParamItem {
      if (ctx.SLASH) return { kind: "slash", token: ctx.SLASH[0]! };
      const annotation = ctx.annotation ? this.expression(ctx.annotation[0]!.children) : null;
      if (ctx.STAR) {
        const starAnnotation = ctx.star_annotation ? this.star_expression(ctx.star_annotation[0]!.children) : null;
        return { kind: "star", token: ctx.STAR[0]!, name: ctx.NAME ? ctx.NAME[0]! : null, annotation: starAnnotation };
      }
      if (ctx.DOUBLESTAR) return { kind: "doublestar", token: ctx.DOUBLESTAR[0]!, name: ctx.NAME![0]!, annotation, defaultValue: null };
      const defaultValue = ctx.default ? this.expression(ctx.default[0]!.children) : null;
      return { kind: "param", name: ctx.NAME![0]!, annotation, defaultValue };
    }

    if_stmt(ctx: C.If_stmtCstChildren): Stmt {
      const test = this.named_expression(ctx.named_expression[0]!.children);
      const body = this.block(ctx.block[0]!.children);
      let orelse: Stmt[] = ctx.else_block ? this.else_block(ctx.else_block[0]!.children) : [];
      const elifs = ctx.elif_stmt ?? [];
      for (let i = elifs.length - 1; i >= 0; i--) {
        const e = elifs[i]!.children;
        const elifBody = this.block(e.block[0]!.children);
        const end = orelse.length > 0 ? this.b.blockEnd(orelse) : this.b.blockEnd(elifBody);
        orelse = [{ kind: "If", test: this.named_expression(e.named_expression[0]!.children), body: elifBody, orelse, span: span(e.KW_elif[0]!.startOffset, end) }];
      }
      const end = orelse.length > 0 ? this.b.blockEnd(orelse) : this.b.blockEnd(body);
      return { kind: "If", test, body, orelse, span: span(ctx.KW_if[0]!.startOffset, end) };
    }

    elif_stmt(): never {
      throw new Error("elif_stmt is read by if_stmt");
    }

    else_block(ctx: C.Else_blockCstChildren): Stmt[] {
      return this.block(ctx.block[0]!.children);
    }

    while_stmt(ctx: C.While_stmtCstChildren): Stmt {
      const test = this.named_expression(ctx.named_expression[0]!.children);
      const body = this.block(ctx.block[0]!.children);
      const orelse = ctx.else_block ? this.else_block(ctx.else_block[0]!.children) : [];
      return { kind: "While", test, body, orelse, span: span(ctx.KW_while[0]!.startOffset, this.b.blockEnd(orelse.length > 0 ? orelse : body)) };
    }

    for_stmt(ctx: C.For_stmtCstChildren, asyncKeyword: IToken | null): Stmt {
      const target = this.star_targets(ctx.star_targets[0]!.children);
      const iter = this.star_expressions(ctx.star_expressions[0]!.children);
      const body = this.block(ctx.block[0]!.children);
      const orelse = ctx.else_block ? this.else_block(ctx.else_block[0]!.children) : [];
      const s = span((asyncKeyword ?? ctx.KW_for[0]!).startOffset, this.b.blockEnd(orelse.length > 0 ? orelse : body));
      if (asyncKeyword) return { kind: "AsyncFor", target, iter, body, orelse, type_comment: null, span: s };
      return { kind: "For", target, iter, body, orelse, type_comment: null, span: s };
    }

    with_stmt(ctx: C.With_stmtCstChildren, asyncKeyword: IToken | null): Stmt {
      const items = ctx.with_item!.map((n) => this.with_item(n.children));
      const body = this.block(ctx.block[0]!.children);
      const s = span((asyncKeyword ?? ctx.KW_with[0]!).startOffset, this.b.blockEnd(body));
      if (asyncKeyword) return { kind: "AsyncWith", items, body, type_comment: null, span: s };
      return { kind: "With", items, body, type_comment: null, span: s };
    }

    with_item(ctx: C.With_itemCstChildren): A.WithItem {
      const contextExpr = this.expression(ctx.expression[0]!.children);
      const vars = ctx.star_target ? this.star_target(ctx.star_target[0]!.children) : null;
      return { kind: "withitem", context_expr: contextExpr, optional_vars: vars };
    }

    try_stmt(ctx: C.Try_stmtCstChildren): Stmt {
      const b = this.b;
      const body = this.block(ctx.block[0]!.children);
      const handlers: A.ExceptHandler[] = [];
      let star: boolean | null = null;
      for (const h of ctx.except_block ?? []) {
        const hc = h.children;
        const isStar = hc.STAR !== undefined;
        if (star !== null && star !== isStar) b.fail("cannot have both 'except' and 'except*' on the same 'try'", tokenSpan(hc.KW_except[0]!));
        star = isStar;
        handlers.push(this.except_block(hc));
      }
      const orelse = ctx.else_block ? this.else_block(ctx.else_block[0]!.children) : [];
      const finalbody = ctx.finally_block ? this.finally_block(ctx.finally_block[0]!.children) : [];
      const end = finalbody.length > 0 ? this.b.blockEnd(finalbody) : orelse.length > 0 ? this.b.blockEnd(orelse) : handlers.length > 0 ? handlers[handlers.length - 1]!.span.end : this.b.blockEnd(body);
      const s = span(ctx.KW_try[0]!.startOffset, end);
      if (star === true) return { kind: "TryStar", body, handlers, orelse, finalbody, span: s };
      return { kind: "Try", body, handlers, orelse, finalbody, span: s };
    }

    except_block(ctx: C.Except_blockCstChildren): A.ExceptHandler {
      const type = ctx.expression ? this.expression(ctx.expression[0]!.children) : null;
      if (ctx.STAR && type === null) this.b.fail("expected one or more exception types", tokenSpan(ctx.STAR[0]!));
      const body = this.block(ctx.block[0]!.children);
      const name = ctx.NAME ? identifier(ctx.NAME[0]!) : null;
      return { kind: "ExceptHandler", type, name, body, span: span(ctx.KW_except[0]!.startOffset, this.b.blockEnd(body)) };
    }

    finally_block(ctx: C.Finally_blockCstChildren): Stmt[] {
      return this.block(ctx.block[0]!.children);
    }

    class_def_raw(ctx: C.Class_def_rawCstChildren, decorators: Expr[]): Stmt {
      let bases: Expr[] = [];
      let keywords: A.Keyword[] = [];
      if (ctx.LPAR) {
        const parens = span(ctx.LPAR[0]!.startOffset, tokenEnd(ctx.RPAR![0]!));
        const call = this.callArguments(ctx.arguments![0]!.children, parens);
        if (call.args.some((a) => a.kind === "GeneratorExp" && a.span === parens)) this.b.fail("invalid syntax", parens);
        bases = call.args;
        keywords = call.keywords;
      }
      const body = this.block(ctx.block[0]!.children);
      return { kind: "ClassDef", name: identifier(ctx.NAME[0]!), bases, keywords, body, decorator_list: decorators, span: span(ctx.KW_class[0]!.startOffset, this.b.blockEnd(body)) };
    }

    block(ctx: C.BlockCstChildren): Stmt[] {
      if (ctx.simple_stmts) return this.simple_stmts(ctx.simple_stmts[0]!.children);
      const body: Stmt[] = [];
      for (const s of ctx.statement!) this.statementInto(s, body);
      return body;
    }

    // ------------------------------------------------------------ match

    match_stmt(ctx: C.Match_stmtCstChildren): Stmt {
      const subject = this.subject_expr(ctx.subject_expr[0]!.children);
      const cases = ctx.case_block.map((c) => this.case_block(c.children));
      const lastCase = cases[cases.length - 1]!;
      return { kind: "Match", subject, cases, span: span(ctx.soft_keyword[0]!.startOffset, this.b.blockEnd(lastCase.body)) };
    }

    subject_expr(ctx: C.Subject_exprCstChildren): Expr {
      const items = ctx.star_named_expression.map((n) => this.star_named_expression(n.children));
      if (items.length === 1 && !ctx.COMMA) {
        if (items[0]!.kind === "Starred") this.b.fail("invalid syntax", items[0]!.span);
        return items[0]!;
      }
      return { kind: "Tuple", elts: items, ctx: "Load", span: span(this.b.start(items[0]!), sequenceEnd(this.b, items[items.length - 1]!, ctx.COMMA, items.length)) };
    }

    case_block(ctx: C.Case_blockCstChildren): A.MatchCase {
      const keyword = ctx.soft_keyword[0]!;
      if (keyword.image !== "case") this.b.fail("invalid syntax", tokenSpan(keyword));
      const pattern = this.patternBuilder.patterns(ctx.patterns[0]!.children);
      const guard = ctx.guard ? this.named_expression(ctx.guard[0]!.children) : null;
      return { kind: "match_case", pattern, guard, body: this.block(ctx.block[0]!.children) };
    }

    patterns(): never { throw new Error("patterns are built by PatternBuilder"); }
    maybe_star_pattern(): never { throw new Error("patterns are built by PatternBuilder"); }
    pattern(): never { throw new Error("patterns are built by PatternBuilder"); }
    or_pattern(): never { throw new Error("patterns are built by PatternBuilder"); }
    closed_pattern(): never { throw new Error("patterns are built by PatternBuilder"); }
    signed_number(): never { throw new Error("patterns are built by PatternBuilder"); }
    name_or_class_pattern(): never { throw new Error("patterns are built by PatternBuilder"); }
    class_pattern_arg(): never { throw new Error("patterns are built by PatternBuilder"); }
    group_or_sequence_pattern(): never { throw new Error("patterns are built by PatternBuilder"); }
    mapping_pattern(): never { throw new Error("patterns are built by PatternBuilder"); }
    mapping_item(): never { throw new Error("patterns are built by PatternBuilder"); }

    // ============================================================ expressions

    star_expressions(ctx: C.Star_expressionsCstChildren): Expr {
      const nodes = ctx.star_expression;
      if (nodes.length === 1 && !ctx.COMMA) return this.star_expression(nodes[0]!.children);
      const items = nodes.map((n) => this.star_expression(n.children));
      const end = sequenceEnd(this.b, items[items.length - 1]!, ctx.COMMA, items.length);
      return { kind: "Tuple", elts: items, ctx: "Load", span: span(this.b.start(items[0]!), end) };
    }

    star_expression(ctx: C.Star_expressionCstChildren): Expr {
      if (ctx.expression) return this.expression(ctx.expression[0]!.children);
      const value = this.bitwise_or(ctx.bitwise_or![0]!.children);
      return { kind: "Starred", value, ctx: "Load", span: span(ctx.STAR![0]!.startOffset, this.b.end(value)) };
    }

    star_named_expression(ctx: C.Star_named_expressionCstChildren): Expr {
      if (ctx.named_expression) return this.named_expression(ctx.named_expression[0]!.children);
      const value = this.bitwise_or(ctx.bitwise_or![0]!.children);
      return { kind: "Starred", value, ctx: "Load", span: span(ctx.STAR![0]!.startOffset, this.b.end(value)) };
    }

    named_expression(ctx: C.Named_expressionCstChildren): Expr {
      const target = this.expression(ctx.expression[0]!.children);
      if (!ctx.value) return target;
      const b = this.b;
      if (target.kind !== "Name" || b.extents.has(target)) b.fail(`cannot use assignment expressions with ${exprName(target)}`, b.ext(target));
      const value = this.expression(ctx.value[0]!.children);
      return { kind: "NamedExpr", target: { ...(target as A.Name), ctx: "Store" }, value, span: span(target.span.start, b.end(value)) };
    }

    expression(ctx: C.ExpressionCstChildren): Expr {
      if (ctx.lambdef) return this.lambdef(ctx.lambdef[0]!.children);
      const body = this.chain(ctx as C.DisjunctionCstChildren);
      if (!ctx.test) return body;
      const test = this.disjunction(ctx.test[0]!.children);
      const orelse = this.expression(ctx.orelse![0]!.children);
      return { kind: "IfExp", test, body, orelse, span: span(this.b.start(body), this.b.end(orelse)) };
    }

    yield_expr(ctx: C.Yield_exprCstChildren): Expr {
      const keyword = ctx.KW_yield[0]!;
      if (ctx.KW_from) {
        const value = this.expression(ctx.expression![0]!.children);
        return { kind: "YieldFrom", value, span: span(keyword.startOffset, this.b.end(value)) };
      }
      const value = ctx.star_expressions ? this.star_expressions(ctx.star_expressions[0]!.children) : null;
      return { kind: "Yield", value, span: span(keyword.startOffset, value ? this.b.end(value) : tokenEnd(keyword)) };
    }

    disjunction(ctx: C.DisjunctionCstChildren): Expr {
      return this.chain(ctx);
    }

    /** An operator chain (expression, disjunction): a lone factor is by far the most common case. */
    private chain(ctx: C.DisjunctionCstChildren): Expr {
      const factors = ctx.factor;
      if (factors.length === 1 && ctx.not === undefined) return this.factor(factors[0]!.children);
      return buildChain(this.b, factors.map((f) => this.factor(f.children)), ctx);
    }

    bitwise_or(ctx: C.Bitwise_orCstChildren): Expr {
      const factors = ctx.factor;
      if (factors.length === 1) return this.factor(factors[0]!.children);
      return buildBinary(this.b, factors.map((f) => this.factor(f.children)), ctx.op!);
    }

    /** signs, await, atom, trailers, `**` exponent: `-await a.b(c)[d] ** e` is -((await a.b(c)[d]) ** e). */
    factor(ctx: C.FactorCstChildren): Expr {
      const b = this.b;
      let e = this.atom(ctx);
      if (ctx.DOT !== undefined || ctx.LPAR !== undefined || ctx.LSQB !== undefined) e = this.trailers(e, ctx);
      if (ctx.KW_await) e = { kind: "Await", value: e, span: span(ctx.KW_await[0]!.startOffset, b.end(e)) };
      if (ctx.exponent) {
        const right = this.factor(ctx.exponent[0]!.children);
        e = { kind: "BinOp", left: e, op: "Pow", right, span: span(b.start(e), b.end(right)) };
      }
      const signs = ctx.sign;
      if (signs) {
        const end = b.end(e);
        for (let i = signs.length - 1; i >= 0; i--) {
          const sign = signs[i]!;
          const op = sign.image === "-" ? "USub" : sign.image === "+" ? "UAdd" : "Invert";
          e = { kind: "UnaryOp", op, operand: e, span: span(sign.startOffset, end) };
        }
      }
      return e;
    }

    private atom(ctx: C.FactorCstChildren): Expr {
      if (ctx.name) {
        const name = ctx.name[0]!;
        return { kind: "Name", id: identifier(name), ctx: "Load", span: tokenSpan(name) };
      }
      if (ctx.NUMBER) return this.number(ctx.NUMBER[0]!);
      if (ctx.strings) return this.strings(ctx.strings[0]!.children);
      if (ctx.constant) {
        const token = ctx.constant[0]!;
        const value: A.ConstantValue =
          token.image === "None" ? { type: "None" } : token.image === "True" ? { type: "bool", value: true } : token.image === "False" ? { type: "bool", value: false } : { type: "Ellipsis" };
        return { kind: "Constant", value, constKind: null, span: tokenSpan(token) };
      }
      if (ctx.tuple_group_genexp) return this.tuple_group_genexp(ctx.tuple_group_genexp[0]!.children);
      if (ctx.list_listcomp) return this.list_listcomp(ctx.list_listcomp[0]!.children);
      return this.dict_set(ctx.dict_set![0]!.children);
    }

    /** Apply `.name`, `(args)` and `[slices]` in source order (ordered by their first token). */
    private trailers(value: Expr, ctx: C.FactorCstChildren): Expr {
      const b = this.b;
      const dots = ctx.DOT ?? [];
      const calls = ctx.LPAR ?? [];
      const subscripts = ctx.LSQB ?? [];
      let d = 0;
      let c = 0;
      let s = 0;
      let e = value;
      const start = b.start(value);
      for (;;) {
        const dotAt = d < dots.length ? dots[d]!.startOffset : Infinity;
        const callAt = c < calls.length ? calls[c]!.startOffset : Infinity;
        const subscriptAt = s < subscripts.length ? subscripts[s]!.startOffset : Infinity;
        if (dotAt < callAt && dotAt < subscriptAt) {
          const name = ctx.attr![d++]!;
          e = { kind: "Attribute", value: e, attr: identifier(name), ctx: "Load", span: span(start, tokenEnd(name)) };
        } else if (callAt < subscriptAt) {
          const close = ctx.RPAR![c]!;
          const parens = span(calls[c]!.startOffset, tokenEnd(close));
          const { args, keywords } = this.callArguments(ctx.arguments![c++]!.children, parens);
          e = { kind: "Call", func: e, args, keywords, span: span(start, tokenEnd(close)) };
        } else if (subscriptAt !== Infinity) {
          const slice = this.slices(ctx.slices![s]!.children);
          e = { kind: "Subscript", value: e, slice, ctx: "Load", span: span(start, tokenEnd(ctx.RSQB![s++]!)) };
        } else return e;
      }
    }

    slices(ctx: C.SlicesCstChildren): Expr {
      const nodes = ctx.slice;
      const first = this.slice(nodes[0]!.children);
      if (nodes.length === 1 && !ctx.COMMA && first.kind !== "Starred") return first;
      const items = [first, ...nodes.slice(1).map((n) => this.slice(n.children))];
      const end = sequenceEnd(this.b, items[items.length - 1]!, ctx.COMMA, items.length);
      return { kind: "Tuple", elts: items, ctx: "Load", span: span(this.b.start(first), end) };
    }

    slice(ctx: C.SliceCstChildren): Expr {
      const b = this.b;
      if (ctx.STAR) {
        const value = this.bitwise_or(ctx.bitwise_or![0]!.children);
        return { kind: "Starred", value, ctx: "Load", span: span(ctx.STAR[0]!.startOffset, b.end(value)) };
      }
      const lower = ctx.named_expression ? this.named_expression(ctx.named_expression[0]!.children) : null;
      if (!ctx.slice_tail) return lower!;
      if (lower !== null && lower.kind === "NamedExpr" && !b.extents.has(lower)) b.fail("invalid syntax", lower.span);
      const tail = ctx.slice_tail[0]!.children;
      const upper = tail.upper ? this.expression(tail.upper[0]!.children) : null;
      const step = tail.step ? this.expression(tail.step[0]!.children) : null;
      const colons = tail.COLON;
      const start = lower ? b.start(lower) : colons[0]!.startOffset;
      let end = tokenEnd(colons[colons.length - 1]!);
      if (upper) end = Math.max(end, b.end(upper));
      if (step) end = b.end(step);
      return { kind: "Slice", lower, upper, step, span: span(start, end) };
    }

    slice_tail(): never {
      throw new Error("slice_tail is read by slice");
    }

    private number(token: IToken): Expr {
      return this.patternBuilder.number(token);
    }

    strings(ctx: C.StringsCstChildren): Expr {
      return buildStrings(this.b, ctx.STRING, this.parseExpression);
    }

    tuple_group_genexp(ctx: C.Tuple_group_genexpCstChildren): Expr {
      const b = this.b;
      const parens = span(ctx.LPAR[0]!.startOffset, tokenEnd(ctx.RPAR[0]!));
      if (ctx.yield_expr) {
        const inner = this.yield_expr(ctx.yield_expr[0]!.children);
        b.extents.set(inner, parens);
        return inner;
      }
      if (!ctx.star_named_expressions) return { kind: "Tuple", elts: [], ctx: "Load", span: parens };
      const elements = this.star_named_expressions(ctx.star_named_expressions[0]!.children);
      if (elements.generators) {
        const elt = elements.items[0]!;
        if (elt.kind === "Starred") b.fail("iterable unpacking cannot be used in comprehension", elt.span);
        return { kind: "GeneratorExp", elt, generators: elements.generators, span: parens };
      }
      if (elements.items.length === 1 && !elements.trailingComma) {
        const inner = elements.items[0]!;
        if (inner.kind === "Starred") b.fail("cannot use starred expression here", inner.span);
        b.extents.set(inner, parens);
        return inner;
      }
      return { kind: "Tuple", elts: elements.items, ctx: "Load", span: parens };
    }

    list_listcomp(ctx: C.List_listcompCstChildren): Expr {
      const brackets = span(ctx.LSQB[0]!.startOffset, tokenEnd(ctx.RSQB[0]!));
      if (!ctx.star_named_expressions) return { kind: "List", elts: [], ctx: "Load", span: brackets };
      const elements = this.star_named_expressions(ctx.star_named_expressions[0]!.children);
      if (elements.generators) {
        const elt = elements.items[0]!;
        if (elt.kind === "Starred") this.b.fail("iterable unpacking cannot be used in comprehension", elt.span);
        return { kind: "ListComp", elt, generators: elements.generators, span: brackets };
      }
      return { kind: "List", elts: elements.items, ctx: "Load", span: brackets };
    }

    star_named_expressions(ctx: C.Star_named_expressionsCstChildren): Elements {
      const items = ctx.star_named_expression.map((n) => this.star_named_expression(n.children));
      if (ctx.for_if_clauses) return { items, generators: this.for_if_clauses(ctx.for_if_clauses[0]!.children), trailingComma: false };
      const commas = ctx.COMMA ? ctx.COMMA.length : 0;
      return { items, generators: null, trailingComma: commas >= items.length };
    }

    dict_set(ctx: C.Dict_setCstChildren): Expr {
      const b = this.b;
      const braces = span(ctx.LBRACE[0]!.startOffset, tokenEnd(ctx.RBRACE[0]!));
      const nodes = ctx.dict_set_item;
      if (!nodes) return { kind: "Dict", keys: [], values: [], span: braces };
      const items = nodes.map((n) => this.dict_set_item(n.children));
      const first = items[0]!;
      const isDict = first.value !== null;
      if (ctx.for_if_clauses) {
        const generators = this.for_if_clauses(ctx.for_if_clauses[0]!.children);
        const key = first.key;
        if (key === null) return b.fail("dict unpacking cannot be used in dict comprehension", first.span);
        if (isDict) return { kind: "DictComp", key, value: first.value!, generators, span: braces };
        if (key.kind === "Starred") b.fail("iterable unpacking cannot be used in comprehension", key.span);
        return { kind: "SetComp", elt: key, generators, span: braces };
      }
      if (isDict) {
        const keys: (Expr | null)[] = [];
        const values: Expr[] = [];
        for (const item of items) {
          if (item.value === null) return b.fail("':' expected after dictionary key", item.span);
          if (item.key !== null && (item.key.kind === "Starred" || (item.key.kind === "NamedExpr" && !b.extents.has(item.key)))) b.fail("invalid syntax", item.key.span);
          keys.push(item.key);
          values.push(item.value);
        }
        return { kind: "Dict", keys, values, span: braces };
      }
      const elts: Expr[] = [];
      for (const item of items) {
        if (item.key === null || item.value !== null) return b.fail("invalid syntax", item.span);
        elts.push(item.key);
      }
      return { kind: "Set", elts, span: braces };
    }

    dict_set_item(ctx: C.Dict_set_itemCstChildren): { key: Expr | null; value: Expr | null; span: A.Span } {
      const b = this.b;
      if (ctx.DOUBLESTAR) {
        const value = this.bitwise_or(ctx.bitwise_or![0]!.children);
        return { key: null, value, span: span(ctx.DOUBLESTAR[0]!.startOffset, b.end(value)) };
      }
      const key = this.star_named_expression(ctx.star_named_expression![0]!.children);
      const value = ctx.value ? this.expression(ctx.value[0]!.children) : null;
      return { key, value, span: span(b.start(key), value ? b.end(value) : b.end(key)) };
    }

    for_if_clauses(ctx: C.For_if_clausesCstChildren): A.Comprehension[] {
      return ctx.for_if_clause.map((n) => this.for_if_clause(n.children));
    }

    for_if_clause(ctx: C.For_if_clauseCstChildren): A.Comprehension {
      const target = this.star_targets(ctx.star_targets[0]!.children);
      const iter = this.disjunction(ctx.iter[0]!.children);
      const ifs = ctx.ifs ? ctx.ifs.map((n) => this.disjunction(n.children)) : [];
      return { kind: "comprehension", target, iter, ifs, is_async: ctx.KW_async ? 1 : 0 };
    }

    star_targets(ctx: C.Star_targetsCstChildren): Expr {
      const nodes = ctx.star_target;
      if (nodes.length === 1 && !ctx.COMMA) {
        const only = this.star_target(nodes[0]!.children);
        if (only.kind === "Starred") this.b.fail("starred assignment target must be in a list or tuple", only.span);
        return only;
      }
      const items = nodes.map((n) => this.star_target(n.children));
      const end = sequenceEnd(this.b, items[items.length - 1]!, ctx.COMMA, items.length);
      return { kind: "Tuple", elts: items, ctx: "Store", span: span(this.b.start(items[0]!), end) };
    }

    star_target(ctx: C.Star_targetCstChildren): Expr {
      const b = this.b;
      const value = toTarget(b, this.factor(ctx.factor[0]!.children), "Store");
      if (!ctx.STAR) return value;
      if (value.kind === "Starred") b.fail("invalid syntax", value.span);
      return { kind: "Starred", value, ctx: "Store", span: span(ctx.STAR[0]!.startOffset, b.end(value)) };
    }

    private callArguments(ctx: C.ArgumentsCstChildren, parens: A.Span): { args: Expr[]; keywords: A.Keyword[] } {
      if (ctx.argument === undefined) return { args: [], keywords: [] };
      const items = ctx.argument.map((n) => this.argument(n.children));
      const trailingComma = (ctx.COMMA?.length ?? 0) >= items.length;
      return buildCallArguments(this.b, items, parens, { trailingComma });
    }

    arguments(): never {
      throw new Error("arguments is read by callArguments");
    }

    argument(ctx: C.ArgumentCstChildren): CallArgument {
      const b = this.b;
      if (ctx.STAR) {
        const value = this.expression(ctx.expression![0]!.children);
        return { kind: "starred", value: { kind: "Starred", value, ctx: "Load", span: span(ctx.STAR[0]!.startOffset, b.end(value)) } };
      }
      if (ctx.DOUBLESTAR) {
        const value = this.expression(ctx.expression![0]!.children);
        return { kind: "doublestarred", keyword: { kind: "keyword", arg: null, value, span: span(ctx.DOUBLESTAR[0]!.startOffset, b.end(value)) } };
      }
      const e = this.named_expression(ctx.named_expression![0]!.children);
      if (ctx.value) {
        if (e.kind !== "Name" || b.extents.has(e)) {
          if (e.kind === "Constant" && (e.value.type === "bool" || e.value.type === "None")) b.fail(`cannot assign to ${exprName(e)}`, b.ext(e));
          b.fail('expression cannot contain assignment, perhaps you meant "=="?', b.ext(e));
        }
        const value = this.expression(ctx.value[0]!.children);
        return { kind: "keyword", keyword: { kind: "keyword", arg: (e as A.Name).id, value, span: span(e.span.start, b.end(value)) } };
      }
      if (ctx.for_if_clauses) {
        return { kind: "genexp", elt: e, generators: this.for_if_clauses(ctx.for_if_clauses[0]!.children), span: b.ext(e) };
      }
      return { kind: "positional", value: e };
    }

    lambdef(ctx: C.LambdefCstChildren): Expr {
      const args = ctx.lambda_params ? this.lambda_params(ctx.lambda_params[0]!.children) : NO_ARGUMENTS;
      const body = this.expression(ctx.expression[0]!.children);
      return { kind: "Lambda", args, body, span: span(ctx.KW_lambda[0]!.startOffset, this.b.end(body)) };
    }

    lambda_params(ctx: C.Lambda_paramsCstChildren): A.Arguments {
      return buildArguments(this.b, ctx.lambda_param_item.map((n) => this.lambda_param_item(n.children)));
    }

    lambda_param_item(ctx: C.Lambda_param_itemCstChildren): ParamItem {
      if (ctx.SLASH) return { kind: "slash", token: ctx.SLASH[0]! };
      if (ctx.STAR) return { kind: "star", token: ctx.STAR[0]!, name: ctx.NAME ? ctx.NAME[0]! : null, annotation: null };
      if (ctx.DOUBLESTAR) return { kind: "doublestar", token: ctx.DOUBLESTAR[0]!, name: ctx.NAME![0]!, annotation: null, defaultValue: null };
      const defaultValue = ctx.default ? this.expression(ctx.default[0]!.children) : null;
      return { kind: "param", name: ctx.NAME![0]!, annotation: null, defaultValue };
    }
  }

  return Builder as unknown as AstBuilderClass;
}


export type { CstNode };
