/**
 * The `enum` module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, as in CPython 3.11's
 * Lib/enum.py for the cases programs use: members in definition order, aliases for repeated
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
import { eq, ge, gt, le, lt, typeName } from "./compare.js";
import { TypeError, ValueError, KeyError } from "./exceptions.js";
import { format } from "./format.js";
import { hash } from "./hash.js";
import { PyDict } from "./dict.js";
import { repr, str } from "./repr.js";
import { add, bitand, bitor, bitxor, floordiv, invert, mod, mul, neg, pow, sub, truediv } from "./numbers.js";
import { NotImplemented } from "./types.js";

/** `auto()`: the value is made by the enum's `_generate_next_value_` when the member is defined. */
export class auto {
  static readonly __pyname__ = "auto";
  __repr__(): string {
    return "auto(_auto_null)";
  }
}

interface EnumState {
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

function stateOf(cls: Function): EnumState {
  const s = Object.prototype.hasOwnProperty.call(cls, STATE) ? (cls as EnumClass)[STATE] : undefined;
  if (!s) return { list: [], byName: new Map(), byValue: [] };
  return s;
}

function findValue(s: EnumState, value: unknown): Enum | undefined {
  for (const [v, m] of s.byValue) if (v === value || eq(v, value)) return m;
  return undefined;
}

function makeMember(cls: Function, name: string | null, value: unknown): Enum {
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

/** `_missing_` etc. for int-valued enums; the value stands in for the member in arithmetic. */
function intValue(x: unknown): unknown {
  return x instanceof Enum ? x._value_ : x;
}

function checkInt(value: unknown): unknown {
  if (typeof value === "bigint" || typeof value === "boolean" || (typeof value === "number" && Number.isSafeInteger(value))) return value;
  throw new ValueError(`invalid literal for int() with base 10: ${repr(value)}`);
}

export class IntEnum extends Enum {
  static override _coerce_(value: unknown): unknown {
    return checkInt(value);
  }
  override __str__(): string {
    return str(this._value_);
  }
  override __format__(spec: string): string {
    return format(this._value_, spec);
  }
  override __hash__(): unknown {
    return hash(this._value_);
  }
  override valueOf(): number {
    return Number(this._value_);
  }
  __eq__(o: unknown): boolean {
    return eq(this._value_, intValue(o));
  }
  __lt__(o: unknown): boolean {
    return lt(this._value_, intValue(o));
  }
  __le__(o: unknown): boolean {
    return le(this._value_, intValue(o));
  }
  __gt__(o: unknown): boolean {
    return gt(this._value_, intValue(o));
  }
  __ge__(o: unknown): boolean {
    return ge(this._value_, intValue(o));
  }
  __bool__(): boolean {
    return Boolean(Number(this._value_));
  }
  __index__(): unknown {
    return this._value_;
  }
  __int__(): unknown {
    return this._value_;
  }
  __float__(): number {
    return Number(this._value_);
  }
  __add__(o: unknown): unknown { return add(this._value_, intValue(o)); }
  __radd__(o: unknown): unknown { return add(intValue(o), this._value_); }
  __sub__(o: unknown): unknown { return sub(this._value_, intValue(o)); }
  __rsub__(o: unknown): unknown { return sub(intValue(o), this._value_); }
  __mul__(o: unknown): unknown { return mul(this._value_, intValue(o)); }
  __rmul__(o: unknown): unknown { return mul(intValue(o), this._value_); }
  __truediv__(o: unknown): unknown { return truediv(this._value_, intValue(o)); }
  __rtruediv__(o: unknown): unknown { return truediv(intValue(o), this._value_); }
  __floordiv__(o: unknown): unknown { return floordiv(this._value_, intValue(o)); }
  __rfloordiv__(o: unknown): unknown { return floordiv(intValue(o), this._value_); }
  __mod__(o: unknown): unknown { return mod(this._value_, intValue(o)); }
  __rmod__(o: unknown): unknown { return mod(intValue(o), this._value_); }
  __pow__(o: unknown): unknown { return pow(this._value_, intValue(o)); }
  __rpow__(o: unknown): unknown { return pow(intValue(o), this._value_); }
  __neg__(): unknown { return neg(this._value_); }
  __and__(o: unknown): unknown { return bitand(this._value_, intValue(o)); }
  __or__(o: unknown): unknown { return bitor(this._value_, intValue(o)); }
  __xor__(o: unknown): unknown { return bitxor(this._value_, intValue(o)); }
  __invert__(): unknown { return invert(this._value_); }
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

function bitLength(n: bigint): number {
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

function bits(value: bigint): bigint[] {
  const out: bigint[] = [];
  for (let b = 1n; b <= value; b <<= 1n) if (value & b) out.push(b);
  return out;
}

function toBig(x: unknown): bigint {
  return BigInt(x as number | bigint);
}

function flagInfo(cls: typeof Flag): { flagMask: bigint; singlesMask: bigint; allBits: bigint } {
  let flagMask = 0n;
  let singlesMask = 0n;
  for (const m of stateOf(cls).list) {
    const v = toBig(m._value_);
    flagMask |= v;
    if (v > 0n && (v & (v - 1n)) === 0n) singlesMask |= v;
  }
  return { flagMask, singlesMask, allBits: (1n << BigInt(bitLength(flagMask))) - 1n };
}

/** enum.bin(num, max_bits): two's-complement digits after a sign group (`0b0 1000`). */
function binText(n: bigint, maxBits: number): string {
  const ceiling = 1n << BigInt(bitLength(n));
  const s = n >= 0n ? `0b${(n + ceiling).toString(2)}`.replace("1", "0") : `0b${((~n ^ (ceiling - 1n)) + ceiling).toString(2)}`;
  const sign = s.slice(0, 3);
  let digits = s.slice(3);
  if (digits.length < maxBits) digits = (sign[2]!.repeat(maxBits) + digits).slice(-maxBits);
  return `${sign} ${digits}`;
}

export class Flag extends Enum {
  static readonly _boundary_: "strict" | "keep" = "strict";

  static override _generate_next_value_(_name: string, start: unknown, count: number, last: unknown[]): unknown {
    if (!count) return start ?? 1;
    let high = 0n;
    for (const v of last) if (toBig(v) > high) high = toBig(v);
    return Number(1n << BigInt(bitLength(high)));
  }

  static override _coerce_(value: unknown): unknown {
    return value;
  }

  static override _missing_(value: unknown): Enum {
    if (!(typeof value === "number" && Number.isSafeInteger(value)) && typeof value !== "bigint") {
      throw new ValueError(`${repr(value)} is not a valid ${this.name}`);
    }
    const { flagMask, singlesMask, allBits } = flagInfo(this);
    let v = toBig(value);
    const keep = this._boundary_ === "keep";
    if (!(~allBits <= v && v <= allBits) || (v & (allBits ^ flagMask))) {
      if (!keep) {
        const width = Math.max(bitLength(v), bitLength(flagMask));
        throw new ValueError(`<flag '${this.name}'> invalid value ${repr(value)}\n    given ${binText(v, width)}\n  allowed ${binText(flagMask, width)}`);
      }
      if (v < 0n) {
        const m = allBits + 1n > 1n << BigInt(bitLength(v)) ? allBits + 1n : 1n << BigInt(bitLength(v));
        v = m + v;
      }
    }
    if (v < 0n) v = allBits + 1n + v;
    const memberValue = v & singlesMask;
    const aliases = v & ~singlesMask;
    const state = stateOf(this);
    const names: string[] = [];
    let combined = 0n;
    if (memberValue || aliases) {
      const chosen: Enum[] = [];
      for (const b of bits(memberValue & flagMask)) {
        const m = findValue(state, Number(b) === Number(b) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b);
        if (m) { chosen.push(m); combined |= b; }
      }
      if (aliases) {
        const want = memberValue | aliases;
        for (const pm of state.byName.values()) {
          const pv = toBig(pm._value_);
          if (!chosen.includes(pm) && pv && (pv & want) === pv) { chosen.push(pm); combined |= pv; }
        }
      }
      // in definition order (CPython's _iter_member_by_def_ when that differs from value order)
      chosen.sort((a, b) => state.list.indexOf(a) - state.list.indexOf(b));
      names.push(...chosen.map((m) => m._name_!));
    }
    const unknown = v ^ combined;
    let name: string | null = names.length && combined ? names.join("|") : null;
    if (name !== null && unknown) name += `|${unknown}`;
    const stored = v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
    const existing = findValue(state, stored);
    if (existing) return existing;
    const pseudo = makeMember(this, name, stored);
    state.byValue.push([stored, pseudo]);
    return pseudo;
  }

  private flagClass(): typeof Flag {
    return this.constructor as typeof Flag;
  }

  private operand(o: unknown): bigint | null {
    if (o instanceof this.constructor) return toBig((o as Enum)._value_);
    if (this instanceof IntFlag && (typeof o === "bigint" || (typeof o === "number" && Number.isSafeInteger(o)))) return toBig(o);
    return null;
  }

  private make(v: bigint): Enum {
    return this.flagClass()._lookup_(v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);
  }

  override __repr__(): string {
    const cls = this.constructor.name;
    return this._name_ === null ? `<${cls}: ${repr(this._value_)}>` : `<${cls}.${this._name_}: ${repr(this._value_)}>`;
  }

  override __str__(): string {
    const cls = this.constructor.name;
    return this._name_ === null ? `${cls}(${repr(this._value_)})` : `${cls}.${this._name_}`;
  }

  __bool__(): boolean {
    return toBig(this._value_) !== 0n;
  }

  __contains__(other: unknown): boolean {
    if (!(other instanceof this.constructor)) {
      throw new TypeError(`unsupported operand type(s) for 'in': '${typeName(other)}' and '${this.constructor.name}'`);
    }
    const o = toBig((other as Enum)._value_);
    return (o & toBig(this._value_)) === o;
  }

  *[Symbol.iterator](): Generator<Enum> {
    const state = stateOf(this.constructor);
    const value = toBig(this._value_);
    for (const m of state.list) {
      const v = toBig(m._value_);
      if (v > 0n && (v & (v - 1n)) === 0n && (value & v) === v) yield m;
    }
  }

  __len__(): number {
    return bits(toBig(this._value_)).length;
  }

  __or__(o: unknown): unknown {
    const v = this.operand(o);
    return v === null ? NotImplemented : this.make(toBig(this._value_) | v);
  }
  __ror__(o: unknown): unknown { return this.__or__(o); }
  __and__(o: unknown): unknown {
    const v = this.operand(o);
    return v === null ? NotImplemented : this.make(toBig(this._value_) & v);
  }
  __rand__(o: unknown): unknown { return this.__and__(o); }
  __xor__(o: unknown): unknown {
    const v = this.operand(o);
    return v === null ? NotImplemented : this.make(toBig(this._value_) ^ v);
  }
  __rxor__(o: unknown): unknown { return this.__xor__(o); }
  __invert__(): unknown {
    const cls = this.flagClass();
    if (cls._boundary_ === "keep") return this.make(~toBig(this._value_));
    return this.make(flagInfo(cls).singlesMask & ~toBig(this._value_));
  }
}

export class IntFlag extends Flag {
  static override readonly _boundary_ = "keep";
  static override _coerce_(value: unknown): unknown {
    return checkInt(value);
  }
  override __str__(): string {
    return str(this._value_);
  }
  override __format__(spec: string): string {
    return format(this._value_, spec);
  }
  override __hash__(): unknown {
    return hash(this._value_);
  }
  override valueOf(): number {
    return Number(this._value_);
  }
  __eq__(o: unknown): boolean {
    return eq(this._value_, intValue(o));
  }
  __lt__(o: unknown): boolean {
    return lt(this._value_, intValue(o));
  }
  __le__(o: unknown): boolean {
    return le(this._value_, intValue(o));
  }
  __gt__(o: unknown): boolean {
    return gt(this._value_, intValue(o));
  }
  __ge__(o: unknown): boolean {
    return ge(this._value_, intValue(o));
  }
  __index__(): unknown {
    return this._value_;
  }
  __add__(o: unknown): unknown { return add(this._value_, intValue(o)); }
  __radd__(o: unknown): unknown { return add(intValue(o), this._value_); }
  __sub__(o: unknown): unknown { return sub(this._value_, intValue(o)); }
  __mul__(o: unknown): unknown { return mul(this._value_, intValue(o)); }
}

/** `@unique`: raises ValueError when a member is an alias of another. */
export function unique<C extends Function>(cls: C): C {
  const dups: string[] = [];
  for (const [name, m] of stateOf(cls).byName) if (m._name_ !== name) dups.push(`${name} -> ${m._name_}`);
  if (dups.length) throw new ValueError(`duplicate values found in <enum '${cls.name}'>: ${dups.join(", ")}`);
  return cls;
}
