/**
 * Bundling for `py2ts run`: the type-stripped program and the runtime modules it uses become ONE
 * self-contained ES module (rolldown, tree-shaken). Loading ~80 separate runtime modules costs
 * Node tens of milliseconds (resolve, read, compile, link each one) on every run; one file costs
 * a single read and compile.
 *
 *     import { print, runProgram } from "py2ts/runtime";        // from the compiler
 *     runProgram({ file: "hello.py" }, () => { print("hi"); });
 *   →
 *     var ... (the runtime code that print and runProgram need, in ES module order)
 *     runProgram({ file: "hello.py" }, () => { print("hi"); });
 *
 * Semantics must not change, so:
 *   - `keepNames`: scope hoisting renames clashing top-level names (two runtime modules both
 *     declaring `Counter`, say), and the runtime reads `constructor.name` (type names in reprs and
 *     tracebacks); rolldown restores `.name` on exactly the renamed functions and classes, and
 *     leaves the program's own code (inside `runProgram`'s body) as it was;
 *   - no syntax lowering, no `tsconfig` lookup, no minification; comments are dropped (but for
 *     one line naming each runtime file where its code starts);
 *   - module side effects are kept (nothing is declared side-effect free), so tree-shaking only
 *     drops code that is never referenced;
 *   - any import other than `py2ts/runtime[/...]` or the runtime's own relative imports is an
 *     internal error, never a silently external module.
 */
import { rolldown, type Plugin, type RolldownLog } from "rolldown";
import { PACKAGE_ROOT, runtimeModulePath } from "./paths.cjs";

const PROGRAM_ID = "\0py2ts-program.js";
const RUNTIME_SPECIFIER = /^py2ts\/runtime(?:\/([\w/-]+))?$/;

export interface BundledProgram {
  /** the self-contained ES module */
  readonly code: string;
  /** absolute paths of the runtime files inside it (the cache checks they are unchanged) */
  readonly runtimeFiles: readonly string[];
}

/** Bundle type-stripped program JS (with `py2ts/runtime` imports) with the runtime it uses. */
export async function bundleProgram(js: string): Promise<BundledProgram> {
  const problems: string[] = [];
  try {
    const bundle = await rolldown({
      input: PROGRAM_ID,
      // no platform-specific resolution or defines: the runtime is plain, platform-neutral code
      platform: "neutral",
      cwd: PACKAGE_ROOT,
      tsconfig: false,
      treeshake: true,
      plugins: [programPlugin(js)],
      onLog(level, log: RolldownLog) {
        if (level === "warn") problems.push(`${log.code ?? "WARNING"}: ${log.message}`);
      },
    });
    try {
      const { output } = await bundle.generate({ format: "esm", keepNames: true, comments: false, sourcemap: false });
      if (problems.length > 0) throw new Error(problems.join("\n"));
      if (output.length !== 1 || output[0]!.type !== "chunk") throw new Error(`${output.length} files instead of one`);
      const chunk = output[0]!;
      // self-contained, so that it can also run as the body of a function (cache.cts)
      if (chunk.imports.length > 0 || chunk.dynamicImports.length > 0 || chunk.exports.length > 0) {
        throw new Error(`still imports [${[...chunk.imports, ...chunk.dynamicImports].join(", ")}] or exports [${chunk.exports.join(", ")}]`);
      }
      // virtual modules (the program, rolldown's own helpers) have ids starting with \0
      return { code: chunk.code, runtimeFiles: chunk.moduleIds.filter((id) => !id.startsWith("\0")) };
    } finally {
      await bundle.close();
    }
  } catch (error) {
    throw new Error(`py2ts: internal error: bundling the converted program for run failed:\n${describe(error)}`);
  }
}

/** A bundler error's messages without their terminal colours (stderr may not be a terminal). */
function describe(error: unknown): string {
  const errors = (error as { errors?: { message?: unknown }[] }).errors;
  const text = Array.isArray(errors) ? errors.map((e) => String(e.message)).join("\n") : error instanceof Error ? error.message : String(error);
  return text.replace(/\x1b\[[0-9;]*m/g, "");
}

function programPlugin(js: string): Plugin {
  return {
    name: "py2ts-program",
    resolveId(id, importer) {
      if (id === PROGRAM_ID) return id;
      const runtime = RUNTIME_SPECIFIER.exec(id);
      if (runtime) return runtimeModulePath(runtime[1]);
      if (importer === PROGRAM_ID) throw new Error(`py2ts: the converted program imports '${id}', which is not part of py2ts/runtime`);
      return null;
    },
    load(id) {
      return id === PROGRAM_ID ? { code: js, moduleType: "js" } : null;
    },
  };
}
