/**
 * BaseExceptionGroup / ExceptionGroup (PEP 654) and the helper behind `except*`.
 *
 * Python's ExceptionGroup inherits from both BaseExceptionGroup and Exception; JS has single
 * inheritance, so `ExceptionGroup extends Exception` and `instanceof BaseExceptionGroup` is made
 * true for it through `Symbol.hasInstance`. `new BaseExceptionGroup(msg, [only Exceptions])`
 * returns an ExceptionGroup, as CPython's `__new__` does.
 *
 * What the compiler emits for
 *     try: body
 *     except* ValueError as eg: h1
 *     except* (KeyError, TypeError): h2
 * is
 *     try { body } catch ($e) {
 *       const $star = new ExceptStar(pyCatch($e));
 *       const eg = $star.match(ValueError);
 *       if (eg !== null) { try { h1 } catch ($h) { $star.raised(pyCatch($h)); } }
 *       if ($star.match([KeyError, TypeError]) !== null) { try { h2 } catch ($h) { $star.raised(pyCatch($h)); } }
 *       $star.finish();   // throws what is left unhandled or raised in handlers; returns if nothing
 *     }
 */
import { BaseException, Exception, TypeError, ValueError, isExceptionClass } from "./exceptions.js";
import { asTuple } from "./tuple.js";
import { typeName } from "./compare.js";

/** What `split`/`subgroup`/`except*` accept: a class, a list/tuple of classes, or a predicate. */
export type ExceptionCondition =
  | (abstract new (...args: never[]) => BaseException)
  | readonly (abstract new (...args: never[]) => BaseException)[]
  | ((exc: BaseException) => unknown);

interface GroupFields {
  readonly message: string;
  readonly exceptions: readonly BaseException[];
}

type Group = BaseException & GroupFields;

