/**
 * Phase 1 of the declaration checks (declarations.ts): CPython's symbol table (symtable.c) as
 * its first pass builds it. Each scope (module, function, lambda, comprehension, class) is a
 * block with flags per name in the order names were first seen, as CPython's dict keeps them:
 * private names mangled inside a class (`__x` → `_C__x`), a `global` also entered in the
 * module's table, a `:=` in a comprehension binding in the enclosing function. The errors this
 * pass raises are the ones CPython raises while reading a scope in order, so the first one wins.
 *
 * Example: in `def f(): print(x); global x`, `x` is USE in f when `global x` is read → "name 'x'
 * is used prior to global declaration".
 */
import type * as A from "../ast/nodes.js";
import { forEachChild } from "./walk.js";

export const GLOBAL = 1;
const LOCAL = 2;
const PARAM = 4;
export const NONLOCAL = 8;
const USE = 16;
const IMPORT = 32;
const ANNOT = 64;
/** a comprehension's iteration variable, which a `:=` in it may not rebind */
const COMP_ITER = 128;
/** what makes a name a local of its scope */
export const BOUND = LOCAL | PARAM | IMPORT;

export interface Block {
  readonly type: "module" | "function" | "class";
  /** comprehensions are function blocks of their own that `:=` looks through */
  readonly comprehension: boolean;
  /** flags per (mangled) name, in the order names were first seen, as CPython's dict */
  readonly symbols: Map<string, number>;
  /** `global` / `nonlocal` statements (and `:=` in comprehensions) per name, where phase-2 errors point */
  readonly directives: { readonly name: string; readonly span: A.Span }[];
  readonly children: Block[];
}

/** Where the walk is: the current block, the blocks around it, the class whose private names are mangled. */
interface Here {
  readonly block: Block;
  readonly stack: readonly Block[];
  readonly privateName: string | null;
  /** reading a comprehension's `for` target: names bound are iteration variables */
  readonly iterTarget: boolean;
  /** inside a comprehension's iterable (inner scopes included), where `:=` is not allowed */
  readonly iterExpr: boolean;
}

/** Which catalog entry reports the error. */
export type FailureKind = "declaration" | "parameters" | "construct";

export interface Failure {
  readonly message: string;
  readonly span: A.Span;
  readonly kind: FailureKind;
}

function newBlock(type: Block["type"], comprehension: boolean): Block {
  return { type, comprehension, symbols: new Map(), directives: [], children: [] };
}

/** `_Py_Mangle`: `__x` inside class `_C` is `_C__x`; dunder names and dotted names are left alone. */
function mangle(name: string, privateName: string | null): string {
  if (!privateName || !name.startsWith("__") || name.endsWith("__") || name.includes(".")) return name;
  const owner = privateName.replace(/^_+/, "");
  return owner ? `_${owner}${name}` : name;
}

