/**
 * The `textwrap` module, ported from CPython 3.11's Lib/textwrap.py: `TextWrapper` with all its
 * options (including `max_lines` / `placeholder`), `wrap`, `fill`, `shorten`, `dedent`, `indent`.
 * The chunking regex is CPython's, with Python's Unicode `\w` spelled as Unicode property classes.
 * Lengths and slices count code points, as Python's do.
 *
 * What the compiler emits: `textwrap.fill(s, width=40)` → `textwrap.fill(s, kw({ width: 40 }))`.
 */
import { ValueError } from "./exceptions.js";
import { params } from "./module-args.js";
import { strExpandtabs, strLen, strSplit, strSplitlines, strStrip } from "./strings.js";
import { truthy } from "./compare.js";

const WORD = "[\\p{L}\\p{N}_]";
const WORD_PUNCT = "[\\p{L}\\p{N}_!\"'&.,?]";
const LETTER = "[\\p{L}\\p{Nl}\\p{No}_]";
const WS = "[\\t\\n\\x0b\\x0c\\r ]";
const NWS = "[^\\t\\n\\x0b\\x0c\\r ]";

const WORDSEP = new RegExp(
  `(${WS}+` +
    `|(?<=${WORD_PUNCT})-{2,}(?=${WORD})` +
    `|${NWS}+?(?:-(?:(?<=${LETTER}{2}-)|(?<=${LETTER}-${LETTER}-))(?=${LETTER}-?${LETTER})|(?=${WS}|$)|(?<=${WORD_PUNCT})(?=-{2,}${WORD})))`,
  "u",
);
const WORDSEP_SIMPLE = new RegExp(`(${WS}+)`, "u");
const SENTENCE_END = /[a-z][.!?]["']?$/;

const OPTION_NAMES = [
  "width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace", "fix_sentence_endings",
  "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize",
] as const;
const KWONLY = ["max_lines", "placeholder"] as const;

const cp = (s: string): string[] => Array.from(s);
const isBlank = (s: string): boolean => strStrip(s) === "";

export class TextWrapper {
  static readonly __pyname__ = "TextWrapper";
  width = 70;
  initial_indent = "";
  subsequent_indent = "";
  expand_tabs = true;
  replace_whitespace = true;
  fix_sentence_endings = false;
  break_long_words = true;
  drop_whitespace = true;
  break_on_hyphens = true;
  tabsize = 8;
  max_lines: number | null = null;
  placeholder = " [...]";

  constructor(...args: unknown[]) {
    const values = params({ name: "TextWrapper", names: OPTION_NAMES, required: 0, kwonly: KWONLY }, args);
    const names = [...OPTION_NAMES, ...KWONLY];
    values.forEach((v, i) => {
      if (v !== undefined) (this as unknown as Record<string, unknown>)[names[i]!] = v;
    });
  }

  private munge(text: string): string {
    if (truthy(this.expand_tabs)) text = strExpandtabs(text, this.tabsize);
    if (truthy(this.replace_whitespace)) text = text.replace(/[\t\n\x0b\x0c\r]/g, " ");
    return text;
  }

  private split(text: string): string[] {
    const chunks = text.split(this.break_on_hyphens === true ? WORDSEP : WORDSEP_SIMPLE);
    return chunks.filter((c) => c !== "" && c !== undefined);
  }

  private fixSentenceEndings(chunks: string[]): void {
    let i = 0;
    while (i < chunks.length - 1) {
      if (chunks[i + 1] === " " && SENTENCE_END.test(chunks[i]!)) {
        chunks[i + 1] = "  ";
        i += 2;
      } else i += 1;
    }
  }

  private handleLongWord(reversed: string[], curLine: string[], curLen: number, width: number): void {
    const spaceLeft = width < 1 ? 1 : width - curLen;
    if (truthy(this.break_long_words)) {
      let end = spaceLeft;
      const chunk = cp(reversed[reversed.length - 1]!);
      if (truthy(this.break_on_hyphens) && chunk.length > spaceLeft) {
        const hyphen = chunk.slice(0, Math.max(0, spaceLeft)).lastIndexOf("-");
        if (hyphen > 0 && chunk.slice(0, hyphen).some((c) => c !== "-")) end = hyphen + 1;
      }
      curLine.push(chunk.slice(0, end).join(""));
      reversed[reversed.length - 1] = chunk.slice(end).join("");
    } else if (curLine.length === 0) {
      curLine.push(reversed.pop()!);
    }
  }

  private wrapChunks(chunks: string[]): string[] {
    const lines: string[] = [];
    if (this.width <= 0) throw new ValueError(`invalid width ${this.width} (must be > 0)`);
    if (this.max_lines !== null) {
      const indent = this.max_lines > 1 ? this.subsequent_indent : this.initial_indent;
      if (strLen(indent) + strLen(this.placeholder.trimStart()) > this.width) throw new ValueError("placeholder too large for max width");
    }
    const drop = truthy(this.drop_whitespace);
    chunks.reverse();
    while (chunks.length) {
      let curLine: string[] = [];
      let curLen = 0;
      const indent = lines.length ? this.subsequent_indent : this.initial_indent;
      const width = this.width - strLen(indent);
      if (drop && isBlank(chunks[chunks.length - 1]!) && lines.length) chunks.pop();
      while (chunks.length) {
        const l = strLen(chunks[chunks.length - 1]!);
        if (curLen + l <= width) {
          curLine.push(chunks.pop()!);
          curLen += l;
        } else break;
      }
      if (chunks.length && strLen(chunks[chunks.length - 1]!) > width) {
        this.handleLongWord(chunks, curLine, curLen, width);
        curLen = curLine.reduce((n, c) => n + strLen(c), 0);
      }
      if (drop && curLine.length && isBlank(curLine[curLine.length - 1]!)) {
        curLen -= strLen(curLine[curLine.length - 1]!);
        curLine.pop();
      }
      if (!curLine.length) continue;
      if (this.max_lines === null || lines.length + 1 < this.max_lines
        || ((!chunks.length || (drop && chunks.length === 1 && isBlank(chunks[0]!))) && curLen <= width)) {
        lines.push(indent + curLine.join(""));
        continue;
      }
      let placed = false;
      while (curLine.length) {
        if (!isBlank(curLine[curLine.length - 1]!) && curLen + strLen(this.placeholder) <= width) {
          curLine.push(this.placeholder);
          lines.push(indent + curLine.join(""));
          placed = true;
          break;
        }
        curLen -= strLen(curLine[curLine.length - 1]!);
        curLine = curLine.slice(0, -1);
      }
      if (!placed) {
        if (lines.length) {
          const prev = lines[lines.length - 1]!.replace(/[\s]+$/u, "");
          if (strLen(prev) + strLen(this.placeholder) <= this.width) {
            lines[lines.length - 1] = prev + this.placeholder;
            break;
          }
        }
        lines.push(indent + this.placeholder.trimStart());
      }
      break;
    }
    return lines;
  }

  /** wrap(text) -> list of lines */
  wrap(text: string): string[] {
    const chunks = this.split(this.munge(text));
    if (truthy(this.fix_sentence_endings)) this.fixSentenceEndings(chunks);
    return this.wrapChunks(chunks);
  }

  /** fill(text) -> the lines joined with newlines */
  fill(text: string): string {
    return this.wrap(text).join("\n");
  }
}

function wrapper(name: string, args: readonly unknown[], extra: Record<string, unknown> = {}): [string, TextWrapper] {
  const names = ["text", ...OPTION_NAMES];
  const values = params({ name, names, required: 1, kwonly: KWONLY }, args);
  const w = new TextWrapper();
  const all = [...names, ...KWONLY];
  values.forEach((v, i) => {
    if (i > 0 && v !== undefined) (w as unknown as Record<string, unknown>)[all[i]!] = v;
  });
  Object.assign(w, extra);
  return [values[0] as string, w];
}

/** wrap(text, width=70, **kwargs) */
export function wrap(...args: unknown[]): string[] {
  const [text, w] = wrapper("wrap", args);
  return w.wrap(text);
}

/** fill(text, width=70, **kwargs) */
export function fill(...args: unknown[]): string {
  const [text, w] = wrapper("fill", args);
  return w.fill(text);
}

/** shorten(text, width, **kwargs) */
export function shorten(...args: unknown[]): string {
  const [text, w] = wrapper("shorten", args);
  w.max_lines = 1;
  return w.fill(strSplit(strStrip(text)).join(" "));
}

/** dedent(text): remove the common leading whitespace of every line */
export function dedent(text: string): string {
  const lines = text.split("\n").map((line) => (/^[ \t]+$/.test(line) ? "" : line));
  let margin: string | null = null;
  for (const line of lines) {
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent.length === line.length) continue;
    if (margin === null) margin = indent;
    else if (indent.startsWith(margin)) continue;
    else if (margin.startsWith(indent)) margin = indent;
    else {
      let i = 0;
      while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
      margin = margin.slice(0, i);
    }
  }
  const m = margin ?? "";
  return (m ? lines.map((line) => (line.startsWith(m) ? line.slice(m.length) : line)) : lines).join("\n");
}

/** indent(text, prefix, predicate=None) */
export function indent(...args: unknown[]): string {
  const [text, prefix, predicate = null] = params({ name: "indent", names: ["text", "prefix", "predicate"], required: 2 }, args) as [string, string, ((line: string) => unknown) | null];
  const test = predicate ?? ((line: string) => strStrip(line));
  let out = "";
  for (const line of strSplitlines(text, true)) {
    if (truthy(test(line))) out += prefix;
    out += line;
  }
  return out;
}
