/**
 * The parser's lookahead strategy: Chevrotain's LL(k) decisions (the same lookahead paths, from
 * `getLookaheadPaths`, and the same choices), evaluated with tables instead of path lists.
 *
 * Chevrotain's own LL(k) strategy tries a decision's paths one after the other; where one token
 * does not decide (for instance `a, b` against a trailing `a,` in star_expressions, or any OR with
 * a GATE), a call compares the next tokens with every path of every alternative, and the hot
 * repetitions of this grammar have tens of paths. Here the paths of a decision become a trie
 * indexed by token type: a decision reads at most k tokens, one table step each.
 *
 * The choice is the one Chevrotain makes: the first alternative (in order) that has a path
 * matching the next tokens and whose GATE, if any, holds. Gates are pure functions of the
 * lookahead here, so evaluating only those of matching alternatives changes nothing.
 */
import { getLookaheadPaths, type IOrAlt, LLkLookaheadStrategy, type OptionalProductionType, type Rule, type TokenType } from "chevrotain";

/** What a decision function reads: the parser's lookahead. */
interface Lookahead {
  LA(howMuch: number): { readonly tokenTypeIdx: number };
}

/** A trie node: `ends` holds the alternatives (bit i: alternative i) that have a path ending here. */
interface TrieNode {
  ends: number;
  readonly next: (TrieNode | undefined)[];
}

const NO_ALTERNATIVE = -1;

export class TableLookaheadStrategy extends LLkLookaheadStrategy {
  override buildLookaheadForAlternation(options: {
    prodOccurrence: number;
    rule: Rule;
    maxLookahead: number;
    hasPredicates: boolean;
    dynamicTokensEnabled: boolean;
  }): (orAlts?: IOrAlt<unknown>[]) => number | undefined {
    if (options.dynamicTokensEnabled) return super.buildLookaheadForAlternation(options);
    const alternatives = getLookaheadPaths({ occurrence: options.prodOccurrence, rule: options.rule, prodType: "Alternation", maxLookahead: options.maxLookahead });
    if (alternatives.length > 31) return super.buildLookaheadForAlternation(options);
    const root = buildTrie(alternatives);
    const depth = maxDepth(alternatives);
    if (options.hasPredicates) {
      return function (this: Lookahead, orAlts?: IOrAlt<unknown>[]): number | undefined {
        let candidates = matchingAlternatives(this, root, depth);
        while (candidates !== 0) {
          const alternative = lowestAlternative(candidates);
          const gate = orAlts![alternative]!.GATE;
          if (gate === undefined || gate.call(this) === true) return alternative;
          candidates &= candidates - 1;
        }
        return undefined;
      };
    }
    if (depth === 1) {
      const table = firstAlternativeTable(root);
      const otherwise = lowestAlternative(root.ends);
      return function (this: Lookahead): number | undefined {
        const alternative = table[this.LA(1).tokenTypeIdx] ?? otherwise;
        return alternative === NO_ALTERNATIVE ? undefined : alternative;
      };
    }
    return function (this: Lookahead): number | undefined {
      const candidates = matchingAlternatives(this, root, depth);
      return candidates === 0 ? undefined : lowestAlternative(candidates);
    };
  }

  override buildLookaheadForOptional(options: {
    prodOccurrence: number;
    prodType: OptionalProductionType;
    rule: Rule;
    maxLookahead: number;
    dynamicTokensEnabled: boolean;
  }): () => boolean {
    if (options.dynamicTokensEnabled) return super.buildLookaheadForOptional(options);
    const paths = getLookaheadPaths({ occurrence: options.prodOccurrence, rule: options.rule, prodType: options.prodType, maxLookahead: options.maxLookahead })[0]!;
    const root = buildTrie([paths]);
    const depth = maxDepth([paths]);
    if (depth === 1) {
      const table = firstAlternativeTable(root);
      const otherwise = lowestAlternative(root.ends);
      return function (this: Lookahead): boolean {
        return (table[this.LA(1).tokenTypeIdx] ?? otherwise) === 0;
      };
    }
    return function (this: Lookahead): boolean {
      return matchingAlternatives(this, root, depth) !== 0;
    };
  }
}

/** The alternatives (as bits) with a path that the next tokens match. */
function matchingAlternatives(parser: Lookahead, root: TrieNode, depth: number): number {
  let candidates = root.ends;
  let node: TrieNode | undefined = root;
  for (let i = 1; i <= depth; i++) {
    node = node.next[parser.LA(i).tokenTypeIdx];
    if (node === undefined) break;
    candidates |= node.ends;
  }
  return candidates;
}

function buildTrie(alternatives: readonly TokenType[][][]): TrieNode {
  const root: TrieNode = { ends: 0, next: [] };
  alternatives.forEach((paths, alternative) => {
    for (const path of paths) {
      let nodes = [root];
      for (const type of path) nodes = nodes.flatMap((node) => matchingTypes(type).map((idx) => (node.next[idx] ??= { ends: 0, next: [] })));
      for (const node of nodes) node.ends |= 1 << alternative;
    }
  });
  return root;
}

/** A token type matches itself and, when it is a category, the token types in it. */
function matchingTypes(type: TokenType): number[] {
  const category = type as TokenType & { categoryMatches?: number[] };
  return [type.tokenTypeIdx!, ...(category.categoryMatches ?? [])];
}

function maxDepth(alternatives: readonly TokenType[][][]): number {
  let depth = 0;
  for (const paths of alternatives) for (const path of paths) depth = Math.max(depth, path.length);
  return depth;
}

/**
 * For one-token decisions: the chosen alternative by token type index (NO_ALTERNATIVE for none).
 * Token types past its end take the alternative of an empty path, if any.
 */
function firstAlternativeTable(root: TrieNode): number[] {
  const table: number[] = [];
  for (let idx = 0; idx < root.next.length; idx++) table.push(lowestAlternative(root.ends | (root.next[idx]?.ends ?? 0)));
  return table;
}

/** The first alternative in a set of them (bit i: alternative i), or NO_ALTERNATIVE. */
function lowestAlternative(alternatives: number): number {
  return alternatives === 0 ? NO_ALTERNATIVE : 31 - Math.clz32(alternatives & -alternatives);
}
