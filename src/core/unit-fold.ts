/** fold.ts's result per UTF-16 unit, as one flat table for the tokenizer's fast scan: most chars
 * (all of ASCII, accented letters, curly quotes, dashes, BMP emoji) fold to exactly one unit,
 * and then one load gives that unit and its class. The rest is marked for the general scan. */
import { C_LOW as C_LOW_, C_SEP as C_SEP_, C_WORD as C_WORD_, foldCodePoint, type Folded } from './fold';
import { CONNECT } from './word-fold';

// Local aliases of imports (see tokenize.ts): classOf() runs on most chars.
const C_LOW = C_LOW_;
const C_SEP = C_SEP_;
const C_WORD = C_WORD_;

// Codes in INFO besides the classes C_* (0-7) of fold.ts:
/** Folds to nothing (variation selectors, zero-width joiners): no unit at all. */
export const SKIP = 8;
/** Surrogate, or folds to several units ("…" is "..."): only the general scan takes it. */
const SLOW = 9;
/** Not looked up yet. */
export const UNKNOWN = 15;

/** INFO[c] = (class ^ C_WORD) << 16 | folded unit, for the char with code unit c: a letter's or
 * digit's entry is its folded unit itself, below NOT_WORD, so the word loop needs one compare;
 * `(x >>> 16 & 15) ^ C_WORD` is the class (or SKIP / SLOW / UNKNOWN). MAY_JOIN is set on
 * connectors, ',' and SKIP / SLOW / UNKNOWN: any other non-word char ends a word for sure.
 * Filled on first sight from fold.ts, so every entry is a fixed function of c (results never
 * depend on earlier texts); 256 KB, fixed. */
export const NOT_WORD = 0x10000;
export const MAY_JOIN = 0x100000;
export const INFO = new Int32Array(65536).fill(((UNKNOWN ^ C_WORD) << 16) | MAY_JOIN);

/** Fill and return INFO[c]. */
export function learn(c: number): number {
  let k = SLOW;
  let u = 0;
  if (c < 0xd800 || c > 0xdfff) {
    const f = foldCodePoint(c);
    u = f.units.charCodeAt(0);
    if (f.units.length === 0) k = SKIP;
    else if (f.units.length === 1 && (u < 0xd800 || u > 0xdfff)) k = f.classes[0] ?? 0;
  }
  if (k >= SKIP) u = 0;
  const joins = k !== C_WORD && (k >= SKIP || CONNECT[u] === 1 || u === 44);
  const x = ((k ^ C_WORD) << 16) | u | (joins ? MAY_JOIN : 0);
  INFO[c] = x;
  return x;
}
for (let c = 0; c < 128; c++) learn(c);

/** The fold of the surrogate pair at q when it folds to nothing or to one pair ([class, C_LOW]),
 * as emoji do; null for anything else (a lone surrogate, a math-bold letter folded to 'a'). */
function pairFold(text: string, q: number): Folded | null {
  const hi = text.charCodeAt(q);
  if (hi < 0xd800 || hi > 0xdbff || q + 1 >= text.length) return null;
  const lo = text.charCodeAt(q + 1);
  if (lo < 0xdc00 || lo > 0xdfff) return null;
  const f = foldCodePoint(((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000);
  return f.units.length === 0 || (f.units.length === 2 && f.classes[1] === C_LOW) ? f : null;
}

/** A fast-scan decision that the INFO table cannot tell: the general scan must take it. */
export const BAIL = -1;

/** Class (or SKIP / SLOW / UNKNOWN) and folded unit of an INFO entry (see unit-fold.ts). */
export function classOf(x: number): number {
  return ((x >>> 16) & 15) ^ C_WORD;
}
export function unitOf(x: number): number {
  return x & 0xffff;
}

/** INFO[c], looked up first if need be. */
export function infoOf(c: number): number {
  const x = INFO[c] ?? 0;
  return classOf(x) === UNKNOWN ? learn(c) : x;
}

/** pairClass() of a surrogate pair that folds to nothing (no unit, so no class). */
const PAIR_EMPTY = -4;

/** pairFold() digested for the fast scan, per code point of U+1F000..U+1FFFF (nearly every
 * emoji in posts): 0 = not looked up yet, else the pairClass() answer + PAIR_BIAS, and the
 * folded pair's two units in PAIR_UNITS. Typed arrays instead of the fold cache's Map and its
 * Folded objects (a handful of cache misses per emoji); fixed size, and each entry a fixed
 * function of the code point. */
const PAIR_FROM = 0x1f000;
const PAIR_BIAS = 8;
const PAIR_CLASS = new Int8Array(0x1000);
const PAIR_UNITS = new Int32Array(0x1000);

function pairClassOf(f: Folded | null): number {
  if (f === null) return BAIL;
  return f.units.length === 0 ? PAIR_EMPTY : (f.classes[0] ?? BAIL);
}

/** Code point of the pair at q minus PAIR_FROM when it is a pair in PAIR_CLASS's range, else -1. */
function pairIndex(text: string, q: number): number {
  if (q + 1 >= text.length) return -1;
  const hi = text.charCodeAt(q);
  if (hi !== 0xd83c && hi !== 0xd83d && hi !== 0xd83e && hi !== 0xd83f) return -1; // U+1F000..U+1FFFF
  const lo = text.charCodeAt(q + 1);
  if (lo < 0xdc00 || lo > 0xdfff) return -1;
  return ((hi - 0xd800) << 10) + (lo - 0xdc00) + 0x10000 - PAIR_FROM;
}

/** What pairFold(text, q) says, as a number: BAIL (null), PAIR_EMPTY (folds to nothing), or
 * the class of its first unit (its units are then pairUnits(text, q)). */
export function pairClass(text: string, q: number): number {
  const i = pairIndex(text, q);
  if (i < 0) return pairClassOf(pairFold(text, q));
  const c = PAIR_CLASS[i] ?? 0;
  if (c !== 0) return c - PAIR_BIAS;
  const f = pairFold(text, q);
  const k = pairClassOf(f);
  PAIR_CLASS[i] = k + PAIR_BIAS;
  if (f !== null && f.units.length === 2) PAIR_UNITS[i] = (f.units.charCodeAt(0) << 16) | f.units.charCodeAt(1);
  return k;
}

/** The two folded units (first << 16 | second) of the pair at q, when pairClass(text, q) is a
 * class (so pairFold() gave two units). */
export function pairUnits(text: string, q: number): number {
  const i = pairIndex(text, q);
  if (i >= 0) return PAIR_UNITS[i] ?? 0;
  const u = (pairFold(text, q) as Folded).units;
  return (u.charCodeAt(0) << 16) | u.charCodeAt(1);
}

/** Class of the first folded unit at q: C_SEP past the end, the class of a surrogate pair's
 * fold when it is one pair, else BAIL. */
export function classAt(text: string, q: number): number {
  if (q >= text.length) return C_SEP;
  const k = classOf(infoOf(text.charCodeAt(q)));
  if (k < SKIP) return k;
  if (k !== SLOW) return BAIL;
  const c = pairClass(text, q);
  return c === PAIR_EMPTY ? BAIL : c;
}
