/**
 * `collections.namedtuple`: a class factory whose instances ARE tuples (tagged JS arrays, tuple.ts)
 * with named read-only fields, so indexing, unpacking, `len`, hashing and equality with plain
 * tuples all work unchanged.
 *
 * What the compiler emits:
 *   Point = namedtuple("Point", "x y")                  → const Point = namedtuple("Point", "x y");
 *   Point = namedtuple("Point", ["x", "y"], defaults=[0]) → namedtuple("Point", ["x", "y"], kw({ defaults: [0] }))
 *   Point(1, 2) / Point(x=1, y=2)                       → Point(1, 2) / Point(kw({ x: 1, y: 2 }))   (`new` also works)
 *   p.x, p[0], p._asdict(), p._replace(x=5) → p.x, p[0], p._asdict(), p._replace(kw({ x: 5 }))
 *   Point._fields, Point._make(it), Point._field_defaults
 *   class P(namedtuple("P", "x y")): ...                → class P extends namedtuple("P", "x y") { ... }
 * repr: `Point(x=1, y=2)`.
 */
import { PyDict } from "./dict.js";
import { TypeError, ValueError } from "./exceptions.js";
import { iterate, type PyIterable } from "./iter.js";
import { isKw, splitKw } from "./kwargs.js";
import { repr } from "./repr.js";
import { asTuple, type PyTuple } from "./tuple.js";

const KEYWORDS = new Set(
  "False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield".split(" "),
);
const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}_]*$/u;

export interface NamedTupleClass {
  (...args: unknown[]): PyTuple<unknown>;
  new (...args: unknown[]): PyTuple<unknown>;
  readonly _fields: PyTuple<string>;
  readonly _field_defaults: PyDict<string, unknown>;
  _make(iterable: PyIterable<unknown>): PyTuple<unknown>;
  readonly __name__: string;
  readonly __pyname__: string;
}

function parseFields(fieldNames: unknown, rename: boolean): string[] {
  const names =
    typeof fieldNames === "string" ? fieldNames.replace(/,/g, " ").split(/\s+/).filter((s) => s.length > 0) : Array.from(iterate(fieldNames as PyIterable<unknown>), String);
  const seen = new Set<string>();
  return names.map((name, i) => {
    const bad = !IDENTIFIER.test(name) || KEYWORDS.has(name) || name.startsWith("_") || seen.has(name);
    if (rename && bad) name = `_${i}`;
    if (!IDENTIFIER.test(name)) throw new ValueError(`Type names and field names must be valid identifiers: ${repr(name)}`);
    if (KEYWORDS.has(name)) throw new ValueError(`Type names and field names cannot be a keyword: ${repr(name)}`);
    if (name.startsWith("_") && !rename) throw new ValueError(`Field names cannot start with an underscore: ${repr(name)}`);
    if (seen.has(name)) throw new ValueError(`Encountered duplicate field name: ${repr(name)}`);
    seen.add(name);
    return name;
  });
}

