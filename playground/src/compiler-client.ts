/**
 * The page's side of the compile worker: request/response with ids. The worker is started on the
 * first request, after the editor is up, so the compiler never delays the editor.
 */
import type { CompileRequest, CompileResponse } from "./protocol.js";

type Request = CompileRequest extends infer R ? (R extends { id: number } ? Omit<R, "id"> : never) : never;

export class CompilerClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, (response: CompileResponse) => void>();

  request(request: Request): Promise<CompileResponse> {
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      worker.postMessage({ ...request, id } as CompileRequest);
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL("./compile.worker.ts", import.meta.url), { type: "module", name: "py2ts-compiler" });
    worker.addEventListener("message", (event: MessageEvent<CompileResponse>) => {
      const resolve = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      resolve?.(event.data);
    });
    worker.addEventListener("error", (event) => {
      // the worker itself failed to load: every waiting request fails with the reason
      const message = `the compiler worker failed to start: ${event.message || "unknown error"}`;
      for (const [id, resolve] of this.pending) resolve({ id, kind: "failed", message });
      this.pending.clear();
      this.worker = undefined;
    });
    this.worker = worker;
    return worker;
  }
}
