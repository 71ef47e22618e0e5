/**
 * The `dataclasses` module: what a `@dataclass` class needs at run time.
 *
 * What the compiler emits for
 *     @dataclass(order=True)
 *     class Order:
 *         customer: str
 *         quantity: int = 1
 *         tags: list = field(default_factory=list)
 *         price: float = 9.99
 * is
 *     class Order {
 *       customer!: string; quantity!: number; tags!: unknown[]; price!: number;
 *       constructor(...args: unknown[]) { dataclassInit(this, Order, args); }
 *     }
 *     dataclass(Order, [
 *       { name: "customer" }, { name: "quantity", default: 1 },
 *       { name: "tags", default: field(kw({ default_factory: list_ })) },
 *       { name: "price", default: 9.99, type: FLOAT },
 *     ], { order: true });
 * `dataclassInit` binds positional and `kw({...})` arguments with CPython's TypeErrors, calls
 * default factories per instance, runs a user `__post_init__`, and freezes a frozen instance.
 * `dataclass` adds `__repr__` (`Order(customer='ann', quantity=1, ...)`, floats per `type`),
 * `__eq__`, the order methods, frozen-ness and hashing, unless the class defines them itself.
 * A compiler that writes its own constructor calls `freezeInstance(this, Order)` at its end when
 * frozen. Helpers: fields(), asdict(), astuple(), replace(), is_dataclass(), FrozenInstanceError.
 */
import { eq, lt, typeName } from "./compare.js";
import { PyDict } from "./dict.js";
import { AttributeError, TypeError, ValueError } from "./exceptions.js";
import { hash } from "./hash.js";
import { isKw } from "./kwargs.js";
import { repr } from "./repr.js";
import { asTuple, isTuple, type PyTuple } from "./tuple.js";
import { NotImplemented, type TypeDesc } from "./types.js";
import { callType } from "./builtins-types.js";

export class FrozenInstanceError extends AttributeError {}

const MISSING: unique symbol = Symbol("MISSING");

/** What `field(...)` returns; also the entries of `fields(cls)`. */
export class Field {
  static readonly __pyname__: string = "Field";
  name = "";
  type: TypeDesc | undefined = undefined;
  readonly default: unknown;
  readonly default_factory: unknown;
  readonly init: boolean;
  readonly repr: boolean;
  readonly compare: boolean;
  readonly hash: boolean | null;
  readonly kw_only: boolean;

  constructor(options: Partial<Omit<Field, "name" | "type">> = {}) {
    this.default = Object.hasOwn(options, "default") ? options.default : MISSING;
    this.default_factory = options.default_factory ?? MISSING;
    if (this.default !== MISSING && this.default_factory !== MISSING) {
      throw new ValueError("cannot specify both default and default_factory");
    }
    this.init = options.init ?? true;
    this.repr = options.repr ?? true;
    this.compare = options.compare ?? true;
    this.hash = options.hash ?? null;
    this.kw_only = options.kw_only ?? false;
  }
}

/** field(*, default, default_factory, init, repr, compare, hash, kw_only) */
export function field(options?: Partial<Omit<Field, "name" | "type">>): Field {
  return new Field(options ?? {});
}

export interface FieldInput {
  readonly name: string;
  /** the class-body value: a plain default, or a `field(...)` */
  readonly default?: unknown;
  /** where floats live in the value, for repr */
  readonly type?: TypeDesc;
}

export interface DataclassOptions {
  readonly init?: boolean;
  readonly repr?: boolean;
  readonly eq?: boolean;
  readonly order?: boolean;
  readonly frozen?: boolean;
  readonly unsafe_hash?: boolean;
}

interface DataclassInfo {
  readonly fields: Field[];
  readonly frozen: boolean;
}

const INFO = Symbol("dataclass");

type Cls = Function & { prototype: Record<string, unknown>; [INFO]?: DataclassInfo };

function infoOf(cls: unknown): DataclassInfo {
  const info = (cls as Cls)?.[INFO];
  if (info === undefined) throw new TypeError("must be called with a dataclass type or instance");
  return info;
}

function className(cls: Function): string {
  const own = cls as { __pyname__?: string };
  return Object.hasOwn(cls, "__pyname__") && own.__pyname__ ? own.__pyname__ : cls.name;
}

