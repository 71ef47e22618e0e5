/**
 * Expressions: CST → AST with CPython's positions and checks.
 *
 * The grammar inlines rule bodies to make fewer CST nodes (see grammar/parser.ts): an
 * `expression`, `named_expression` or `argument` node holds an expression body (lambdef, or an
 * operator chain and an optional `if`-`else`) whose first operand is inlined too, as the children
 * of a `factor`. So one children object is read by several methods here: `factor(ctx)` reads the
 * atom and trailer keys of any of them, `expression(ctx)` the chain keys, and so on. Sequences
 * label every element "element" (source order) and a starred one is a bitwise_or node.
 */
import type { IToken } from "chevrotain";
import type * as C from "../../../grammar/cst.js";
import type * as A from "../../ast/nodes.js";
import { buildCallArguments, type CallArgument } from "./calls.js";
import { buildBinary, buildChain } from "./chains.js";
import { buildStrings, type ExpressionParser, numberConstant } from "./constants.js";
import { type BuildContext, identifier, sequenceEnd, span, tokenEnd, tokenSpan } from "./context.js";
import { buildArguments, NO_ARGUMENTS, type ParamItem } from "./parameters.js";
import { exprName, toTarget } from "./targets.js";
import { Displays } from "./displays.js";

type Expr = A.Expr;

/** An element of a sequence: starred (a bitwise_or node) or an expression / named_expression node. */
type ElementNode = C.Bitwise_orCstNode | C.ExpressionCstNode | C.Named_expressionCstNode;

export class ExpressionBuilder {
  private readonly displays: Displays;

  constructor(
    readonly b: BuildContext,
    private readonly parseExpression: ExpressionParser,
  ) {
    this.displays = new Displays(b, this);
  }

  // ------------------------------------------------------------ sequences

  star_expressions(ctx: C.Star_expressionsCstChildren): Expr {
    const commas = ctx.COMMA;
    if (commas === undefined) return this.firstStarExpression(ctx);
    const items = this.starExpressionItems(ctx);
    const end = sequenceEnd(this.b, items[items.length - 1]!, commas, items.length);
    return { kind: "Tuple", elts: items, ctx: "Load", span: span(this.b.start(items[0]!), end) };
  }

  /** The elements of star_expressions: the first one is inlined (or a bitwise_or labelled "starred"), the others are "element"s. */
  starExpressionItems(ctx: C.Star_expressionsCstChildren): Expr[] {
    const first = this.firstStarExpression(ctx);
    const nodes = ctx.element;
    if (nodes === undefined) return [first];
    const items = this.elements(nodes, ctx.STAR, ctx.starred === undefined ? 0 : 1);
    items.unshift(first);
    return items;
  }

  private firstStarExpression(ctx: C.Star_expressionsCstChildren): Expr {
    const starred = ctx.starred;
    if (starred !== undefined) return this.starred(ctx.STAR![0]!, starred[0]!.children);
    return this.expression(ctx);
  }

  /** A sequence's first element; `stars` are the sequence's '*' tokens. */
  element(node: ElementNode, stars: readonly IToken[] | undefined): Expr {
    if (node.name === "bitwise_or") return this.starred(stars![0]!, node.children);
    return this.named_expression(node.children);
  }

