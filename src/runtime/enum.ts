/**
 * The `enum` module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, as in CPython 3.11's
 * Lib/enum.py for the cases programs use (Flag in enum-flag.ts, IntEnum/IntFlag in enum-int.ts,
 * the module's namespace in enum-module.ts): members in definition order, aliases for repeated
 * values, lookup by value (`Color(1)`) and name (`Color["RED"]`), CPython's repr/str/format,
 * IntEnum/IntFlag arithmetic through their int values, Flag composition with pseudo-members.
 *
 * What the compiler emits (src/lower/enums.ts): the class extends the runtime base and a static
 * block defines the members once the class exists:
 *
 *     class Color(Enum):          class Color extends enum_.Enum {
 *         RED = 1         →           declare static RED: Color;
 *         GREEN = auto()              static { enum_.members(this, [["RED", 1], ["GREEN", new enum_.auto()]]); } }
 *
 * `Color(1)` is `new Color(1)`: the base constructor returns the existing member. The class
 * itself is iterable and answers `len`, `in` and `[]` through static methods.
 */
import { eq, lt, typeName } from "./compare.js";
import { TypeError, ValueError, KeyError } from "./exceptions.js";
import { format } from "./format.js";
import { hash } from "./hash.js";
import { PyDict } from "./dict.js";
import { repr, str } from "./repr.js";
import { add } from "./numbers.js";

/** `auto()`: the value is made by the enum's `_generate_next_value_` when the member is defined. */
export class auto {
  static readonly __pyname__ = "auto";
  __repr__(): string {
    return "auto(_auto_null)";
  }
}

export interface EnumState {
  /** canonical members, in definition order */
  readonly list: Enum[];
  /** every name (aliases too) → member */
  readonly byName: Map<string, Enum>;
  /** value → member (pseudo-members of flags too) */
  readonly byValue: [unknown, Enum][];
}

const STATE = Symbol("py2ts.enum");
let constructing = false;

type EnumClass = (abstract new (...args: never[]) => Enum) & { [STATE]?: EnumState };

/** (for the enum-* modules) */
export function stateOf(cls: Function): EnumState {
  const s = Object.prototype.hasOwnProperty.call(cls, STATE) ? (cls as EnumClass)[STATE] : undefined;
  if (!s) return { list: [], byName: new Map(), byValue: [] };
  return s;
}

/** (for the enum-* modules) */
export function findValue(s: EnumState, value: unknown): Enum | undefined {
  for (const [v, m] of s.byValue) if (v === value || eq(v, value)) return m;
  return undefined;
}

/** (for the enum-* modules) */
export function makeMember(cls: Function, name: string | null, value: unknown): Enum {
  constructing = true;
  try {
    const m = new (cls as new () => Enum)();
    m._name_ = name;
    m._value_ = value;
    return m;
  } finally {
    constructing = false;
  }
}

/** Defines the members of an enum class (emitted in the class's static block). */
export function members(cls: Function, pairs: readonly (readonly [string, unknown])[]): void {
  const state: EnumState = { list: [], byName: new Map(), byValue: [] };
  Object.defineProperty(cls, STATE, { value: state, enumerable: false });
  Object.defineProperty(cls, "__repr__", { value: () => `<enum '${cls.name}'>`, enumerable: false });
  const base = cls as unknown as typeof Enum;
  const values: unknown[] = [];
  for (const [name, given] of pairs) {
    if (state.byName.has(name)) throw new TypeError(`'${name}' already defined as ${repr(state.byName.get(name)!._value_)}`);
    const value = given instanceof auto ? base._generate_next_value_(name, 1, state.list.length, values.slice()) : given;
    values.push(value);
    const existing = findValue(state, value);
    const member = existing ?? makeMember(cls, name, base._coerce_(value));
    if (!existing) {
      state.list.push(member);
      state.byValue.push([member._value_, member]);
    }
    state.byName.set(name, member);
    Object.defineProperty(cls, name, { value: member, enumerable: true, configurable: false, writable: false });
  }
}

export class Enum {
  declare _name_: string | null;
  declare _value_: any;

