/**
 * Shared state of one CST→AST build: the file, the outer extents of parenthesized nodes, and
 * the way to stop at the first syntax error (CPython reports one error per parse).
 *
 * CPython gives a node the extent of the tokens its rule consumed, so `(a) + b` starts at the
 * '(' while the Name `a` starts after it. The builder keeps the AST node's own span on the node
 * and the wider extent of a parenthesized node in `extents` (one map per build, never shared).
 */
import type { IToken } from "chevrotain";
import type { Expr, Span } from "../../ast/nodes.js";
import type { SourceFile } from "../../source.js";

/** A syntax error found while building the AST; caught by parse() and turned into a diagnostic. */
export class SyntaxErrorSignal {
  constructor(
    readonly message: string,
    readonly span: Span,
  ) {}
}

export class BuildContext {
  readonly extents = new Map<object, Span>();
  /**
   * Statements followed by a `;` that ends their line: CPython ends an enclosing compound
   * statement at that `;` (its last non-whitespace token), not at the statement.
   */
  readonly semicolonEnds = new Map<object, number>();
  constructor(readonly file: SourceFile) {}

  /** The extent of a node: its span, widened to its parentheses when it was parenthesized. */
  ext(node: { readonly span: Span }): Span {
    return this.extents.get(node) ?? node.span;
  }

  start(node: { readonly span: Span }): number {
    return (this.extents.get(node) ?? node.span).start;
  }

  end(node: { readonly span: Span }): number {
    return (this.extents.get(node) ?? node.span).end;
  }

  /** Give `to` the same parenthesized extent as `from` (used when a node is rebuilt, e.g. with a new ctx). */
  carryExtent(from: object, to: object): void {
    const extent = this.extents.get(from);
    if (extent !== undefined) this.extents.set(to, extent);
  }

  /** End of a block: its last statement, or the `;` after it. */
  blockEnd(body: readonly { readonly span: Span }[]): number {
    const last = body[body.length - 1]!;
    return this.semicolonEnds.get(last) ?? last.span.end;
  }

  fail(message: string, span: Span): never {
    throw new SyntaxErrorSignal(message, span);
  }
}

export function tokenSpan(token: IToken): Span {
  return { start: token.startOffset, end: token.endOffset! + 1 };
}

export function tokenEnd(token: IToken): number {
  return token.endOffset! + 1;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

/** Python identifiers are NFKC-normalized (PEP 3131); ASCII names are already normal. */
export function identifier(token: IToken): string {
  const image = token.image;
  for (let i = 0; i < image.length; i++) {
    if (image.charCodeAt(i) > 127) return image.normalize("NFKC");
  }
  return image;
}

/** End of a comma-separated sequence: its last element, or a trailing comma after it. */
export function sequenceEnd(b: BuildContext, last: Expr | { readonly span: Span }, commas: readonly IToken[] | undefined, count: number): number {
  if (commas !== undefined && commas.length >= count) return tokenEnd(commas[commas.length - 1]!);
  return b.end(last);
}