  /** All elements, in order: the n-th starred one follows the (firstStar + n)-th '*'. */
  elements(nodes: readonly ElementNode[], stars: readonly IToken[] | undefined, firstStar = 0): Expr[] {
    const items: Expr[] = [];
    let s = firstStar;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      items.push(node.name === "bitwise_or" ? this.starred(stars![s++]!, node.children) : this.named_expression(node.children));
    }
    return items;
  }

  private starred(star: IToken, ctx: C.Bitwise_orCstChildren): Expr {
    const value = this.bitwise_or(ctx);
    return { kind: "Starred", value, ctx: "Load", span: span(star.startOffset, this.b.end(value)) };
  }

  // ------------------------------------------------------------ expressions

  named_expression(ctx: C.Named_expressionCstChildren): Expr {
    const target = this.expression(ctx);
    const valueNode = ctx.value;
    if (valueNode === undefined) return target;
    const b = this.b;
    if (target.kind !== "Name" || b.extents.has(target)) b.fail(`cannot use assignment expressions with ${exprName(target)}`, b.ext(target));
    const value = this.expression(valueNode[0]!.children);
    return { kind: "NamedExpr", target: { ...(target as A.Name), ctx: "Store" }, value, span: span(target.span.start, b.end(value)) };
  }

  expression(ctx: C.ExpressionCstChildren): Expr {
    const lambdef = ctx.lambdef;
    if (lambdef !== undefined) return this.lambdef(lambdef[0]!.children);
    const body = this.chain(ctx);
    const testNode = ctx.test;
    if (testNode === undefined) return body;
    const test = this.chain(testNode[0]!.children);
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

  /** An operator chain (expression, disjunction): its first factor is inlined; a lone one is by far the most common case. */
  chain(ctx: C.DisjunctionCstChildren): Expr {
    const first = this.factor(ctx);
    const rest = ctx.factor;
    if (rest === undefined && ctx.not === undefined) return first;
    const operands = [first];
    if (rest !== undefined) for (let i = 0; i < rest.length; i++) operands.push(this.factor(rest[i]!.children));
    return buildChain(this.b, operands, ctx);
  }

  bitwise_or(ctx: C.Bitwise_orCstChildren): Expr {
    const first = this.factor(ctx);
    const rest = ctx.factor;
    if (rest === undefined) return first;
    const operands = [first];
    for (let i = 0; i < rest.length; i++) operands.push(this.factor(rest[i]!.children));
    return buildBinary(this.b, operands, ctx.op!);
  }

  /** signs, await, atom, trailers, `**` exponent: `-await a.b(c)[d] ** e` is -((await a.b(c)[d]) ** e). */
  factor(ctx: C.FactorCstChildren): Expr {
    const b = this.b;
    let e = this.atom(ctx);
    if (ctx.DOT !== undefined || ctx.LPAR !== undefined || ctx.LSQB !== undefined) e = this.trailers(e, ctx);
    const awaitKeyword = ctx.KW_await;
    if (awaitKeyword !== undefined) e = { kind: "Await", value: e, span: span(awaitKeyword[0]!.startOffset, b.end(e)) };
    const exponent = ctx.exponent;
    if (exponent !== undefined) {
      const right = this.factor(exponent[0]!.children);
      e = { kind: "BinOp", left: e, op: "Pow", right, span: span(b.start(e), b.end(right)) };
    }
    const signs = ctx.sign;
    if (signs !== undefined) {
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
    const name = ctx.name;
    if (name !== undefined) {
      const token = name[0]!;
      return { kind: "Name", id: identifier(token), ctx: "Load", span: tokenSpan(token) };
    }
    if (ctx.NUMBER !== undefined) return numberConstant(this.b, ctx.NUMBER[0]!);
    if (ctx.STRING !== undefined) return this.strings(ctx.STRING);
    if (ctx.constant !== undefined) {
      const token = ctx.constant[0]!;
      const value: A.ConstantValue =
        token.image === "None" ? { type: "None" } : token.image === "True" ? { type: "bool", value: true } : token.image === "False" ? { type: "bool", value: false } : { type: "Ellipsis" };
      return { kind: "Constant", value, constKind: null, span: tokenSpan(token) };
    }
    if (ctx.tuple_group_genexp !== undefined) return this.displays.tuple_group_genexp(ctx.tuple_group_genexp[0]!.children);
    if (ctx.list_listcomp !== undefined) return this.displays.list_listcomp(ctx.list_listcomp[0]!.children);
    return this.displays.dict_set(ctx.dict_set![0]!.children);
  }

  /** Adjacent string literals (STRING+). */
  strings(tokens: readonly IToken[]): Expr {
    return buildStrings(this.b, tokens, this.parseExpression);
  }

  /** Apply `.name`, `(args)` and `[slices]` in source order (ordered by their first token). */
  private trailers(value: Expr, ctx: C.FactorCstChildren): Expr {
    const b = this.b;
    const dots = ctx.DOT;
    const calls = ctx.LPAR;
    const subscripts = ctx.LSQB;
    const dotCount = dots === undefined ? 0 : dots.length;
    const callCount = calls === undefined ? 0 : calls.length;
    const subscriptCount = subscripts === undefined ? 0 : subscripts.length;
    const cursor = callCount === 0 ? null : new CallCursor(ctx);
    let d = 0;
    let c = 0;
    let s = 0;
    let e = value;
    const start = b.start(value);
    for (;;) {
      const dotAt = d < dotCount ? dots![d]!.startOffset : Infinity;
      const callAt = c < callCount ? calls![c]!.startOffset : Infinity;
      const subscriptAt = s < subscriptCount ? subscripts![s]!.startOffset : Infinity;
      if (dotAt < callAt && dotAt < subscriptAt) {
        const name = ctx.attr![d++]!;
        e = { kind: "Attribute", value: e, attr: identifier(name), ctx: "Load", span: span(start, tokenEnd(name)) };
      } else if (callAt < subscriptAt) {
        c++;
        const call = cursor!.next();
        const parens = span(callAt, tokenEnd(call.close));
        const { args, keywords } = this.callArguments(ctx.argument, call.first, call.count, call.trailingComma, parens);
        e = { kind: "Call", func: e, args, keywords, span: span(start, parens.end) };
      } else if (subscriptAt !== Infinity) {
        const slice = this.slices(ctx.slices![s]!.children);
        e = { kind: "Subscript", value: e, slice, ctx: "Load", span: span(start, tokenEnd(ctx.RSQB![s++]!)) };
      } else return e;
    }
  }

  private slices(ctx: C.SlicesCstChildren): Expr {
    const nodes = ctx.slice;
    const first = this.slice(nodes[0]!.children);
    if (nodes.length === 1 && !ctx.COMMA && first.kind !== "Starred") return first;
    const items = [first];
    for (let i = 1; i < nodes.length; i++) items.push(this.slice(nodes[i]!.children));
    const end = sequenceEnd(this.b, items[items.length - 1]!, ctx.COMMA, items.length);
    return { kind: "Tuple", elts: items, ctx: "Load", span: span(this.b.start(first), end) };
  }

  private slice(ctx: C.SliceCstChildren): Expr {
    const b = this.b;
    if (ctx.STAR) return this.starred(ctx.STAR[0]!, ctx.bitwise_or![0]!.children);
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

  // ------------------------------------------------------------ comprehensions and targets

  for_if_clauses(ctx: C.For_if_clausesCstChildren): A.Comprehension[] {
    const nodes = ctx.for_if_clause;
    const out: A.Comprehension[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const clause = nodes[i]!.children;
      const target = this.star_targets(clause.star_targets[0]!.children);
      const iter = this.chain(clause.iter[0]!.children);
      const ifs: Expr[] = [];
      if (clause.ifs) for (const n of clause.ifs) ifs.push(this.chain(n.children));
      out.push({ kind: "comprehension", target, iter, ifs, is_async: clause.KW_async ? 1 : 0 });
    }
    return out;
  }

  star_targets(ctx: C.Star_targetsCstChildren): Expr {
    const nodes = ctx.star_target;
    if (nodes.length === 1 && !ctx.COMMA) {
      const only = this.star_target(nodes[0]!.children);
      if (only.kind === "Starred") this.b.fail("starred assignment target must be in a list or tuple", only.span);
      return only;
    }
    const items: Expr[] = [];
    for (let i = 0; i < nodes.length; i++) items.push(this.star_target(nodes[i]!.children));
    const end = sequenceEnd(this.b, items[items.length - 1]!, ctx.COMMA, items.length);
    return { kind: "Tuple", elts: items, ctx: "Store", span: span(this.b.start(items[0]!), end) };
  }

  star_target(ctx: C.Star_targetCstChildren): Expr {
    const b = this.b;
    const value = toTarget(b, this.factor(ctx), "Store");
    if (!ctx.STAR) return value;
    if (value.kind === "Starred") b.fail("invalid syntax", value.span);
    return { kind: "Starred", value, ctx: "Store", span: span(ctx.STAR[0]!.startOffset, b.end(value)) };
  }

  // ------------------------------------------------------------ calls and lambdas

  /** A class's bases and keywords. */
  classArguments(ctx: C.ArgumentsCstChildren, parens: A.Span): { args: Expr[]; keywords: A.Keyword[] } {
    const nodes = ctx.argument;
    if (nodes === undefined) return { args: [], keywords: [] };
    return this.callArguments(nodes, 0, nodes.length, (ctx.COMMA?.length ?? 0) >= nodes.length, parens);
  }

  /** The `count` arguments of one call, from nodes[first]. */
  private callArguments(nodes: readonly C.ArgumentCstNode[] | undefined, first: number, count: number, trailingComma: boolean, parens: A.Span): { args: Expr[]; keywords: A.Keyword[] } {
    if (count === 0) return { args: [], keywords: [] };
    const items: CallArgument[] = [];
    for (let i = first; i < first + count; i++) items.push(this.argument(nodes![i]!.children));
    return buildCallArguments(this.b, items, parens, { trailingComma });
  }

  private argument(ctx: C.ArgumentCstChildren): CallArgument {
    const b = this.b;
    if (ctx.STAR) {
      const value = this.expression(ctx.expression![0]!.children);
      return { kind: "starred", value: { kind: "Starred", value, ctx: "Load", span: span(ctx.STAR[0]!.startOffset, b.end(value)) } };
    }
    if (ctx.DOUBLESTAR) {
      const value = this.expression(ctx.expression![0]!.children);
      return { kind: "doublestarred", keyword: { kind: "keyword", arg: null, value, span: span(ctx.DOUBLESTAR[0]!.startOffset, b.end(value)) } };
    }
    const e = this.named_expression(ctx);
    if (ctx.keyword_value) {
      if (e.kind !== "Name" || b.extents.has(e)) {
        if (e.kind === "Constant" && (e.value.type === "bool" || e.value.type === "None")) b.fail(`cannot assign to ${exprName(e)}`, b.ext(e));
        b.fail('expression cannot contain assignment, perhaps you meant "=="?', b.ext(e));
      }
      const value = this.expression(ctx.keyword_value[0]!.children);
      return { kind: "keyword", keyword: { kind: "keyword", arg: (e as A.Name).id, value, span: span(e.span.start, b.end(value)) } };
    }
    if (ctx.for_if_clauses) return { kind: "genexp", elt: e, generators: this.for_if_clauses(ctx.for_if_clauses[0]!.children), span: b.ext(e) };
    return { kind: "positional", value: e };
  }

  private lambdef(ctx: C.LambdefCstChildren): Expr {
    const args = ctx.lambda_params ? buildArguments(this.b, this.lambdaParamItems(ctx.lambda_params[0]!.children)) : NO_ARGUMENTS;
    const body = this.expression(ctx.expression[0]!.children);
    return { kind: "Lambda", args, body, span: span(ctx.KW_lambda[0]!.startOffset, this.b.end(body)) };
  }

  private lambdaParamItems(ctx: C.Lambda_paramsCstChildren): ParamItem[] {
    const items: ParamItem[] = [];
    for (const node of ctx.lambda_param_item) {
      const item = node.children;
      if (item.SLASH) items.push({ kind: "slash", token: item.SLASH[0]! });
      else if (item.STAR) items.push({ kind: "star", token: item.STAR[0]!, name: item.NAME ? item.NAME[0]! : null, annotation: null });
      else if (item.DOUBLESTAR) items.push({ kind: "doublestar", token: item.DOUBLESTAR[0]!, name: item.NAME![0]!, annotation: null, defaultValue: null });
      else items.push({ kind: "param", name: item.NAME![0]!, annotation: null, defaultValue: item.default ? this.expression(item.default[0]!.children) : null });
    }
    return items;
  }
}

/**
 * The calls of one factor, in order (see callAlternatives in grammar/parser.ts): a call closes
 * at the earlier of the next ")" and the next empty call's ")"; its arguments are the commas
 * between arguments before that close, plus one.
 */
class CallCursor {
  private close = 0;
  private emptyClose = 0;
  private argument = 0;
  private comma = 0;
  private trailingComma = 0;

  constructor(private readonly ctx: C.FactorCstChildren) {}

  next(): { close: IToken; first: number; count: number; trailingComma: boolean } {
    const ctx = this.ctx;
    const close = ctx.RPAR?.[this.close];
    const empty = ctx.empty_call?.[this.emptyClose];
    if (empty !== undefined && (close === undefined || empty.startOffset < close.startOffset)) {
      this.emptyClose++;
      return { close: empty, first: 0, count: 0, trailingComma: false };
    }
    this.close++;
    const at = close!.startOffset;
    const commas = ctx.call_comma;
    let count = 1;
    if (commas !== undefined) {
      while (this.comma < commas.length && commas[this.comma]!.startOffset < at) {
        this.comma++;
        count++;
      }
    }
    const trailing = ctx.call_trailing_comma;
    let trailingComma = false;
    if (trailing !== undefined && this.trailingComma < trailing.length && trailing[this.trailingComma]!.startOffset < at) {
      this.trailingComma++;
      trailingComma = true;
    }
    const first = this.argument;
    this.argument += count;
    return { close: close!, first, count, trailingComma };
  }
}
