/**
 * Type inference: the type of every expression and variable, computed lazily and memoised in
 * side tables. Float-ness comes from where values are made (float literals, `/`, `float()`,
 * `math.*`, arithmetic with a float operand), never from annotations alone.
 */
import type * as A from "../ast/nodes.js";
import { declaredAttributes, type AttributeSource, type AttributeTable } from "./attributes.js";
import { DefiniteAttributes } from "./definite-attributes.js";
import { handlerNameClasses } from "./handler-names.js";
import { hasDynamicKeywordCalls } from "./dynamic-keyword-calls.js";
import type { BindingSite, BindingTable } from "./bindings.js";
import { collectCallSites, type CallSiteTable } from "./call-sites.js";
import { collectSendSites, type SendSiteTable } from "./send-sites.js";
import type { ContainerUses } from "./container-uses.js";
import { generatorBody } from "./generator-body.js";
import { BOOL, eraseMutable, eraseNested, FLOAT, INT, intType, join, listOf, NEVER, NONE, type PyType, SMALL_INT, SMALL_NONNEG_INT, STR, tupleOf, UNKNOWN } from "./pytypes.js";
import { resolveScope, type Scope, type ScopeTable } from "./scopes.js";
import { enumClasses, enumMemberNames } from "./enums.js";
import { realBases } from "./class-bases.js";
import { FixpointSolver } from "./fixpoint.js";

/** `@dataclass`, `@dataclasses.dataclass`, and either called with options. */
export function isDataclassDecorator(d: A.Expr): boolean {
  const callee = d.kind === "Call" ? d.func : d;
  return (callee.kind === "Name" && callee.id === "dataclass") || (callee.kind === "Attribute" && callee.attr === "dataclass" && callee.value.kind === "Name" && callee.value.id === "dataclasses");
}

/**
 * `n += 1` / `n -= 1` on a variable that is otherwise small: a counter stays small, for the reason
 * a range counter is small: moving it from below 2^31 to 2^52 one step at a time takes 2^52 steps
 * (months of a tight loop), so `i = 0` ... `i += 1` keeps `i` a JS number and `i + 1` exact.
 * Any larger step, or another binding that is not small, makes the variable a plain int. The
 * step's type (null when it is not a counter step): `-= 1` may make a non-negative counter negative.
 */
function counterStep(node: A.AugAssign, current: PyType): PyType | null {
  if (current.t !== "int" || current.small !== true || (node.op !== "Add" && node.op !== "Sub")) return null;
  // a counter may start anywhere below 2^32; one bounded by more bits is not a counter (its
  // steps go through the bounds, which a loop widens until they are gone)
  if (current.bits !== undefined && current.bits > 32) return null;
  const v = node.value;
  if (v.kind !== "Constant" || v.value.type !== "int" || v.value.value !== 1n) return null;
  // a counter is small but has no bound
  return node.op === "Add" ? intType({ small: true, nonneg: current.nonneg === true }) : SMALL_INT;
}

/** The number of bits of |v|. */
function bitLength(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length;
}

/**
 * The bound of `l op r` (pytypes.ts, `bits`): of sums, differences and products of two ints
 * whose bounds are not derived themselves.
 */
function boundOf(op: A.Operator, l: PyType & { t: "int" }, r: PyType & { t: "int" }): number | undefined {
  if (l.bits === undefined || r.bits === undefined || l.derived === true || r.derived === true) return undefined;
  if (op === "Add" || op === "Sub") return Math.max(l.bits, r.bits) + 1;
  return op === "Mult" ? l.bits + r.bits : undefined;
}

/** asyncio's exception classes (values of `asyncio.X` / `from asyncio import X`). */
const ASYNCIO_EXCEPTIONS = new Set(["CancelledError", "InvalidStateError", "TimeoutError", "QueueEmpty", "QueueFull", "BrokenBarrierError", "IncompleteReadError", "LimitOverrunError", "SendfileNotAvailableError"]);

export interface ClassFacts {
  readonly node: A.ClassDef;
  readonly base: string | null;
  readonly isDataclass: boolean;
  readonly isException: boolean;
}

