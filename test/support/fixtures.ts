/**
 * Test support for fixtures: discovering cases, running emitted TypeScript the way `py2ts run`
 * does (type-stripped by the TypeScript in ts-morph, runtime imports pointed at dist/), and
 * type-checking emitted files together in one in-memory ts-morph project.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { constants } from "node:os";
import { join, resolve } from "node:path";
import { Project, ts } from "ts-morph";
import { resolveRuntimeImports } from "../../src/cli/run.js";

export const ROOT = resolve(import.meta.dirname, "..", "..");
export const FIXTURES = join(ROOT, "fixtures");

export interface FixtureCase {
  readonly id: string;
  readonly dir: string;
  readonly input: string;
  read(file: string): string | null;
}

export function fixtureCases(): FixtureCase[] {
  const out: FixtureCase[] = [];
  for (const area of readdirSync(FIXTURES).sort()) {
    const areaDir = join(FIXTURES, area);
    for (const name of readdirSync(areaDir).sort()) {
      const dir = join(areaDir, name);
      if (!existsSync(join(dir, "input.py"))) continue;
      out.push({
        id: `${area}/${name}`,
        dir,
        input: readFileSync(join(dir, "input.py"), "utf8"),
        read: (file) => (existsSync(join(dir, file)) ? readFileSync(join(dir, file), "utf8") : null),
      });
    }
  }
  return out;
}

export function runTypeScript(code: string, id: string): { stdout: string; stderr: string; status: number } {
  const js = resolveRuntimeImports(ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText);
  const dir = join(ROOT, "node_modules", ".cache", "py2ts-fixtures");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${id.replace(/\//g, "__")}.mjs`);
  writeFileSync(file, js);
  const r = spawnSync(process.execPath, [file], { encoding: "utf8", timeout: 20_000 });
  // a death by signal n reads as a shell shows it, 128 + n (scripts/record-fixtures.mjs records it so)
  const signalled = r.signal ? 128 + (constants.signals[r.signal] ?? 0) : -1;
  return { stdout: r.stdout, stderr: r.stderr, status: r.status ?? signalled };
}

export function typeCheckAll(files: ReadonlyMap<string, string>): Map<string, string[]> {
  const project = new Project({
    compilerOptions: {
      strict: true, target: ts.ScriptTarget.ES2022, lib: ["lib.es2023.d.ts"], module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true, noEmit: true, types: [],
      paths: { "py2ts/runtime": [join(ROOT, "dist/src/runtime/index.d.ts")], "py2ts/runtime/*": [join(ROOT, "dist/src/runtime/*")] },
    },
    skipAddingFilesFromTsConfig: true,
  });
  const byPath = new Map<string, string>();
  for (const [id, code] of files) {
    const path = join(ROOT, ".py2ts-check", `${id.replace(/\//g, "__")}.ts`);
    project.createSourceFile(path, code, { overwrite: true });
    byPath.set(path, id);
  }
  const out = new Map<string, string[]>([...files.keys()].map((k) => [k, []]));
  for (const d of project.getPreEmitDiagnostics()) {
    const path = d.getSourceFile()?.getFilePath();
    const id = path ? byPath.get(path) : undefined;
    if (!id) continue;
    out.get(id)!.push(`${d.getLineNumber() ?? 0}: TS${d.getCode()} ${ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n")}`);
  }
  return out;
}
