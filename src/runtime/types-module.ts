/**
 * The `types` module's `SimpleNamespace`: attributes from keywords (or a mapping), CPython's
 * repr (`namespace(a=1, b='x')`), equality by attributes. `types.coroutine` lives with the
 * asyncio runtime (asyncio/legacy.ts); the compiler imports it from there.
 *
 * What the compiler emits: `types.SimpleNamespace(a=1)` → `new types.SimpleNamespace(kw({ a: 1 }))`.
 * Its type objects for functions and generators are the runtime's own:
 *
 *     isinstance(g, types.GeneratorType)   →   isinstance(g, types.GeneratorType)
 */
import { eq } from "./compare.js";
import { TypeError } from "./exceptions.js";
import { PyDict } from "./dict.js";
import { isKw } from "./kwargs.js";
import { repr } from "./repr.js";
import { function_, method_ } from "./types.js";
import { PyGenerator } from "./generator.js";

export const GeneratorType = PyGenerator;
export const FunctionType = function_;
export const MethodType = method_;
export const LambdaType = function_;

export class SimpleNamespace {
  static readonly __pyname__ = "SimpleNamespace";
  [name: string]: any;

  constructor(...args: unknown[]) {
    const named = isKw(args[args.length - 1]) ? (args.pop() as Record<string, unknown>) : {};
    if (args.length > 1) throw new TypeError(`SimpleNamespace expected at most 1 argument, got ${args.length}`);
    const mapping = args[0];
    if (mapping instanceof PyDict) {
      for (const [k, v] of mapping.items()) {
        if (typeof k !== "string") throw new TypeError(`keywords must be strings, not '${typeof k}'`);
        this[k] = v;
      }
    } else if (mapping !== undefined) {
      throw new TypeError(`'${typeof mapping}' object is not a mapping`);
    }
    for (const [k, v] of Object.entries(named)) this[k] = v;
  }

  __repr__(): string {
    return `namespace(${Object.entries(this).map(([k, v]) => `${k}=${repr(v)}`).join(", ")})`;
  }

  __eq__(other: unknown): boolean {
    if (!(other instanceof SimpleNamespace)) return false;
    const a = Object.entries(this);
    const b = Object.entries(other);
    return a.length === b.length && a.every(([k, v]) => Object.prototype.hasOwnProperty.call(other, k) && eq(v, other[k]));
  }

  get __dict__(): PyDict<string, unknown> {
    return new PyDict<string, unknown>(Object.entries(this));
  }
}
