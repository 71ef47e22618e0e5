/**
 * The loop's exception handler (base_events.py): `set_exception_handler` /
 * `get_exception_handler` / `call_exception_handler` / `default_exception_handler`. A Python
 * handler receives the context as a dict (`context["message"]`, `context.get("exception")`); the
 * default one logs the message, the other keys sorted (`key: repr(value)`) and the traceback, as
 * CPython's logger does. An exception raised by a handler is logged as CPython logs it, and
 * SystemExit / KeyboardInterrupt propagate.
 *
 *     loop.set_exception_handler(h)   →  a callback's exception reaches h(loop, {"message": ..., "exception": exc, "handle": ...})
 */
import { BaseException, KeyboardInterrupt, SystemExit } from "../exceptions.js";
import { PyDict } from "../dict.js";
import { truthy } from "../compare.js";
import { repr } from "../repr.js";
import { reportUnhandled, writeLine } from "./report.js";

export type ExceptionContext = Record<string, unknown> | PyDict<string, unknown>;
export type ExceptionHandler = (loop: any, context: PyDict<string, any>) => unknown;

function asDict(context: ExceptionContext): PyDict<string, unknown> {
  if (context instanceof PyDict) return context;
  return new PyDict<string, unknown>(Object.entries(context).filter(([, v]) => v !== undefined));
}

export class LoopErrorHandling {
  private exceptionHandler: ExceptionHandler | null = null;

  set_exception_handler(handler: ExceptionHandler | null): void {
    this.exceptionHandler = handler;
  }

  get_exception_handler(): ExceptionHandler | null {
    return this.exceptionHandler;
  }

  call_exception_handler(context: ExceptionContext): void {
    const dict = asDict(context);
    const handler = this.exceptionHandler;
    if (handler === null) {
      try {
        this.default_exception_handler(dict);
      } catch (error) {
        if (error instanceof SystemExit || error instanceof KeyboardInterrupt) throw error;
        reportUnhandled("Exception in default exception handler", error);
      }
      return;
    }
    try {
      handler(this, dict);
    } catch (error) {
      if (error instanceof SystemExit || error instanceof KeyboardInterrupt) throw error;
      try {
        this.default_exception_handler(new PyDict<string, unknown>([["message", "Unhandled error in exception handler"], ["exception", error], ["context", dict]]));
      } catch (inner) {
        if (inner instanceof SystemExit || inner instanceof KeyboardInterrupt) throw inner;
        reportUnhandled("Exception in default exception handler", inner);
      }
    }
  }

  default_exception_handler(context: ExceptionContext): void {
    const dict = asDict(context);
    const message = dict.get("message");
    const lines = [truthy(message) ? String(message) : "Unhandled exception in event loop"];
    const keys = [...dict.keys()].filter((k) => k !== "message" && k !== "exception").sort();
    for (const key of keys) lines.push(`${key}: ${repr(dict.getitem(key))}`);
    const exception = dict.get("exception");
    if (exception instanceof BaseException || exception instanceof Error) reportUnhandled(lines.join("\n"), exception);
    else writeLine(lines.join("\n"));
  }
}