  constructor(...args: unknown[]) {
    if (constructing) return;
    return (new.target as unknown as typeof Enum)._lookup_(args[0]) as this;
  }

  /** (None for a flag's pseudo-member without a name; typed str, as nearly every use expects) */
  get name(): string {
    return this._name_ as string;
  }

  get value(): any {
    return this._value_;
  }

  /** The value for an `auto()` member (Enum: one more than the last value, starting at 1). */
  static _generate_next_value_(_name: string, start: unknown, _count: number, last: unknown[]): unknown {
    if (last.length === 0) return start;
    const sorted = last.slice().sort((a, b) => (lt(a, b) ? -1 : lt(b, a) ? 1 : 0));
    if (eq(last[last.length - 1], sorted[sorted.length - 1])) return add(last[last.length - 1], 1);
    for (let i = last.length - 1; i >= 0; i--) {
      try {
        return add(last[i], 1);
      } catch {
        continue;
      }
    }
    return start;
  }

  /** The stored value of a member (IntEnum checks it is an int). */
  static _coerce_(value: unknown): unknown {
    return value;
  }

  /** `Cls(value)` */
  static _lookup_(value: unknown): Enum {
    if (value instanceof this) return value;
    const found = findValue(stateOf(this), value);
    if (found) return found;
    return this._missing_(value);
  }

  static _missing_(value: unknown): Enum {
    throw new ValueError(`${repr(value)} is not a valid ${this.name}`);
  }

  static [Symbol.iterator](): Iterator<Enum> {
    return stateOf(this).list[Symbol.iterator]();
  }

  static __len__(): number {
    return stateOf(this).list.length;
  }

  static __contains__(x: unknown): boolean {
    if (!(x instanceof Enum)) {
      throw new TypeError(`unsupported operand type(s) for 'in': '${typeName(x)}' and 'EnumType'`);
    }
    return x instanceof this && x._name_ !== null && stateOf(this).byName.has(x._name_);
  }

  /** `Cls[name]` (runtime getitem() looks for `getitem`; a static `__getitem__` would make TypeScript read the class as a sequence of Enum) */
  static getitem(name: unknown): Enum {
    const m = typeof name === "string" ? stateOf(this).byName.get(name) : undefined;
    if (!m) throw new KeyError(name);
    return m;
  }

  static get __members__(): PyDict<string, Enum> {
    return new PyDict<string, Enum>([...stateOf(this).byName]);
  }

  __repr__(): string {
    return `<${this.constructor.name}.${this._name_}: ${repr(this._value_)}>`;
  }

  __str__(): string {
    return `${this.constructor.name}.${this._name_}`;
  }

  __format__(spec: string): string {
    return format(str(this), spec);
  }

  __hash__(): unknown {
    return hash(this._name_);
  }

  toString(): string {
    return str(this);
  }
}

export class StrEnum extends Enum {
  static override _generate_next_value_(name: string): unknown {
    return name.toLowerCase();
  }
  static override _coerce_(value: unknown): unknown {
    if (typeof value !== "string") throw new TypeError(`${repr(value)} is not a string`);
    return value;
  }
  override __str__(): string {
    return this._value_ as string;
  }
  override __format__(spec: string): string {
    return format(this._value_, spec);
  }
  override __hash__(): unknown {
    return hash(this._value_);
  }
  __eq__(o: unknown): boolean {
    return eq(this._value_, o instanceof Enum ? o._value_ : o);
  }
  __lt__(o: unknown): boolean {
    return lt(this._value_, o instanceof Enum ? o._value_ : o);
  }
  __len__(): number {
    return Array.from(this._value_ as string).length;
  }
}

/** `@unique`: raises ValueError when a member is an alias of another. */
export function unique<C extends Function>(cls: C): C {
  const dups: string[] = [];
  for (const [name, m] of stateOf(cls).byName) if (m._name_ !== name) dups.push(`${name} -> ${m._name_}`);
  if (dups.length) throw new ValueError(`duplicate values found in <enum '${cls.name}'>: ${dups.join(", ")}`);
  return cls;
}