function validate(message: unknown, exceptions: unknown): BaseException[] {
  if (typeof message !== "string") {
    throw new TypeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${typeName(message)}`);
  }
  if (!Array.isArray(exceptions)) throw new TypeError("second argument (exceptions) must be a sequence");
  if (exceptions.length === 0) throw new ValueError("second argument (exceptions) must be a non-empty sequence");
  exceptions.forEach((e, i) => {
    if (!(e instanceof BaseException)) throw new ValueError(`Item ${i} of second argument (exceptions) is not an exception`);
  });
  return exceptions as BaseException[];
}


export class BaseExceptionGroup extends BaseException {
  declare readonly message: string;
  readonly exceptions!: readonly BaseException[];

  constructor(message: string, exceptions: readonly BaseException[]) {
    const excs = validate(message, exceptions);
    if (new.target === BaseExceptionGroup && excs.every((e) => e instanceof Exception)) {
      // eslint-disable-next-line no-constructor-return
      return new ExceptionGroup(message, exceptions);
    }
    super(message, exceptions);
    this.message = message;
    this.exceptions = asTuple([...excs]);
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    if (Function.prototype[Symbol.hasInstance].call(this, value)) return true;
    return this === BaseExceptionGroup && value instanceof ExceptionGroup;
  }

  override __str__(): string {
    return groupStr(this);
  }
  split(condition: ExceptionCondition): [BaseExceptionGroup | null, BaseExceptionGroup | null] {
    return splitGroup(this, toPredicate(condition)) as [BaseExceptionGroup | null, BaseExceptionGroup | null];
  }
  subgroup(condition: ExceptionCondition): BaseExceptionGroup | null {
    return this.split(condition)[0];
  }
  derive(exceptions: readonly BaseException[]): BaseExceptionGroup {
    return new BaseExceptionGroup(this.message, exceptions);
  }
}

export class ExceptionGroup extends Exception {
  declare readonly message: string;
  readonly exceptions!: readonly BaseException[];

  constructor(message: string, exceptions: readonly BaseException[]) {
    const excs = validate(message, exceptions);
    if (!excs.every((e) => e instanceof Exception)) throw new TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
    super(message, exceptions);
    this.message = message;
    this.exceptions = asTuple([...excs]);
  }

  override __str__(): string {
    return groupStr(this);
  }
  split(condition: ExceptionCondition): [ExceptionGroup | null, ExceptionGroup | null] {
    return splitGroup(this, toPredicate(condition)) as [ExceptionGroup | null, ExceptionGroup | null];
  }
  subgroup(condition: ExceptionCondition): ExceptionGroup | null {
    return this.split(condition)[0];
  }
  derive(exceptions: readonly BaseException[]): BaseExceptionGroup | ExceptionGroup {
    return new BaseExceptionGroup(this.message, exceptions);
  }
}

function groupStr(group: Group): string {
  const n = group.exceptions.length;
  return `${group.message} (${n} sub-exception${n === 1 ? "" : "s"})`;
}

export function isExceptionGroup(value: unknown): value is BaseExceptionGroup | ExceptionGroup {
  return value instanceof BaseExceptionGroup;
}

function toPredicate(condition: ExceptionCondition): (exc: BaseException) => boolean {
  if (isExceptionClass(condition)) return (exc) => exc instanceof condition;
  if (Array.isArray(condition)) {
    const classes = condition as unknown[];
    classes.forEach((c) => {
      if (!isExceptionClass(c)) throw new TypeError("expected a function, exception type or tuple of exception types");
    });
    return (exc) => classes.some((c) => exc instanceof (c as typeof BaseException));
  }
  if (typeof condition === "function") return (exc) => Boolean((condition as (e: BaseException) => unknown)(exc));
  throw new TypeError("expected a function, exception type or tuple of exception types");
}

function derived(group: Group, exceptions: BaseException[]): Group {
  const result = (group as unknown as { derive(e: BaseException[]): Group }).derive(exceptions);
  result.__cause__ = group.__cause__;
  result.__context__ = group.__context__;
  result.__traceback__ = group.__traceback__;
  if (group.__notes__ !== undefined) result.__notes__ = [...group.__notes__];
  return result;
}

/** CPython's `BaseExceptionGroup.split`: keeps the nesting, returns `self` for a full match. */
function splitGroup(group: Group, matches: (exc: BaseException) => boolean): [Group | null, Group | null] {
  if (matches(group)) return [group, null];
  const matched: BaseException[] = [];
  const rest: BaseException[] = [];
  for (const exc of group.exceptions) {
    if (isExceptionGroup(exc)) {
      const [m, r] = splitGroup(exc as Group, matches);
      if (m !== null) matched.push(m);
      if (r !== null) rest.push(r);
    } else if (matches(exc)) {
      matched.push(exc);
    } else {
      rest.push(exc);
    }
  }
  // CPython derives new groups even when nothing (or everything) matched, unless the group itself did
  return [matched.length === 0 ? null : derived(group, matched), rest.length === 0 ? null : derived(group, rest)];
}

function leaves(exc: BaseException, into: Set<BaseException>): Set<BaseException> {
  if (isExceptionGroup(exc)) for (const e of exc.exceptions) leaves(e, into);
  else into.add(exc);
  return into;
}

/** The state of one `try ... except*` statement while its handlers run (see the header). */
export class ExceptStar {
  private readonly original: BaseException;
  /** what no clause has matched yet; for a naked exception, the exception itself */
  private remaining: BaseException | null;
  private readonly raisedInHandlers: BaseException[] = [];

  constructor(caught: BaseException) {
    this.original = caught;
    this.remaining = caught;
  }

  /**
   * The part of the remaining exceptions that `condition` matches, or null. A naked (non-group)
   * exception that matches is handed over as `ExceptionGroup('', (exc,))`, as CPython does.
   */
  match(condition: ExceptionCondition): BaseException | null {
    const classes = Array.isArray(condition) ? condition : [condition];
    if (classes.some((c) => isExceptionClass(c) && (c === BaseExceptionGroup || c === ExceptionGroup || c.prototype instanceof BaseExceptionGroup))) {
      throw new TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
    const remaining = this.remaining;
    if (remaining === null) return null;
    const predicate = toPredicate(condition);
    if (!isExceptionGroup(remaining)) {
      if (!predicate(remaining)) return null;
      this.remaining = null;
      return new BaseExceptionGroup("", asTuple([remaining]));
    }
    const [matched, rest] = splitGroup(remaining as Group, predicate);
    if (matched === null) return null;
    this.remaining = rest;
    return matched;
  }

  /** Record an exception that escaped a handler (a bare `raise` re-raises the matched group). */
  raised(exc: BaseException): void {
    this.raisedInHandlers.push(exc);
  }

  /** Throw the combined result (CPython's `_PyExc_PrepReraiseStar`), or return if all was handled. */
  finish(): void {
    if (!isExceptionGroup(this.original)) {
      // a naked exception: at most one clause ran, so there is at most one thing to raise
      if (this.remaining !== null) throw this.original;
      if (this.raisedInHandlers.length > 0) throw this.raisedInHandlers[0];
      return;
    }
    const originalLeaves = leaves(this.original, new Set());
    const reraised = new Set<BaseException>();
    const fresh: BaseException[] = [];
    for (const exc of this.raisedInHandlers) {
      const own = leaves(exc, new Set());
      if ([...own].every((leaf) => originalLeaves.has(leaf))) own.forEach((leaf) => reraised.add(leaf));
      else fresh.push(exc);
    }
    if (fresh.length === 0 && reraised.size === 0 && this.remaining === this.original) throw this.original;
    if (this.remaining !== null) leaves(this.remaining, reraised);
    const keep = reraised.size > 0 ? splitGroup(this.original as Group, (e) => !isExceptionGroup(e) && reraised.has(e))[0] : null;
    const result: BaseException[] = [...fresh];
    if (keep !== null) result.push(keep);
    if (result.length === 0) return;
    if (result.length === 1) throw result[0];
    throw new BaseExceptionGroup("", result);
  }
}
