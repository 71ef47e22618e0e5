/**
 * The `json` module: `dumps`/`dump` with CPython's output byte for byte (float repr, `NaN` /
 * `Infinity`, `ensure_ascii` escapes, `indent`, `separators`, `sort_keys`, `default`,
 * `skipkeys`, circular-reference check) and `loads`/`load` (objects as dicts, ints as ints of
 * any size, floats as floats, CPython's JSONDecodeError messages with line and column).
 *
 * What the compiler emits: `json.dumps(d, indent=2)` → `json.dumps(d, kw({ indent: 2 }))`.
 */
import { typeName, lt } from "./compare.js";
import { TypeError, ValueError } from "./exceptions.js";
import { boxFloat, PyFloat } from "./float-box.js";
import { floatRepr } from "./float-repr.js";
import { PyDict } from "./dict.js";
import { params } from "./module-args.js";
import { normBig } from "./numbers.js";
import { str } from "./repr.js";

export class JSONDecodeError extends ValueError {
  declare readonly msg: string;
  declare readonly doc: string;
  declare readonly pos: number;

  static make(msg: string, doc: string, pos: number): JSONDecodeError {
    const lastNl = doc.lastIndexOf("\n", pos - 1);
    const lineno = (doc.slice(0, pos).match(/\n/g) ?? []).length + 1;
    const colno = codePoints(doc, lastNl + 1, pos) + 1;
    const e = new JSONDecodeError(`${msg}: line ${lineno} column ${colno} (char ${codePoints(doc, 0, pos)})`);
    Object.assign(e, { msg, doc, pos: codePoints(doc, 0, pos) });
    return e;
  }
}

function codePoints(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === from || s.charCodeAt(i - 1) < 0xd800 || s.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}

// ---------------------------------------------------------------- encoding

interface EncodeOptions {
  readonly skipkeys: boolean;
  readonly ensureAscii: boolean;
  readonly checkCircular: boolean;
  readonly allowNan: boolean;
  readonly indent: string | null;
  readonly itemSep: string;
  readonly keySep: string;
  readonly defaultFn: ((o: unknown) => unknown) | null;
  readonly sortKeys: boolean;
}

const ESCAPES: Record<string, string> = { '"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f" };

function encodeString(s: string, ensureAscii: boolean): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const c = s.charCodeAt(i);
    const esc = ESCAPES[ch];
    if (esc) out += esc;
    else if (c < 0x20 || (ensureAscii && c > 0x7e)) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return `${out}"`;
}

function encodeFloat(x: number, allowNan: boolean): string {
  if (Number.isFinite(x)) return floatRepr(x);
  if (!allowNan) throw new ValueError(`Out of range float values are not JSON compliant`);
  return Number.isNaN(x) ? "NaN" : x > 0 ? "Infinity" : "-Infinity";
}

function isFloat(x: unknown): x is number | PyFloat {
  return x instanceof PyFloat || (typeof x === "number" && !Number.isSafeInteger(x));
}

function encodeKey(k: unknown, o: EncodeOptions): string | null {
  if (typeof k === "string") return k;
  if (isFloat(k)) return encodeFloat(+k, o.allowNan);
  if (k === true) return "true";
  if (k === false) return "false";
  if (k === null || k === undefined) return "null";
  if (typeof k === "number" || typeof k === "bigint") return String(k);
  if (o.skipkeys) return null;
  throw new TypeError(`keys must be str, int, float, bool or None, not ${typeName(k)}`);
}

