/**
 * A call's argument list: the parsed arguments → `args` and `keywords`, with CPython's ordering
 * errors ("positional argument follows keyword argument", ...).
 */
import type { Comprehension, Expr, Keyword, Span } from "../../ast/nodes.js";
import { type BuildContext, span } from "./context.js";

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
  // CPython reports these ordering errors at the last token it read: the closing parenthesis.
  const close = span(parens.end - 1, parens.end);
  for (const item of items) {
    switch (item.kind) {
      case "genexp":
        if (items.length > 1 || options.trailingComma) b.fail("Generator expression must be parenthesized", item.span);
        args.push({ kind: "GeneratorExp", elt: item.elt, generators: item.generators, span: parens });
        break;
      case "positional":
        if (sawDoubleStar) b.fail("positional argument follows keyword argument unpacking", close);
        if (sawKeyword) b.fail("positional argument follows keyword argument", close);
        args.push(item.value);
        break;
      case "starred":
        if (sawDoubleStar) b.fail("iterable argument unpacking follows keyword argument unpacking", close);
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

