/**
 * State shared by the lowering functions for one module: the analysis side tables, the current
 * scope, the runtime helpers used so far (for the import pass), hoisted module constants (type
 * descriptors) and the diagnostics. One instance per `transpile()` call: nothing is global.
 */
import type * as A from "../ast/nodes.js";
import type { Scope, ScopeTable } from "../analysis/scopes.js";
import type { OwnedGenerator } from "../analysis/generator-owners.js";
import type { TypeInference } from "../analysis/infer.js";
import { eraseClasses, tsType, type PyType } from "../analysis/pytypes.js";
import { makeDiagnostic, type Diagnostic, type DiagnosticDef } from "../diagnostics/diagnostic.js";
import type { Expr, Stmt } from "../ir/nodes.js";
import { someNode } from "../analysis/walk.js";
import { mayRaiseStopIteration } from "./coroutine-stop.js";
import { FUNCTION_ATTRIBUTES } from "./function-attributes.js";
import { METADATA_READERS } from "./dataclasses.js";
import { runtimeNames } from "./typing-names.js";
import { readsHandledExceptions } from "./handled-exceptions.js";

export const RUNTIME = "py2ts/runtime";
export const ASYNCIO = "py2ts/runtime/asyncio";

const JS_RESERVED = new Set([
  "arguments", "await", "case", "catch", "const", "debugger", "default", "delete", "do", "enum", "eval", "export",
  "extends", "function", "implements", "instanceof", "interface", "let", "new", "package", "private", "protected",
  "public", "static", "super", "switch", "this", "throw", "typeof", "var", "void", "with", "yield", "null", "true",
  "false", "undefined", "NaN", "Infinity", "Object", "Array", "String", "Number", "Symbol", "Map", "Set", "Math", "JSON",
  "Promise", "Error", "Date", "BigInt", "globalThis", "process", "console", "any", "number", "string", "boolean",
]);

export class LowerContext {
  scope: Scope;
  readonly diagnostics: Diagnostic[] = [];
  /** runtime name → module it is imported from */
  readonly helpers = new Map<string, string>();
  readonly hoisted: Stmt[] = [];
  private readonly descriptorNames = new Map<string, string>();
  private tempCounter = 0;
  /** Python names bound anywhere in the module: helper imports that collide are renamed. */
  readonly userNames: Set<string>;
  /** current function's facts, for `return` in generators, `super()` etc. */
  currentClass: string | null = null;
  /** enclosing loops of the current function: a `for`/`while` with `else` breaks to a label */
  loops: { breakLabel: string | null }[] = [];
  /** the method parameter (`self`, or `cls` of a classmethod) that lowers to `this` */
  thisAlias: { readonly name: string; readonly scope: Scope } | null = null;
  /** the caught exception's JS name in the innermost `except` (bare `raise` rethrows it) */
  currentException: string | null = null;
  /** the current function is an `async def` keeping its own handled-exception item `$frame` (handled-exceptions.ts) */
  inCoroutineFrame = false;
  /** attributes being lowered as the callee of a call (a method read as a value is bound instead) */
  readonly callees = new WeakSet<A.Expr>();
  /** runtime builtin functions read as values (`key=len`): listed for runProgram (builtin-functions.ts) */
  readonly builtinFunctionValues = new Map<string, Expr>();
  /** names in the current JS function that are already declared */
  declared: Set<string> = new Set();
  /** plain defs that run an event loop (loop-runs.ts), computed on first use */
  loopRunners: Set<A.Node> | null = null;
  /** per scope, the variables that own a generator (lower/generator-owners.ts) */
  readonly ownedGenerators = new Map<Scope, readonly OwnedGenerator[]>();
  /** temporary generators a consuming call closes, and that call's recording callback parameter (generator-temporaries.ts) */
  readonly temporaryMarks = new Map<A.Expr, string>();
  /** consuming calls already being lowered inside their `withTemporaries` callback */
  readonly temporaryConsumers = new Set<A.Expr>();
  /** the module reads `__doc__` / `__defaults__` / `__kwdefaults__` somewhere (function-attributes.ts) */
  readonly readsFunctionAttributes: boolean;
  /** the module may read a function's `__qualname__` (function-attributes.ts) */
  readonly readsQualnames: boolean;
  /** the module may call `fields` / `asdict` / `replace` ... on a dataclass (dataclasses.ts) */
  readonly usesDataclassMetadata: boolean;
  /** names the module reads outside annotations (typing-names.ts) */
  readonly runtimeNames: ReadonlySet<string>;
  /** the module may read an exception's `__context__` (handler-context.ts) */
  readonly readsExceptionContext: boolean;
  /** the module may read the handled-exception stack: `sys.exception()`, a bare `raise` outside `except` (handled-exceptions.ts) */
  readonly tracksHandledExceptions: boolean;
  /** the module may raise StopIteration in a coroutine (coroutine-stop.ts) */
  readonly mayRaiseStopIteration: boolean;
  /** a class of the module defines `__await__`: `await x` of such an object drives it (coroutines.ts) */
  readonly definesAwait: boolean;

