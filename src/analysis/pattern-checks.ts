/**
 * The checks CPython's compiler makes on `match` patterns (compiler_pattern in Python/compile.c),
 * which `ast.parse` accepts and compiling rejects: a name bound twice in one pattern, `|`
 * alternatives that bind different names, an irrefutable pattern (`case x:`, `case _:`, `x | 1`)
 * before other cases or alternatives, two starred names in a sequence pattern, a duplicate literal
 * key in a mapping pattern and a repeated keyword in a class pattern. Messages word for word.
 *
 * CPython reports these at the pattern it compiled last (3.11 sets the error location as each
 * pattern is entered), so `case [a, a]` points at the second `a` and `case 1 | b` at `b`; this
 * walk keeps the same "last pattern entered" location. block-context.ts reports the first of
 * these and its own checks by position, as the compiler meets them in source order.
 *
 * Example: `match v:` / `case x:` / `case 1:` → "name capture 'x' makes remaining patterns unreachable".
 */
import type * as A from "../ast/nodes.js";
import { forEachChild } from "./walk.js";

export interface PatternError {
  readonly message: string;
  readonly span: A.Span;
}

class PatternFailure {
  constructor(readonly error: PatternError) {}
}

interface PatternContext {
  allowIrrefutable: boolean;
  stores: string[];
}

/** The first pattern error of every `match` statement in the module, earliest first. */
export function patternErrors(module: A.Module): PatternError[] {
  const errors: PatternError[] = [];
  const visit = (node: A.Node): void => {
    if (node.kind === "Match") {
      const error = checkMatch(node);
      if (error) errors.push(error);
    }
    forEachChild(node, visit);
  };
  module.body.forEach(visit);
  return errors.sort((a, b) => a.span.start - b.span.start);
}

function checkMatch(node: A.Match): PatternError | null {
  const last = node.cases[node.cases.length - 1];
  // a final `case _:` without a guard is compiled as the default, not as a pattern
  const hasDefault = node.cases.length > 1 && last !== undefined && isWildcard(last.pattern) && last.guard === null;
  try {
    node.cases.slice(0, node.cases.length - (hasDefault ? 1 : 0)).forEach((c, i) => {
      new PatternChecker(c.pattern.span).pattern(c.pattern, { allowIrrefutable: c.guard !== null || i === node.cases.length - 1, stores: [] });
    });
  } catch (e) {
    if (e instanceof PatternFailure) return e.error;
    throw e;
  }
  return null;
}

function isWildcard(p: A.Pattern): boolean {
  return p.kind === "MatchAs" && p.pattern === null && p.name === null;
}

/** One case's pattern, with CPython's current error location. */
class PatternChecker {
  constructor(private at: A.Span) {}

  private fail(message: string, span: A.Span = this.at): never {
    throw new PatternFailure({ message, span });
  }

  private store(name: string | null, pc: PatternContext): void {
    if (name === null) return;
    if (pc.stores.includes(name)) this.fail(`multiple assignments to name '${name}' in pattern`);
    pc.stores.push(name);
  }

