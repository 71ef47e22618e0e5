/**
 * The `string` module's constants, `capwords` and `Template`.
 *
 * What the compiler emits: `import string` → `import { string } from "py2ts/runtime"`, then
 * `string.ascii_lowercase`, `string.capwords(s)`.
 */
import { strSplit } from "./strings.js";
import { strCapitalize } from "./strings-case.js";
import { PyDict } from "./dict.js";
import { KeyError, TypeError, ValueError } from "./exceptions.js";
import { isKw } from "./kwargs.js";
import { str } from "./repr.js";

export const ascii_lowercase = "abcdefghijklmnopqrstuvwxyz";
export const ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
export const ascii_letters = ascii_lowercase + ascii_uppercase;
export const digits = "0123456789";
export const hexdigits = "0123456789abcdefABCDEF";
export const octdigits = "01234567";
export const punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
export const whitespace = " \t\n\r\x0b\x0c";
export const printable = digits + ascii_letters + punctuation + whitespace;

/** capwords(s, sep=None): split, capitalize each word, join */
export function capwords(s: string, sep: string | null = null): string {
  const words = strSplit(s, sep) as string[];
  return words.map((w) => strCapitalize(w)).join(sep ?? " ");
}

const PLACEHOLDER = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\}|())/gi;

/**
 * string.Template: `$name`, `${name}` and `$$` substitution, as Lib/string.py's (the default
 * delimiter and identifier pattern). `substitute` raises KeyError for a missing name and
 * ValueError for a bad placeholder; `safe_substitute` leaves both as written.
 *
 *     Template("$who likes $what").substitute(who="tim", what="pie")
 *     →  new string.Template("$who likes $what").substitute(kw({ who: "tim", what: "pie" }))
 */
export class Template {
  static readonly __pyname__ = "Template";
  constructor(readonly template: string) {}

  substitute(...args: unknown[]): string {
    return this.apply(args, false);
  }

  safe_substitute(...args: unknown[]): string {
    return this.apply(args, true);
  }

  private apply(args: readonly unknown[], safe: boolean): string {
    const last = args[args.length - 1];
    const named: Record<string, unknown> = isKw(last) ? last : {};
    const positional = isKw(last) ? args.slice(0, -1) : args;
    if (positional.length > 1) throw new TypeError("Too many positional arguments");
    const mapping = positional[0];
    const lookup = (key: string): { found: boolean; value?: unknown } => {
      if (Object.prototype.hasOwnProperty.call(named, key)) return { found: true, value: (named as Record<string, unknown>)[key] };
      if (mapping instanceof PyDict && mapping.has(key)) return { found: true, value: mapping.getitem(key) };
      return { found: false };
    };
    return this.template.replace(PLACEHOLDER, (whole, escaped: string | undefined, bare: string | undefined, braced: string | undefined, _invalid: string | undefined, offset: number) => {
      if (escaped !== undefined) return "$";
      const key = bare ?? braced;
      if (key !== undefined) {
        const hit = lookup(key);
        if (hit.found) return str(hit.value);
        if (safe) return whole;
        throw new KeyError(key);
      }
      if (safe) return whole;
      const before = this.template.slice(0, offset);
      const lines = before.split(/\r\n|\r|\n/);
      throw new ValueError(`Invalid placeholder in string: line ${lines.length}, col ${lines[lines.length - 1]!.length + 1}`);
    });
  }
}
