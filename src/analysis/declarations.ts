/**
 * The checks CPython's symbol table (Python/symtable.c) makes on declarations, which `ast.parse`
 * accepts but compiling rejects with a SyntaxError. In two phases, as CPython:
 *
 * 1. reading each scope in order: `global`/`nonlocal` of a name the scope has already used,
 *    assigned, annotated or taken as a parameter ("name 'x' is used prior to global
 *    declaration", "name 'x' is parameter and nonlocal", "annotated name 'x' can't be global"),
 *    an annotation of a name declared global/nonlocal in a function or class, a duplicate
 *    parameter, `import *` outside the module, `:=` in a comprehension in a class body, in a
 *    comprehension's iterable or rebinding its iteration variable;
 * 2. once every scope is read (scopes outermost first, names in first-use order): a name both
 *    nonlocal and global, `nonlocal` at module level, and `nonlocal x` where no enclosing function
 *    binds x ("no binding for nonlocal 'x' found"; class scopes do not count, and a `global x`
 *    in between hides an outer x).
 *
 * CPython runs these before the compiler's own checks (block-context.ts), so they run first here
 * too; the first error is reported, word for word and at CPython's position, and nothing is
 * converted. Phase 1 and its tables are in symbol-table.ts; phase 2 is here.
 *
 * Example: `def f(): print(x); global x` → "name 'x' is used prior to global declaration" at
 * the `global` statement; `def f(): nonlocal x` at module level → "no binding for nonlocal 'x'
 * found".
 */
import type * as A from "../ast/nodes.js";
import { makeDiagnostic, type Diagnostic } from "../diagnostics/diagnostic.js";
import { syntaxDiagnostics } from "../diagnostics/catalog-syntax.js";
import { BOUND, GLOBAL, NONLOCAL, readSymbolTable, type Block, type Failure } from "./symbol-table.js";

const DIAGNOSTIC = {
  declaration: syntaxDiagnostics.invalidDeclaration,
  parameters: syntaxDiagnostics.invalidParameters,
  construct: syntaxDiagnostics.invalidConstruct,
} as const;

/** The first declaration error in the module, as CPython reports it, or none. */
export function checkDeclarations(module: A.Module, options: { filename: string }): Diagnostic[] {
  const { top, failure: readFailure } = readSymbolTable(module);
  const failure = readFailure ?? analyzeBlock(top, null);
  if (!failure) return [];
  return [makeDiagnostic(DIAGNOSTIC[failure.kind], { detail: failure.message }, { file: options.filename, span: failure.span })];
}

/**
 * Phase 2 (`analyze_block`): `bound` is what enclosing function scopes bind (null for the
 * module); a class passes on what it was given, not its own names.
 */
function analyzeBlock(block: Block, bound: ReadonlySet<string> | null): Failure | null {
  const visible = bound === null ? null : new Set(bound);
  const childBound = new Set<string>(block.type === "class" && visible ? visible : []);
  const locals: string[] = [];
  for (const [name, flags] of block.symbols) {
    if (flags & GLOBAL) {
      if (flags & NONLOCAL) return atDirective(block, name, `name '${name}' is nonlocal and global`);
      visible?.delete(name); // a global declaration hides an outer function's binding
    } else if (flags & NONLOCAL) {
      if (!visible) return atDirective(block, name, "nonlocal declaration not allowed at module level");
      if (!visible.has(name)) return atDirective(block, name, `no binding for nonlocal '${name}' found`);
    } else if (flags & BOUND) locals.push(name);
  }
  if (block.type === "class") childBound.add("__class__");
  else {
    if (block.type === "function") locals.forEach((n) => childBound.add(n));
    visible?.forEach((n) => childBound.add(n));
  }
  for (const child of block.children) {
    const failure = analyzeBlock(child, childBound);
    if (failure) return failure;
  }
  return null;
}

/** CPython places a phase-2 error at the block's first declaration of the name. */
function atDirective(block: Block, name: string, message: string): Failure | null {
  const directive = block.directives.find((d) => d.name === name);
  return directive ? { message, span: directive.span, kind: "declaration" } : null;
}
