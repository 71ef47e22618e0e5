/**
 * The running program's generators that closing may still run code in: started, not finished,
 * and made with `cleanup: true` (generator.ts adds and removes them; generator-lifecycle.ts
 * closes what is left at exit, as CPython does at interpreter shutdown). Kept apart so both
 * can use it without importing each other.
 */
export interface Closable {
  close(): void;
}

/** Generators that are started, not finished, and declared `cleanup: true`, oldest first. */
export const suspendedWithCleanup = new Set<Closable>();
