/**
 * enum.IntEnum and enum.IntFlag: members are ints. Both take int's behaviour from one mixin
 * (str/format/hash of the value, comparisons and arithmetic through the value, `__index__`),
 * as CPython's classes take it from `int` (`class IntEnum(int, ReprEnum)`,
 * `class IntFlag(int, ReprEnum, Flag, boundary=KEEP)`). IntEnum adds int's bitwise operators;
 * IntFlag keeps Flag's, which give members back.
 */
import { eq, ge, gt, le, lt } from "./compare.js";
import { ValueError } from "./exceptions.js";
import { format } from "./format.js";
import { hash } from "./hash.js";
import { repr, str } from "./repr.js";
import { add, bitand, bitor, bitxor, floordiv, invert, mod, mul, neg, pow, sub, truediv } from "./numbers.js";
import { Enum } from "./enum.js";
import { Flag } from "./enum-flag.js";

/** The value stands in for a member in arithmetic. */
function intValue(x: unknown): unknown {
  return x instanceof Enum ? x._value_ : x;
}

function checkInt(value: unknown): unknown {
  if (typeof value === "bigint" || typeof value === "boolean" || (typeof value === "number" && Number.isSafeInteger(value))) return value;
  throw new ValueError(`invalid literal for int() with base 10: ${repr(value)}`);
}

type EnumBase = abstract new (...args: any[]) => Enum;

function IntValued<B extends EnumBase>(Base: B) {
  abstract class IntValuedEnum extends Base {
    static _coerce_(value: unknown): unknown {
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
    __eq__(o: unknown): boolean { return eq(this._value_, intValue(o)); }
    __lt__(o: unknown): boolean { return lt(this._value_, intValue(o)); }
    __le__(o: unknown): boolean { return le(this._value_, intValue(o)); }
    __gt__(o: unknown): boolean { return gt(this._value_, intValue(o)); }
    __ge__(o: unknown): boolean { return ge(this._value_, intValue(o)); }
    __index__(): unknown { return this._value_; }
    __int__(): unknown { return this._value_; }
    __float__(): number { return Number(this._value_); }
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
    __pos__(): unknown { return this._value_; }
    __abs__(): unknown { return lt(this._value_, 0) ? neg(this._value_) : this._value_; }
  }
  return IntValuedEnum;
}

export class IntEnum extends IntValued(Enum) {
  __bool__(): boolean {
    return Boolean(Number(this._value_));
  }
  __and__(o: unknown): unknown { return bitand(this._value_, intValue(o)); }
  __rand__(o: unknown): unknown { return bitand(intValue(o), this._value_); }
  __or__(o: unknown): unknown { return bitor(this._value_, intValue(o)); }
  __ror__(o: unknown): unknown { return bitor(intValue(o), this._value_); }
  __xor__(o: unknown): unknown { return bitxor(this._value_, intValue(o)); }
  __rxor__(o: unknown): unknown { return bitxor(intValue(o), this._value_); }
  __invert__(): unknown { return invert(this._value_); }
}

export class IntFlag extends IntValued(Flag) {
  static override readonly _boundary_ = "keep";
  static override readonly _intOperands_ = true;
}
