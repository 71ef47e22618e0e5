/**
 * Generators made as temporaries for a call that only uses them while it runs. CPython frees a
 * temporary argument as soon as the call returns (reference counting), which closes a suspended
 * generator there: `next(fin())` runs fin's `finally` before the next statement, not at exit.
 *
 * A consumer is a call that cannot keep its argument: `next`, `any`, `all`, `list`, `sorted`,
 * `max`, ... on their first argument, `sep.join(x)`, `x in y`, or a plain function that only
 * borrows that parameter (generator-owners.ts `lendsTo`). Its argument is a temporary tree when
 * it is a call of a generator function, or a builtin wrapper (`zip`, `map`, `filter`,
 * `enumerate`, `iter`), itertools iterator (`islice`, `takewhile`, `chain`, ...: ITERTOOLS_WRAPPERS)
 * or generator expression whose iterables include such calls: the wrapper
 * dies with the call, and with it the generators it holds. Anything else (a variable, a call of
 * a function that might return a stored generator, an unknown callee) is not a temporary.
 *
 * The nodes are listed in evaluation order; lower/generator-temporaries.ts closes them in
 * reverse after the call, as CPython's deallocation does (a zip frees its iterators last first).
 */
import type * as A from "../ast/nodes.js";
import { lendsTo } from "./generator-owners.js";
import type { TypeInference } from "./infer.js";
import { resolveScope, type Scope } from "./scopes.js";
import { forEachChild } from "./walk.js";

const CONSUMERS = new Set(["next", "list", "tuple", "set", "frozenset", "dict", "sum", "min", "max", "sorted", "any", "all"]);
const WRAPPERS = new Set(["zip", "map", "filter", "enumerate", "iter"]);
/**
 * The itertools iterators that hold their input iterators until they are freed, and which of
 * their arguments those are (-1: every one). Not `groupby` or `tee`, whose groups and copies
 * can outlive the call; not `product` or the combinatorics, which read all input at once.
 */
const ITERTOOLS_WRAPPERS: Readonly<Record<string, readonly number[]>> = {
  islice: [0], accumulate: [0], pairwise: [0], cycle: [0], compress: [0, 1], chain: [-1], zip_longest: [-1],
  takewhile: [1], dropwhile: [1], filterfalse: [1], starmap: [1],
};

/** The iterable arguments of a call of a builtin or itertools wrapper (`zip(a, b)`, `islice(a, 3)`); null for other calls. */
function wrappedIterables(e: A.Call, scope: Scope, infer: TypeInference): readonly A.Expr[] | null {
  if (e.args.some((a) => a.kind === "Starred") || e.keywords.some((k) => k.arg === null)) return null;
  if (e.func.kind === "Name" && !resolveScope(scope, e.func.id)) {
    const name = e.func.id;
    if (!WRAPPERS.has(name) || (name === "iter" && e.args.length !== 1)) return null;
    return name === "map" || name === "filter" ? e.args.slice(1) : name === "zip" ? e.args : e.args.slice(0, 1);
  }
  const positions = ITERTOOLS_WRAPPERS[infer.moduleFunction(e.func, scope, "itertools") ?? ""];
  if (!positions) return null;
  return positions[0] === -1 ? e.args : positions.flatMap((i) => (e.args[i] ? [e.args[i]!] : []));
}

export interface TemporaryUse {
  /** the generator calls and generator expressions to close after the consumer, in evaluation order */
  readonly nodes: readonly A.Expr[];
  /**
   * Close them when the consumer raises too: a builtin consumer has no frame, so CPython frees
   * the temporaries while unwinding; a Python function's frame stays alive in the traceback
   * (holding its parameter) until the exception is handled, which py2ts cannot follow.
   */
  readonly closeOnThrow: boolean;
}