/** Register `cls` as a dataclass with these fields (after the base class's) and add its methods. */
export function dataclass<C extends Function>(cls: C, inputs: readonly FieldInput[], options: DataclassOptions = {}): C {
  const base = Object.getPrototypeOf(cls) as Cls;
  const inherited = base?.[INFO]?.fields ?? [];
  const own = inputs.map((input) => {
    const f = input.default instanceof Field ? input.default : new Field(Object.hasOwn(input, "default") ? { default: input.default } : {});
    f.name = input.name;
    f.type = input.type;
    return f;
  });
  const all = [...inherited.filter((f) => !own.some((o) => o.name === f.name)), ...own];
  let seenDefault = false;
  for (const f of all.filter((x) => x.init && !x.kw_only)) {
    const hasDefault = f.default !== MISSING || f.default_factory !== MISSING;
    if (seenDefault && !hasDefault) throw new TypeError(`non-default argument '${f.name}' follows default argument`);
    seenDefault ||= hasDefault;
  }
  const frozen = options.frozen ?? false;
  Object.defineProperty(cls, INFO, { value: { fields: all, frozen } satisfies DataclassInfo });
  const proto = (cls as unknown as Cls).prototype;
  const define = (name: string, value: unknown) => {
    if (!Object.hasOwn(proto, name)) Object.defineProperty(proto, name, { value, writable: true, configurable: true });
  };
  const values = (o: unknown, which: (f: Field) => boolean) =>
    asTuple(all.filter(which).map((f) => (o as Record<string, unknown>)[f.name]));
  if (options.repr ?? true) {
    define("__repr__", function (this: Record<string, unknown>) {
      const parts = all.filter((f) => f.repr).map((f) => `${f.name}=${repr(this[f.name], f.type)}`);
      return `${className(this.constructor as Function)}(${parts.join(", ")})`;
    });
  }
  const eqOn = options.eq ?? true;
  if (eqOn) {
    define("__eq__", function (this: object, other: unknown) {
      if (other === null || typeof other !== "object" || other.constructor !== this.constructor) return NotImplemented;
      return eq(values(this, (f) => f.compare), values(other, (f) => f.compare));
    });
  }
  if (options.order) {
    if (!eqOn) throw new ValueError("eq must be true if order is true");
    const compareWith = (test: (a: PyTuple<unknown>, b: PyTuple<unknown>) => boolean) =>
      function (this: object, other: unknown) {
        if (other === null || typeof other !== "object" || other.constructor !== this.constructor) return NotImplemented;
        return test(values(this, (f) => f.compare), values(other, (f) => f.compare));
      };
    define("__lt__", compareWith((a, b) => lt(a, b)));
    define("__le__", compareWith((a, b) => lt(a, b) || eq(a, b)));
    define("__gt__", compareWith((a, b) => lt(b, a)));
    define("__ge__", compareWith((a, b) => lt(b, a) || eq(a, b)));
  }
  if ((eqOn && frozen) || options.unsafe_hash) {
    define("__hash__", function (this: object) {
      return hash(values(this, (f) => (f.hash === null ? f.compare : f.hash)));
    });
  } else if (eqOn && !Object.hasOwn(proto, "__hash__")) {
    Object.defineProperty(proto, "__hash__", { value: null, writable: true, configurable: true });
  }
  return cls;
}