  constructor(
    readonly filename: string,
    readonly scopes: ScopeTable,
    readonly infer: TypeInference,
  ) {
    this.scope = scopes.module;
    this.userNames = new Set<string>();
    for (const s of scopes.scopes.values()) for (const n of s.locals) this.userNames.add(n);
    this.readsFunctionAttributes = readsAttribute(scopes.module.node, FUNCTION_ATTRIBUTES);
    this.readsQualnames = mentionsQualname(scopes.module.node);
    this.usesDataclassMetadata = mentionsName(scopes.module.node, METADATA_READERS);
    this.runtimeNames = runtimeNames(scopes.module.node);
    this.readsExceptionContext = mentionsExceptionContext(scopes.module.node);
    this.tracksHandledExceptions = readsHandledExceptions(scopes.module.node);
    this.mayRaiseStopIteration = mayRaiseStopIteration(scopes.module.node);
    this.definesAwait = someNode(scopes.module.node, (n) => n.kind === "ClassDef" && n.body.some((m) => m.kind === "FunctionDef" && m.name === "__await__"));
  }

  /** A reference to a runtime helper; records the import. */
  helper(name: string, module: string = RUNTIME): Expr {
    const local = this.userNames.has(name) ? `${name}$` : name;
    this.helpers.set(local === name ? name : `${name} as ${local}`, module);
    return { k: "helper", name: local, module };
  }

  /** The JS identifier for a Python name. */
  jsName(name: string): string {
    return JS_RESERVED.has(name) ? `${name}_` : name;
  }

  temp(prefix = "$"): string {
    return `${prefix}${this.tempCounter++}`;
  }

  typeOf(e: A.Expr): PyType {
    return this.infer.expr(e, this.scope);
  }

  /**
   * `t` as a TypeScript annotation written in the current scope: a class defined in a function
   * is a block-scoped JS class, out of reach of annotations outside that function (`def make():
   * class P: ...; return P()` has the return type `any`, not `P`).
   */
  annotationType(t: PyType): string {
    return tsType(this.reachableType(t));
  }

  /** `t` with the classes out of reach of the current scope (see annotationType) made unknown. */
  reachableType(t: PyType): PyType {
    return eraseClasses(t, (cls) => !this.classInReach(cls));
  }

  private classInReach(cls: string): boolean {
    const node = this.infer.classes.get(cls)?.node;
    const defining = node ? this.scopes.scopes.get(node)?.parent : undefined;
    if (!defining) return true;
    for (let s: Scope | null = this.scope; s; s = s.parent) if (s === defining) return true;
    return false;
  }

  /** A hoisted module constant for a composite descriptor (no allocation at the call site). */
  hoist(key: string, init: Expr): Expr {
    let name = this.descriptorNames.get(key);
    if (!name) {
      name = `$t${this.descriptorNames.size}`;
      this.descriptorNames.set(key, name);
      this.hoisted.push({ k: "var", kind: "const", target: { k: "id", name }, init });
    }
    return { k: "id", name };
  }

  report<P>(def: DiagnosticDef<P>, params: P, node: { readonly span: A.Span }): void {
    this.diagnostics.push(makeDiagnostic(def, params, { file: this.filename, span: node.span }));
  }

  inScope<T>(scope: Scope, f: () => T): T {
    const saved = this.scope;
    const savedDeclared = this.declared;
    this.scope = scope;
    const savedLoops = this.loops;
    const savedException = this.currentException;
    const savedFrame = this.inCoroutineFrame;
    if (scope.kind !== "class") {
      this.declared = new Set();
      this.loops = [];
      this.currentException = null;
    }
    // a comprehension runs inline in its function (and shares its handled exception, as in CPython)
    if (scope.node.kind === "AsyncFunctionDef") this.inCoroutineFrame = this.tracksHandledExceptions && !scope.isGenerator;
    else if (scope.node.kind === "FunctionDef" || scope.node.kind === "Lambda") this.inCoroutineFrame = false;
    try {
      return f();
    } finally {
      this.scope = saved;
      this.declared = savedDeclared;
      this.loops = savedLoops;
      this.currentException = savedException;
      this.inCoroutineFrame = savedFrame;
    }
  }
}

function readsAttribute(root: A.Node, names: ReadonlySet<string>): boolean {
  return someNode(root, (n) => n.kind === "Attribute" && names.has(n.attr));
}

/** `f.__qualname__`, `getattr(f, "__qualname__")` or `functools.wraps`, which copies it. */
function mentionsQualname(root: A.Node): boolean {
  return someNode(root, (n) =>
    (n.kind === "Attribute" && (n.attr === "__qualname__" || n.attr === "wraps" || n.attr === "update_wrapper"))
    || (n.kind === "Constant" && n.value.type === "str" && n.value.value === "__qualname__")
    || (n.kind === "ImportFrom" && n.module === "functools" && n.names.some((a) => a.name === "wraps" || a.name === "update_wrapper")));
}

function mentionsName(root: A.Node, names: ReadonlySet<string>): boolean {
  return someNode(root, (n) =>
    (n.kind === "Name" && names.has(n.id)) || (n.kind === "Attribute" && names.has(n.attr) && n.value.kind === "Name" && n.value.id === "dataclasses"));
}

/** `e.__context__`, `getattr(e, "__context__")` or the traceback module, which prints the chain. */
function mentionsExceptionContext(root: A.Node): boolean {
  return someNode(root, (n) =>
    (n.kind === "Attribute" && n.attr === "__context__")
    || (n.kind === "Constant" && n.value.type === "str" && n.value.value === "__context__")
    || (n.kind === "Import" && n.names.some((a) => a.name === "traceback"))
    || (n.kind === "ImportFrom" && n.module === "traceback"));
}