function encode(value: unknown, o: EncodeOptions, level: number, active: Set<object>): string {
  if (typeof value === "string") return encodeString(value, o.ensureAscii);
  if (value === null || value === undefined) return "null";
  if (value === true) return "true";
  if (value === false) return "false";
  if (isFloat(value)) return encodeFloat(+value, o.allowNan);
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  const isList = Array.isArray(value);
  if (!isList && !(value instanceof PyDict)) {
    if (!o.defaultFn) throw new TypeError(`Object of type ${typeName(value)} is not JSON serializable`);
    if (o.checkCircular) {
      if (active.has(value as object)) throw new ValueError("Circular reference detected");
      active.add(value as object);
    }
    const r = encode(o.defaultFn(value), o, level, active);
    active.delete(value as object);
    return r;
  }
  if (o.checkCircular) {
    if (active.has(value as object)) throw new ValueError("Circular reference detected");
    active.add(value as object);
  }
  const inner = o.indent === null ? "" : `\n${o.indent.repeat(level + 1)}`;
  const outer = o.indent === null ? "" : `\n${o.indent.repeat(level)}`;
  let out: string;
  if (isList) {
    const items = (value as unknown[]).map((v) => encode(v, o, level + 1, active));
    out = items.length === 0 ? "[]" : `[${inner}${items.join(o.itemSep + inner)}${outer}]`;
  } else {
    let entries = [...(value as PyDict).items()] as unknown as [unknown, unknown][];
    if (o.sortKeys) entries = entries.slice().sort((a, b) => (lt(a[0], b[0]) ? -1 : lt(b[0], a[0]) ? 1 : 0));
    const parts: string[] = [];
    for (const [k, v] of entries) {
      const key = encodeKey(k, o);
      if (key === null) continue;
      parts.push(`${encodeString(key, o.ensureAscii)}${o.keySep}${encode(v, o, level + 1, active)}`);
    }
    out = parts.length === 0 ? "{}" : `{${inner}${parts.join(o.itemSep + inner)}${outer}}`;
  }
  active.delete(value as object);
  return out;
}

const DUMPS_PARAMS = {
  name: "dumps",
  names: ["obj"],
  required: 1,
  kwonly: ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"],
};

function options(values: unknown[]): EncodeOptions {
  const [skipkeys = false, ensureAscii = true, checkCircular = true, allowNan = true, cls = null, indentArg = null, separators = null, defaultFn = null, sortKeys = false] = values;
  if (cls !== null) throw new TypeError("json: the cls argument is not supported by py2ts");
  let indent: string | null = null;
  if (indentArg !== null) indent = typeof indentArg === "string" ? indentArg : " ".repeat(Math.max(0, Number(indentArg)));
  let itemSep = indent === null ? ", " : ",";
  let keySep = ": ";
  if (separators !== null) {
    const seps = Array.from(separators as Iterable<unknown>);
    if (seps.length !== 2) throw new ValueError(`too many values to unpack (expected 2)`);
    [itemSep, keySep] = seps as [string, string];
  }
  return {
    skipkeys: Boolean(skipkeys), ensureAscii: Boolean(ensureAscii), checkCircular: Boolean(checkCircular), allowNan: Boolean(allowNan),
    indent, itemSep, keySep, defaultFn: defaultFn as ((o: unknown) => unknown) | null, sortKeys: Boolean(sortKeys),
  };
}

/** dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None, separators=None, default=None, sort_keys=False) */
export function dumps(...args: unknown[]): string {
  const [obj, ...rest] = params(DUMPS_PARAMS, args);
  return encode(obj, options(rest), 0, new Set());
}

/** dump(obj, fp, **kw): writes dumps(obj) to fp */
export function dump(...args: unknown[]): null {
  const [obj, fp, ...rest] = params({ ...DUMPS_PARAMS, name: "dump", names: ["obj", "fp"], required: 2 }, args);
  (fp as { write(s: string): unknown }).write(encode(obj, options(rest), 0, new Set()));
  return null;
}

// ---------------------------------------------------------------- decoding

