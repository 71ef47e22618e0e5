/**
 * Generators passed as temporaries to a call that only uses them while it runs. CPython frees
 * such an argument when the call returns, which closes a suspended generator at once; the
 * compiler (lower/generator-temporaries.ts) wraps the call so that happens here too:
 *
 *   print(next(fin()))   →   print(withTemporaries((tmp) => next(tmp(fin()))))
 *
 * `tmp(g)` records a temporary and returns it; when the body returns the recorded generators are
 * closed, last first (CPython's deallocation order: a `zip` frees its iterators in reverse), with
 * errors reported as "Exception ignored in" like any dropped generator. When the body raises they
 * are closed too, unless `closeOnThrow: false` (a Python function's frame keeps its parameters
 * alive in the traceback until the exception is handled: then they are closed at exit, as before).
 *
 * A `for` loop over a temporary `zip`, `enumerate`, ... or generator expression holds its
 * generators until the loop ends, however it ends (CPython pops the iterator then):
 *
 *   const $tmp0 = temporaries();
 *   try { for (const [i, x] of iterateTemporary(enumerate($tmp0(fin())))) {...} } finally { $tmp0.close(); }
 */
import { dropGenerator } from "./generator.js";

/** Records a temporary generator (or generator expression) and returns it. */
export type Temporary = <G>(g: G) => G;

export interface TemporariesOptions {
  /** default true */
  readonly closeOnThrow?: boolean;
}

/** A recorder of temporaries; `close()` closes what it recorded, last first. */
export interface Temporaries extends Temporary {
  close(): void;
}

export function temporaries(): Temporaries {
  const made: unknown[] = [];
  const record = (<G>(g: G): G => {
    made.push(g);
    return g;
  }) as Temporaries;
  record.close = () => {
    for (let i = made.length - 1; i >= 0; i--) dropGenerator(made[i]);
    made.length = 0;
  };
  return record;
}

export function withTemporaries<T>(body: (tmp: Temporary) => T, options?: TemporariesOptions): T {
  const tmp = temporaries();
  let result: T;
  try {
    result = body(tmp);
  } catch (e) {
    if (options?.closeOnThrow !== false) tmp.close();
    throw e;
  }
  tmp.close();
  return result;
}
