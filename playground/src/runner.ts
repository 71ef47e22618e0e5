/**
 * Runs programs in throw-away Web Workers. A spare worker is started ahead of time so Run does
 * not wait for one; Stop terminates the running worker (the only way to end `while True: pass`)
 * and the spare is ready for the next run.
 */
import type { ModuleImport, RunEvent, RunRequest } from "./protocol.js";

export interface RunHandlers {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The program ended by itself with this exit status. */
  readonly exit: (code: number) => void;
  /** The playground could not run the program (not the program's own error). */
  readonly failed: (message: string) => void;
}

export interface RunInput {
  readonly js: string;
  readonly imports: readonly ModuleImport[];
  readonly virtualTime: boolean;
}

export class Runner {
  private spare: Worker | undefined;
  private current: Worker | undefined;

  /** Starts the spare worker if there is none. */
  warm(): void {
    this.spare ??= new Worker(new URL("./run.worker.ts", import.meta.url), { type: "module", name: "py2ts-run" });
  }

  get running(): boolean {
    return this.current !== undefined;
  }

  start(input: RunInput, handlers: RunHandlers): void {
    this.stop();
    this.warm();
    const worker = this.spare as Worker;
    this.spare = undefined;
    this.current = worker;
    const finish = (): void => {
      if (this.current === worker) this.current = undefined;
      worker.terminate();
      this.warm();
    };
    worker.addEventListener("message", (event: MessageEvent<RunEvent>) => {
      if (this.current !== worker) return;
      const message = event.data;
      if (message.kind === "stdout") handlers.stdout(message.text);
      else if (message.kind === "stderr") handlers.stderr(message.text);
      else if (message.kind === "exit") {
        finish();
        handlers.exit(message.code);
      } else if (message.kind === "failed") {
        finish();
        handlers.failed(message.message);
      }
    });
    worker.addEventListener("error", (event) => {
      if (this.current !== worker) return;
      finish();
      handlers.failed(`the run worker failed: ${event.message || "unknown error"}`);
    });
    const request: RunRequest = { kind: "run", js: input.js, imports: input.imports, virtualTime: input.virtualTime };
    worker.postMessage(request);
    this.warm();
  }

  /** Terminates the running program, if any; returns whether one was running. */
  stop(): boolean {
    const worker = this.current;
    if (worker === undefined) return false;
    this.current = undefined;
    worker.terminate();
    this.warm();
    return true;
  }
}
