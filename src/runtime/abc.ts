/**
 * The `abc` module: `ABC`, `abstractmethod` and `ABCMeta` (as the metaclass of a class, which
 * the compiler turns into an `ABC` base). Instantiating a class that still has abstract methods
 * raises CPython's TypeError.
 *
 * What the compiler emits: `class Shape(ABC)` → `class Shape extends abc.ABC`, and a static block
 * naming the methods decorated `@abstractmethod` (the decorator itself is a no-op at run time):
 *
 *     class Shape(ABC):                     class Shape extends abc.ABC {
 *         @abstractmethod              →        area(): unknown { return null; }
 *         def area(self): ...                   static { abc.abstractmethods(this, ["area"]); } }
 */
import { TypeError } from "./exceptions.js";

const ABSTRACT = Symbol("py2ts.abstract");

type WithAbstract = Function & { [ABSTRACT]?: readonly string[] };

/** Marks `names` as the abstract methods a class body declares. */
export function abstractmethods(cls: Function, names: readonly string[]): void {
  Object.defineProperty(cls, ABSTRACT, { value: names, enumerable: false });
}

/** The abstract methods a class has not overridden, sorted (CPython's `__abstractmethods__`). */
export function abstractMethodsOf(cls: Function): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let c: Function | null = cls; c && c !== Function.prototype; c = Object.getPrototypeOf(c) as Function | null) {
    const own = Object.prototype.hasOwnProperty.call(c, ABSTRACT) ? (c as WithAbstract)[ABSTRACT]! : [];
    const proto = c.prototype as object | undefined;
    const defined = proto ? Object.getOwnPropertyNames(proto) : [];
    for (const name of defined) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (own.includes(name)) out.push(name);
    }
  }
  return out.sort();
}

/** `abstractmethod(f)`: marks nothing at run time (the class's static block does). */
export function abstractmethod<F>(f: F): F {
  return f;
}

export class ABC {
  constructor() {
    const missing = abstractMethodsOf(new.target);
    if (missing.length) {
      const s = missing.length === 1 ? "" : "s";
      throw new TypeError(`Can't instantiate abstract class ${new.target.name} with abstract method${s} ${missing.join(", ")}`);
    }
  }
}

/** `metaclass=ABCMeta` is compiled as an `ABC` base. */
export const ABCMeta = ABC;
