/**
 * Test support for the tokenizer: runs scripts/py-tokens.py (CPython's `tokenize` module) over
 * many files in one python3 process and compares its tokens with py2ts's, token by token (type,
 * string, start and end line/column).
 *
 * Two conventions of the `tokenize` module are mapped, not compared: the NEWLINE it invents for a
 * last line without a line break ends one column after it starts, and the DEDENTs at the end of
 * the file sit at (last line + 1, 0).
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { dumpTokenTuples, type TokenTuple } from "./lexer-tuples.js";
import { createSourceFile, lineColOf } from "../src/source.js";
import { tokenize } from "../src/parse/tokenize.js";

export const PY_TOKENS = fileURLToPath(new URL("../scripts/py-tokens.py", import.meta.url));

export interface AstError {
  readonly msg: string;
  readonly line: number | null;
  readonly col: number | null;
  readonly type: string;
}

interface PyRecord {
  file: string;
  tokens?: TokenTuple[];
  error?: string;
  ast_error?: AstError | null;
  undecodable?: boolean;
}

/**
 * "same": CPython accepts the file and the tokens are identical; "different": it accepts it and
 * they differ (or py2ts reports an error); "rejected": `ast.parse` rejects the file (`tokenError`
 * is then py2ts's tokenizer diagnostic, if any; without one, `detail` says how the tokens differ); "undecodable": not UTF-8.
 */
export interface FileComparison {
  readonly file: string;
  readonly status: "same" | "different" | "rejected" | "undecodable";
  /** First difference, for the report. */
  readonly detail?: string;
  readonly astError?: AstError;
  readonly tokenError?: { readonly message: string; readonly line: number; readonly col: number; readonly kind: string };
}

/** Compare py2ts's tokens with CPython's for each file; one python3 process for all. */
export async function compareWithCPython(paths: readonly string[]): Promise<FileComparison[]> {
  const child = spawn("python3", [PY_TOKENS, "--stdin", "--ast-check"], { stdio: ["pipe", "pipe", "inherit"] });
  child.stdin.end(paths.join("\n") + "\n");
  const results: FileComparison[] = [];
  const lines = createInterface({ input: child.stdout, crlfDelay: Infinity });
  for await (const line of lines) {
    const record = JSON.parse(line) as PyRecord;
    results.push(compareOne(record));
  }
  return results;
}

function compareOne(record: PyRecord): FileComparison {
  if (record.undecodable) return { file: record.file, status: "undecodable" };
  const text = readFileSync(record.file, "utf8");
  const file = createSourceFile(record.file, text);
  const result = tokenize(file);
  if (record.ast_error) {
    const stop = result.stop;
    if (stop === undefined) {
      const detail = record.tokens === undefined ? undefined : firstDifference(dumpTokenTuples(result.tokens, file), record.tokens);
      return detail === undefined
        ? { file: record.file, status: "rejected", astError: record.ast_error }
        : { file: record.file, status: "rejected", astError: record.ast_error, detail };
    }
    const at = lineColOf(file, stop.diagnostic.span.start);
    return {
      file: record.file,
      status: "rejected",
      astError: record.ast_error,
      tokenError: { message: stop.diagnostic.message, line: at.line, col: at.col + 1, kind: stop.kind },
    };
  }
  if (result.stop) return { file: record.file, status: "different", detail: `py2ts: ${result.stop.diagnostic.message}` };
  if (record.tokens === undefined) return { file: record.file, status: "different", detail: `CPython tokenize failed: ${record.error}` };
  const detail = firstDifference(dumpTokenTuples(result.tokens, file), record.tokens);
  return detail === undefined ? { file: record.file, status: "same" } : { file: record.file, status: "different", detail };
}

function firstDifference(ours: readonly TokenTuple[], theirs: readonly TokenTuple[]): string | undefined {
  const n = Math.max(ours.length, theirs.length);
  for (let i = 0; i < n; i++) {
    const a = JSON.stringify(ours[i]);
    const b = JSON.stringify(theirs[i]);
    if (a !== b) return `token ${i}: py2ts ${a} CPython ${b}`;
  }
  return undefined;
}
