/** Per-code-point folding: NFKD, strip marks, lower-case, drop invisibles. Results are cached
 * per code point so the hot path is a table/Map lookup, never a whole-string normalise (which
 * would lose the offset map back to the original text). */

/** Character classes of FOLDED code units, used by the tokenizer. */
export const C_SEP = 0; // whitespace-like or plain punctuation: ends a token
export const C_WORD = 1; // letter or digit
export const C_NL = 2; // line break (kept apart so "d\nm" never merges)
export const C_EMOJI = 3; // pictographic: its own token (👉 🔗 ⬇)
export const C_CUR = 4; // currency symbol: its own token
export const C_PUNCT = 5; // ASCII punctuation that may join a word (. / - _ ' : ? = & @ $ # %)
export const C_LOW = 6; // low surrogate of an emoji already handled with its high surrogate
export const C_SPACE = 7; // whitespace (a URL ends here)

export interface Folded {
  /** Folded text as UTF-16 code units. */
  readonly units: string;
  /** Class per unit (same length as units). */
  readonly classes: readonly number[];
}

const EMPTY: Folded = { units: '', classes: [] };
const RE_WORD = /^[\p{L}\p{N}]$/u;
const RE_EMOJI = /^\p{Extended_Pictographic}$/u;
const RE_CUR = /^\p{Sc}$/u;
const RE_SPACE = /^\s$/u;
const RE_INVISIBLE = /^[\p{M}\p{Cf}\uFE00-\uFE0F\u{E0100}-\u{E01EF}]$/u;
const RE_MARKS = /[\p{M}\p{Cf}\uFE00-\uFE0F]/gu;

/** Typographic look-alikes NFKC keeps apart but people use interchangeably. */
const EXTRA: Record<number, string> = {
  0x2018: "'", 0x2019: "'", 0x201b: "'", 0x2032: "'", 0x00b4: "'", 0x0060: "'",
  0x201c: '"', 0x201d: '"', 0x201e: '"', 0x00ab: '"', 0x00bb: '"',
  0x2010: '-', 0x2011: '-', 0x2012: '-', 0x2013: '-', 0x2014: '-', 0x2212: '-',
  0x00df: 'ss', 0x0131: 'i', 0x0142: 'l', 0x00f8: 'o', 0x00e6: 'ae', 0x0153: 'oe', 0x0111: 'd',
};

function classOf(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029 || c === 0x85) return C_NL;
  if (c < 128) {
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return C_WORD;
    if ('./-_\':?=&@$#%'.includes(ch)) return ch === '$' ? C_CUR : C_PUNCT;
    return c === 32 || c === 9 || c === 11 || c === 12 ? C_SPACE : C_SEP;
  }
  if (c >= 0xd800 && c <= 0xdfff && ch.length === 1) return C_SEP; // lone surrogate
  if (RE_WORD.test(ch)) return C_WORD;
  if (RE_EMOJI.test(ch)) return C_EMOJI;
  if (RE_CUR.test(ch)) return C_CUR;
  if (RE_SPACE.test(ch)) return C_SPACE;
  return C_SEP;
}

/** One folding step on a string. */
function step(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    const extra = EXTRA[cp];
    if (extra !== undefined) { out += extra; continue; }
    if (cp >= 0xd800 && cp <= 0xdfff) { out += ' '; continue; } // lone surrogate: neutral gap
    out += ch.normalize('NFKD').replace(RE_MARKS, '').toLowerCase();
  }
  return out;
}

function computeFold(ch: string): Folded {
  if (RE_INVISIBLE.test(ch)) return EMPTY;
  let s = ch;
  // Iterate to a fixed point so that folding the folded text changes nothing (idempotence).
  for (let i = 0; i < 4; i++) {
    const next = step(s);
    if (next === s) break;
    s = next;
  }
  const classes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const pair = s.slice(i, i + 2);
      classes.push(classOf(pair), C_LOW);
      i++;
    } else classes.push(classOf(s[i] ?? ' '));
  }
  return { units: s, classes };
}

const CACHE = new Map<number, Folded>();
const ASCII: Folded[] = [];
for (let c = 0; c < 128; c++) ASCII.push(computeFold(String.fromCharCode(c)));

/** Fold one code point (given as its string). Cached; the cache is bounded to stay small. */
export function foldCodePoint(cp: number): Folded {
  if (cp < 128) return ASCII[cp] as Folded;
  let f = CACHE.get(cp);
  if (f === undefined) {
    f = computeFold(String.fromCodePoint(cp));
    if (CACHE.size > 20000) CACHE.clear();
    CACHE.set(cp, f);
  }
  return f;
}
