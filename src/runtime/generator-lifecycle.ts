/**
 * When generators are closed outside their own protocol: a dropped last reference
 * (`dropGenerator`, lower/generator-owners.ts and generator-temporaries.ts) and program exit
 * (`closeSuspendedGenerators`, called by runProgram). Errors then are CPython's "Exception
 * ignored in: <generator ...>", reported through the hook runProgram installs.
 */
import { BaseException } from "./exceptions.js";
import { PyGenerator } from "./generator.js";
import { suspendedWithCleanup } from "./generator-registry.js";

type UnraisableHook = (gen: PyGenerator<unknown, unknown, unknown>, error: BaseException) => void;

/**
 * How an exception raised by closing a dropped generator is reported: CPython prints
 * "Exception ignored in: <generator ...>" and a traceback to stderr and carries on (runProgram
 * installs that); until then it propagates.
 */
let unraisableHook: UnraisableHook | null = null;

export function setUnraisableHook(hook: UnraisableHook | null): void {
  unraisableHook = hook;
}

/**
 * The last reference to a generator goes away (the variable holding it is rebound or deleted,
 * or its function returns: lower/generator-owners.ts): CPython closes it at once. Anything that
 * is not a generator (None, not yet assigned) is ignored.
 */
export function dropGenerator(g: unknown): void {
  if (!(g instanceof PyGenerator)) return;
  const gen = g as PyGenerator<unknown, unknown, unknown>;
  try {
    gen.close();
  } catch (e) {
    if (!(e instanceof BaseException) || unraisableHook === null) throw e;
    unraisableHook(gen, e);
  } finally {
    // freed: even one that ignored GeneratorExit is not closed again at exit
    suspendedWithCleanup.delete(gen);
  }
}

/**
 * Program exit: close the generators still suspended inside try/with blocks, oldest first
 * (CPython runs their `finally` at interpreter shutdown, clearing module globals in binding
 * order). Errors go to `report`, as CPython's "Exception ignored in: <generator ...>" goes to
 * stderr.
 */
export function closeSuspendedGenerators(report?: (gen: PyGenerator<unknown, unknown, unknown>, error: unknown) => void): void {
  const pending = [...suspendedWithCleanup] as PyGenerator<unknown, unknown, unknown>[];
  suspendedWithCleanup.clear();
  for (const gen of pending) {
    try {
      gen.close();
    } catch (e) {
      report?.(gen, e);
    }
  }
}
