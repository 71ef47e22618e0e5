/**
 * Resolves the `py2ts/runtime*` imports of a converted program inside the run worker.
 *
 * Workers have no import maps, so the run worker bundles every runtime module (lazily, one chunk
 * each, via import.meta.glob) and gives the program a tiny "shim" module per specifier: a blob
 * URL whose exports are read from the runtime module instance the worker already holds. The
 * program and the worker therefore share one instance of each runtime module, which is what lets
 * the worker set the output sink and virtual time before the program starts.
 *
 * `py2ts/runtime` maps to src/runtime/index.ts and `py2ts/runtime/NAME` to src/runtime/NAME.ts
 * (or NAME/index.ts), as package.json's "exports" does for the published package.
 */

const runtimeSources = import.meta.glob(["@py2ts/runtime/**/*.ts", "!**/*.test.ts", "!**/*.d.ts"]);

/** Loaders by path inside src/runtime ("io.ts", "asyncio/loop.ts"), whatever form the glob's keys take. */
const runtimeFiles = new Map(
  Object.entries(runtimeSources).map(([key, load]) => [key.slice(key.indexOf("/runtime/") + "/runtime/".length), load]),
);

export type RuntimeModule = Record<string, unknown>;

/** The runtime file a specifier names, or undefined for a specifier py2ts does not publish. */
function runtimeFile(specifier: string): string | undefined {
  if (specifier === "py2ts/runtime") return "index.ts";
  const match = /^py2ts\/runtime\/([A-Za-z0-9_\-/]+)$/.exec(specifier);
  if (!match) return undefined;
  return [`${match[1]}.ts`, `${match[1]}/index.ts`].find((file) => runtimeFiles.has(file));
}

/** Loads a runtime module by its public specifier; undefined when it does not exist (yet). */
export async function loadRuntimeModule(specifier: string): Promise<RuntimeModule | undefined> {
  const file = runtimeFile(specifier);
  const load = file === undefined ? undefined : runtimeFiles.get(file);
  return load === undefined ? undefined : ((await load()) as RuntimeModule);
}

/** The modules the shims read from, published on the worker's global object under a private symbol. */
const REGISTRY = Symbol.for("py2ts.playground.runtimeModules");

function registry(): Map<string, RuntimeModule> {
  const global = globalThis as unknown as Record<symbol, Map<string, RuntimeModule> | undefined>;
  global[REGISTRY] ??= new Map();
  return global[REGISTRY];
}

/**
 * A blob URL of an ES module re-exporting every export of `module` (string export names allow any
 * name). `overrides` replaces some exports: the host's hooks (see runtime-hooks.ts).
 */
export function shimUrl(specifier: string, module: RuntimeModule, overrides: RuntimeModule = {}): string {
  const exported: RuntimeModule = { ...module };
  for (const name of Object.keys(overrides)) if (name in exported) exported[name] = overrides[name];
  registry().set(specifier, exported);
  const lines = [
    `const m = globalThis[Symbol.for(${JSON.stringify("py2ts.playground.runtimeModules")})].get(${JSON.stringify(specifier)});`,
  ];
  Object.keys(exported).forEach((name, i) => {
    lines.push(`const e${i} = m[${JSON.stringify(name)}];`);
    lines.push(`export { e${i} as ${JSON.stringify(name)} };`);
  });
  return URL.createObjectURL(new Blob([lines.join("\n")], { type: "text/javascript" }));
}
