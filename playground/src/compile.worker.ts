/**
 * The compile worker: Python → TypeScript with the py2ts compiler, and TypeScript → JavaScript
 * (type stripping with `ts.transpileModule`) for Run. Both compilers are imported lazily, so the
 * page and its editor are usable before they arrive; each is loaded once and then reused.
 * Runs off the main thread so typing never waits for a conversion.
 */
import type { CompileRequest, CompileResponse, ModuleImport, PlaygroundDiagnostic } from "./protocol.js";

type Transpile = (
  source: string,
  options: { filename: string },
) => Promise<{ code: string; diagnostics: readonly PlaygroundDiagnostic[] }>;

type TypeScriptModule = typeof import("typescript");

interface WorkerScope {
  postMessage(message: CompileResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<CompileRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;

/** Thrown when a compiler cannot be loaded: its message is shown to the user as is. */
class UnavailableError extends Error {}

// Each compiler is loaded once per worker; the promise is the cache.
const loaders = {
  transpile: undefined as Promise<Transpile> | undefined,
  typescript: undefined as Promise<TypeScriptModule> | undefined,
};

function loadTranspile(): Promise<Transpile> {
  loaders.transpile ??= import("@py2ts/index.js").then((api: Record<string, unknown>) => {
    const transpile = api["transpile"];
    if (typeof transpile !== "function") {
      throw new UnavailableError(
        "The py2ts compiler is not in this build yet: src/index.ts does not export transpile(). " +
          "The editor, examples and URL sharing work; conversion and Run need the compiler.",
      );
    }
    return transpile as Transpile;
  });
  return loaders.transpile;
}

function loadTypeScript(): Promise<TypeScriptModule> {
  loaders.typescript ??= import("typescript").then((mod) => {
    const ts = ((mod as { default?: TypeScriptModule }).default ?? mod) as TypeScriptModule;
    if (typeof ts.transpileModule !== "function") throw new UnavailableError("TypeScript failed to load");
    return ts;
  });
  return loaders.typescript;
}

/** Strips the types; returns the JavaScript and where its module specifiers are. */
function stripTypes(ts: TypeScriptModule, code: string): { js: string; imports: ModuleImport[] } {
  const output = ts.transpileModule(code, {
    fileName: "main.ts",
    reportDiagnostics: true,
    compilerOptions: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      isolatedModules: true,
      sourceMap: false,
    },
  });
  const problems = (output.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (problems.length > 0) {
    const text = problems.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n")).join("\n");
    throw new Error(`TypeScript could not strip the types of the output:\n${text}`);
  }
  const js = output.outputText;
  return { js, imports: moduleImports(ts, js) };
}

/** The static imports (and re-exports) of `js`: where each specifier's text is, and the names taken from it. */
function moduleImports(ts: TypeScriptModule, js: string): ModuleImport[] {
  const file = ts.createSourceFile("main.js", js, ts.ScriptTarget.ES2022, false, ts.ScriptKind.JS);
  const imports: ModuleImport[] = [];
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) && !ts.isExportDeclaration(statement)) continue;
    const spec = statement.moduleSpecifier;
    if (spec === undefined || !ts.isStringLiteral(spec)) continue;
    const start = spec.getStart(file) + 1; // after the opening quote
    let names: string[] = [];
    if (ts.isImportDeclaration(statement)) {
      const bindings = statement.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) names = bindings.elements.map((e) => (e.propertyName ?? e.name).text);
      if (statement.importClause?.name) names.push("default");
    } else if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      names = statement.exportClause.elements.map((e) => (e.propertyName ?? e.name).text);
    }
    imports.push({ specifier: spec.text, start, end: start + spec.text.length, names });
  }
  return imports;
}

async function handle(request: CompileRequest): Promise<CompileResponse> {
  switch (request.kind) {
    case "convert": {
      const transpile = await loadTranspile();
      const started = performance.now();
      const result = await transpile(request.source, { filename: request.filename });
      const ms = performance.now() - started;
      return { id: request.id, kind: "converted", code: result.code, diagnostics: result.diagnostics, ms };
    }
    case "prepare-run": {
      const [transpile, ts] = await Promise.all([loadTranspile(), loadTypeScript()]);
      const result = await transpile(request.source, { filename: request.filename });
      const hasErrors = result.diagnostics.some((d) => d.severity === "error");
      const stripped = hasErrors ? { js: null, imports: [] } : stripTypes(ts, result.code);
      return { id: request.id, kind: "runnable", code: result.code, diagnostics: result.diagnostics, ...stripped };
    }
    case "preload-typescript":
      await loadTypeScript();
      return { id: request.id, kind: "preloaded" };
  }
}

scope.addEventListener("message", (event) => {
  const request = event.data;
  handle(request).then(
    (response) => scope.postMessage(response),
    (error: unknown) => {
      if (!(error instanceof UnavailableError)) console.error(error);
      const message =
        error instanceof UnavailableError
          ? error.message
          : `py2ts failed (a bug in py2ts, please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
      scope.postMessage({ id: request.id, kind: "failed", message });
    },
  );
});
