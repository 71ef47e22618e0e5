/**
 * `py2ts FILE.py [-o OUT.ts] [--check] [--dump tokens|ast|ir]`: convert one file (commander parses
 * the options). Loaded only for this command, so `py2ts run` on a cached program never pays for
 * commander or the diagnostics renderer.
 */
import { Command, CommanderError } from "commander";
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { printDiagnostics } from "./report.js";

/** Parses the command line and converts; resolves to the exit status. */
export async function convertCommand(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name("py2ts")
    .description("Convert a Python 3.11 program to TypeScript")
    .argument("<file>", "the Python file")
    .option("-o, --output <file>", "write the TypeScript here")
    .option("--check", "type-check the output (strict)")
    .option("--dump <what>", "print tokens, ast or ir instead of converting")
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  const opts = program.opts<{ output?: string; check?: boolean; dump?: string }>();
  return convert(program.args[0]!, opts);
}

async function convert(file: string, options: { output?: string; check?: boolean; dump?: string }): Promise<number> {
  const path = resolve(file);
  if (!existsSync(path)) {
    process.stderr.write(`py2ts: no such file: ${file}\n`);
    return 2;
  }
  const source = readFileSync(path, "utf8");
  const filename = basename(path);
  if (options.dump) return dump(options.dump, source, filename);
  const { transpile } = await import("../transpile.js");
  const result = await transpile(source, { filename });
  printDiagnostics(result.diagnostics, source, filename);
  if (result.code === null) return 1;
  if (options.check) {
    const { typeCheck } = await import("./check.js");
    const errors = await typeCheck(result.code, filename.replace(/\.py$/, ""));
    if (errors.length > 0) {
      process.stderr.write(errors.join("\n") + "\n");
      return 1;
    }
  }
  if (options.output) {
    const out = resolve(options.output);
    if (out === path) {
      process.stderr.write("py2ts: refusing to overwrite the input file\n");
      return 2;
    }
    writeFileSync(`${out}.tmp`, result.code);
    renameSync(`${out}.tmp`, out);
  } else if (!options.check) process.stdout.write(result.code);
  return 0;
}

async function dump(what: string, source: string, filename: string): Promise<number> {
  const { createSourceFile } = await import("../source.js");
  if (what === "tokens") {
    const { tokenize } = await import("../parse/tokenize.js");
    const { formatTokens } = await import("../parse/dump-tokens.js");
    const file = createSourceFile(filename, source);
    const result = tokenize(file);
    process.stdout.write(formatTokens(result, file));
    if (result.stop) { printDiagnostics([result.stop.diagnostic], source, filename); return 1; }
    return 0;
  }
  const { parse } = await import("../parse/parse.js");
  const parsed = parse(source, { filename });
  printDiagnostics(parsed.diagnostics, source, filename);
  if (!parsed.module) return 1;
  if (what === "ast") {
    const { toAstJson } = await import("../ast/json.js");
    process.stdout.write(JSON.stringify(toAstJson(parsed.module), null, 1) + "\n");
    return 0;
  }
  if (what === "ir") {
    const { lowerToIR } = await import("../lower/lower.js");
    const { ir, diagnostics } = lowerToIR(parsed.module, { filename });
    printDiagnostics(diagnostics, source, filename);
    process.stdout.write(JSON.stringify(ir, null, 1) + "\n");
    return 0;
  }
  process.stderr.write(`py2ts: --dump takes tokens, ast or ir (got '${what}')\n`);
  return 2;
}
