/**
 * The py2ts API. Pure: no file system, no process; safe to call concurrently.
 */
export type { Diagnostic, Severity } from "./diagnostics/diagnostic.js";
export type { SourceFile } from "./source.js";
export { createSourceFile } from "./source.js";
export { renderDiagnostic, renderDiagnostics } from "./diagnostics/render.js";
export { transpile } from "./transpile.js";
export type { TranspileOptions, TranspileResult } from "./transpile.js";
export { parse } from "./parse/parse.js";
export type { ParseOptions, ParseResult } from "./parse/parse.js";
export { toAstJson } from "./ast/json.js";
