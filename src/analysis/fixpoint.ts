/**
 * The fixpoint engine under type inference (infer.ts): each variable, attribute or generator
 * type is a key whose type is computed by a function that may read other keys, itself included
 * (`a, b = b, a + b`; attributes assigned from parameters whose arguments read the attributes).
 *
 * - A key read while it is being computed gives its provisional type (the bottom at first);
 *   its computation runs in rounds until the type is stable (at most 8, then UNKNOWN).
 * - A result that read a key still in progress depends on that key's provisional type: it is
 *   not final. It is kept in a round cache with the version of each provisional type it read,
 *   and reused while those versions hold. Without that cache, a program whose classes form a
 *   large cycle of such dependencies (CPython's _pyio.py) was re-inferred exponentially often.
 * - A result that read nothing in progress is final and cached for good.
 * - A placeholder (a function's return type while its body is inferred) counts as a key in
 *   progress for the computations inside it.
 */
import { NEVER, sameType, UNKNOWN, type PyType } from "./pytypes.js";

interface InProgress {
  /** index in `frames` of the first computation that runs inside this key's computation */
  readonly depth: number;
  /** bumped each time the provisional type changes */
  version: number;
  provisional: PyType;
}

interface RoundResult {
  readonly type: PyType;
  /** the keys in progress it read, with the versions it saw */
  readonly deps: ReadonlyMap<string, number>;
}

export class FixpointSolver {
  private readonly final = new Map<string, PyType>();
  private readonly inProgress = new Map<string, InProgress>();
  private readonly roundCache = new Map<string, RoundResult>();
  /** per computation in progress (variables and placeholders): the keys in progress it read */
  private readonly frames: Set<string>[] = [];
  /** how many reads of a key in progress there have been: a computation that saw none is final */
  private reads = 0;

  /** A counter that moves whenever something read a key in progress (see `expr` in infer.ts). */
  get provisionalReads(): number {
    return this.reads;
  }

  get idle(): boolean {
    return this.inProgress.size === 0;
  }

  solve(key: string, options: { iterate: boolean }, compute: (current: PyType) => PyType): PyType {
    const done = this.final.get(key);
    if (done) return done;
    const running = this.inProgress.get(key);
    if (running) {
      this.noteRead(key, running.depth);
      return running.provisional;
    }
    const kept = this.roundCache.get(key);
    if (kept && this.stillHolds(kept.deps)) {
      for (const dep of kept.deps.keys()) this.noteRead(dep, this.inProgress.get(dep)!.depth);
      return kept.type;
    }
    const state: InProgress = { depth: this.frames.length, version: 0, provisional: NEVER };
    this.inProgress.set(key, state);
    const frame = new Set<string>();
    this.frames.push(frame);
    let t: PyType = NEVER;
    let settled = false;
    for (let round = 0; round < 8 && !settled; round++) {
      const next = compute(t);
      settled = sameType(next, t) || (!frame.has(key) && !options.iterate);
      if (!sameType(next, state.provisional)) state.version++;
      t = next;
      state.provisional = t;
    }
    this.frames.pop();
    this.inProgress.delete(key);
    frame.delete(key);
    // a provisional bottom (it depended on a computation in progress) stays the bottom
    if (!settled || (t.t === "never" && frame.size === 0)) t = UNKNOWN;
    if (frame.size === 0) this.final.set(key, t);
    else this.roundCache.set(key, { type: t, deps: new Map([...frame].map((d) => [d, this.inProgress.get(d)!.version])) });
    return t;
  }

  /** Runs `compute` with `key` standing for a placeholder that computations inside it may read. */
  withPlaceholder<T>(key: string, compute: () => T): T {
    this.inProgress.set(key, { depth: this.frames.length, version: 0, provisional: UNKNOWN });
    try {
      return compute();
    } finally {
      this.inProgress.delete(key);
    }
  }

  /** Records that the placeholder `key` was read (its value is the caller's). */
  readPlaceholder(key: string): void {
    const running = this.inProgress.get(key);
    if (running) this.noteRead(key, running.depth);
  }

  private noteRead(key: string, depth: number): void {
    this.reads++;
    for (let i = depth; i < this.frames.length; i++) this.frames[i]!.add(key);
  }

  private stillHolds(deps: ReadonlyMap<string, number>): boolean {
    for (const [dep, version] of deps) if (this.inProgress.get(dep)?.version !== version) return false;
    return true;
  }
}