/** The module's block (its children below it) and the first error found while reading them. */
export function readSymbolTable(module: A.Module): { top: Block; failure: Failure | null } {
  const futureAnnotations = module.body.some((s) => s.kind === "ImportFrom" && s.module === "__future__" && s.names.some((a) => a.name === "annotations"));
  const top = newBlock("module", false);
  let failure: Failure | null = null;
  const fail = (message: string, span: A.Span, kind: FailureKind = "declaration"): void => { failure ??= { message, span, kind }; };

  const addDefIn = (block: Block, name: string, flag: number, where: { privateName: string | null; iterTarget: boolean }, span: A.Span): void => {
    const mangled = mangle(name, where.privateName);
    const old = block.symbols.get(mangled) ?? 0;
    if (flag & PARAM && old & PARAM) fail(`duplicate argument '${name}' in function definition`, span, "parameters");
    let flags = old | flag;
    if (where.iterTarget) {
      // a `:=` earlier in the comprehension bound the name ("[... if (j := 1) for j in ...]")
      if (flags & (GLOBAL | NONLOCAL)) fail(`comprehension inner loop cannot rebind assignment expression target '${name}'`, span, "construct");
      flags |= COMP_ITER;
    }
    block.symbols.set(mangled, flags);
    if (flag & GLOBAL) top.symbols.set(mangled, (top.symbols.get(mangled) ?? 0) | GLOBAL);
  };
  const addDef = (here: Here, name: string, flag: number, span: A.Span): void => addDefIn(here.block, name, flag, here, span);
  const lookup = (here: Here, name: string): number => here.block.symbols.get(mangle(name, here.privateName)) ?? 0;
  const enter = (here: Here, type: Block["type"], options: { comprehension: boolean; privateName?: string }): Here => {
    const block = newBlock(type, options.comprehension);
    here.block.children.push(block);
    return { block, stack: [...here.stack, block], privateName: options.privateName ?? here.privateName, iterTarget: false, iterExpr: here.iterExpr };
  };

  const declare = (here: Here, stmt: A.Global | A.Nonlocal): void => {
    const what = stmt.kind === "Global" ? "global" : "nonlocal";
    for (const name of stmt.names) {
      const cur = lookup(here, name);
      if (cur & (PARAM | LOCAL | USE | ANNOT)) {
        fail(cur & PARAM ? `name '${name}' is parameter and ${what}`
          : cur & USE ? `name '${name}' is used prior to ${what} declaration`
          : cur & ANNOT ? `annotated name '${name}' can't be ${what}`
          : `name '${name}' is assigned to before ${what} declaration`, stmt.span);
        return;
      }
      addDef(here, name, what === "global" ? GLOBAL : NONLOCAL, stmt.span);
      here.block.directives.push({ name: mangle(name, here.privateName), span: stmt.span });
    }
  };

  const annotated = (here: Here, s: A.AnnAssign): void => {
    if (s.target.kind === "Name") {
      const name = s.target.id;
      const cur = lookup(here, name);
      if (cur & (GLOBAL | NONLOCAL) && here.block !== top && s.simple) {
        fail(`annotated name '${name}' can't be ${cur & GLOBAL ? "global" : "nonlocal"}`, s.span);
        return;
      }
      if (s.simple) addDef(here, name, ANNOT | LOCAL, s.target.span);
      if (s.value) addDef(here, name, LOCAL, s.target.span);
    } else visit(here, s.target);
    if (!futureAnnotations) visit(here, s.annotation);
    if (s.value) visit(here, s.value);
  };

  /** A `:=` in a comprehension binds in the nearest enclosing function (or the module). */
  const extendNamedExprScope = (here: Here, target: A.Name): void => {
    for (let i = here.stack.length - 1; i >= 0; i--) {
      const block = here.stack[i]!;
      if (block.comprehension) {
        // CPython looks the flags up by the unmangled name
        if ((block.symbols.get(target.id) ?? 0) & COMP_ITER) {
          fail(`assignment expression cannot rebind comprehension iteration variable '${target.id}'`, target.span, "construct");
          return;
        }
        continue;
      }
      if (block.type === "class") {
        fail("assignment expression within a comprehension cannot be used in a class body", target.span, "construct");
        return;
      }
      const flag = block.type === "module" || (block.symbols.get(target.id) ?? 0) & GLOBAL ? GLOBAL : NONLOCAL;
      addDef(here, target.id, flag, target.span);
      here.block.directives.push({ name: mangle(target.id, here.privateName), span: target.span });
      addDefIn(block, target.id, block.type === "module" ? GLOBAL : LOCAL, { privateName: here.privateName, iterTarget: false }, target.span);
      return;
    }
  };

  const visitParams = (here: Here, args: A.Arguments): void => {
    for (const a of [...args.posonlyargs, ...args.args, ...args.kwonlyargs]) addDef(here, a.arg, PARAM, a.span);
    if (args.vararg) addDef(here, args.vararg.arg, PARAM, args.vararg.span);
    if (args.kwarg) addDef(here, args.kwarg.arg, PARAM, args.kwarg.span);
  };
  const visitDefaults = (here: Here, args: A.Arguments): void => {
    args.defaults.forEach((d) => visit(here, d));
    args.kw_defaults.forEach((d) => d && visit(here, d));
  };
  const visitAnnotations = (here: Here, args: A.Arguments, returns: A.Expr | null): void => {
    if (futureAnnotations) return; // then annotations are strings, read in scopes of their own
    const params = [...args.posonlyargs, ...args.args, args.vararg, ...args.kwonlyargs, args.kwarg];
    for (const a of params) if (a?.annotation) visit(here, a.annotation);
    if (returns) visit(here, returns);
  };

  const visitComprehension = (here: Here, node: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void => {
    const [first, ...rest] = node.generators;
    if (!first) return;
    visit({ ...here, iterExpr: true }, first.iter); // the outermost iterable is evaluated in the enclosing scope
    const inner = enter(here, "function", { comprehension: true });
    visit({ ...inner, iterTarget: true }, first.target);
    first.ifs.forEach((e) => visit(inner, e));
    for (const g of rest) {
      visit({ ...inner, iterTarget: true }, g.target);
      visit({ ...inner, iterExpr: true }, g.iter);
      g.ifs.forEach((e) => visit(inner, e));
    }
    if (node.kind === "DictComp") { visit(inner, node.value); visit(inner, node.key); } else visit(inner, node.elt);
  };

  const visit = (here: Here, node: A.Node): void => {
    switch (node.kind) {
      case "FunctionDef": case "AsyncFunctionDef": {
        addDef(here, node.name, LOCAL, node.span);
        visitDefaults(here, node.args);
        visitAnnotations(here, node.args, node.returns);
        node.decorator_list.forEach((d) => visit(here, d));
        const inner = enter(here, "function", { comprehension: false });
        visitParams(inner, node.args);
        node.body.forEach((s) => visit(inner, s));
        return;
      }
      case "ClassDef": {
        addDef(here, node.name, LOCAL, node.span);
        node.bases.forEach((b) => visit(here, b));
        node.keywords.forEach((k) => visit(here, k));
        node.decorator_list.forEach((d) => visit(here, d));
        const inner = enter(here, "class", { comprehension: false, privateName: node.name });
        node.body.forEach((s) => visit(inner, s));
        return;
      }
      case "Lambda": {
        visitDefaults(here, node.args);
        const inner = enter(here, "function", { comprehension: false });
        visitParams(inner, node.args);
        visit(inner, node.body);
        return;
      }
      case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp": visitComprehension(here, node); return;
      case "Global": case "Nonlocal": declare(here, node); return;
      case "AnnAssign": annotated(here, node); return;
      case "Import": case "ImportFrom":
        for (const a of node.names) {
          if (a.name === "*") { if (here.block !== top) fail("import * only allowed at module level", a.span, "construct"); }
          else addDef(here, a.asname ?? a.name.split(".")[0]!, IMPORT, a.span);
        }
        return;
      case "NamedExpr":
        if (here.iterExpr) fail("assignment expression cannot be used in a comprehension iterable expression", node.span, "construct");
        else if (here.block.comprehension) extendNamedExprScope(here, node.target);
        visit(here, node.value);
        visit(here, node.target);
        return;
      case "Name":
        addDef(here, node.id, node.ctx === "Load" ? USE : LOCAL, node.span);
        // `super()` reads the implicit `__class__` cell
        if (node.ctx === "Load" && node.id === "super" && here.block.type === "function") addDef(here, "__class__", USE, node.span);
        return;
      case "ExceptHandler":
        if (node.type) visit(here, node.type);
        if (node.name) addDef(here, node.name, LOCAL, node.span);
        node.body.forEach((s) => visit(here, s));
        return;
      case "MatchAs":
        if (node.pattern) visit(here, node.pattern);
        if (node.name) addDef(here, node.name, LOCAL, node.span);
        return;
      case "MatchStar": if (node.name) addDef(here, node.name, LOCAL, node.span); return;
      case "MatchMapping":
        node.keys.forEach((k) => visit(here, k));
        node.patterns.forEach((p) => visit(here, p));
        if (node.rest) addDef(here, node.rest, LOCAL, node.span);
        return;
      default: forEachChild(node, (child) => visit(here, child));
    }
  };

  const start: Here = { block: top, stack: [top], privateName: null, iterTarget: false, iterExpr: false };
  module.body.forEach((s) => visit(start, s));
  return { top, failure: failure as Failure | null };
}
