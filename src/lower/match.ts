/**
 * `match` → an `if` chain over the subject held in a constant. Each pattern becomes a boolean
 * test; captures are assignments inside the test (Python binds names as the pattern matches,
 * before the guard runs). Sequence, mapping and class patterns use the runtime's structural
 * checks (`str` is not a sequence pattern subject; class patterns follow `__match_args__`).
 *
 *     match cmd:                          const $m0 = cmd;
 *         case ["go", direction]:   →     if (matchSequence($m0, 2) && eq($m0[0], "go") && ((direction = $m0[1]), true)) { ... }
 */
import type * as A from "../ast/nodes.js";
import { bin, call, type Expr, id, lit, member, num, type Stmt, str } from "../ir/nodes.js";
import type { LowerContext } from "./context.js";
import { lowerExpr } from "./expressions.js";
import { truthTest } from "./operators.js";
import { lowerBody } from "./statements.js";
import { dataclassFields } from "./dataclass-fields.js";

const TRUE = lit("true");

function and(parts: Expr[]): Expr {
  const useful = parts.filter((p) => !(p.k === "lit" && p.text === "true"));
  return useful.length === 0 ? TRUE : useful.reduce((a, b) => bin("&&", a, b));
}

function capture(ctx: LowerContext, name: string, value: Expr): Expr {
  return { k: "seq", exprs: [{ k: "assign", op: "=", target: id(ctx.jsName(name)), value }, TRUE] };
}

function patternTest(ctx: LowerContext, p: A.Pattern, subject: Expr): Expr {
  switch (p.kind) {
    case "MatchValue": {
      const t = ctx.typeOf(p.value);
      const v = lowerExpr(ctx, p.value);
      return t.t === "str" || t.t === "none" ? bin("===", subject, v) : call(ctx.helper("eq"), [subject, v]);
    }
    case "MatchSingleton": return bin("===", subject, p.value.type === "None" ? lit("null") : lit(p.value.type === "bool" && p.value.value ? "true" : "false"));
    case "MatchAs":
      if (!p.pattern) return p.name ? capture(ctx, p.name, subject) : TRUE;
      return and([patternTest(ctx, p.pattern, subject), ...(p.name ? [capture(ctx, p.name, subject)] : [])]);
    case "MatchOr": return p.patterns.map((q) => patternTest(ctx, q, subject)).reduce((a, b) => bin("||", a, b));
    case "MatchSequence": {
      const star = p.patterns.findIndex((q) => q.kind === "MatchStar");
      const fixed = star < 0 ? p.patterns.length : p.patterns.length - 1;
      // list and tuple subjects (str is not a sequence pattern subject)
      const parts: Expr[] = [call(member(id("Array"), "isArray"), [subject]), bin(star < 0 ? "===" : ">=", member(subject, "length"), num(String(fixed)))];
      p.patterns.forEach((q, i) => {
        if (q.kind === "MatchStar") {
          const after = p.patterns.length - i - 1;
          if (q.name) parts.push(capture(ctx, q.name, call(member(subject, "slice"), [num(String(i)), bin("-", member(subject, "length"), num(String(after)))])));
          return;
        }
        const index = star >= 0 && i > star ? bin("-", member(subject, "length"), num(String(p.patterns.length - i))) : num(String(i));
        parts.push(patternTest(ctx, q, { k: "index", obj: subject, index }));
      });
      return and(parts);
    }
    case "MatchMapping": {
      const parts: Expr[] = [bin("instanceof", subject, ctx.helper("PyDict")), ...p.keys.map((k) => call(member(subject, "has"), [lowerExpr(ctx, k)]))];
      p.keys.forEach((k, i) => parts.push(patternTest(ctx, p.patterns[i]!, call(member(subject, "getitem"), [lowerExpr(ctx, k)]))));
      if (p.rest) {
        const rest = id("$rest");
        const body: Stmt[] = [{ k: "var", kind: "const", target: rest, init: call(member(subject, "copy"), []) }, ...p.keys.map((k): Stmt => ({ k: "expr", expr: call(member(rest, "delitem"), [lowerExpr(ctx, k)]) })), { k: "return", value: rest }];
        parts.push(capture(ctx, p.rest, call({ k: "arrow", params: [], body }, [])));
      }
      return and(parts);
    }
    case "MatchClass": {
      const cls = lowerExpr(ctx, p.cls);
      const parts: Expr[] = [classTest(ctx, p.cls, cls, subject)];
      const clsName = p.cls.kind === "Name" ? p.cls.id : null;
      const builtinSelf = clsName !== null && ["int", "str", "float", "bool", "list", "tuple", "dict", "set"].includes(clsName);
      p.patterns.forEach((q, i) => {
        if (builtinSelf && i === 0) { parts.push(patternTest(ctx, q, subject)); return; }
        const attr = clsName ? matchArg(ctx, clsName, i) : null;
        parts.push(patternTest(ctx, q, attr ? member(subject, attr) : call(ctx.helper("matchArg"), [subject, cls, num(String(i))])));
      });
      p.kwd_attrs.forEach((a, i) => parts.push(patternTest(ctx, p.kwd_patterns[i]!, member(subject, a))));
      return and(parts);
    }
    case "MatchStar": return TRUE;
  }
}

function classTest(ctx: LowerContext, clsNode: A.Expr, cls: Expr, subject: Expr): Expr {
  if (clsNode.kind === "Name" && ctx.infer.classes.has(clsNode.id)) return bin("instanceof", subject, cls);
  return call(ctx.helper("isinstance"), [subject, cls]);
}

function matchArg(ctx: LowerContext, cls: string, i: number): string | null {
  const facts = ctx.infer.classes.get(cls);
  if (!facts) return null;
  const explicit = facts.node.body.find((s): s is A.Assign => s.kind === "Assign" && s.targets.some((t) => t.kind === "Name" && t.id === "__match_args__"));
  if (explicit && explicit.value.kind === "Tuple") {
    const e = explicit.value.elts[i];
    return e && e.kind === "Constant" && e.value.type === "str" ? e.value.value : null;
  }
  if (facts.isDataclass) return dataclassFields(ctx, cls)[i]?.name ?? null;
  return null;
}

export function lowerMatch(ctx: LowerContext, s: A.Match): Stmt[] {
  const subjectName = ctx.temp("$m");
  const subject = id(subjectName);
  let chain: Stmt[] | undefined;
  for (let i = s.cases.length - 1; i >= 0; i--) {
    const c = s.cases[i]!;
    let test = patternTest(ctx, c.pattern, subject);
    if (c.guard) test = and([test, truthTest(ctx, c.guard)]);
    const body = lowerBody(ctx, c.body, { top: false });
    if (test.k === "lit" && test.text === "true") chain = body;
    else chain = [{ k: "if", test, then: body, ...(chain ? { else: chain } : {}) }];
  }
  return [{ k: "var", kind: "const", target: subject, init: lowerExpr(ctx, s.subject), type: "any" }, ...(chain ?? [])];
}

export { str };
