/**
 * Hand-written scanners for the Python tokens whose rules are easier to state as code than as a
 * regular expression: numbers and string literals. They are ports of CPython 3.11's
 * `Parser/tokenizer.c` (`tok_get`, `tok_decimal_tail`, `verify_end_of_number`), so that the token
 * boundaries and the error messages are CPython's exactly.
 *
 * Each scanner returns the end offset (exclusive) of the token and, for a malformed literal, the
 * error CPython raises with the offset of CPython's `tok->cur` at that moment; CPython reports
 * the character just before `tok->cur`, and so does py2ts. Pure functions, no Chevrotain.
 */

/** A literal that CPython's tokenizer rejects. `cur` is CPython's `tok->cur` (exclusive). */
export interface ScanError {
  readonly message: string;
  readonly cur: number;
  /** Where to point instead of `cur - 1` (e.g. the start of the number for "leading zeros"). */
  readonly at?: number;
}

export interface ScanResult {
  readonly end: number;
  readonly error?: ScanError;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isHexDigit = (c: number): boolean => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
/** CPython's `is_potential_identifier_char`: ASCII letters, digits, `_`, or any non-ASCII character. */
export const isIdentifierChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 95 || c >= 128;

/**
 * A tiny cursor mirroring CPython's `tok_nextc` / `tok_backup`: `next()` returns the character at
 * `pos` and advances (NaN-like -1 at the end of the text, CPython's EOF).
 */
class Cursor {
  constructor(
    readonly text: string,
    public pos: number,
  ) {}
  next(): number {
    if (this.pos >= this.text.length) {
      this.pos++;
      return -1;
    }
    return this.text.charCodeAt(this.pos++);
  }
  backup(): void {
    this.pos--;
  }
}

/** `verify_end_of_number`: a literal directly followed by a name is an error, except before some keywords. */
function endOfNumberError(cur: Cursor, c: number, kind: string): ScanError | undefined {
  const t = cur.text;
  const p = cur.pos; // one past c
  let keywordFollows = false;
  if (c === 97) keywordFollows = t.startsWith("nd", p);
  else if (c === 101) keywordFollows = t.startsWith("lse", p);
  else if (c === 102) keywordFollows = t.startsWith("or", p);
  else if (c === 105) {
    const c2 = t.charCodeAt(p);
    keywordFollows = c2 === 102 || c2 === 110 || c2 === 115;
  } else if (c === 111) keywordFollows = t.startsWith("r", p);
  else if (c === 110) keywordFollows = t.startsWith("ot", p);
  if (keywordFollows) return undefined; // CPython only warns here
  if (c !== -1 && c < 128 && isIdentifierChar(c)) {
    // Only ASCII: after `1` a non-ASCII character starts a separate name (CPython 3.11).
    cur.backup();
    return { message: `invalid ${kind} literal`, cur: cur.pos };
  }
  return undefined;
}

/** `tok_decimal_tail`: digits with single underscores between them. Returns the next char, or an error. */
function decimalTail(cur: Cursor): number | ScanError {
  let c: number;
  for (;;) {
    do c = cur.next();
    while (isDigit(c));
    if (c !== 95) return c;
    c = cur.next();
    if (!isDigit(c)) {
      cur.backup();
      return { message: "invalid decimal literal", cur: cur.pos };
    }
  }
}

function radixLiteral(cur: Cursor, isRadixDigit: (c: number) => boolean, name: string, checkDigit: boolean): ScanResult {
  let c = cur.next();
  do {
    if (c === 95) c = cur.next();
    if (!isRadixDigit(c)) {
      if (checkDigit && isDigit(c)) return { end: cur.pos, error: { message: `invalid digit '${String.fromCharCode(c)}' in ${name} literal`, cur: cur.pos } };
      cur.backup();
      return { end: cur.pos, error: { message: `invalid ${name} literal`, cur: cur.pos } };
    }
    do c = cur.next();
    while (isRadixDigit(c));
  } while (c === 95);
  if (checkDigit && isDigit(c)) return { end: cur.pos, error: { message: `invalid digit '${String.fromCharCode(c)}' in ${name} literal`, cur: cur.pos } };
  const error = endOfNumberError(cur, c, name);
  if (error) return { end: cur.pos, error };
  cur.backup();
  return { end: cur.pos };
}

/**
 * Scan a number starting at `start` (a digit, or a `.` followed by a digit). Returns undefined
 * when no number starts there.
 */
export function scanNumber(text: string, start: number): ScanResult | undefined {
  const first = text.charCodeAt(start);
  const cur = new Cursor(text, start + 1);
  let c: number;
  if (first === 46) {
    if (!isDigit(text.charCodeAt(start + 1))) return undefined;
    c = cur.next();
    return fraction(cur, c);
  }
  if (!isDigit(first)) return undefined;
  if (first === 48) {
    c = cur.next();
    if (c === 120 || c === 88) return radixLiteral(cur, isHexDigit, "hexadecimal", false);
    if (c === 111 || c === 79) return radixLiteral(cur, (d) => d >= 48 && d <= 55, "octal", true);
    if (c === 98 || c === 66) return radixLiteral(cur, (d) => d === 48 || d === 49, "binary", true);
    let nonzero = false;
    for (;;) {
      if (c === 95) {
        c = cur.next();
        if (!isDigit(c)) {
          cur.backup();
          return { end: cur.pos, error: { message: "invalid decimal literal", cur: cur.pos } };
        }
      }
      if (c !== 48) break;
      c = cur.next();
    }
    const zerosEnd = cur.pos;
    if (isDigit(c)) {
      nonzero = true;
      const tail = decimalTail(cur);
      if (typeof tail !== "number") return { end: cur.pos, error: tail };
      c = tail;
    }
    if (c === 46) return fraction(cur, cur.next());
    if (c === 101 || c === 69) return exponent(cur, c);
    if (c === 106 || c === 74) return imaginary(cur);
    if (nonzero) {
      cur.backup();
      return {
        end: cur.pos,
        error: {
          message: "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
          cur: zerosEnd,
          at: start,
        },
      };
    }
    return finish(cur, c, "decimal");
  }
  const tail = decimalTail(cur);
  if (typeof tail !== "number") return { end: cur.pos, error: tail };
  c = tail;
  if (c === 46) return fraction(cur, cur.next());
  if (c === 101 || c === 69) return exponent(cur, c);
  if (c === 106 || c === 74) return imaginary(cur);
  return finish(cur, c, "decimal");
}

function fraction(cur: Cursor, c: number): ScanResult {
  if (isDigit(c)) {
    const tail = decimalTail(cur);
    if (typeof tail !== "number") return { end: cur.pos, error: tail };
    c = tail;
  }
  if (c === 101 || c === 69) return exponent(cur, c);
  if (c === 106 || c === 74) return imaginary(cur);
  return finish(cur, c, "decimal");
}

function exponent(cur: Cursor, e: number): ScanResult {
  let c = cur.next();
  if (c === 43 || c === 45) {
    c = cur.next();
    if (!isDigit(c)) {
      cur.backup();
      return { end: cur.pos, error: { message: "invalid decimal literal", cur: cur.pos } };
    }
  } else if (!isDigit(c)) {
    cur.backup();
    // `1else`, `1e` ...: the `e` is not part of the number.
    const error = endOfNumberError(cur, e, "decimal");
    if (error) return { end: cur.pos, error };
    cur.backup();
    return { end: cur.pos };
  }
  const tail = decimalTail(cur);
  if (typeof tail !== "number") return { end: cur.pos, error: tail };
  c = tail;
  if (c === 106 || c === 74) return imaginary(cur);
  return finish(cur, c, "decimal");
}

function imaginary(cur: Cursor): ScanResult {
  return finish(cur, cur.next(), "imaginary");
}

function finish(cur: Cursor, c: number, kind: string): ScanResult {
  const error = endOfNumberError(cur, c, kind);
  if (error) return { end: cur.pos, error };
  cur.backup();
  return { end: cur.pos };
}

/** Length of a valid string prefix (r, u, b, br, rb, f, fr, rf in any case) directly followed by a quote, or -1. */
export function stringPrefixLength(text: string, start: number): number {
  let sawB = false;
  let sawR = false;
  let sawU = false;
  let sawF = false;
  for (let i = start; ; i++) {
    const c = text.charCodeAt(i) | 0x20; // lower-cases letters; quotes stay distinct from letters
    const raw = text.charCodeAt(i);
    if (raw === 39 || raw === 34) return i - start;
    if (!(sawB || sawU || sawF) && c === 98) sawB = true;
    else if (!(sawB || sawU || sawR || sawF) && c === 117) sawU = true;
    else if (!(sawR || sawU) && c === 114) sawR = true;
    else if (!(sawF || sawB || sawU) && c === 102) sawF = true;
    else return -1;
  }
}

/**
 * Scan a string literal whose prefix ends at `quoteAt` (`text[quoteAt]` is `'` or `"`). A
 * backslash escapes the next character (a CRLF counts as one, as CPython translates it to LF).
 * Unterminated: CPython's message, pointing at the start of the literal, with the line where the
 * end of line (single quotes) or the end of the file (triple quotes) was reached.
 */
export function scanString(text: string, start: number, quoteAt: number): ScanResult & { readonly detectedAt?: number } {
  const quote = text.charCodeAt(quoteAt);
  const n = text.length;
  let i = quoteAt + 1;
  let quoteSize = 1;
  if (text.charCodeAt(i) === quote) {
    if (text.charCodeAt(i + 1) === quote) {
      quoteSize = 3;
      i += 2;
    } else return { end: i + 1 }; // empty string
  }
  let endQuotes = 0;
  while (i < n) {
    const c = text.charCodeAt(i++);
    if (c === quote) {
      if (++endQuotes === quoteSize) return { end: i };
      continue;
    }
    endQuotes = 0;
    if (c === 92) {
      if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i += 2;
      else i++;
    } else if (quoteSize === 1 && (c === 10 || c === 13)) {
      return unterminated(start, i - 1, quoteSize);
    }
  }
  return unterminated(start, Math.max(start, n - 1), quoteSize);
}

function unterminated(start: number, detectedAt: number, quoteSize: number): ScanResult & { readonly detectedAt: number } {
  const kind = quoteSize === 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
  return { end: Math.max(detectedAt, start + 1), detectedAt, error: { message: kind, cur: start + 1 } };
}
