/** Types for scripts/mutate-lib.mjs (used by test/mutate.test.ts). */
export interface MutationInput {
  readonly path: string;
  readonly text: string;
  readonly tokens: ReadonlyArray<{ readonly start: number; readonly end: number; readonly image: string }>;
}
export interface Mutant {
  readonly id: number;
  readonly path: string;
  readonly kind: string;
  readonly description: string;
  readonly source: string;
}
export interface CPythonVerdict {
  readonly id: number;
  readonly ok: boolean;
  readonly msg?: string;
  readonly line?: number | null;
  readonly col?: number | null;
  readonly type?: string;
}
export function createRandom(seed: number): { next(): number; int(n: number): number; pick<T>(xs: readonly T[]): T };
export function makeMutants(files: readonly MutationInput[], options: { seed: number; count: number }): Mutant[];
export function cpythonVerdicts(mutants: ReadonlyArray<{ readonly id: number; readonly source: string }>): Promise<Map<number, CPythonVerdict>>;
export function runWithWatchdog(
  workerUrl: URL,
  mutants: readonly Mutant[],
  options?: { timeoutMs?: number; workerData?: unknown },
): Promise<Map<number, { result?: unknown; threw?: string; hang?: true; crash?: string }>>;
