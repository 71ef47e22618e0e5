/**
 * The `string` module's constants and `capwords`.
 *
 * What the compiler emits: `import string` → `import { string } from "py2ts/runtime"`, then
 * `string.ascii_lowercase`, `string.capwords(s)`.
 */
import { strSplit } from "./strings.js";
import { strCapitalize } from "./strings-case.js";

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
