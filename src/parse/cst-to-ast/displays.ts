/**
 * Displays: parentheses (tuple, group, generator expression), lists and list comprehensions,
 * dicts, sets and their comprehensions. The grammar parses each bracket kind with one rule;
 * here the contents decide which node it is, with CPython's errors.
 */
import type * as C from "../../../grammar/cst.js";
import type * as A from "../../ast/nodes.js";
import { type BuildContext, span, tokenEnd } from "./context.js";
import type { ExpressionBuilder } from "./expressions.js";

type Expr = A.Expr;

/** What `star_named_expressions` holds: elements, or one element and its comprehension clauses. */
interface Elements {
  readonly items: Expr[];
  readonly generators: A.Comprehension[] | null;
  readonly trailingComma: boolean;
}

interface DictSetItem {
  readonly key: Expr | null;
  readonly value: Expr | null;
  readonly span: A.Span;
}

export class Displays {
  constructor(
    private readonly b: BuildContext,
    private readonly x: ExpressionBuilder,
  ) {}

  tuple_group_genexp(ctx: C.Tuple_group_genexpCstChildren): Expr {
    const b = this.b;
    const parens = span(ctx.LPAR[0]!.startOffset, tokenEnd(ctx.RPAR[0]!));
    if (ctx.yield_expr) {
      const inner = this.x.yield_expr(ctx.yield_expr[0]!.children);
      b.extents.set(inner, parens);
      return inner;
    }
    if (!ctx.star_named_expressions) return { kind: "Tuple", elts: [], ctx: "Load", span: parens };
    const elements = this.starNamedExpressions(ctx.star_named_expressions[0]!.children);
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
    const elements = this.starNamedExpressions(ctx.star_named_expressions[0]!.children);
    if (elements.generators) {
      const elt = elements.items[0]!;
      if (elt.kind === "Starred") this.b.fail("iterable unpacking cannot be used in comprehension", elt.span);
      return { kind: "ListComp", elt, generators: elements.generators, span: brackets };
    }
    return { kind: "List", elts: elements.items, ctx: "Load", span: brackets };
  }

  private starNamedExpressions(ctx: C.Star_named_expressionsCstChildren): Elements {
    const items = this.x.elements(ctx.element!, ctx.STAR);
    if (ctx.for_if_clauses) return { items, generators: this.x.for_if_clauses(ctx.for_if_clauses[0]!.children), trailingComma: false };
    const commas = ctx.COMMA ? ctx.COMMA.length : 0;
    return { items, generators: null, trailingComma: commas >= items.length };
  }

  dict_set(ctx: C.Dict_setCstChildren): Expr {
    const b = this.b;
    const braces = span(ctx.LBRACE[0]!.startOffset, tokenEnd(ctx.RBRACE[0]!));
    const nodes = ctx.dict_set_item;
    if (!nodes) return { kind: "Dict", keys: [], values: [], span: braces };
    const items: DictSetItem[] = [];
    for (let i = 0; i < nodes.length; i++) items.push(this.dictSetItem(nodes[i]!.children));
    const first = items[0]!;
    const isDict = first.value !== null;
    if (ctx.for_if_clauses) {
      const generators = this.x.for_if_clauses(ctx.for_if_clauses[0]!.children);
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

  private dictSetItem(ctx: C.Dict_set_itemCstChildren): DictSetItem {
    const b = this.b;
    if (ctx.DOUBLESTAR) {
      const value = this.x.bitwise_or(ctx.bitwise_or![0]!.children);
      return { key: null, value, span: span(ctx.DOUBLESTAR[0]!.startOffset, b.end(value)) };
    }
    const key = this.x.element(ctx.element![0]!, ctx.STAR);
    const value = ctx.value ? this.x.expression(ctx.value[0]!.children) : null;
    return { key, value, span: span(b.start(key), value ? b.end(value) : b.end(key)) };
  }
}