const WS = /[ \t\n\r]*/y;
const NUMBER = /(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?/y;

class Decoder {
  constructor(
    readonly s: string,
    readonly objectHook: ((d: unknown) => unknown) | null,
  ) {}

  skip(i: number): number {
    WS.lastIndex = i;
    WS.exec(this.s);
    return WS.lastIndex;
  }

  fail(msg: string, pos: number): never {
    throw JSONDecodeError.make(msg, this.s, pos);
  }

  value(i: number): [unknown, number] {
    const s = this.s;
    const c = s[i];
    if (c === '"') return this.string(i + 1);
    if (c === "{") return this.object(i + 1);
    if (c === "[") return this.array(i + 1);
    if (c === "n" && s.startsWith("null", i)) return [null, i + 4];
    if (c === "t" && s.startsWith("true", i)) return [true, i + 4];
    if (c === "f" && s.startsWith("false", i)) return [false, i + 5];
    if (c === "N" && s.startsWith("NaN", i)) return [NaN, i + 3];
    if (c === "I" && s.startsWith("Infinity", i)) return [Infinity, i + 8];
    if (c === "-" && s.startsWith("-Infinity", i)) return [-Infinity, i + 9];
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(s);
    if (m) {
      if (m[2] === undefined && m[3] === undefined) {
        const n = BigInt(m[1]!);
        return [normBig(n), NUMBER.lastIndex];
      }
      return [boxFloat(Number(m[0])), NUMBER.lastIndex];
    }
    return this.fail("Expecting value", i);
  }

  string(start: number): [string, number] {
    const s = this.s;
    let out = "";
    let i = start;
    for (;;) {
      if (i >= s.length) this.fail("Unterminated string starting at", start - 1);
      const c = s[i]!;
      if (c === '"') return [out, i + 1];
      if (c === "\\") {
        const e = s[i + 1];
        const simple: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
        if (e === undefined) this.fail("Unterminated string starting at", start - 1);
        if (e === "u") {
          const hex = s.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("Invalid \\uXXXX escape", i + 1);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
          continue;
        }
        const r = simple[e!];
        if (r === undefined) this.fail("Invalid \\escape", i);
        out += r;
        i += 2;
        continue;
      }
      if (c.charCodeAt(0) < 0x20) this.fail("Invalid control character at", i);
      out += c;
      i++;
    }
  }

  object(i: number): [unknown, number] {
    const d = new PyDict<string, unknown>();
    i = this.skip(i);
    if (this.s[i] === "}") return [this.hook(d), i + 1];
    for (;;) {
      if (this.s[i] !== '"') this.fail("Expecting property name enclosed in double quotes", i);
      const [key, afterKey] = this.string(i + 1);
      i = this.skip(afterKey);
      if (this.s[i] !== ":") this.fail("Expecting ':' delimiter", i);
      i = this.skip(i + 1);
      const [v, afterValue] = this.value(i);
      d.setitem(key, v);
      i = this.skip(afterValue);
      if (this.s[i] === "}") return [this.hook(d), i + 1];
      if (this.s[i] !== ",") this.fail("Expecting ',' delimiter", i);
      i = this.skip(i + 1);
    }
  }

  hook(d: PyDict): unknown {
    return this.objectHook ? this.objectHook(d) : d;
  }

  array(i: number): [unknown[], number] {
    const out: unknown[] = [];
    i = this.skip(i);
    if (this.s[i] === "]") return [out, i + 1];
    for (;;) {
      const [v, after] = this.value(i);
      out.push(v);
      i = this.skip(after);
      if (this.s[i] === "]") return [out, i + 1];
      if (this.s[i] !== ",") this.fail("Expecting ',' delimiter", i);
      i = this.skip(i + 1);
    }
  }
}

/** loads(s, *, object_hook=None); the value is dynamic, as JSON.parse's is */
export function loads(...args: unknown[]): any {
  const [s, objectHook = null] = params({ name: "loads", names: ["s"], required: 1, kwonly: ["object_hook"] }, args);
  if (typeof s !== "string") throw new TypeError(`the JSON object must be str, bytes or bytearray, not ${typeName(s)}`);
  const d = new Decoder(s, objectHook as ((d: unknown) => unknown) | null);
  const start = d.skip(0);
  const [value, end] = d.value(start);
  const rest = d.skip(end);
  if (rest !== s.length) d.fail("Extra data", rest);
  return value;
}

/** load(fp, **kw): loads(fp.read()) */
export function load(fp: unknown, ...rest: unknown[]): any {
  return loads(str((fp as { read(): unknown }).read()), ...rest);
}

