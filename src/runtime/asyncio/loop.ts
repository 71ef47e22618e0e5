/**
 * The event loop's API (BaseEventLoop): running (`run_forever`, `run_until_complete`), closing
 * (with what CPython's finalizers log about abandoned tasks and futures), creating tasks and
 * futures, and shutting down async generators. The ready queue, the timer heap and the
 * iteration itself are in loop-scheduler.ts; the exception handler in loop-errors.ts.
 *
 *     loop.run_until_complete(main())   →  wraps main() in a Task, runs the loop until it is done
 */
import { topItem } from "../exception-state.js";
import { Exception, KeyboardInterrupt, RuntimeError, SystemExit, TypeError } from "../exceptions.js";
import { kw } from "../kwargs.js";
import { iscoroutine, lazy, type Coroutine } from "./coroutine.js";
import { gather } from "./gather.js";
import { Future } from "./future.js";
import { LoopScheduler } from "./loop-scheduler.js";
import { reportNeverAwaited, reportUnhandled, writeLine } from "./report.js";
import { repr } from "../repr.js";
import { runningLoopOrNull, setRunningLoop, takeNeverAwaited } from "./state.js";
import { Task, type TaskOptions } from "./task.js";
import { ensure_future } from "./ensure.js";

export interface AsyncGeneratorHook {
  aclose(): Coroutine<unknown>;
}

export class EventLoop extends LoopScheduler {
  /** `type(loop)` is CPython's selector loop on Linux */
  static readonly __pyname__: string = "_UnixSelectorEventLoop";
  static readonly __module__: string = "asyncio.unix_events";
  /** every task created on this loop in creation order, finished ones purged in batches (see _registerTask) */
  _allTasks: Task<any>[] = [];
  /** futures holding an exception nobody retrieved (Future._log_traceback) */
  readonly _unretrieved = new Set<Future<any>>();
  private purgeAt = 1024;
  /** async generators first iterated on this loop (for shutdown_asyncgens) */
  readonly _asyncgens = new Set<AsyncGeneratorHook>();

  /** BaseEventLoop.__repr__ */
  __repr__(): string {
    return `<_UnixSelectorEventLoop running=${this.running ? "True" : "False"} closed=${this.closed ? "True" : "False"} debug=False>`;
  }

  is_running(): boolean {
    return this.running;
  }
  is_closed(): boolean {
    return this.closed;
  }
  get_debug(): boolean {
    return false;
  }
  set_debug(_enabled: boolean): void {}

  create_future<T = unknown>(): Future<T> {
    return new Future<T>({ loop: this });
  }
  create_task<T>(coro: Coroutine<T>, options?: TaskOptions): Task<T> {
    this.checkClosed();
    // Task.__init__'s check, before the task is registered or scheduled
    if (!iscoroutine(coro)) throw new TypeError(`a coroutine was expected, got ${repr(coro)}`);
    return new Task<T>(coro, this, options);
  }

  stop(): void {
    this.stopping = true;
  }

  close(): void {
    if (this.running) throw new RuntimeError("Cannot close a running event loop");
    if (this.closed) return;
    this.closed = true;
    this.reportAbandoned();
    this._ready.clear();
    this._scheduled = [];
    this.timerCancelledCount = 0;
    this.host.close();
  }

  /**
   * What CPython's finalizers log when these objects are collected (at the latest when the
   * program ends): a stored exception nobody retrieved, a task dropped while still pending.
   */
  private reportAbandoned(): void {
    reportNeverAwaited(takeNeverAwaited().map((c) => c.__qualname__));
    for (const f of this._unretrieved) {
      const isTask = f instanceof Task;
      const what = isTask ? `<Task finished name='${f.get_name()}' coro=<${f._coro.__name__}() done> exception=${repr(f._exception)}>` : `<Future finished exception=${repr(f._exception)}>`;
      reportUnhandled(`${isTask ? "Task" : "Future"} exception was never retrieved\nfuture: ${what}`, f._exception);
    }
    this._unretrieved.clear();
    for (const t of this._allTasks) {
      if (!t.done()) writeLine(`Task was destroyed but it is pending!\ntask: <Task pending name='${t.get_name()}' coro=<${t._coro.__name__}()>>`);
    }
  }

  /** loop.run_forever(): resolves when stop() has been called and the iteration finished. */
  run_forever(): Promise<void> {
    this.checkClosed();
    this.checkRunning();
    return new Promise<void>((resolve, reject) => {
      this.onStop = { resolve, reject };
      this.running = true;
      this.handledBase = topItem();
      setRunningLoop(this);
      this.drive();
    });
  }

  /** loop.run_until_complete(future_or_coroutine) */
  run_until_complete<T>(awaitable: Future<T> | Coroutine<T>): Promise<T> {
    this.checkClosed();
    this.checkRunning();
    const newTask = !(awaitable instanceof Future);
    const future = ensure_future(awaitable, { loop: this });
    // base_events._run_until_complete_cb: after a SystemExit / KeyboardInterrupt the run is already over
    const stopWhenDone = (done: Future<T>): void => {
      if (!done.cancelled() && (done._exception instanceof SystemExit || done._exception instanceof KeyboardInterrupt)) return;
      this.stop();
    };
    Object.defineProperty(stopWhenDone, "__qualname__", { value: "_run_until_complete_cb" });
    future.add_done_callback(stopWhenDone);
    return this.run_forever().then(
      () => {
        future.remove_done_callback(stopWhenDone);
        if (!future.done()) throw new RuntimeError("Event loop stopped before Future completed.");
        return future.result();
      },
      (error: unknown) => {
        future.remove_done_callback(stopWhenDone);
        // the exception is raised here: it was retrieved (CPython keeps the future alive through
        // the traceback, so it logs nothing about the future that raised it either)
        if (future.done() && !future.cancelled() && (newTask || future._exception === error)) future.exception();
        throw error;
      },
    );
  }

  /** loop.shutdown_asyncgens(): aclose() every async generator still alive on this loop. */
  shutdown_asyncgens(): Coroutine<null> {
    return lazy(async () => {
      if (this._asyncgens.size === 0) return null;
      const closing = [...this._asyncgens];
      this._asyncgens.clear();
      const results = await gather(...closing.map((agen) => agen.aclose()), kw({ return_exceptions: true }));
      results.forEach((result, i) => {
        if (result instanceof Exception) {
          this.call_exception_handler({
            message: "an error occurred during closing of asynchronous generator",
            exception: result,
            asyncgen: closing[i],
          });
        }
      });
      return null;
    }, "shutdown_asyncgens");
  }

  /** loop.shutdown_default_executor(): there is no executor; one step, as in CPython. */
  shutdown_default_executor(): Coroutine<null> {
    return lazy(async () => null, "shutdown_default_executor");
  }

  private checkRunning(): void {
    if (this.running) throw new RuntimeError("This event loop is already running");
    if (runningLoopOrNull() !== null) {
      throw new RuntimeError("Cannot run the event loop while another loop is running");
    }
  }

  /**
   * CPython keeps a WeakSet; removing each task as it finishes is a hot cost, so tasks are
   * appended to an array and the finished ones dropped whenever it has doubled (all_tasks()
   * filters done()). A task is registered once, so the array has no duplicates.
   */
  _registerTask(task: Task<any>): void {
    const tasks = this._allTasks;
    tasks.push(task);
    if (tasks.length >= this.purgeAt) {
      const live = tasks.filter((t) => !t.done());
      this._allTasks = live;
      this.purgeAt = Math.max(1024, live.length * 2);
    }
  }
}
