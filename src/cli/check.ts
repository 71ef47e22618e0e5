/**
 * `--check`: type-check emitted TypeScript in memory with ts-morph (strict), resolving
 * `py2ts/runtime` to the built runtime's declarations. One checker serves every file of a
 * conversion, so the standard library's and the runtime's declarations are read once.
 */
import { join } from "node:path";
import { PACKAGE_ROOT, RUNTIME_DIST } from "./paths.cjs";

/** Type-checks one emitted file; resolves to its formatted errors (none: an empty list). */
export type TypeChecker = (code: string, name: string) => string[];

export async function createTypeChecker(): Promise<TypeChecker> {
  const { Project, ts } = await import("ts-morph");
  const project = new Project({
    compilerOptions: {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2023.d.ts"],
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      skipLibCheck: true,
      noEmit: true,
      types: [],
      paths: {
        "py2ts/runtime": [join(RUNTIME_DIST, "index.d.ts")],
        "py2ts/runtime/*": [join(RUNTIME_DIST, "*")],
      },
    },
    skipAddingFilesFromTsConfig: true,
  });
  return (code, name) => {
    const file = project.createSourceFile(join(PACKAGE_ROOT, ".py2ts-check", `${name}.ts`), code, { overwrite: true });
    const diagnostics = project.getPreEmitDiagnostics().filter((d) => d.getSourceFile() === file || d.getSourceFile() === undefined);
    // Format before removing the file: a diagnostic's line number reads the file's text.
    const errors = diagnostics.map((d) => {
      const line = d.getLineNumber();
      const message = ts.flattenDiagnosticMessageText(d.compilerObject.messageText, "\n");
      return `${name}.ts${line ? `:${line}` : ""}: error TS${d.getCode()}: ${message}`;
    });
    project.removeSourceFile(file);
    return errors;
  };
}