/** The temporaries `e` consumes, if it is a consuming call or `in` test over temporary generators. */
export function temporaryUse(e: A.Expr, scope: Scope, infer: TypeInference): TemporaryUse | null {
  let use: TemporaryUse | null = null;
  if (e.kind === "Compare" && e.ops.length === 1 && (e.ops[0] === "In" || e.ops[0] === "NotIn")) {
    use = { nodes: temporaryTree(e.comparators[0]!, scope, infer), closeOnThrow: true };
  } else if (e.kind === "Call" && !e.args.some((a) => a.kind === "Starred") && !e.keywords.some((k) => k.arg === null)) {
    const f = e.func;
    if (f.kind === "Name" && !resolveScope(scope, f.id)) {
      if (CONSUMERS.has(f.id) && e.args.length >= 1 && (e.args.length === 1 || f.id === "next" || f.id === "sum") && !exhausts(f.id, e.args[0]!, scope, infer)) {
        use = { nodes: temporaryTree(e.args[0]!, scope, infer), closeOnThrow: true };
      }
    } else if (f.kind === "Name") {
      const nodes = e.args.filter((a) => lendsTo(e, a, scope, infer, new Set())).flatMap((a) => temporaryTree(a, scope, infer));
      use = { nodes, closeOnThrow: false };
    } else if (f.kind === "Attribute" && f.attr === "join" && e.args.length === 1 && e.keywords.length === 0 && infer.expr(f.value, scope).t === "str") {
      use = { nodes: temporaryTree(e.args[0]!, scope, infer), closeOnThrow: true };
    }
  }
  if (!use || use.nodes.length === 0 || suspends(e)) return null;
  return use;
}

/**
 * The generators a `for` loop over `iter` must close when it ends: `iter` is a temporary `zip`,
 * `enumerate`, ... or generator expression over generator calls (a bare generator call is
 * closed by `iterateTemporary` itself).
 */
export function temporaryIteration(iter: A.Expr, scope: Scope, infer: TypeInference): readonly A.Expr[] | null {
  if (iter.kind !== "GeneratorExp" && !(iter.kind === "Call" && wrappedIterables(iter, scope, infer))) return null;
  const nodes = temporaryTree(iter, scope, infer);
  return nodes.length > 0 && !suspends(iter) ? nodes : null;
}

/** The generators a temporary argument makes (empty when it is not a temporary tree). */
function temporaryTree(e: A.Expr, scope: Scope, infer: TypeInference): A.Expr[] {
  if (e.kind === "GeneratorExp") {
    const inner = temporaryTree(e.generators[0]!.iter, scope, infer);
    return inner.length > 0 ? [...inner, e] : [];
  }
  if (e.kind !== "Call" || e.args.some((a) => a.kind === "Starred") || e.keywords.some((k) => k.arg === null)) return [];
  const iterables = wrappedIterables(e, scope, infer);
  if (iterables) return iterables.flatMap((a) => temporaryTree(a, scope, infer));
  if (e.func.kind === "Name" && !resolveScope(scope, e.func.id)) return [];
  return newGeneratorWithCleanup(e, scope, infer) ? [e] : [];
}

/** A call that makes a new generator whose closing may run code. */
export function newGeneratorWithCleanup(e: A.Call, scope: Scope, infer: TypeInference): boolean {
  const t = infer.expr(e, scope);
  return t.t === "gen" && t.cleanup && infer.makesNewGenerator(e, scope);
}

/**
 * `list(gen())`, `tuple(x for x in gen())`: the generator is always finished when the call
 * returns (list and tuple raise nothing of their own, and an exception from the generator
 * finishes it), so there is nothing to close.
 */
function exhausts(consumer: string, arg: A.Expr, scope: Scope, infer: TypeInference): boolean {
  if (consumer !== "list" && consumer !== "tuple") return false;
  const source = arg.kind === "GeneratorExp" && arg.generators.length === 1 ? arg.generators[0]!.iter : arg;
  return source.kind === "Call" && !(source.func.kind === "Name" && WRAPPERS.has(source.func.id)) && !wrappedIterables(source, scope, infer);
}

/** A `yield` or `await` in the consumer: it cannot run inside the closing callback. */
function suspends(e: A.Node): boolean {
  if (e.kind === "Yield" || e.kind === "YieldFrom" || e.kind === "Await") return true;
  if (e.kind === "Lambda" || e.kind === "FunctionDef") return false;
  let found = false;
  forEachChild(e, (c) => { found ||= suspends(c); });
  return found;
}
