/** Types for scripts/gen-module-members.mjs (used by test/module-members.test.ts). */
export const MODULE_SOURCES: Readonly<Record<string, readonly [string, string]>>;
export const MEMBERS_ELSEWHERE: Readonly<Record<string, readonly [string, string]>>;
export const TABLE_PATH: string;
export function pythonNames(modules: readonly string[]): Record<string, string[] | null>;
export function renderMemberTable(entries: Record<string, unknown>, python: Record<string, string[] | null>): string;
