/**
 * The run worker: executes one type-stripped program with the py2ts runtime and streams its
 * stdout and stderr to the page as they are written. One worker per run: the page terminates it
 * to stop a runaway program, and the runtime's state (event loop, clock, output buffers) never
 * leaks from one run into the next.
 *
 * The program's `py2ts/runtime*` imports are rewritten to blob URLs of shim modules (see
 * runtime-modules.ts), then the program itself is imported from a blob URL, so top-level await
 * and ES module semantics are kept.
 */
import type { ModuleImport, RunEvent, RunRequest } from "./protocol.js";
import { loadRuntimeModule, shimUrl, type RuntimeModule } from "./runtime-modules.js";
import { prepareRuntime } from "./runtime-hooks.js";

interface WorkerScope {
  postMessage(message: RunEvent): void;
  addEventListener(type: "message", listener: (event: MessageEvent<RunRequest>) => void): void;
  addEventListener(type: "unhandledrejection", listener: (event: PromiseRejectionEvent) => void): void;
}

const scope = self as unknown as WorkerScope;
const PRELOADED = ["py2ts/runtime", "py2ts/runtime/asyncio", "py2ts/runtime/io", "py2ts/runtime/program"];
const emit = (event: RunEvent): void => scope.postMessage(event);

/** Replaces each runtime specifier by its shim URL, last first so earlier offsets stay valid. */
async function linkImports(js: string, imports: readonly ModuleImport[], overrides: RuntimeModule): Promise<string> {
  const modules = new Map<string, RuntimeModule>();
  for (const { specifier, names } of imports) {
    const module = modules.get(specifier) ?? (await loadRuntimeModule(specifier));
    if (module === undefined) throw new Error(`the playground has no runtime module for import "${specifier}"`);
    modules.set(specifier, module);
    const missing = names.filter((name) => !(name in module));
    if (missing.length > 0) {
      throw new Error(`the converted program imports ${missing.map((n) => `"${n}"`).join(", ")} from "${specifier}", which does not export it`);
    }
  }
  const urls = new Map([...modules].map(([specifier, module]) => [specifier, shimUrl(specifier, module, overrides)]));
  let linked = js;
  for (const imp of [...imports].sort((a, b) => b.start - a.start)) {
    if (js.slice(imp.start, imp.end) !== imp.specifier) {
      throw new Error(`import of "${imp.specifier}" not found at ${imp.start}..${imp.end} in the JavaScript`);
    }
    linked = linked.slice(0, imp.start) + urls.get(imp.specifier) + linked.slice(imp.end);
  }
  return linked;
}

async function run(request: RunRequest): Promise<void> {
  let runtime;
  let programUrl;
  try {
    runtime = await prepareRuntime({
      stdout: (text) => emit({ kind: "stdout", text }),
      stderr: (text) => emit({ kind: "stderr", text }),
      virtualTime: request.virtualTime,
    });
    const linked = await linkImports(request.js, request.imports, runtime.overrides);
    programUrl = URL.createObjectURL(new Blob([linked], { type: "text/javascript" }));
  } catch (error) {
    emit({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
    return;
  }
  let code: number;
  try {
    await import(/* @vite-ignore */ programUrl);
    code = await runtime.finished();
  } catch (error) {
    code = runtime.failed(error);
  }
  emit({ kind: "exit", code });
}

scope.addEventListener("message", (event) => {
  if (event.data.kind === "run") void run(event.data);
});

scope.addEventListener("unhandledrejection", (event) => {
  const reason: unknown = event.reason;
  emit({ kind: "stderr", text: `unhandled rejection in the program: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}\n` });
});

// A spare worker waits for its run: load the runtime's main modules meanwhile, so Run starts at
// once. A module that fails to load fails again, with its error shown, when the run imports it.
void Promise.all(PRELOADED.map((specifier) => loadRuntimeModule(specifier).catch(() => undefined))).then(() =>
  emit({ kind: "ready" }),
);
