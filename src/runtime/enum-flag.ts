/**
 * enum.Flag (CPython 3.11's Lib/enum.py): members combine with `|`, `&`, `^`, `~` into
 * pseudo-members named `A|B`, iterate over their single-bit members in definition order, and
 * reject values outside the flag's bits (`strict`) or keep them (`keep`, IntFlag's boundary).
 */
import { typeName } from "./compare.js";
import { TypeError, ValueError } from "./exceptions.js";
import { repr } from "./repr.js";
import { NotImplemented } from "./types.js";
import { Enum, findValue, makeMember, stateOf } from "./enum.js";

function bitLength(n: bigint): number {
  return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

function bits(value: bigint): bigint[] {
  const out: bigint[] = [];
  for (let b = 1n; b <= value; b <<= 1n) if (value & b) out.push(b);
  return out;
}

export function toBig(x: unknown): bigint {
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
  /** IntFlag: plain ints combine with members in `|`, `&`, `^` */
  static readonly _intOperands_: boolean = false;

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
    const intOperands = this.flagClass()._intOperands_;
    if (intOperands && (typeof o === "bigint" || (typeof o === "number" && Number.isSafeInteger(o)))) return toBig(o);
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