const ALWAYS_FLOAT: Readonly<Record<string, readonly string[]>> = {
  random: ["random", "uniform", "gauss", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate", "betavariate", "paretovariate", "weibullvariate"],
  statistics: ["fmean", "stdev", "pstdev", "geometric_mean"],
};

/** The built-in exception classes (src/runtime/exceptions.ts): constructed with `new`. */
const EXCEPTIONS = new Set([
  "BaseException", "Exception", "GeneratorExit", "KeyboardInterrupt", "SystemExit", "StopIteration",
  "StopAsyncIteration", "ArithmeticError", "FloatingPointError", "OverflowError", "ZeroDivisionError",
  "AssertionError", "AttributeError", "BufferError", "EOFError", "ImportError", "ModuleNotFoundError", "LookupError",
  "IndexError", "KeyError", "MemoryError", "NameError", "UnboundLocalError", "OSError", "BlockingIOError",
  "ChildProcessError", "ConnectionError", "BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError",
  "ConnectionResetError", "FileExistsError", "FileNotFoundError", "InterruptedError", "IsADirectoryError",
  "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError", "ReferenceError", "RuntimeError",
  "NotImplementedError", "RecursionError", "SyntaxError", "IndentationError", "TabError", "SystemError", "TypeError",
  "ValueError", "UnicodeError", "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError", "Warning",
  "BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
  "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning",
  "BaseExceptionGroup", "ExceptionGroup"
]);

export class TypeInference {
  private readonly exprTypes = new Map<A.Expr, PyType>();
  private readonly fixpoint = new FixpointSolver();
  private readonly returnTypes = new Map<A.Node, PyType>();
  readonly classes = new Map<string, ClassFacts>();
  /** enum classes of the program → the enum base kind (enums.ts) */
  readonly enums: ReadonlyMap<string, string>;

  constructor(
    readonly scopes: ScopeTable,
    readonly bindings: BindingTable,
    private readonly moduleNode: A.Module,
    private readonly uses: ContainerUses,
    private readonly attributes: AttributeTable,
  ) {
    for (const scope of scopes.scopes.values()) {
      const n = scope.node;
      if (n.kind !== "ClassDef") continue;
      const first = realBases(n)[0];
      // `asyncio.CancelledError` as a base names asyncio's exception class
      const base = first?.kind === "Name" ? first.id : first?.kind === "Attribute" && ASYNCIO_EXCEPTIONS.has(first.attr) ? first.attr : null;
      const isDataclass = n.decorator_list.some(isDataclassDecorator);
      this.classes.set(n.name, { node: n, base, isDataclass, isException: false });
    }
    for (const [name, facts] of this.classes) this.classes.set(name, { ...facts, isException: this.derivesFromException(name) });
    this.enums = enumClasses(scopes, bindings);
    this.definite = new DefiniteAttributes(this.classes, moduleNode);
    this.handlerNames = handlerNameClasses(moduleNode);
  }

  private readonly handlerNames: ReadonlyMap<A.Name, string>;

  private readonly definite: DefiniteAttributes;

  /** True when an instance of the program class `cls` may not have its declared attribute `attr` yet. */
  mayLackAttribute(cls: string, attr: string): boolean {
    const facts = this.classes.get(cls);
    if (!facts || facts.isException || this.enums.has(cls)) return false;
    return this.definite.mayLack(cls, attr);
  }

  private derivesFromException(name: string): boolean {
    for (let n: string | null = name, depth = 0; n && depth < 50; depth++) {
      if (EXCEPTIONS.has(n) || ASYNCIO_EXCEPTIONS.has(n)) return true;
      n = this.classes.get(n)?.base ?? null;
    }
    return false;
  }

  isExceptionClass(name: string): boolean {
    return EXCEPTIONS.has(name) || (this.classes.get(name)?.isException ?? false);
  }

  /**
   * The type of variable `name` as seen from `scope`: the join over its binding sites, iterated
   * to a fixpoint for recursive definitions (`a, b = b, a + b`). A result that depended on an
   * outer variable still being inferred is not cached.
   */
  variable(scope: Scope, name: string): PyType {
    const owner = resolveScope(scope, name);
    if (!owner) return this.builtinType(name);
    const sites = this.bindings.get(owner)?.get(name) ?? [];
    const escapes = this.uses.escaping.get(owner)?.has(name) ?? false;
    const mutated = sites.some((s) => s.how === "mutate");
    return this.solve(`${this.scopeKey(owner)}:${name}`, { iterate: mutated }, (current) => {
      let t: PyType = NEVER;
      for (const site of sites) t = join(t, site.how === "mutate" ? this.mutationType(site, current) : this.siteType(site));
      // see container-uses.ts: a container reachable through other references keeps no element types
      return eraseNested(escapes ? eraseMutable(t) : t);
    });
  }

  /** The fixpoint of `compute` for one variable, attribute or generator (fixpoint.ts). */
  private solve(key: string, options: { iterate: boolean }, compute: (current: PyType) => PyType): PyType {
    return this.fixpoint.solve(key, options, compute);
  }

  /** What a mutation adds to the container it mutates, given the container's type so far. */
  private mutationType(site: BindingSite & { how: "mutate" }, current: PyType): PyType {
    const c = current.t === "optional" ? current.inner : current;
    const value = (): PyType => this.expr(site.value, site.scope);
    const key = (): PyType => (site.key ? this.expr(site.key, site.scope) : UNKNOWN);
    switch (site.method) {
      case "append": case "insert": return c.t === "list" ? listOf(join(c.elem, value())) : NEVER;
      case "add": return c.t === "set" ? { t: "set", elem: join(c.elem, value()) } : NEVER;
      case "extend": return c.t === "list" ? listOf(join(c.elem, elementType(value()))) : NEVER;
      case "setdefault": return c.t === "dict" ? { t: "dict", key: join(c.key, key()), value: join(c.value, value()) } : NEVER;
      case "setitem":
        if (c.t === "list") return listOf(join(c.elem, value()));
        return c.t === "dict" ? { t: "dict", key: join(c.key, key()), value: join(c.value, value()) } : NEVER;
      case "augitem":
        if (c.t === "list") return listOf(join(c.elem, this.binary(site.op!, c.elem, value())));
        return c.t === "dict" ? { t: "dict", key: join(c.key, key()), value: join(c.value, this.binary(site.op!, c.value, value())) } : NEVER;
      default: return NEVER;
    }
  }

  private scopeKey(scope: Scope): string {
    const n = scope.node;
    return n.kind === "Module" ? "module" : `${n.kind}@${n.span.start}`;
  }

  private builtinType(name: string): PyType {
    if (EXCEPTIONS.has(name)) return { t: "class", cls: name };
    return UNKNOWN;
  }

  siteType(site: BindingSite): PyType {
    switch (site.how) {
      case "value": return this.expr(site.expr, site.scope);
      case "iterate": return elementType(this.expr(site.expr, site.scope));
      case "element": {
        const whole = this.siteType(site.of);
        if (site.starred) return listOf(elementType(whole));
        if (whole.t === "tuple" && whole.elems) return whole.elems[site.index] ?? UNKNOWN;
        return elementType(whole);
      }
      case "augment": {
        // no value yet (the first round of the variable's own fixpoint): the augment adds nothing,
        // so `total = 0.0; total += n` stays a float rather than joining with n's int
        const current = this.variableIn(site.scope, site.node.target);
        if (current.t === "never") return NEVER;
        return counterStep(site.node, current) ?? this.binary(site.node.op, current, this.expr(site.node.value, site.scope));
      }
      case "param": {
        if (site.role === "vararg") return { t: "tuple", elems: null, elem: UNKNOWN };
        if (site.role === "kwarg") return { t: "dict", key: STR, value: UNKNOWN };
        return this.parameter(site.fn, site.arg, site.defaultValue);
      }
      case "annotation": return UNKNOWN;
      case "exception": return site.type?.kind === "Name" ? { t: "instance", cls: site.type.id } : UNKNOWN;
      case "def": return site.node.kind === "ClassDef" ? { t: "class", cls: site.node.name } : { t: "func", ret: UNKNOWN };
      case "import": return site.name !== null && site.module === "asyncio" && ASYNCIO_EXCEPTIONS.has(site.name) ? { t: "class", cls: site.name } : UNKNOWN;
      case "opaque": return UNKNOWN;
      case "mutate": return NEVER;
    }
  }

  private callSites: CallSiteTable | null = null;

  /** A parameter's type: `self` / `cls`, else the join of the arguments at every call site. */
  private parameter(fn: A.FunctionDef | A.AsyncFunctionDef | A.Lambda, arg: A.Arg, defaultValue: A.Expr | null): PyType {
    const fnScope = this.scopes.scopes.get(fn)!;
    const outer = fnScope.parent!;
    const positional = [...fn.args.posonlyargs, ...fn.args.args];
    const index = positional.indexOf(arg);
    if (fn.kind !== "Lambda" && outer.kind === "class" && index === 0) {
      const cls = (outer.node as A.ClassDef).name;
      const decorators = fn.decorator_list.map((d) => (d.kind === "Name" ? d.id : ""));
      if (!decorators.includes("staticmethod")) return decorators.includes("classmethod") ? { t: "class", cls } : { t: "instance", cls };
    }
    const ann = arg.annotation ? annotationType(arg.annotation) : UNKNOWN;
    if (ann.t !== "unknown" && ann.t !== "float") return ann;
    if (fn.kind === "Lambda") return UNKNOWN;
    this.callSites ??= collectCallSites(this.scopes, this.bindings, this.moduleNode);
    if (this.callSites.escaped.has(fn)) return UNKNOWN;
    const calls = this.callSites.sites.get(fn) ?? [];
    const defaultType = defaultValue ? this.expr(defaultValue, outer) : NEVER;
    if (calls.length === 0) return defaultValue ? defaultType : UNKNOWN;
    let t: PyType = NEVER;
    for (const c of calls) {
      if (c.args.some((a) => a.kind === "Starred") || c.keywords.some((k) => k.arg === null)) return UNKNOWN;
      const pos = index >= 0 ? index - c.skip : -1;
      const given = pos >= 0 && pos < c.args.length ? c.args[pos]! : c.keywords.find((k) => k.arg === arg.arg)?.value;
      t = join(t, given ? this.expr(given, c.scope) : defaultType);
    }
    return t.t === "never" ? UNKNOWN : t;
  }

  /**
   * True when variable `name` may hold a class (a class or exception type passed as an
   * argument or assigned), so calling it must construct: `fail("x")` with `fail=ValueError`.
   */
  mayHoldClass(scope: Scope, name: string): boolean {
    const owner = resolveScope(scope, name);
    if (!owner) return false;
    const isClass = (t: PyType): boolean => t.t === "class" || (t.t === "optional" && t.inner.t === "class");
    for (const site of this.bindings.get(owner)?.get(name) ?? []) {
      if (site.how === "value" && isClass(this.expr(site.expr, site.scope))) return true;
      if (site.how !== "param" || site.fn.kind === "Lambda" || site.role !== "plain") continue;
      if (site.defaultValue && isClass(this.expr(site.defaultValue, owner.parent ?? owner))) return true;
      this.callSites ??= collectCallSites(this.scopes, this.bindings, this.moduleNode);
      const positional = [...site.fn.args.posonlyargs, ...site.fn.args.args];
      const index = positional.indexOf(site.arg);
      for (const c of this.callSites.sites.get(site.fn) ?? []) {
        const pos = index >= 0 ? index - c.skip : -1;
        const given = pos >= 0 && pos < c.args.length ? c.args[pos]! : c.keywords.find((k) => k.arg === site.arg.arg)?.value;
        if (given && isClass(this.expr(given, c.scope))) return true;
      }
    }
    return false;
  }

  /** True when the function may be called from places the compiler cannot see. */
  private dynamicKeywords: boolean | undefined;

  /** True when some call with keywords has a callee the compiler cannot bind (dynamic-keyword-calls.ts). */
  mayCallWithKeywordsDynamically(): boolean {
    return (this.dynamicKeywords ??= hasDynamicKeywordCalls(this.moduleNode, this.bindings));
  }

  escapes(fn: A.FunctionDef | A.AsyncFunctionDef): boolean {
    this.callSites ??= collectCallSites(this.scopes, this.bindings, this.moduleNode);
    return this.callSites.escaped.has(fn);
  }

  private variableIn(scope: Scope, target: A.Expr): PyType {
    return target.kind === "Name" ? this.variable(scope, target.id) : UNKNOWN;
  }

  expr(e: A.Expr, scope: Scope): PyType {
    const cached = this.exprTypes.get(e);
    if (cached) return cached;
    const reads = this.fixpoint.provisionalReads;
    const t = this.compute(e, scope);
    // a type that read a computation still in progress may be incomplete: do not keep it
    if (t.t !== "never" && (this.fixpoint.idle || this.fixpoint.provisionalReads === reads)) this.exprTypes.set(e, t);
    return t;
  }

  private compute(e: A.Expr, scope: Scope): PyType {
    switch (e.kind) {
      case "Constant": {
        const v = e.value;
        switch (v.type) {
          case "int": return intType({ small: v.value < 1n << 26n && v.value > -(1n << 26n), nonneg: v.value >= 0n, bits: bitLength(v.value) });
          case "float": return FLOAT;
          case "str": return STR;
          case "bool": return BOOL;
          case "None": return NONE;
          default: return UNKNOWN;
        }
      }
      case "JoinedStr": return STR;
      case "Name": {
        const caught = this.handlerNames.get(e);
        return caught && this.isExceptionClass(caught) ? { t: "instance", cls: caught } : this.variable(scope, e.id);
      }
      case "BinOp": return this.binary(e.op, this.expr(e.left, scope), this.expr(e.right, scope));
      case "UnaryOp": {
        const t = this.expr(e.operand, scope);
        if (e.op === "Not") return BOOL;
        if (t.t === "bool") return INT;
        // -x and +x keep the magnitude; ~x is -x - 1, one more
        return t.t === "int" ? intType({ small: t.small === true, nonneg: e.op === "UAdd" && t.nonneg === true, bits: e.op === "Invert" ? undefined : t.bits, derived: t.derived }) : t;
      }
      case "BoolOp": return e.values.map((v) => this.expr(v, scope)).reduce(join, NEVER);
      case "Compare": return BOOL;
      case "IfExp": return join(this.expr(e.body, scope), this.expr(e.orelse, scope));
      case "List": return listOf(e.elts.map((x) => x.kind === "Starred" ? elementType(this.expr(x.value, scope)) : this.expr(x, scope)).reduce(join, NEVER));
      case "Tuple": return e.elts.some((x) => x.kind === "Starred") ? { t: "tuple", elems: null, elem: UNKNOWN } : tupleOf(e.elts.map((x) => this.expr(x, scope)));
      case "Set": return { t: "set", elem: e.elts.map((x) => this.expr(x, scope)).reduce(join, NEVER) };
      case "Dict": return { t: "dict", key: e.keys.map((k) => (k ? this.expr(k, scope) : UNKNOWN)).reduce(join, NEVER), value: e.values.map((v) => this.expr(v, scope)).reduce(join, NEVER) };
      case "ListComp": return listOf(this.expr(e.elt, this.scopes.scopes.get(e)!));
      case "SetComp": return { t: "set", elem: this.expr(e.elt, this.scopes.scopes.get(e)!) };
      // an asynchronous generator expression makes an async generator, which PyType does not model
      case "GeneratorExp": return e.generators.some((g) => g.is_async) ? UNKNOWN : { t: "gen", yield: this.expr(e.elt, this.scopes.scopes.get(e)!), ret: NONE, send: UNKNOWN, cleanup: this.genexprCleanup(e, scope) };
      case "Yield": return this.sendType(scope);
      case "YieldFrom": {
        const sub = this.expr(e.value, scope);
        if (sub.t === "gen" || sub.t === "never") return sub.t === "gen" ? sub.ret : NEVER;
        return sub.t === "list" || sub.t === "tuple" || sub.t === "str" || sub.t === "set" || sub.t === "dict" || sub.t === "iter" ? NONE : UNKNOWN;
      }
      case "DictComp": {
        const inner = this.scopes.scopes.get(e)!;
        return { t: "dict", key: this.expr(e.key, inner), value: this.expr(e.value, inner) };
      }
      case "Subscript": {
        const t = this.expr(e.value, scope);
        if (e.slice.kind === "Slice") return t.t === "str" || t.t === "list" ? t : t.t === "tuple" ? { t: "tuple", elems: null, elem: t.elem } : UNKNOWN;
        if (t.t === "dict") return t.value;
        if (t.t === "tuple" && t.elems && e.slice.kind === "Constant" && e.slice.value.type === "int") {
          const i = Number(e.slice.value.value);
          return t.elems[i < 0 ? t.elems.length + i : i] ?? UNKNOWN;
        }
        return elementType(t);
      }
      case "Call": return this.call(e, scope);
      case "Attribute": return this.attribute(e, scope);
      case "NamedExpr": return this.expr(e.value, scope);
      case "Lambda": {
        const inner = this.scopes.scopes.get(e)!;
        return { t: "func", ret: inner.isGenerator ? this.generatorType(e) : this.expr(e.body, inner) };
      }
      default: return UNKNOWN;
    }
  }

  binary(op: A.Operator, l: PyType, r: PyType): PyType {
    const lt = l.t === "bool" ? INT : l;
    const rt = r.t === "bool" ? INT : r;
    if (lt.t === "never" || rt.t === "never") {
      // one side is still being inferred (a recursive definition): an int result may grow unbounded
      const known = lt.t === "never" ? rt : lt;
      return known.t === "int" && op !== "Div" ? INT : op === "Div" && isNum(known) ? FLOAT : known;
    }
    if (op === "Div") return isNum(lt) && isNum(rt) ? FLOAT : UNKNOWN;
    if (lt.t === "int" && rt.t === "int") {
      // `x % m` is smaller than m in magnitude (and canonical: a JS number when it is safe), with
      // m's sign; sums and products of non-negative ints are non-negative
      const nonneg = rt.nonneg === true && (op === "Mod" || (lt.nonneg === true && (op === "Add" || op === "Mult")));
      if (op === "Mod" && (rt.small || rt.bits !== undefined)) return intType({ small: true, nonneg, bits: rt.bits, derived: rt.derived });
      return op === "Pow" ? { t: "num" } : intType({ small: false, nonneg, bits: boundOf(op, lt, rt), derived: true });
    }
    if ((lt.t === "float" && isNum(rt)) || (rt.t === "float" && isNum(lt))) return FLOAT;
    if (lt.t === "num" || rt.t === "num") return isNum(lt) && isNum(rt) ? { t: "num" } : UNKNOWN;
    if (op === "Add" && lt.t === rt.t && (lt.t === "str" || lt.t === "list" || lt.t === "tuple")) return join(lt, rt);
    if (op === "Mult" && (lt.t === "str" || lt.t === "list") && rt.t === "int") return lt;
    if (op === "Mult" && (rt.t === "str" || rt.t === "list") && lt.t === "int") return rt;
    if (op === "Mod" && lt.t === "str") return STR;
    if ((op === "BitOr" || op === "BitAnd" || op === "Sub" || op === "BitXor") && lt.t === "set") return lt;
    return UNKNOWN;
  }

  private call(e: A.Call, scope: Scope): PyType {
    const f = e.func;
    const arg0 = e.args[0] ? this.expr(e.args[0], scope) : UNKNOWN;
    if (f.kind === "Name" && !resolveScope(scope, f.id)) {
      switch (f.id) {
        // a code point has 21 bits (a user __len__ may return any size below 2^63: len has no bound)
        case "len": return SMALL_NONNEG_INT;
        case "ord": return intType({ small: true, nonneg: true, bits: 21 });
        case "hash": return INT;
        case "int": return INT;
        case "float": return FLOAT;
        case "str": case "repr": case "chr": case "format": case "hex": case "bin": case "oct": case "input": return STR;
        case "bool": case "isinstance": case "issubclass": case "callable": case "all": case "any": return BOOL;
        case "abs": return arg0.t === "bool" ? INT : arg0;
        case "round": return e.args.length > 1 ? arg0 : INT;
        case "sum": { const el = elementType(arg0); return el.t === "bool" ? INT : el.t === "never" ? INT : el; }
        case "min": case "max": return e.args.length === 1 ? elementType(arg0) : e.args.map((a) => this.expr(a, scope)).reduce(join, NEVER);
        case "list": case "sorted": return listOf(e.args.length ? elementType(arg0) : UNKNOWN);
        case "tuple": return { t: "tuple", elems: null, elem: e.args.length ? elementType(arg0) : UNKNOWN };
        case "set": return { t: "set", elem: e.args.length ? elementType(arg0) : UNKNOWN };
        case "dict": return { t: "dict", key: UNKNOWN, value: UNKNOWN };
        case "range": {
          // every element lies between start (0 by default) and stop
          const n = e.args.some((a) => a.kind === "Starred") ? 0 : e.args.length;
          const bounds = n === 1 ? [] : n === 2 ? [arg0] : n === 3 ? [arg0, this.expr(e.args[1]!, scope)] : null;
          // and so is no larger in magnitude than the larger of them
          const all = n === 1 ? [arg0] : n === 2 ? [arg0, this.expr(e.args[1]!, scope)] : [];
          const bits = all.length > 0 && all.every((b) => b.t === "int" && b.bits !== undefined) ? Math.max(...all.map((b) => (b.t === "int" ? b.bits! : 0))) : undefined;
          const derived = all.some((b) => b.t === "int" && b.derived === true);
          return { t: "iter", elem: intType({ small: true, nonneg: bounds !== null && bounds.every((b) => b.t === "int" && b.nonneg === true), bits, derived }) };
        }
        case "enumerate": return { t: "iter", elem: tupleOf([SMALL_INT, elementType(arg0)]) };
        case "zip": return { t: "iter", elem: tupleOf(e.args.map((a) => elementType(this.expr(a, scope)))) };
        case "iter": if (e.args.length === 1 && arg0.t === "gen") return arg0; return { t: "iter", elem: elementType(arg0) };
        case "reversed": case "filter": return { t: "iter", elem: elementType(arg0) };
        case "divmod": return tupleOf([this.binary("FloorDiv", arg0, this.expr(e.args[1] ?? e.args[0]!, scope)), this.binary("Mod", arg0, this.expr(e.args[1] ?? e.args[0]!, scope))]);
        case "pow": return this.binary("Pow", arg0, e.args[1] ? this.expr(e.args[1], scope) : UNKNOWN);
        default: if (this.isExceptionClass(f.id)) return { t: "instance", cls: f.id };
      }
    }
    const task = this.taskOf(e, scope);
    if (task) return task;
    const callee = this.expr(f, scope);
    if (callee.t === "class") return { t: "instance", cls: callee.cls };
    const runtimeName = f.kind === "Name" ? this.importedName(scope, f.id) : f.kind === "Attribute" && f.value.kind === "Name" && f.value.id === "collections" ? f.attr : null;
    if (runtimeName === "defaultdict") {
      const factory = e.args[0];
      const value: PyType = factory?.kind === "Name" ? ({ list: listOf(NEVER), int: INT, float: FLOAT, str: STR, set: { t: "set", elem: NEVER } } as Record<string, PyType>)[factory.id] ?? UNKNOWN : UNKNOWN;
      return { t: "dict", key: NEVER, value };
    }
    if (runtimeName === "Counter") return { t: "dict", key: e.args[0] ? elementType(arg0) : NEVER, value: INT };
    if (f.kind === "Name") {
      const def = this.definitionOf(scope, f.id);
      if (def) return this.returnType(def);
      const generators = this.generatorDefinitions(scope, f.id);
      if (generators) return generators.map((g) => this.generatorType(g)).reduce(join, NEVER);
    }
    if (f.kind === "Attribute") return this.methodResult(f, scope, e);
    return UNKNOWN;
  }

  /**
   * `asyncio.create_task(fetch(url))` (or `ensure_future`) of a program `async def`: a Task of
   * what the coroutine returns. A program class named `Task` would shadow the runtime's in types.
   */
  private taskOf(e: A.Call, scope: Scope): PyType | null {
    const f = e.func;
    const name = f.kind === "Attribute" && f.value.kind === "Name" && this.isModule(scope, f.value.id, "asyncio") ? f.attr
      : f.kind === "Name" ? this.importedFrom(scope, f.id, "asyncio") : null;
    if ((name !== "create_task" && name !== "ensure_future") || e.args.length !== 1 || this.classes.has("Task")) return null;
    const coro = e.args[0]!;
    if (coro.kind !== "Call" || coro.func.kind !== "Name") return null;
    const owner = resolveScope(scope, coro.func.id);
    const sites = owner ? this.bindings.get(owner)?.get(coro.func.id) ?? [] : [];
    const site = sites.length === 1 ? sites[0]! : null;
    if (!site || site.how !== "def" || site.node.kind !== "AsyncFunctionDef" || site.node.decorator_list.length > 0) return null;
    if (this.scopes.scopes.get(site.node)!.isGenerator) return null;
    return { t: "task", ret: this.returnType(site.node) };
  }

  /** `f` for a call's callee `module.f` (`import module`) or `f` (`from module import f`); else null. */
  moduleFunction(f: A.Expr, scope: Scope, module: string): string | null {
    if (f.kind === "Attribute" && f.value.kind === "Name" && this.isModule(scope, f.value.id, module)) return f.attr;
    return f.kind === "Name" ? this.importedFrom(scope, f.id, module) : null;
  }

  /** `Y` when `name` was bound only by `from <module> import Y`. */
  private importedFrom(scope: Scope, name: string, module: string): string | null {
    const owner = resolveScope(scope, name);
    if (!owner) return null;
    const sites = (this.bindings.get(owner)?.get(name) ?? []).filter((b) => b.how !== "mutate");
    const site = sites.length === 1 ? sites[0]! : null;
    return site && site.how === "import" && site.module === module ? site.name : null;
  }

  /** True when `name` is bound by `import <module>`. */
  private isModule(scope: Scope, name: string, module: string): boolean {
    const owner = resolveScope(scope, name);
    if (!owner) return false;
    const sites = this.bindings.get(owner)?.get(name) ?? [];
    return sites.length === 1 && sites[0]!.how === "import" && sites[0]!.module === module && sites[0]!.name === null;
  }

  /** `Y` when `name` was bound by `from collections import Y`. */
  private importedName(scope: Scope, name: string): string | null {
    const owner = resolveScope(scope, name);
    if (!owner) return null;
    const sites = (this.bindings.get(owner)?.get(name) ?? []).filter((b) => b.how !== "mutate");
    const site = sites.length === 1 ? sites[0]! : null;
    return site && site.how === "import" && site.module === "collections" ? site.name : null;
  }

  /** The module `name` is bound to by `import M` (or `import M as name`), if any. */
  private importedModule(scope: Scope, name: string): string | null {
    const owner = resolveScope(scope, name);
    if (!owner) return null;
    const sites = (this.bindings.get(owner)?.get(name) ?? []).filter((b) => b.how !== "mutate");
    const site = sites.length === 1 ? sites[0]! : null;
    return site && site.how === "import" && site.name === null ? site.module : null;
  }

  private definitionOf(scope: Scope, name: string): A.FunctionDef | null {
    const owner = resolveScope(scope, name);
    if (!owner) return null;
    const sites = this.bindings.get(owner)?.get(name) ?? [];
    if (sites.length !== 1) return null;
    const site = sites[0]!;
    return site.how === "def" && site.node.kind === "FunctionDef" && site.node.decorator_list.length === 0 ? site.node : null;
  }

  /**
   * Whether the call makes a new generator (its callee is a generator function, or a method every
   * definition of which is one), rather than returning one that may be stored elsewhere.
   */
  makesNewGenerator(e: A.Call, scope: Scope): boolean {
    const isGeneratorDef = (n: A.Node): boolean => n.kind === "FunctionDef" && this.scopes.scopes.get(n)!.isGenerator && n.decorator_list.every((d) => d.kind === "Name" && (d.id === "staticmethod" || d.id === "classmethod"));
    const f = e.func;
    if (f.kind === "Name") {
      const owner = resolveScope(scope, f.id);
      const sites = owner ? this.bindings.get(owner)?.get(f.id) ?? [] : [];
      return sites.length > 0 && sites.every((s) => s.how === "def" && s.node.decorator_list.length === 0 && isGeneratorDef(s.node));
    }
    if (f.kind !== "Attribute" || this.attributes.anyAttribute) return false;
    const owner = this.expr(f.value, scope);
    if (owner.t !== "instance" && owner.t !== "class") return false;
    const sources = this.attributes.sources.get(f.attr) ?? [];
    return sources.length > 0 && sources.every((s) => s.how === "def" && isGeneratorDef(s.node));
  }

  /** A name bound only by `def`s of generator functions (redefined): calling it makes a generator. */
  private generatorDefinitions(scope: Scope, name: string): A.FunctionDef[] | null {
    const owner = resolveScope(scope, name);
    if (!owner) return null;
    const sites = this.bindings.get(owner)?.get(name) ?? [];
    const defs: A.FunctionDef[] = [];
    for (const site of sites) {
      if (site.how !== "def" || site.node.kind !== "FunctionDef" || site.node.decorator_list.length > 0 || !this.scopes.scopes.get(site.node)!.isGenerator) return null;
      defs.push(site.node);
    }
    return defs.length > 1 ? defs : null;
  }

  returnType(fn: A.FunctionDef | A.AsyncFunctionDef): PyType {
    const cached = this.returnTypes.get(fn);
    if (cached) {
      this.fixpoint.readPlaceholder(`ret:${fn.span.start}`);
      return cached;
    }
    const scope = this.scopes.scopes.get(fn)!;
    if (scope.isGenerator && fn.kind === "FunctionDef") return this.generatorType(fn);
    this.returnTypes.set(fn, UNKNOWN);
    if (scope.isGenerator) return UNKNOWN;
    const t = this.fixpoint.withPlaceholder(`ret:${fn.span.start}`, () => this.inferReturn(fn, scope));
    this.returnTypes.set(fn, t);
    return t;
  }

  private inferReturn(fn: A.FunctionDef | A.AsyncFunctionDef, scope: Scope): PyType {
    let t: PyType = NEVER;
    let fallsOff = true;
    const visit = (body: readonly A.Stmt[]): void => {
      for (const s of body) {
        if (s.kind === "Return") t = join(t, s.value ? this.expr(s.value, scope) : NONE);
        else if (s.kind === "FunctionDef" || s.kind === "AsyncFunctionDef" || s.kind === "ClassDef") continue;
        else for (const nested of nestedBlocks(s)) visit(nested);
      }
    };
    visit(fn.body);
    const last = fn.body[fn.body.length - 1];
    if (last && (last.kind === "Return" || last.kind === "Raise")) fallsOff = false;
    if (fallsOff) t = join(t, NONE);
    return t.t === "never" ? NONE : eraseNested(t);
  }

  /**
   * What calling a generator function gives: the join of what it yields (`yield from x` yields
   * x's elements) and returns, iterated to a fixpoint for generators that delegate to themselves;
   * the send type is what a resumed `yield` gives (sentType).
   */
  generatorType(fn: A.FunctionDef | A.AsyncFunctionDef | A.Lambda): PyType {
    const scope = this.scopes.scopes.get(fn)!;
    const body = generatorBody(fn);
    const send = fn.kind === "Lambda" ? UNKNOWN : this.sentType(fn);
    return this.solve(`gen:${this.scopeKey(scope)}`, { iterate: false }, () => {
      let y: PyType = NEVER;
      for (const e of body.yields) y = join(y, e.value ? this.expr(e.value, scope) : NONE);
      for (const e of body.yieldFroms) y = join(y, elementType(this.expr(e.value, scope)));
      let r: PyType = fn.kind === "Lambda" ? this.expr(fn.body, scope) : body.fallsOff ? NONE : NEVER;
      for (const s of body.returns) r = join(r, s.value ? this.expr(s.value, scope) : NONE);
      const cleanup = body.guardedYield || body.yieldFroms.some((e) => closingRunsCode(this.expr(e.value, scope)));
      return { t: "gen", yield: y, ret: r, send, cleanup };
    });
  }

  /** The type a `yield` expression evaluates to in `scope`'s generator (sentType). */
  /**
   * Closing a generator expression early runs code when it closes a generator it made: the
   * first iterable when that is a temporary (not a variable the caller still holds), or any
   * later clause's iterable (created inside the expression).
   */
  private genexprCleanup(e: A.GeneratorExp, scope: Scope): boolean {
    const inner = this.scopes.scopes.get(e)!;
    return e.generators.some((g, i) => {
      if (i === 0 && (g.iter.kind === "Name" || g.iter.kind === "Attribute" || g.iter.kind === "Subscript")) return false;
      const t = this.expr(g.iter, i === 0 ? scope : inner);
      return t.t === "gen" && t.cleanup;
    });
  }

  private sendType(scope: Scope): PyType {
    let s: Scope | null = scope;
    while (s && s.kind === "comprehension") s = s.parent;
    const n = s?.node;
    return n && n.kind === "FunctionDef" ? this.sentType(n) : n && n.kind === "AsyncFunctionDef" ? sentAnnotated(n.returns) : UNKNOWN;
  }

  private sendSites: SendSiteTable | null = null;

  /**
   * What a resumed `yield` of `fn`'s generators gives: the annotated send type or None (`next()`),
   * else, when every generator it makes is used locally (send-sites.ts), the join of what is
   * sent: None only when some resume sends None. Only int, bool, str and None are trusted.
   */
  private sentType(fn: A.FunctionDef | A.AsyncFunctionDef): PyType {
    const annotated = sentAnnotated(fn.returns);
    if (annotated.t !== "unknown" || fn.kind !== "FunctionDef") return annotated;
    this.callSites ??= collectCallSites(this.scopes, this.bindings, this.moduleNode);
    this.sendSites ??= collectSendSites(this.scopes, this.bindings, this.callSites, this.moduleNode);
    const sites = this.sendSites.get(fn);
    if (!sites) return UNKNOWN;
    return this.solve(`send:${this.scopeKey(this.scopes.scopes.get(fn)!)}`, { iterate: false }, () => {
      let t: PyType = sites.none ? NONE : NEVER;
      const kinds = new Set<string>();
      for (const v of sites.values) {
        const sent = this.expr(v.expr, v.scope);
        kinds.add(sent.t);
        t = join(t, sent);
      }
      // int joined with bool is int, but a sent True stays a JS boolean
      if (kinds.has("int") && kinds.has("bool")) return UNKNOWN;
      const inner = t.t === "optional" ? t.inner : t;
      return inner.t === "int" || inner.t === "bool" || inner.t === "str" || inner.t === "none" || inner.t === "never" ? t : UNKNOWN;
    });
  }

  private attribute(e: A.Attribute, scope: Scope): PyType {
    if (e.value.kind === "Name" && e.value.id === "math" && !resolveScope(scope, "math")) return e.attr === "pi" || e.attr === "e" || e.attr === "inf" || e.attr === "nan" || e.attr === "tau" ? FLOAT : UNKNOWN;
    if (e.value.kind === "Name" && e.value.id === "math") return e.attr === "pi" || e.attr === "e" || e.attr === "inf" || e.attr === "nan" || e.attr === "tau" ? FLOAT : UNKNOWN;
    if (e.value.kind === "Name" && ASYNCIO_EXCEPTIONS.has(e.attr) && this.isModule(scope, e.value.id, "asyncio")) return { t: "class", cls: e.attr };
    const maybeNone = this.expr(e.value, scope);
    // `node.next.value` with `next: Optional[Node]`: a Node's attribute, or AttributeError on None
    const owner = maybeNone.t === "optional" ? maybeNone.inner : maybeNone;
    if ((owner.t === "instance" || owner.t === "class") && this.enums.has(owner.cls)) {
      // `Color.RED` is a member, not the value it was assigned; a member's value can be anything
      if (this.isEnumMember(owner.cls, e.attr)) return { t: "instance", cls: owner.cls };
      if (e.attr === "name" || e.attr === "_name_") return STR;
      if (e.attr === "value" || e.attr === "_value_") return UNKNOWN;
    }
    if (owner.t === "instance" || owner.t === "class") return this.classAttribute(owner.cls, e.attr);
    return UNKNOWN;
  }

  private isEnumMember(cls: string, attr: string): boolean {
    for (let c: string | null = cls, depth = 0; c && depth < 50; depth++) {
      const facts = this.classes.get(c);
      if (!facts) return false;
      if (enumMemberNames(facts.node).includes(attr)) return true;
      c = facts.base;
    }
    return false;
  }

  /**
   * The type of `cls.attr` (instance or class attribute): the join over every place any object
   * gets an attribute of that name (attributes.ts). Containers held in attributes keep no
   * element types, since their mutations through `self.items.append(...)` are not followed.
   */
  classAttribute(cls: string, attr: string): PyType {
    if (!this.classes.has(cls) || this.attributes.anyAttribute) return UNKNOWN;
    const sources = this.attributes.sources.get(attr) ?? [];
    if (sources.length === 0) return UNKNOWN;
    const augmented = sources.some((s) => s.how === "augment");
    return this.solve(`attr:${attr}`, { iterate: augmented }, (current) => eraseNested(eraseMutable(sources.map((s) => this.sourceType(s, current)).reduce(join, NEVER))));
  }

  private readonly declared = new Map<string, Set<string>>();

  /** True when `cls` or a base declares `attr` (so TypeScript's class type has it). */
  declaresAttribute(cls: string, attr: string): boolean {
    for (let c: string | null = cls, depth = 0; c && depth < 50; depth++) {
      const facts = this.classes.get(c);
      // enum members get `name`, `value` and the rest from the enum runtime
      if (!facts || this.enums.has(c)) return true;
      let names = this.declared.get(c);
      if (!names) this.declared.set(c, (names = declaredAttributes(facts.node)));
      if (names.has(attr)) return true;
      c = facts.base;
    }
    return false;
  }

  /** True when some code in the module may give an attribute of this name a value. */
  mayHaveAttribute(attr: string): boolean {
    return this.attributes.anyAttribute || this.attributes.sources.has(attr);
  }

  private sourceType(source: AttributeSource, current: PyType): PyType {
    switch (source.how) {
      case "value": return this.expr(source.expr, source.scope);
      case "augment": return this.binary(source.op, current, this.expr(source.value, source.scope));
      case "def": {
        const isProperty = source.node.decorator_list.some((d) => d.kind === "Name" && d.id === "property");
        return isProperty ? this.returnType(source.node) : { t: "func", ret: this.returnType(source.node) };
      }
      case "class": return { t: "class", cls: source.node.name };
      case "field": return this.fieldType(source);
      case "unknown": return UNKNOWN;
    }
  }

  /** A dataclass field: its default and the matching argument of every call of the class. */
  private fieldType(f: AttributeSource & { how: "field" }): PyType {
    this.callSites ??= collectCallSites(this.scopes, this.bindings, this.moduleNode);
    const facts = this.classes.get(f.cls.name);
    // inherited fields shift positions
    if (facts?.base || this.callSites.escaped.has(f.cls)) return UNKNOWN;
    const defaultType = f.default ? this.fieldDefault(f.default, f.scope) : NEVER;
    let t: PyType = defaultType;
    for (const c of this.callSites.sites.get(f.cls) ?? []) {
      if (c.args.some((a) => a.kind === "Starred") || c.keywords.some((k) => k.arg === null)) return UNKNOWN;
      const given = f.index < c.args.length ? c.args[f.index]! : c.keywords.find((k) => k.arg === f.name)?.value;
      if (given) t = join(t, this.expr(given, c.scope));
    }
    return t.t === "never" ? UNKNOWN : t;
  }

  /** `x: T = v` gives v; `field(default=v)` gives v, `field(default_factory=list)` an empty list. */
  private fieldDefault(d: A.Expr, scope: Scope): PyType {
    if (!isCallOf(d, "field")) return this.expr(d, scope);
    const call = d as A.Call;
    const value = call.keywords.find((k) => k.arg === "default")?.value;
    if (value) return this.expr(value, scope);
    const factory = call.keywords.find((k) => k.arg === "default_factory")?.value;
    if (factory?.kind === "Name" && !resolveScope(scope, factory.id)) {
      const made = ({ list: listOf(UNKNOWN), dict: { t: "dict", key: UNKNOWN, value: UNKNOWN }, set: { t: "set", elem: UNKNOWN } } as Record<string, PyType>)[factory.id];
      if (made) return made;
    }
    return UNKNOWN;
  }

  private methodResult(f: A.Attribute, scope: Scope, e: A.Call): PyType {
    const owner = this.expr(f.value, scope);
    // module functions CPython always answers with a float (random.triangular and statistics.mean may give ints)
    if (f.value.kind === "Name" && ALWAYS_FLOAT[this.importedModule(scope, f.value.id) ?? ""]?.includes(f.attr)) return FLOAT;
    if (f.value.kind === "Name" && f.value.id === "math") {
      return ["floor", "ceil", "trunc", "factorial", "gcd", "lcm", "comb", "perm", "isqrt"].includes(f.attr) ? INT : ["isclose", "isnan", "isinf", "isfinite"].includes(f.attr) ? BOOL : FLOAT;
    }
    if (owner.t === "str") {
      if (["split", "rsplit", "splitlines"].includes(f.attr)) return listOf(STR);
      if (["find", "rfind", "index", "rindex", "count"].includes(f.attr)) return SMALL_INT;
      if (f.attr.startsWith("is") || f.attr === "startswith" || f.attr === "endswith") return BOOL;
      if (f.attr === "partition" || f.attr === "rpartition") return tupleOf([STR, STR, STR]);
      if (f.attr === "encode") return UNKNOWN;
      return STR;
    }
    if (owner.t === "list") {
      if (f.attr === "pop") return owner.elem;
      if (f.attr === "index" || f.attr === "count") return SMALL_INT;
      if (f.attr === "copy") return owner;
      return NONE;
    }
    if (owner.t === "dict") {
      if (f.attr === "get") return e.args.length > 1 ? join(owner.value, this.expr(e.args[1]!, scope)) : { t: "optional", inner: owner.value };
      if (f.attr === "pop" || f.attr === "setdefault") return owner.value;
      if (f.attr === "keys") return { t: "iter", elem: owner.key };
      if (f.attr === "values") return { t: "iter", elem: owner.value };
      if (f.attr === "items") return { t: "iter", elem: tupleOf([owner.key, owner.value]) };
      if (f.attr === "copy") return owner;
    }
    if (owner.t === "instance" && (owner.cls === "ExceptionGroup" || owner.cls === "BaseExceptionGroup")) {
      // `split` gives (match, rest) and `subgroup` the match; either may be None
      const part: PyType = { t: "optional", inner: owner };
      if (f.attr === "split") return tupleOf([part, part]);
      if (f.attr === "subgroup") return part;
    }
    if (owner.t === "instance" || owner.t === "class") {
      const m = this.classAttribute(owner.cls, f.attr);
      return m.t === "func" ? m.ret : UNKNOWN;
    }
    return UNKNOWN;
  }
}



function isNum(t: PyType): boolean {
  return t.t === "int" || t.t === "float" || t.t === "num" || t.t === "bool";
}

function isCallOf(e: A.Expr, name: string): boolean {
  return e.kind === "Call" && e.func.kind === "Name" && e.func.id === name;
}

/** The statement lists nested in a compound statement (same scope). */
function nestedBlocks(s: A.Stmt): (readonly A.Stmt[])[] {
  switch (s.kind) {
    case "If": case "For": case "AsyncFor": case "While": return [s.body, s.orelse];
    case "With": case "AsyncWith": return [s.body];
    case "Try": case "TryStar": return [s.body, ...s.handlers.map((h) => h.body), s.orelse, s.finalbody];
    case "Match": return s.cases.map((c) => c.body);
    default: return [];
  }
}

export function elementType(t: PyType): PyType {
  switch (t.t) {
    case "list": case "set": case "iter": return t.elem;
    case "gen": return t.yield;
    case "tuple": return t.elem;
    case "dict": return t.key;
    case "str": return STR;
    case "never": return NEVER;
    default: return UNKNOWN;
  }
}

/** Whether closing a subiterator of this type (a `yield from` being closed) may run code. */
function closingRunsCode(t: PyType): boolean {
  switch (t.t) {
    case "gen": return t.cleanup;
    case "list": case "tuple": case "str": case "set": case "dict": case "iter": case "never": return false;
    default: return true;
  }
}

/** A resumed `yield` under a `Generator[Y, S, R]` annotation: S, or None from `next()`. */
function sentAnnotated(returns: A.Expr | null): PyType {
  const send = annotatedSendType(returns);
  return send.t === "unknown" ? UNKNOWN : join(send, NONE);
}

/**
 * `S` of a `Generator[Y, S, R]` return annotation (`typing.` or `collections.abc.` prefixed
 * too). A `float` annotation says nothing (an int may be sent), like everywhere else.
 */
function annotatedSendType(returns: A.Expr | null): PyType {
  if (!returns || returns.kind !== "Subscript" || returns.slice.kind !== "Tuple" || returns.slice.elts.length !== 3) return UNKNOWN;
  const base = returns.value;
  const name = base.kind === "Name" ? base.id : base.kind === "Attribute" ? base.attr : "";
  if (name !== "Generator") return UNKNOWN;
  const t = annotationType(returns.slice.elts[1]!);
  return t.t === "float" ? UNKNOWN : t;
}

/** Annotations give container shapes and non-numeric types; `float` is ignored (`x: float = 3` holds an int). */
export function annotationType(a: A.Expr): PyType {
  if (a.kind === "Name") {
    switch (a.id) {
      case "int": return INT;
      case "str": return STR;
      case "bool": return BOOL;
      case "float": return FLOAT;
      case "list": return listOf(UNKNOWN);
      case "dict": return { t: "dict", key: UNKNOWN, value: UNKNOWN };
      default: return UNKNOWN;
    }
  }
  if (a.kind === "Constant" && a.value.type === "None") return NONE;
  return UNKNOWN;
}
