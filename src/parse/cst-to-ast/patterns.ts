/**
 * `match` patterns: CST → MatchAs / MatchOr / MatchSequence / MatchMapping / MatchClass /
 * MatchValue / MatchSingleton / MatchStar, with CPython 3.11's rules (a lone NAME captures,
 * `_` is the wildcard, dotted names are values, group patterns keep the inner pattern) and
 * its errors.
 */
import type * as C from "../../../grammar/cst.js";
import type * as A from "../../ast/nodes.js";
import { numberConstant } from "./constants.js";
import { type BuildContext, identifier, sequenceEnd, span, tokenEnd, tokenSpan } from "./context.js";

type Pattern = A.Pattern;

export class PatternBuilder {
  constructor(
    private readonly b: BuildContext,
    private readonly strings: (node: C.StringsCstNode) => A.Expr,
    private readonly checkLiteral: (e: A.Expr) => void,
  ) {}

  patterns(ctx: C.PatternsCstChildren): Pattern {
    const nodes = ctx.maybe_star_pattern;
    const first = this.maybeStar(nodes[0]!.children);
    if (nodes.length === 1 && !ctx.COMMA) {
      if (first.kind === "MatchStar") this.b.fail("invalid syntax", first.span);
      return first;
    }
    const items = [first, ...nodes.slice(1).map((n) => this.maybeStar(n.children))];
    const end = sequenceEnd(this.b, items[items.length - 1]!, ctx.COMMA, items.length);
    return { kind: "MatchSequence", patterns: items, span: span(this.b.start(first), end) };
  }

  private maybeStar(ctx: C.Maybe_star_patternCstChildren): Pattern {
    if (ctx.pattern) return this.pattern(ctx.pattern[0]!.children);
    const name = ctx.NAME![0]!;
    return { kind: "MatchStar", name: name.image === "_" ? null : identifier(name), span: span(ctx.STAR![0]!.startOffset, tokenEnd(name)) };
  }

  private pattern(ctx: C.PatternCstChildren): Pattern {
    const inner = this.orPattern(ctx.or_pattern[0]!.children);
    if (!ctx.KW_as) return inner;
    const name = ctx.NAME![0]!;
    if (name.image === "_") this.b.fail("cannot use '_' as a target", tokenSpan(name));
    return { kind: "MatchAs", pattern: inner, name: identifier(name), span: span(this.b.start(inner), tokenEnd(name)) };
  }

  private orPattern(ctx: C.Or_patternCstChildren): Pattern {
    const nodes = ctx.closed_pattern;
    if (nodes.length === 1) return this.closed(nodes[0]!.children);
    const patterns = nodes.map((n) => this.closed(n.children));
    return { kind: "MatchOr", patterns, span: span(this.b.start(patterns[0]!), this.b.end(patterns[patterns.length - 1]!)) };
  }

  private closed(ctx: C.Closed_patternCstChildren): Pattern {
    if (ctx.name_or_class_pattern) return this.nameOrClass(ctx.name_or_class_pattern[0]!.children);
    if (ctx.signed_number) {
      const value = this.signedNumber(ctx.signed_number[0]!.children);
      return { kind: "MatchValue", value, span: value.span };
    }
    if (ctx.strings) {
      const value = this.strings(ctx.strings[0]!);
      this.checkLiteral(value);
      return { kind: "MatchValue", value, span: value.span };
    }
    if (ctx.singleton) {
      const token = ctx.singleton[0]!;
      const value: A.ConstantValue = token.image === "None" ? { type: "None" } : { type: "bool", value: token.image === "True" };
      return { kind: "MatchSingleton", value, span: tokenSpan(token) };
    }
    if (ctx.group_or_sequence_pattern) return this.groupOrSequence(ctx.group_or_sequence_pattern[0]!.children);
    return this.mapping(ctx.mapping_pattern![0]!.children);
  }

  /** signed_number, or a complex `real ± imaginary` literal (the imaginary part must be imaginary). */
  private signedNumber(ctx: C.Signed_numberCstChildren): A.Expr {
    const b = this.b;
    let e = numberConstant(this.b, ctx.NUMBER[0]!);
    if (ctx.sign) e = { kind: "UnaryOp", op: "USub", operand: e, span: span(ctx.sign[0]!.startOffset, e.span.end) };
    if (!ctx.op) return e;
    const imaginary = numberConstant(this.b, ctx.imaginary![0]!);
    if (imaginary.kind !== "Constant" || imaginary.value.type !== "complex") b.fail("imaginary number required in complex literal", imaginary.span);
    const real = e.kind === "UnaryOp" ? e.operand : e;
    if (real.kind !== "Constant" || real.value.type === "complex") b.fail("real number required in complex literal", real.span);
    return { kind: "BinOp", left: e, op: ctx.op[0]!.image === "+" ? "Add" : "Sub", right: imaginary, span: span(e.span.start, imaginary.span.end) };
  }

