/**
 * The checks CPython's compiler makes after parsing, on where a statement or expression may
 * appear: `return`/`yield` outside a function, `await`/`async for`/`async with` and async
 * comprehensions outside an async function, `break`/`continue` outside a loop, `yield` inside a
 * comprehension, `yield from` inside an async function, a value returned from an async generator.
 * `ast.parse` accepts all of these, so the parser does too; running such a file is a SyntaxError
 * in CPython, so py2ts reports the first one (messages word for word) and converts nothing.
 * Declarations (`global`, `nonlocal`) are checked before, in declarations.ts; `match` patterns
 * in pattern-checks.ts, reported here with these by position.
 *
 * Example: `for x in xs: pass` then `break` at module level → "'break' outside loop".
 */
import type * as A from "../ast/nodes.js";
import { makeDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { syntaxDiagnostics } from "../diagnostics/catalog-syntax.js";
import { patternErrors } from "./pattern-checks.js";
import { forEachChild } from "./walk.js";

type Scope = "module" | "class" | "function" | "async" | "lambda";

interface Context {
  readonly scope: Scope;
  readonly inLoop: boolean;
  /** set on an async def whose body yields ("'return' with value in async generator") */
  readonly asyncGenerator: boolean;
  /** the kind of comprehension whose own scope this is, if any */
  readonly comprehension: string | null;
}

const COMPREHENSION_NAMES: Readonly<Record<string, string>> = {
  ListComp: "list comprehension",
  SetComp: "set comprehension",
  DictComp: "dict comprehension",
  GeneratorExp: "generator expression",
};

/** The first compile-time context error in the module, as CPython reports it, or none. */
export function checkBlockContext(module: A.Module, options: { filename: string }): Diagnostic[] {
  let first: { message: string; span: A.Span } | null = null;
  const report = (node: { span: A.Span }, message: string): void => {
    if (!first || node.span.start < first.span.start) first = { message, span: node.span };
  };
  const isAsync = (c: Context): boolean => c.scope === "async";
  const inFunction = (c: Context): boolean => c.scope === "function" || c.scope === "async" || c.scope === "lambda";

  const visitFunctionLike = (node: A.FunctionDef | A.AsyncFunctionDef | A.Lambda, outer: Context): void => {
    const scope: Scope = node.kind === "Lambda" ? "lambda" : node.kind === "AsyncFunctionDef" ? "async" : "function";
    // decorators, defaults and annotations run in the enclosing scope
    forEachChild(node, (child) => {
      if (node.kind !== "Lambda" && (node.body as readonly A.Node[]).includes(child)) return;
      if (node.kind === "Lambda" && child === node.body) return;
      visit(child, outer);
    });
    const inner: Context = { scope, inLoop: false, asyncGenerator: scope === "async" && yieldsDirectly(node.body as readonly A.Node[] | A.Node), comprehension: null };
    if (node.kind === "Lambda") visit(node.body, inner);
    else node.body.forEach((s) => visit(s, inner));
  };

  const visitComprehension = (node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, outer: Context): void => {
    const [head, ...rest] = node.generators;
    if (head) visit(head.iter, outer); // the first iterable is evaluated in the enclosing scope
    const genexp = node.kind === "GeneratorExp";
    const usesAsync = node.generators.some((g) => g.is_async) || containsAwait(node);
    if (usesAsync && !genexp && !isAsync(outer)) {
      report(node, "asynchronous comprehension outside of an asynchronous function");
    }
    const inner: Context = { ...outer, inLoop: false, comprehension: COMPREHENSION_NAMES[node.kind]!, scope: genexp && usesAsync ? "async" : outer.scope };
    if (head) { visit(head.target, inner); head.ifs.forEach((e) => visit(e, inner)); }
    for (const g of rest) { visit(g.target, inner); visit(g.iter, inner); g.ifs.forEach((e) => visit(e, inner)); }
    if (node.kind === "DictComp") { visit(node.key, inner); visit(node.value, inner); } else visit(node.elt, inner);
  };

  const visit = (node: A.Node, c: Context): void => {
    switch (node.kind) {
      case "FunctionDef": case "AsyncFunctionDef": case "Lambda": visitFunctionLike(node, c); return;
      case "ClassDef":
        forEachChild(node, (child) => { if (!node.body.includes(child as A.Stmt)) visit(child, c); });
        node.body.forEach((s) => visit(s, { scope: "class", inLoop: false, asyncGenerator: false, comprehension: null }));
        return;
      case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp": visitComprehension(node, c); return;
      case "Return":
        if (!inFunction(c)) report(node, "'return' outside function");
        else if (node.value && c.asyncGenerator) report(node, "'return' with value in async generator");
        break;
      case "Yield": case "YieldFrom":
        if (c.comprehension) report(node, `'yield' inside ${c.comprehension}`);
        else if (!inFunction(c)) report(node, "'yield' outside function");
        else if (node.kind === "YieldFrom" && isAsync(c)) report(node, "'yield from' inside async function");
        break;
      case "Await":
        if (!inFunction(c)) report(node, "'await' outside function");
        else if (!isAsync(c)) report(node, "'await' outside async function");
        break;
      case "AsyncFor": case "AsyncWith":
        if (!isAsync(c)) report(node, `'${node.kind === "AsyncFor" ? "async for" : "async with"}' outside async function`);
        break;
      case "Break": if (!c.inLoop) report(node, "'break' outside loop"); break;
      case "Continue": if (!c.inLoop) report(node, "'continue' not properly in loop"); break;
      default: break;
    }
    if (node.kind === "For" || node.kind === "AsyncFor" || node.kind === "While") {
      forEachChild(node, (child) => visit(child, { ...c, inLoop: c.inLoop || (node.body as readonly A.Node[]).includes(child) }));
      return;
    }
    forEachChild(node, (child) => visit(child, c));
  };

  module.body.forEach((s) => visit(s, { scope: "module", inLoop: false, asyncGenerator: false, comprehension: null }));
  const patternError = patternErrors(module)[0];
  if (patternError) report(patternError, patternError.message);
  const found = first as { message: string; span: A.Span } | null;
  if (!found) return [];
  return [makeDiagnostic(syntaxDiagnostics.invalidConstruct, { detail: found.message }, { file: options.filename, span: found.span })];
}

/** Nodes of one scope's own code (not nested functions, classes or lambdas) that satisfy `test`. */
function anyInScope(root: readonly A.Node[] | A.Node, test: (n: A.Node) => boolean): boolean {
  let found = false;
  const visit = (n: A.Node): void => {
    if (found) return;
    if (test(n)) { found = true; return; }
    if (n.kind === "FunctionDef" || n.kind === "AsyncFunctionDef" || n.kind === "ClassDef" || n.kind === "Lambda") return;
    forEachChild(n, visit);
  };
  (Array.isArray(root) ? root : [root as A.Node]).forEach(visit);
  return found;
}

function yieldsDirectly(body: readonly A.Node[] | A.Node): boolean {
  return anyInScope(body, (n) => n.kind === "Yield" || n.kind === "YieldFrom");
}

/** An `await` in a comprehension's own scope, beyond its first iterable. */
function containsAwait(node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): boolean {
  const parts: A.Node[] = node.kind === "DictComp" ? [node.key, node.value] : [node.elt];
  node.generators.forEach((g, i) => { parts.push(g.target, ...g.ifs); if (i > 0) parts.push(g.iter); });
  return anyInScope(parts, (n) => n.kind === "Await");
}