  private subpattern(p: A.Pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  pattern(p: A.Pattern, pc: PatternContext): void {
    this.at = p.span;
    switch (p.kind) {
      case "MatchValue": case "MatchSingleton": return;
      case "MatchStar": this.store(p.name, pc); return;
      case "MatchAs":
        if (p.pattern === null) {
          if (!pc.allowIrrefutable) this.fail(p.name !== null ? `name capture '${p.name}' makes remaining patterns unreachable` : "wildcard makes remaining patterns unreachable");
        } else {
          this.pattern(p.pattern, pc);
        }
        this.store(p.name, pc);
        return;
      case "MatchSequence":
        if (p.patterns.filter((q) => q.kind === "MatchStar").length > 1) this.fail("multiple starred names in sequence pattern");
        p.patterns.forEach((q) => this.subpattern(q, pc));
        return;
      case "MatchMapping": {
        const seen = new Set<string>();
        for (const key of p.keys) {
          const folded = constantKey(key);
          if (folded === null) continue;
          if (seen.has(folded.identity)) this.fail(`mapping pattern checks duplicate key (${folded.repr})`);
          seen.add(folded.identity);
        }
        p.patterns.forEach((q) => this.subpattern(q, pc));
        this.store(p.rest, pc);
        return;
      }
      case "MatchClass":
        p.kwd_attrs.forEach((attr, i) => {
          if (p.kwd_attrs.indexOf(attr) < i) this.fail(`attribute name repeated in class pattern: ${attr}`, p.kwd_patterns[i]!.span);
        });
        [...p.patterns, ...p.kwd_patterns].forEach((q) => this.subpattern(q, pc));
        return;
      case "MatchOr": {
        let control: string[] | null = null;
        p.patterns.forEach((alt, i) => {
          const inner: PatternContext = { allowIrrefutable: i === p.patterns.length - 1 && pc.allowIrrefutable, stores: [] };
          this.pattern(alt, inner);
          if (control === null) control = inner.stores;
          else if (inner.stores.length !== control.length || control.some((n) => !inner.stores.includes(n))) this.fail("alternative patterns bind different names");
        });
        for (const name of control ?? []) this.store(name, pc);
        return;
      }
    }
  }
}

/** A literal mapping key as Python compares it (1 == 1.0 == True, -0 == 0), with its repr. */
function constantKey(key: A.Expr): { identity: string; repr: string } | null {
  const value = numberOf(key);
  if (value !== null) {
    const [re, im] = value;
    const identity = im === 0 ? `n:${re === 0 ? 0 : re}` : `c:${re},${im}`;
    return { identity, repr: numberRepr(key, re, im) };
  }
  if (key.kind !== "Constant") return null;
  const v = key.value;
  switch (v.type) {
    case "str": return { identity: `s:${v.value}`, repr: strRepr(v.value) };
    case "bytes": return { identity: `b:${v.value.join(",")}`, repr: `b${strRepr(String.fromCharCode(...v.value))}` };
    case "None": return { identity: "None", repr: "None" };
    case "Ellipsis": return { identity: "Ellipsis", repr: "Ellipsis" };
    default: return null;
  }
}

/** A numeric literal key (`1`, `-2.5`, `True`, `1 + 2j`) as [real, imaginary]. */
function numberOf(e: A.Expr): [number, number] | null {
  if (e.kind === "Constant") {
    const v = e.value;
    if (v.type === "int") return [Number(v.value), 0];
    if (v.type === "float") return [v.value, 0];
    if (v.type === "bool") return [v.value ? 1 : 0, 0];
    if (v.type === "complex") return [0, v.imag];
    return null;
  }
  if (e.kind === "UnaryOp" && e.op === "USub") {
    const inner = numberOf(e.operand);
    return inner && [-inner[0], -inner[1]];
  }
  if (e.kind === "BinOp" && (e.op === "Add" || e.op === "Sub")) {
    const l = numberOf(e.left);
    const r = numberOf(e.right);
    if (!l || !r) return null;
    return e.op === "Add" ? [l[0] + r[0], l[1] + r[1]] : [l[0] - r[0], l[1] - r[1]];
  }
  return null;
}

function numberRepr(key: A.Expr, re: number, im: number): string {
  const isFloat = (e: A.Expr): boolean => (e.kind === "Constant" && e.value.type === "float") || (e.kind === "UnaryOp" && isFloat(e.operand));
  if (key.kind === "Constant" && key.value.type === "bool") return key.value.value ? "True" : "False";
  const complex = im !== 0 || key.kind === "BinOp" || (key.kind === "Constant" && key.value.type === "complex");
  if (complex) return re === 0 && key.kind !== "BinOp" ? `${im}j` : `(${re}${im < 0 ? "-" : "+"}${Math.abs(im)}j)`;
  return isFloat(key) ? floatRepr(re) : String(re === 0 ? 0 : re);
}

function floatRepr(x: number): string {
  return Number.isInteger(x) ? `${x}.0`.replace(/^-0\.0$/, "-0.0") : String(x);
}

function strRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/\r/g, "\\r");
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote;
}
