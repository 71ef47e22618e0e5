/**
 * Expression helpers of the AST builder that do not need the visitor: building binary
 * operations from the flattened operator list, calls' argument lists, subscripts' slices.
 */
import type { IToken } from "chevrotain";
import type { Comprehension, Expr, Keyword, Span } from "../../ast/nodes.js";
import { type BuildContext, span, tokenEnd } from "./context.js";
import { BINARY_OPERATOR, BINARY_PRECEDENCE } from "./operators.js";

/** Operands and operators of `a + b * c | d` in source order → the BinOp tree (all left-associative). */
export function buildBinary(b: BuildContext, operands: readonly Expr[], ops: readonly IToken[]): Expr {
  let next = 0;
  const climb = (minPrecedence: number): Expr => {
    let left = operands[next++]!;
    while (next - 1 < ops.length) {
      const name = ops[next - 1]!.tokenType.name;
      const precedence = BINARY_PRECEDENCE[name]!;
      if (precedence < minPrecedence) break;
      const right = climb(precedence + 1);
      left = { kind: "BinOp", left, op: BINARY_OPERATOR[name]!, right, span: span(b.start(left), b.end(right)) };
    }
    return left;
  };
  return climb(0);
}

/** One parsed call argument, before the call's argument list is checked and split. */
export type CallArgument =
  | { readonly kind: "positional"; readonly value: Expr }
  | { readonly kind: "starred"; readonly value: Expr }
  | { readonly kind: "keyword"; readonly keyword: Keyword }
  | { readonly kind: "doublestarred"; readonly keyword: Keyword }
  | { readonly kind: "genexp"; readonly elt: Expr; readonly generators: readonly Comprehension[]; readonly span: Span };

/**
 * Split a call's arguments into `args` and `keywords`, with CPython's ordering errors.
 * `parens` is the span of `( ... )`: a lone generator argument takes it as its span.
 */
export function buildCallArguments(
  b: BuildContext,
  items: readonly CallArgument[],
  parens: Span,
  options: { readonly trailingComma: boolean },
): { args: Expr[]; keywords: Keyword[] } {
  const args: Expr[] = [];
  const keywords: Keyword[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  for (const item of items) {
    switch (item.kind) {
      case "genexp":
        if (items.length > 1 || options.trailingComma) b.fail("Generator expression must be parenthesized", item.span);
        args.push({ kind: "GeneratorExp", elt: item.elt, generators: item.generators, span: parens });
        break;
      case "positional":
        if (sawDoubleStar) b.fail("positional argument follows keyword argument unpacking", b.ext(item.value));
        if (sawKeyword) b.fail("positional argument follows keyword argument", b.ext(item.value));
        args.push(item.value);
        break;
      case "starred":
        if (sawDoubleStar) b.fail("iterable argument unpacking follows keyword argument unpacking", item.value.span);
        args.push(item.value);
        break;
      case "keyword":
        sawKeyword = true;
        keywords.push(item.keyword);
        break;
      case "doublestarred":
        sawDoubleStar = true;
        keywords.push(item.keyword);
        break;
    }
  }
  return { args, keywords };
}

/** End of a comma-separated sequence: its last element, or a trailing comma after it. */
export function sequenceEnd(b: BuildContext, last: Expr | { readonly span: Span }, commas: readonly IToken[] | undefined, count: number): number {
  if (commas !== undefined && commas.length >= count) return tokenEnd(commas[commas.length - 1]!);
  return b.end(last);
}
