/**
 * `\N{NAME}` escapes: Unicode character names to code points.
 *
 * Names derived by rule (CJK unified/compatibility ideographs, Hangul syllables) are computed;
 * other names come from the generated table in unicode-name-table.ts. An unknown name returns
 * undefined and the caller reports CPython's "unknown Unicode character name" error.
 */
import { lookupNameTable } from "./unicode-name-table.js";

const HANGUL_LEADS = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const HANGUL_VOWELS = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
const HANGUL_TAILS = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

export function unicodeNameToCodePoint(rawName: string): number | undefined {
  const name = rawName.toUpperCase();
  const ideograph = /^CJK (?:UNIFIED|COMPATIBILITY) IDEOGRAPH-([0-9A-F]{4,5})$/.exec(name);
  if (ideograph) return parseInt(ideograph[1]!, 16);
  if (name.startsWith("HANGUL SYLLABLE ")) return hangulSyllable(name.slice(16));
  return lookupNameTable(name);
}

function hangulSyllable(rest: string): number | undefined {
  for (let l = 0; l < HANGUL_LEADS.length; l++) {
    const lead = HANGUL_LEADS[l]!;
    if (!rest.startsWith(lead)) continue;
    for (let v = 0; v < HANGUL_VOWELS.length; v++) {
      const vowel = HANGUL_VOWELS[v]!;
      if (!rest.startsWith(vowel, lead.length)) continue;
      const tail = rest.slice(lead.length + vowel.length);
      const t = HANGUL_TAILS.indexOf(tail);
      if (t >= 0) return 0xac00 + (l * 21 + v) * 28 + t;
    }
  }
  return undefined;
}