/** namedtuple(typename, field_names, *, rename=False, defaults=None, module=None) */
export function namedtuple(typename: string, fieldNames: unknown, ...rest: unknown[]): NamedTupleClass {
  const [, options] = splitKw<{ rename: boolean; defaults: unknown; module: unknown }>(rest, "namedtuple", ["rename", "defaults", "module"]);
  if (!IDENTIFIER.test(typename) || KEYWORDS.has(typename)) {
    throw new ValueError(`Type names and field names must be valid identifiers: ${repr(typename)}`);
  }
  const fields = parseFields(fieldNames, options.rename === true);
  const defaults = options.defaults === undefined || options.defaults === null ? [] : Array.from(iterate(options.defaults as PyIterable<unknown>));
  if (defaults.length > fields.length) throw new TypeError("Got more default values than field names");
  const firstDefault = fields.length - defaults.length;
  const fieldDefaults = new PyDict<string, unknown>();
  defaults.forEach((v, i) => fieldDefaults.setitem(fields[firstDefault + i] as string, v));

  const build = (args: unknown[], prototype: object): PyTuple<unknown> => {
    const last = args[args.length - 1];
    const named = isKw(last) ? (last as Record<string, unknown>) : {};
    const positional = isKw(last) ? args.slice(0, -1) : args;
    if (positional.length > fields.length) {
      throw new TypeError(`${typename}.__new__() takes ${fields.length + 1} positional arguments but ${positional.length + 1} were given`);
    }
    const values = [...positional];
    for (const key of Object.keys(named)) {
      const at = fields.indexOf(key);
      if (at < 0) throw new TypeError(`${typename}.__new__() got an unexpected keyword argument '${key}'`);
      if (at < positional.length) throw new TypeError(`${typename}.__new__() got multiple values for argument '${key}'`);
      values[at] = named[key];
    }
    const missing: string[] = [];
    for (let i = 0; i < fields.length; i++) {
      if (i in values && values[i] !== undefined) continue;
      if (i >= firstDefault) values[i] = defaults[i - firstDefault];
      else missing.push(fields[i] as string);
    }
    if (missing.length > 0) {
      const quoted = missing.map((m) => `'${m}'`);
      const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
      throw new TypeError(`${typename}.__new__() missing ${missing.length} required positional argument${missing.length > 1 ? "s" : ""}: ${list}`);
    }
    const instance = asTuple(values);
    Object.setPrototypeOf(instance, prototype);
    return instance;
  };

  // a function constructor, so that both `Point(1, 2)` and `new Point(1, 2)` (and `extends`) work
  const cls = function (this: unknown, ...args: unknown[]): PyTuple<unknown> {
    const target = (new.target as { prototype: object } | undefined) ?? cls;
    return build(args, target.prototype);
  } as unknown as NamedTupleClass;

  const prototype = Object.create(Array.prototype) as Record<string, unknown>;
  fields.forEach((name, i) => {
    Object.defineProperty(prototype, name, {
      get(this: unknown[]) {
        return this[i];
      },
      enumerable: false,
    });
  });
  Object.defineProperties(prototype, {
    constructor: { value: cls, writable: true, configurable: true },
    __repr__: {
      value(this: unknown[]) {
        return `${nameOfInstance(this, typename)}(${fields.map((f, i) => `${f}=${repr(this[i])}`).join(", ")})`;
      },
      writable: true,
      configurable: true,
    },
    _asdict: {
      value(this: unknown[]) {
        const d = new PyDict<string, unknown>();
        fields.forEach((f, i) => d.setitem(f, this[i]));
        return d;
      },
      writable: true,
      configurable: true,
    },
    _replace: {
      value(this: unknown[], changes?: Record<string, unknown>) {
        const values = [...this];
        const unknown = Object.keys(changes ?? {}).filter((k) => !fields.includes(k));
        if (unknown.length > 0) throw new ValueError(`Got unexpected field names: ${repr(unknown)}`);
        for (const [k, v] of Object.entries(changes ?? {})) values[fields.indexOf(k)] = v;
        return build(values, Object.getPrototypeOf(this) as object);
      },
      writable: true,
      configurable: true,
    },
    _fields: { value: asTuple([...fields]) },
  });
  Object.defineProperties(cls, {
    prototype: { value: prototype },
    name: { value: typename },
    __name__: { value: typename },
    __pyname__: { value: typename },
    __qualname__: { value: typename },
    _fields: { value: asTuple([...fields]) },
    _field_defaults: { value: fieldDefaults },
    _make: {
      value(this: { prototype: object }, iterable: PyIterable<unknown>) {
        return build(Array.from(iterate(iterable)), this.prototype);
      },
    },
  });
  return cls;
}

function nameOfInstance(instance: unknown[], fallback: string): string {
  const ctor = (instance as { constructor?: { __pyname__?: string; name?: string } }).constructor;
  if (ctor && Object.hasOwn(ctor, "__pyname__")) return ctor.__pyname__ as string;
  return ctor?.name || fallback;
}
