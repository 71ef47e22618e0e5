/**
 * `py2ts INPUT... [-o OUT] [--check] [--dump tokens|ast|ir]`: convert Python files and folders
 * (convert-plan.ts says which files and where each goes; commander parses the options). Loaded
 * only for this command, so `py2ts run` on a cached program never pays for commander or the
 * diagnostics renderer. A file with diagnostics gets no output; the others are still converted,
 * and the exit status is 1.
 */
import { Command, CommanderError } from "commander";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import { planConversion, type ConversionJob } from "./convert-plan.js";
import { printDiagnostics } from "./report.js";
import type { TypeChecker } from "./check.js";

interface ConvertOptions {
  readonly output?: string;
  readonly check?: boolean;
  readonly dump?: string;
}

/** Parses the command line and converts; resolves to the exit status. */
export async function convertCommand(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name("py2ts")
    .description("Convert Python 3.11 programs to TypeScript")
    .argument("<inputs...>", "Python files, or folders to convert every .py file in")
    .option("-o, --output <path>", "write the TypeScript here (a folder for a folder or several inputs)")
    .option("--check", "type-check the output (strict)")
    .option("--dump <what>", "print tokens, ast or ir of one file instead of converting")
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
  const opts = program.opts<ConvertOptions>();
  const plan = planConversion(program.args, { output: opts.output, checkOnly: opts.check === true && !opts.output });
  if ("error" in plan) {
    process.stderr.write(`py2ts: ${plan.error}\n`);
    return 2;
  }
  if (opts.dump) {
    const job = plan.jobs[0]!;
    if (plan.jobs.length > 1) {
      process.stderr.write("py2ts: --dump takes one file\n");
      return 2;
    }
    return dump(opts.dump, readFileSync(job.source, "utf8"), basename(job.source));
  }
  const checker = opts.check ? await (await import("./check.js")).createTypeChecker() : null;
  let failed = 0;
  for (const job of plan.jobs) if ((await convert(job, { checker, quiet: opts.check === true })) !== 0) failed++;
  if (plan.jobs.length > 1) {
    const written = plan.jobs.length - failed;
    const verb = plan.jobs.every((job) => job.output === null) ? "checked" : "converted";
    process.stderr.write(`py2ts: ${verb} ${written} of ${plan.jobs.length} files${failed ? `; ${failed} with errors` : ""}\n`);
  }
  return failed ? 1 : 0;
}

async function convert(job: ConversionJob, options: { checker: TypeChecker | null; quiet: boolean }): Promise<number> {
  if (job.output === job.source) {
    process.stderr.write(`py2ts: refusing to overwrite the input file ${job.display}\n`);
    return 2;
  }
  const source = readFileSync(job.source, "utf8");
  const filename = basename(job.source);
  const { transpile } = await import("../transpile.js");
  const result = await transpile(source, { filename });
  printDiagnostics(result.diagnostics, source, job.display);
  if (result.code === null) return 1;
  if (options.checker) {
    const errors = options.checker(result.code, job.display.replace(/\.py$/, ""));
    if (errors.length > 0) {
      process.stderr.write(errors.join("\n") + "\n");
      return 1;
    }
  }
  if (job.output) {
    mkdirSync(dirname(job.output), { recursive: true });
    writeFileSync(`${job.output}.tmp`, result.code);
    renameSync(`${job.output}.tmp`, job.output);
  } else if (!options.quiet) process.stdout.write(result.code);
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
