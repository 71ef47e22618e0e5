/**
 * asyncio.TaskGroup (taskgroups.py, 3.11): the first failing child cancels its siblings and
 * the parent task's body; on exit the errors are raised as
 * `BaseExceptionGroup("unhandled errors in a TaskGroup", errors)` (an ExceptionGroup when all
 * are Exceptions). `cancelling()`/`uncancel()` tell the group's own cancellation of the parent
 * apart from one requested from outside.
 */
import { BaseExceptionGroup } from "../exception-group.js";
import { BaseException, KeyboardInterrupt, RuntimeError, SystemExit } from "../exceptions.js";
import { lazy, type Coroutine } from "./coroutine.js";
import { current_task, get_running_loop } from "./events.js";
import { CancelledError } from "./exceptions.js";
import type { Future } from "./future.js";
import type { EventLoop } from "./loop.js";
import type { Task, TaskOptions } from "./task.js";

export class TaskGroup {
  private entered = false;
  private exiting = false;
  private aborting = false;
  private loop: EventLoop | null = null;
  private parentTask: Task<unknown> | null = null;
  private parentCancelRequested = false;
  private readonly tasks = new Set<Task<unknown>>();
  private errors: BaseException[] | null = [];
  private baseError: BaseException | null = null;
  private onCompletedFut: Future<unknown> | null = null;

  __repr__(): string {
    const info = [""];
    if (this.tasks.size > 0) info.push(`tasks=${this.tasks.size}`);
    if (this.errors !== null && this.errors.length > 0) info.push(`errors=${this.errors.length}`);
    if (this.aborting) info.push("cancelling");
    else if (this.entered) info.push("entered");
    return `<TaskGroup${info.join(" ")}>`;
  }

  __aenter__(): Coroutine<TaskGroup> {
    return lazy(async () => {
      if (this.entered) throw new RuntimeError(`TaskGroup ${this.__repr__()} has already been entered`);
      this.loop ??= get_running_loop();
      this.parentTask = current_task(this.loop);
      if (this.parentTask === null) {
        throw new RuntimeError(`TaskGroup ${this.__repr__()} cannot determine the parent task`);
      }
      this.entered = true;
      return this;
    }, "__aenter__");
  }

  __aexit__(et: unknown, exc: unknown, _tb: unknown): Coroutine<null> {
    return lazy(async () => {
      this.exiting = true;
      if (exc instanceof BaseException && isBaseError(exc) && this.baseError === null) this.baseError = exc;
      let propagateCancellationError: unknown = et === CancelledError ? exc : null;
      if (this.parentCancelRequested && this.parentTask!.uncancel() === 0) propagateCancellationError = null;
      if (et !== null && et !== undefined && !this.aborting) this.abort();
      while (this.tasks.size > 0) {
        this.onCompletedFut ??= this.loop!.create_future();
        try {
          await this.onCompletedFut;
        } catch (error) {
          if (!(error instanceof CancelledError)) throw error;
          if (!this.aborting) {
            propagateCancellationError = error;
            this.abort();
          }
        }
        this.onCompletedFut = null;
      }
      if (this.baseError !== null) throw this.baseError;
      if (propagateCancellationError && this.errors!.length === 0) throw propagateCancellationError;
      if (et !== null && et !== undefined && et !== CancelledError) this.errors!.push(exc as BaseException);
      if (this.errors!.length > 0) {
        const errors = this.errors!;
        this.errors = null;
        const group = new BaseExceptionGroup("unhandled errors in a TaskGroup", errors);
        group.__suppress_context__ = true;
        throw group;
      }
      return null;
    }, "__aexit__");
  }

  create_task<T>(coro: Coroutine<T>, options: TaskOptions = {}): Task<T> {
    if (!this.entered) throw new RuntimeError(`TaskGroup ${this.__repr__()} has not been entered`);
    if (this.exiting && this.tasks.size === 0) throw new RuntimeError(`TaskGroup ${this.__repr__()} is finished`);
    if (this.aborting) throw new RuntimeError(`TaskGroup ${this.__repr__()} is shutting down`);
    const task = this.loop!.create_task(coro, options);
    task.add_done_callback(this.onTaskDone as (t: Task<T>) => void);
    this.tasks.add(task as Task<unknown>);
    return task;
  }

  private abort(): void {
    this.aborting = true;
    for (const t of this.tasks) if (!t.done()) t.cancel();
  }

  private readonly onTaskDone = (task: Task<unknown>): void => {
    this.tasks.delete(task);
    if (this.onCompletedFut !== null && this.tasks.size === 0 && !this.onCompletedFut.done()) {
      this.onCompletedFut.set_result(true);
    }
    if (task.cancelled()) return;
    const exc = task.exception();
    if (exc === null) return;
    this.errors!.push(exc);
    if (isBaseError(exc) && this.baseError === null) this.baseError = exc;
    if (this.parentTask!.done()) {
      this.loop!.call_exception_handler({
        message: `Task ${task.get_name()} has errored out but its parent task is already completed`,
        exception: exc,
        task,
      });
      return;
    }
    if (!this.aborting && !this.parentCancelRequested) {
      this.abort();
      this.parentCancelRequested = true;
      this.parentTask!.cancel();
    }
  };
}

function isBaseError(exc: BaseException): boolean {
  return exc instanceof SystemExit || exc instanceof KeyboardInterrupt;
}
