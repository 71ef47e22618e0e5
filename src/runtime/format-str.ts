/**
 * `str.format(*args, **kwargs)`: literal text with `{{`/`}}`, fields `{}` `{0}` `{name}` with
 * `.attr` / `[key]` accessors, `!r` / `!s` / `!a` conversions and format specs with nested fields
 * (`"{:{}}".format(x, 5)`), and CPython's errors.
 *
 * For the compiler: `"{} {x}".format(a, x=b)` -> strFormat("{} {x}", [a], { x: b }, { args: [t0], kwargs: { x: t1 } })
 * (the last argument is optional and carries type descriptors where the static types involve float).
 * `format_map(m)` -> strFormat(fmt, [], m) with a PyDict.
 */
import { AttributeError, IndexError, KeyError, TypeError, ValueError } from "./exceptions.js";
import { PyDict } from "./dict.js";
import { repr, str, ascii } from "./repr.js";
import { typeName } from "./compare.js";
import { format } from "./format.js";
import { isIntNumber, type TypeDesc } from "./types.js";

export interface StrFormatTypes {
  args?: readonly (TypeDesc | undefined)[];
  kwargs?: Readonly<Record<string, TypeDesc | undefined>>;
}

interface State {
  args: readonly unknown[];
  kwargs: PyDict | Readonly<Record<string, unknown>> | undefined;
  types: StrFormatTypes | undefined;
  auto: number;
  /** "auto", "manual" or "" before the first field */
  mode: string;
}

export function strFormat(fmt: string, args: readonly unknown[] = [], kwargs?: PyDict | Readonly<Record<string, unknown>>, types?: StrFormatTypes): string {
  const st: State = { args, kwargs, types, auto: 0, mode: "" };
  return render(fmt, st, 2);
}

function render(fmt: string, st: State, depth: number): string {
  if (depth < 0) throw new ValueError("Max string recursion exceeded");
  let out = "";
  let i = 0;
  while (i < fmt.length) {
    const ch = fmt[i]!;
    if (ch === "}") {
      if (fmt[i + 1] === "}") {
        out += "}";
        i += 2;
        continue;
      }
      throw new ValueError("Single '}' encountered in format string");
    }
    if (ch !== "{") {
      const next = nextBrace(fmt, i);
      out += fmt.slice(i, next);
      i = next;
      continue;
    }
    if (fmt[i + 1] === "{") {
      out += "{";
      i += 2;
      continue;
    }
    let j = i + 1;
    let level = 1;
    while (j < fmt.length) {
      if (fmt[j] === "{") level++;
      else if (fmt[j] === "}") {
        level--;
        if (level === 0) break;
      }
      j++;
    }
    if (j >= fmt.length) {
      throw new ValueError(level > 1 || i + 1 < fmt.length ? "expected '}' before end of string" : "Single '{' encountered in format string");
    }
    out += field(fmt.slice(i + 1, j), st, depth);
    i = j + 1;
  }
  return out;
}

function nextBrace(s: string, from: number): number {
  for (let k = from; k < s.length; k++) if (s[k] === "{" || s[k] === "}") return k;
  return s.length;
}

function field(text: string, st: State, depth: number): string {
  let nameEnd = 0;
  let bracket = false;
  while (nameEnd < text.length) {
    const c = text[nameEnd]!;
    if (c === "[") bracket = true;
    else if (c === "]") bracket = false;
    else if (!bracket && (c === "!" || c === ":")) break;
    nameEnd++;
  }
  const name = text.slice(0, nameEnd);
  let conv = "";
  let spec = "";
  let rest = text.slice(nameEnd);
  if (rest.startsWith("!")) {
    conv = rest[1] ?? "";
    rest = rest.slice(2);
    if (rest !== "" && !rest.startsWith(":")) throw new ValueError("expected ':' after conversion specifier");
  }
  if (rest.startsWith(":")) spec = rest.slice(1);
  const [value, t] = lookup(name, st);
  let v: unknown = value;
  if (conv !== "") {
    if (conv === "r") v = repr(value, t);
    else if (conv === "s") v = str(value, t);
    else if (conv === "a") v = ascii(value, t);
    else throw new ValueError(`Unknown conversion specifier ${conv}`);
  }
  if (spec.includes("{")) spec = render(spec, st, depth - 1);
  return format(v, spec, conv === "" ? t : undefined);
}

function lookup(name: string, st: State): [unknown, TypeDesc | undefined] {
  const m = /^([^.[]*)(.*)$/s.exec(name)!;
  const first = m[1]!;
  let accessors = m[2]!;
  let value: unknown;
  let t: TypeDesc | undefined;
  if (first === "" || /^\d+$/.test(first)) {
    let index: number;
    if (first === "") {
      if (st.mode === "manual") throw new ValueError("cannot switch from manual field specification to automatic field numbering");
      st.mode = "auto";
      index = st.auto++;
    } else {
      if (st.mode === "auto") throw new ValueError("cannot switch from automatic field numbering to manual field specification");
      st.mode = "manual";
      index = Number(first);
    }
    if (index >= st.args.length) throw new IndexError(`Replacement index ${index} out of range for positional args tuple`);
    value = st.args[index];
    t = st.types?.args?.[index];
  } else {
    const kw = st.kwargs;
    if (kw instanceof PyDict) value = kw.getitem(first);
    else if (kw !== undefined && Object.prototype.hasOwnProperty.call(kw, first)) value = kw[first];
    else throw new KeyError(first);
    t = st.types?.kwargs?.[first];
  }
  while (accessors !== "") {
    if (accessors.startsWith(".")) {
      const am = /^\.([^.[]*)(.*)$/s.exec(accessors)!;
      const attr = am[1]!;
      const obj = value as Record<string, unknown> | null;
      if (obj === null || obj === undefined || !(attr in Object(obj))) {
        throw new AttributeError(`'${typeName(value)}' object has no attribute '${attr}'`);
      }
      value = obj[attr];
      accessors = am[2]!;
    } else if (accessors.startsWith("[")) {
      const close = accessors.indexOf("]");
      if (close < 0) throw new ValueError("Missing ']' in format string");
      const key = accessors.slice(1, close);
      value = index(value, /^\d+$/.test(key) ? Number(key) : key);
      accessors = accessors.slice(close + 1);
    } else {
      throw new ValueError("Only '.' or '[' may follow ']' in format field specifier");
    }
    t = undefined;
  }
  return [value, t];
}

function index(container: unknown, key: string | number): unknown {
  if (container instanceof PyDict) return container.getitem(key);
  if (Array.isArray(container) || typeof container === "string") {
    if (typeof key !== "number" || !isIntNumber(key)) {
      throw new TypeError(`${typeName(container)} indices must be integers or slices, not str`);
    }
    const items = typeof container === "string" ? Array.from(container) : container;
    if (key >= items.length) throw new IndexError(`${typeName(container)} index out of range`);
    return items[key];
  }
  const obj = container as Record<string, unknown> | null;
  const getter = obj?.__getitem__ ?? obj?.getitem;
  if (typeof getter === "function") return getter.call(container, key);
  throw new TypeError(`'${typeName(container)}' object is not subscriptable`);
}