  private nameOrClass(ctx: C.Name_or_class_patternCstChildren): Pattern {
    const b = this.b;
    const names = ctx.NAME;
    const first = names[0]!;
    if (names.length === 1 && !ctx.LPAR) {
      if (first.image === "_") return { kind: "MatchAs", pattern: null, name: null, span: tokenSpan(first) };
      return { kind: "MatchAs", pattern: null, name: identifier(first), span: tokenSpan(first) };
    }
    let cls: A.Expr = { kind: "Name", id: identifier(first), ctx: "Load", span: tokenSpan(first) };
    for (let i = 1; i < names.length; i++) {
      cls = { kind: "Attribute", value: cls, attr: identifier(names[i]!), ctx: "Load", span: span(first.startOffset, tokenEnd(names[i]!)) };
    }
    if (!ctx.LPAR) return { kind: "MatchValue", value: cls, span: cls.span };
    const patterns: Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: Pattern[] = [];
    for (const arg of ctx.class_pattern_arg ?? []) {
      const a = arg.children;
      const pattern = this.pattern(a.pattern![0]!.children);
      if (a.keyword) {
        kwdAttrs.push(identifier(a.keyword[0]!));
        kwdPatterns.push(pattern);
      } else {
        if (kwdAttrs.length > 0) b.fail("positional patterns follow keyword patterns", b.ext(pattern));
        patterns.push(pattern);
      }
    }
    return { kind: "MatchClass", cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns, span: span(first.startOffset, tokenEnd(ctx.RPAR![0]!)) };
  }

  private groupOrSequence(ctx: C.Group_or_sequence_patternCstChildren): Pattern {
    const b = this.b;
    const brackets = span(ctx.open![0]!.startOffset, tokenEnd(ctx.close![0]!));
    if (!ctx.patterns) return { kind: "MatchSequence", patterns: [], span: brackets };
    const inner = ctx.patterns[0]!.children;
    const isParen = ctx.open![0]!.image === "(";
    if (isParen && inner.maybe_star_pattern.length === 1 && !inner.COMMA) {
      const only = this.maybeStar(inner.maybe_star_pattern[0]!.children);
      if (only.kind === "MatchStar") b.fail("invalid syntax", only.span);
      b.extents.set(only, brackets);
      return only;
    }
    const items = inner.maybe_star_pattern.map((n) => this.maybeStar(n.children));
    return { kind: "MatchSequence", patterns: items, span: brackets };
  }

  private mapping(ctx: C.Mapping_patternCstChildren): Pattern {
    const b = this.b;
    const keys: A.Expr[] = [];
    const patterns: Pattern[] = [];
    let rest: string | null = null;
    for (const item of ctx.mapping_item ?? []) {
      const m = item.children;
      if (rest !== null) b.fail("invalid syntax", tokenSpan(m.rest ? m.DOUBLESTAR![0]! : m.COLON![0]!));
      if (m.rest) {
        const name = m.rest[0]!;
        if (name.image === "_") b.fail("invalid syntax", tokenSpan(name));
        rest = identifier(name);
        continue;
      }
      keys.push(this.mappingKey(m.key![0]!.children));
      patterns.push(this.pattern(m.pattern![0]!.children));
    }
    return { kind: "MatchMapping", keys, patterns, rest, span: span(ctx.LBRACE[0]!.startOffset, tokenEnd(ctx.RBRACE[0]!)) };
  }

  /** key_value_pattern keys: literal_expr | attr (a value, never a capture). */
  private mappingKey(ctx: C.Closed_patternCstChildren): A.Expr {
    // `{(1): v}`: a key is a bare literal or dotted name, never a group
    const open = ctx.group_or_sequence_pattern?.[0]?.children.open?.[0];
    if (open !== undefined) return this.b.fail("invalid syntax", span(open.startOffset, tokenEnd(open)));
    const key = this.closed(ctx);
    if (key.kind === "MatchValue") return key.value;
    if (key.kind === "MatchSingleton") return { kind: "Constant", value: key.value, constKind: null, span: key.span };
    return this.b.fail("invalid syntax", key.span);
  }
}
