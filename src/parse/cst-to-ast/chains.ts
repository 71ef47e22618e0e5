/**
 * Operator chains (the grammar's flattened `disjunction` … `term`, see operatorChain in
 * grammar/parser.ts): operands and operators in source order → the AST with CPython's precedence.
 */
import type { IToken } from "chevrotain";
import * as T from "../../../grammar/tokens.js";
import type { CmpOperator, Expr } from "../../ast/nodes.js";
import { type BuildContext, span } from "./context.js";
import { BINARY_OPERATOR, BINARY_PRECEDENCE, COMPARE_OPERATOR } from "./operators.js";

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

/** The operators of one flattened operator chain (see `operatorChain` in grammar/parser.ts). */
export interface ChainOperators {
  readonly not?: readonly IToken[];
  readonly op?: readonly IToken[];
  readonly cmp?: readonly IToken[];
  readonly bool?: readonly IToken[];
}

type ChainItem =
  | { readonly t: "x"; readonly e: Expr }
  | { readonly t: "not"; readonly tok: IToken }
  | { readonly t: "bin"; readonly tok: IToken }
  | { readonly t: "cmp"; readonly op: CmpOperator }
  | { readonly t: "and" | "or" };

/**
 * Operands and operators of a chain → the AST with CPython's precedence:
 * or < and < not < comparisons < | < ^ < & < shifts < + - < * / // % @.
 */
export function buildChain(b: BuildContext, operands: readonly Expr[], ops: ChainOperators): Expr {
  if (ops.not === undefined && ops.cmp === undefined && ops.bool === undefined) return buildBinary(b, operands, ops.op!);
  const tagged: { tag: "not" | "op" | "cmp" | "bool"; tok: IToken }[] = [];
  for (const tok of ops.not ?? []) tagged.push({ tag: "not", tok });
  for (const tok of ops.op ?? []) tagged.push({ tag: "op", tok });
  for (const tok of ops.cmp ?? []) tagged.push({ tag: "cmp", tok });
  for (const tok of ops.bool ?? []) tagged.push({ tag: "bool", tok });
  tagged.sort((x, y) => x.tok.startOffset - y.tok.startOffset);

  const seq: ChainItem[] = [];
  let k = 0;
  let i = 0;
  while (i < tagged.length && tagged[i]!.tag === "not") seq.push({ t: "not", tok: tagged[i++]!.tok });
  seq.push({ t: "x", e: operands[k++]! });
  while (i < tagged.length) {
    const { tag, tok } = tagged[i++]!;
    if (tag === "cmp") {
      let op: CmpOperator;
      if (tok.tokenType === T.KW_not) {
        op = "NotIn";
        i++;
      } else if (tok.tokenType === T.KW_is) {
        const next = tagged[i];
        if (next !== undefined && next.tag === "cmp" && next.tok.tokenType === T.KW_not) {
          op = "IsNot";
          i++;
        } else op = "Is";
      } else op = COMPARE_OPERATOR[tok.tokenType.name]!;
      seq.push({ t: "cmp", op });
    } else if (tag === "bool") seq.push({ t: tok.image === "and" ? "and" : "or" });
    else seq.push({ t: "bin", tok });
    while (i < tagged.length && tagged[i]!.tag === "not") seq.push({ t: "not", tok: tagged[i++]!.tok });
    seq.push({ t: "x", e: operands[k++]! });
  }

  let p = 0;
  const parseBoolean = (kind: "or" | "and", next: () => Expr): Expr => {
    const first = next();
    if (seq[p]?.t !== kind) return first;
    const values = [first];
    while (seq[p]?.t === kind) {
      p++;
      values.push(next());
    }
    return { kind: "BoolOp", op: kind === "or" ? "Or" : "And", values, span: span(b.start(first), b.end(values[values.length - 1]!)) };
  };
  const parseNot = (): Expr => {
    const item = seq[p]!;
    if (item.t !== "not") return parseComparison();
    p++;
    const operand = parseNot();
    return { kind: "UnaryOp", op: "Not", operand, span: span(item.tok.startOffset, b.end(operand)) };
  };
  const parseComparison = (): Expr => {
    const left = parseBinaryRun();
    if (seq[p]?.t !== "cmp") return left;
    const cmpOps: CmpOperator[] = [];
    const comparators: Expr[] = [];
    for (let item = seq[p]; item !== undefined && item.t === "cmp"; item = seq[p]) {
      cmpOps.push(item.op);
      p++;
      comparators.push(parseBinaryRun());
    }
    return { kind: "Compare", left, ops: cmpOps, comparators, span: span(b.start(left), b.end(comparators[comparators.length - 1]!)) };
  };
  const parseBinaryRun = (): Expr => {
    const xs: Expr[] = [(seq[p++] as { e: Expr }).e];
    const binOps: IToken[] = [];
    for (let item = seq[p]; item !== undefined && item.t === "bin"; item = seq[p]) {
      binOps.push(item.tok);
      p++;
      xs.push((seq[p++] as { e: Expr }).e);
    }
    return xs.length === 1 ? xs[0]! : buildBinary(b, xs, binOps);
  };
  return parseBoolean("or", () => parseBoolean("and", parseNot));
}