/** The generated `__init__`: binds arguments like CPython, then `__post_init__` and freezing. */
export function dataclassInit(self: object, cls: Function, args: readonly unknown[]): void {
  const { fields: all } = infoOf(cls);
  const name = className(cls);
  const params = all.filter((f) => f.init);
  const positionalParams = params.filter((f) => !f.kw_only);
  const last = args[args.length - 1];
  const named = isKw(last) ? (last as Record<string, unknown>) : {};
  const positional = isKw(last) ? args.slice(0, -1) : args;
  if (positional.length > positionalParams.length) {
    const required = positionalParams.filter((f) => f.default === MISSING && f.default_factory === MISSING).length;
    const takes = required === positionalParams.length ? `${required + 1}` : `from ${required + 1} to ${positionalParams.length + 1}`;
    throw new TypeError(`${name}.__init__() takes ${takes} positional arguments but ${positional.length + 1} were given`);
  }
  const target = self as Record<string, unknown>;
  const given = new Map<string, unknown>();
  positional.forEach((v, i) => given.set((positionalParams[i] as Field).name, v));
  for (const [key, value] of Object.entries(named)) {
    if (!params.some((f) => f.name === key)) throw new TypeError(`${name}.__init__() got an unexpected keyword argument '${key}'`);
    if (given.has(key)) throw new TypeError(`${name}.__init__() got multiple values for argument '${key}'`);
    given.set(key, value);
  }
  const missing = params.filter((f) => !given.has(f.name) && f.default === MISSING && f.default_factory === MISSING).map((f) => `'${f.name}'`);
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(", ")} and ${missing[missing.length - 1]}`;
    throw new TypeError(`${name}.__init__() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${list}`);
  }
  for (const f of all) {
    if (given.has(f.name)) target[f.name] = given.get(f.name);
    else if (f.default_factory !== MISSING) target[f.name] = callType(f.default_factory);
    else if (f.default !== MISSING) target[f.name] = f.default;
  }
  const post = (self as { __post_init__?: () => void }).__post_init__;
  if (typeof post === "function") post.call(self);
  if (self.constructor === cls) freezeInstance(self, cls);
}

/** Make a frozen dataclass instance's fields raise FrozenInstanceError on assignment. */
export function freezeInstance(self: object, cls: Function): void {
  const info = infoOf(cls);
  if (!info.frozen) return;
  for (const f of info.fields) {
    const value = (self as Record<string, unknown>)[f.name];
    Object.defineProperty(self, f.name, {
      get: () => value,
      set: () => {
        throw new FrozenInstanceError(`cannot assign to field '${f.name}'`);
      },
      enumerable: true,
      configurable: false,
    });
  }
}

/** fields(class_or_instance): a tuple of Field objects */
export function fields(x: unknown): PyTuple<Field> {
  const cls = typeof x === "function" ? x : (x as object)?.constructor;
  return asTuple([...infoOf(cls).fields]);
}

export function is_dataclass(x: unknown): boolean {
  const cls = typeof x === "function" ? x : (x as object | null)?.constructor;
  return (cls as Cls | undefined)?.[INFO] !== undefined;
}

function deepCopyOut(value: unknown, asDict: boolean): unknown {
  if (is_dataclass(value) && typeof value === "object") return asDict ? asdict(value) : astuple(value);
  if (isTuple(value)) return asTuple(value.map((v) => deepCopyOut(v, asDict)));
  if (Array.isArray(value)) return value.map((v) => deepCopyOut(v, asDict));
  if (value instanceof PyDict) {
    const d = new PyDict();
    for (const [k, v] of value.entries()) d.setitem(deepCopyOut(k, asDict), deepCopyOut(v, asDict));
    return d;
  }
  return value;
}

/** asdict(instance): a dict of field values, recursing into dataclasses, lists, tuples, dicts */
export function asdict(obj: unknown): PyDict<string, unknown> {
  if (!is_dataclass(obj) || typeof obj !== "object") throw new TypeError("asdict() should be called on dataclass instances");
  const d = new PyDict<string, unknown>();
  for (const f of fields(obj)) d.setitem(f.name, deepCopyOut((obj as Record<string, unknown>)[f.name], true));
  return d;
}

/** astuple(instance) */
export function astuple(obj: unknown): PyTuple<unknown> {
  if (!is_dataclass(obj) || typeof obj !== "object") throw new TypeError("astuple() should be called on dataclass instances");
  return asTuple(fields(obj).map((f) => deepCopyOut((obj as Record<string, unknown>)[f.name], false)));
}

/** replace(obj, **changes): a new instance with some fields changed */
export function replace<T extends object>(obj: T, changes: Record<string, unknown> = {}): T {
  if (!is_dataclass(obj)) throw new TypeError("replace() should be called on dataclass instances");
  const cls = obj.constructor as new (...args: unknown[]) => T;
  const values: Record<string, unknown> = {};
  for (const f of fields(obj)) {
    if (!f.init) {
      if (Object.hasOwn(changes, f.name)) throw new ValueError(`field ${f.name} is declared with init=False, it cannot be specified with replace()`);
      continue;
    }
    values[f.name] = Object.hasOwn(changes, f.name) ? changes[f.name] : (obj as Record<string, unknown>)[f.name];
  }
  for (const key of Object.keys(changes)) {
    if (!fields(obj).some((f) => f.name === key)) throw new TypeError(`${typeName(obj)}.__init__() got an unexpected keyword argument '${key}'`);
  }
  // the generated constructor takes the init fields positionally, in field order
  return new cls(...fields(obj).filter((f) => f.init).map((f) => values[f.name]));
}
