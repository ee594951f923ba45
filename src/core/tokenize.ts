/** Linear tokenizer. One shared, growable set of typed arrays is reused on every call (no
 * per-post allocation of big arrays); callers read it before the next call. Every token keeps the
 * [start, end) span of the ORIGINAL text it came from, so evidence is always a real substring of
 * what the user saw.
 *
 * Two scans give the same tokens: a fast one straight over the text's ASCII (one read per char,
 * table lookups for class and lower case), and the general one of scan-folded.ts over folded
 * units. The fast scan hands a stretch to the general one as soon as anything non-ASCII could
 * change a decision, from the start of the token it was on to the next ASCII space or line break
 * (no token crosses one, and scanning is forward-only from a token start, so both agree). */
import { INFO as INFO_, learn as learn_, pairFold as pairFold_, SKIP as SKIP_, SLOW as SLOW_, UNKNOWN as UNKNOWN_ } from './unit-fold';
import {
  collapseDots as collapseDots_, FNV_OFFSET as FNV_OFFSET_, FNV_PRIME as FNV_PRIME_, foldLeet as foldLeet_,
  grow16 as grow16_, K_CUR as K_CUR_, K_EMOJI as K_EMOJI_, K_PCT as K_PCT_, K_URL as K_URL_, K_WORD as K_WORD_,
} from './word-fold';
import { mergeSpaced as mergeSpaced_ } from './spaced';
import { hashToken as hashToken_, setHash as setHash_ } from './token-hash';
import { addToken as addToken_ } from './token-add';
import { Tokens } from './tokens';
import { foldText as foldText_ } from './fold-text';
import { CONNECT as CONNECT_, S_BRK as S_BRK_, S_NL as S_NL_, scanFolded as scanFolded_, URL_TAIL as URL_TAIL_ } from './scan-folded';
import {
  C_CUR as C_CUR_, C_EMOJI as C_EMOJI_, C_NL as C_NL_, C_PUNCT as C_PUNCT_, C_SEP as C_SEP_,
  C_SPACE as C_SPACE_, C_WORD as C_WORD_, type Folded,
} from './fold';

// Local aliases of imports: some loaders (tsx, CJS interop) turn imported bindings into getter
// calls; copying them once keeps the hot loops free of those calls. Same pattern in other files.
const INFO = INFO_;
const learn = learn_;
const pairFold = pairFold_;
const SKIP = SKIP_;
const SLOW = SLOW_;
const UNKNOWN = UNKNOWN_;
const C_CUR = C_CUR_;
const C_EMOJI = C_EMOJI_;
const C_NL = C_NL_;
const C_PUNCT = C_PUNCT_;
const C_SEP = C_SEP_;
const C_SPACE = C_SPACE_;
const C_WORD = C_WORD_;
const CONNECT = CONNECT_;
const URL_TAIL = URL_TAIL_;
const S_BRK = S_BRK_;
const S_NL = S_NL_;
const addToken = addToken_;
const collapseDots = collapseDots_;
const foldLeet = foldLeet_;
const foldText = foldText_;
const grow16 = grow16_;
const hashToken = hashToken_;
const mergeSpaced = mergeSpaced_;
const scanFolded = scanFolded_;
const setHash = setHash_;

export { FNV_OFFSET, FNV_PRIME } from './word-fold';
const FNV_OFFSET = FNV_OFFSET_;
const FNV_PRIME = FNV_PRIME_;

export { K_CUR, K_EMOJI, K_PCT, K_URL, K_WORD } from './word-fold';
export { Tokens } from './tokens';
const K_WORD = K_WORD_;
const K_URL = K_URL_;
const K_CUR = K_CUR_;
const K_EMOJI = K_EMOJI_;
const K_PCT = K_PCT_;

export const TOK = new Tokens();

/** The fast scan cannot decide here: a char that folds to nothing or to several units comes
 * before the answer. */
const BAIL = -1;

/** INFO[c], looked up first if need be. */
function infoOf(c: number): number {
  const x = INFO[c] ?? UNKNOWN;
  return (x & 15) === UNKNOWN ? learn(c) : x;
}

/** Class of the first folded unit at q: C_SEP past the end, the class of a surrogate pair's
 * fold when it is one pair, else BAIL. */
function classAt(text: string, q: number): number {
  if (q >= text.length) return C_SEP;
  const k = infoOf(text.charCodeAt(q)) & 15;
  if (k < SKIP) return k;
  const f = k === SLOW ? pairFold(text, q) : null;
  return f !== null && f.units.length === 2 ? (f.classes[0] ?? BAIL) : BAIL;
}

/** Whether the folded text at p starts with the ASCII string s: 1, 0, or BAIL. */
function startsWith(text: string, p: number, s: string): number {
  for (let k = 0; k < s.length; k++) {
    if (p + k >= text.length) return 0;
    const x = infoOf(text.charCodeAt(p + k));
    if ((x & 15) >= SKIP) return BAIL;
    if (x >>> 4 !== s.charCodeAt(k)) return 0;
  }
  return 1;
}

/** A URL token at p (an 'h' or 'w'): its end, 0 when there is none, or BAIL. */
function scanUrl(t: Tokens, text: string, p: number, nl: boolean, brk: boolean): number {
  let is = startsWith(text, p, 'http://');
  if (is === 0) is = startsWith(text, p, 'https://');
  if (is === 0) is = startsWith(text, p, 'www.');
  if (is !== 1) return is;
  const len = text.length;
  let q = p;
  for (; q < len; q++) {
    const x = infoOf(text.charCodeAt(q));
    const k = x & 15;
    if (k >= SKIP) {
      if (classAt(text, q) === C_EMOJI) break;
      return BAIL;
    }
    if (k === C_SPACE || k === C_NL || k === C_EMOJI || x >>> 4 === 34) break;
  }
  // Every char in [p, q) folds to one unit: INFO holds it.
  while (q > p + 4 && URL_TAIL[(INFO[text.charCodeAt(q - 1)] ?? 0) >>> 4] === 1) q--;
  const nb = t.nb;
  let b = t.nbn;
  for (let k = p; k < q; k++) nb[b++] = (INFO[text.charCodeAt(k)] ?? 0) >>> 4;
  hashToken(t, addToken(t, K_URL, p, q, nl, brk, b, false));
  return q;
}

/** The word at p (a letter or digit, or a '#' / '@' before one), copied and hashed in the pass
 * that finds its end, as scanWord of scan-folded.ts does over folded units. Its end, or BAIL. */
function scanWord(t: Tokens, text: string, p: number, nl: boolean, brk: boolean): number {
  const nb = t.nb;
  const len = text.length;
  const a = t.nbn;
  const u0 = (INFO[text.charCodeAt(p)] ?? 0) >>> 4;
  nb[a] = u0;
  let b = a + 1;
  let hs = FNV_OFFSET;
  let h = Math.imul(hs ^ u0, FNV_PRIME);
  let dots = false;
  let digits = u0 >= 48 && u0 <= 57;
  let q = p + 1;
  for (; q < len; q++) {
    const x = INFO[text.charCodeAt(q)] ?? UNKNOWN;
    let u = x >>> 4;
    const k = x & 15;
    if (k !== C_WORD) {
      if (k >= SKIP) {
        if (k === UNKNOWN) {
          learn(text.charCodeAt(q));
          q--; // looked up now: take it again
          continue;
        }
        // A pair that folds to a pair and no letter (an emoji) ends the word: no connector.
        const kk = classAt(text, q);
        if (kk === BAIL || kk === C_WORD) return BAIL;
        break;
      }
      // A connector joins only when a word unit follows; "1,500" stays one number, "hola,que" not.
      if (CONNECT[u] !== 1 && u !== 44) break;
      if (q + 1 >= len) break;
      const x1 = infoOf(text.charCodeAt(q + 1));
      if ((x1 & 15) !== C_WORD) {
        if ((x1 & 15) < SKIP) break;
        const kk = classAt(text, q + 1);
        if (kk === BAIL || kk === C_WORD) return BAIL;
        break;
      }
      // The unit before a connector is always a word unit: nb holds it unchanged.
      if (u === 44 && !((nb[b - 1] ?? 0) <= 57 && x1 >>> 4 <= 57)) break;
      if (u === 64) u = 97; // m@ke
      else if (u === 36) u = 115; // ca$h
      else if (u === 46) dots = true;
    } else if (u <= 57) digits = true; // word units below 128 are digits or letters
    nb[b++] = u;
    hs = h;
    h = Math.imul(h ^ u, FNV_PRIME);
  }
  const s = u0 === 35 || u0 === 64 ? a + 1 : a;
  const refolded = dots || digits;
  // Both folds are no-ops without a dot / a digit: skip their scans on ordinary words.
  const before = b;
  if (dots) dots = (b = collapseDots(nb, s, b)) === before; // collapsing drops every dot ("d.m")
  if (digits) foldLeet(nb, s, b);
  const i = addToken(t, K_WORD, p, q, nl, brk, b, dots);
  // Dots and leet digits may have been folded after the copy: then hash the final text.
  if (refolded) hashToken(t, i);
  else setHash(t, i, h, hs);
  return q;
}

/** A token of the folded units `units` that spans text[p, q). */
function pushUnits(t: Tokens, kind: number, units: string, p: number, q: number, nl: boolean, brk: boolean): void {
  let b = t.nbn;
  for (let k = 0; k < units.length; k++) t.nb[b++] = units.charCodeAt(k);
  hashToken(t, addToken(t, kind, p, q, nl, brk, b, false));
}

/** One-unit token (a currency sign, '%', a BMP emoji). */
function pushUnit(t: Tokens, kind: number, u: number, p: number, nl: boolean, brk: boolean): void {
  const b = t.nbn;
  t.nb[b] = u;
  hashToken(t, addToken(t, kind, p, p + 1, nl, brk, b + 1, false));
}

/** Tokenize text[s, e) with the general scan, from scan state `state`; returns the state after. */
function scanSlow(t: Tokens, text: string, s: number, e: number, state: number): number {
  foldText(t, text, s, e);
  // The fast scan after this stretch writes at most one unit per char.
  t.nb = grow16(t.nb, t.nbn + t.fn + (text.length - e) + 8);
  return scanFolded(t, state);
}

function scan(t: Tokens, text: string): void {
  const len = text.length;
  let nl = false;
  let brk = false;
  let p = 0;
  while (p < len) {
    const x = infoOf(text.charCodeAt(p));
    const k = x & 15;
    const u = x >>> 4;
    let q = 0;
    if (k === C_WORD) {
      if (u === 104 || u === 119) q = scanUrl(t, text, p, nl, brk);
      if (q === 0) q = scanWord(t, text, p, nl, brk);
    } else if (k >= SKIP) {
      if (k === SKIP) { p++; continue; } // folds to nothing: as if it were not there
      const f = pairFold(text, p);
      const k0 = f === null ? BAIL : f.units.length === 0 ? C_SEP : (f.classes[0] ?? BAIL);
      if (k0 === C_EMOJI || k0 === C_CUR) pushUnits(t, k0 === C_EMOJI ? K_EMOJI : K_CUR, (f as Folded).units, p, p + 2, nl, brk);
      else if (k0 === BAIL || k0 === C_WORD) q = BAIL;
      // Else no token (a flag letter, a skin tone): surrogate units are no breaks either.
      if (q === 0) {
        if (k0 === C_EMOJI || k0 === C_CUR) { nl = false; brk = false; }
        p += 2;
        continue;
      }
    } else {
      if (u === 35 || u === 64) {
        const k1 = classAt(text, p + 1);
        if (k1 === C_WORD) q = scanWord(t, text, p, nl, brk);
        else if (k1 === BAIL) q = BAIL;
      } else if (k === C_EMOJI || k === C_CUR) { pushUnit(t, k === C_EMOJI ? K_EMOJI : K_CUR, u, p, nl, brk); q = p + 1; }
      else if (k === C_PUNCT && u === 37) { pushUnit(t, K_PCT, u, p, nl, brk); q = p + 1; }
      if (q === 0) {
        // No token here: only the breaks before the next one matter.
        if (k === C_NL) nl = true;
        else if (u === 46 || u === 33 || u === 63 || u === 59) brk = true;
        p++;
        continue;
      }
    }
    if (q === BAIL) {
      // Up to the next ASCII space or line break: no token crosses one.
      q = p + 1;
      while (q < len) {
        const c = text.charCodeAt(q);
        if (c < 128) {
          const kq = (INFO[c] ?? 0) & 15;
          if (kq === C_SPACE || kq === C_NL) break;
        }
        q++;
      }
      const state = scanSlow(t, text, p, q, (nl ? S_NL : 0) | (brk ? S_BRK : 0));
      nl = (state & S_NL) !== 0;
      brk = (state & S_BRK) !== 0;
    } else {
      nl = false;
      brk = false;
    }
    p = q;
  }
}

function reset(t: Tokens, text: string): void {
  t.text = text;
  t.strAt = -1;
  t.lastSingle = -2;
  t.singlePairs = false;
  t.linky = false;
  t.n = 0;
  t.nbn = 0;
}

/** Tokenize `text` into the shared TOK stream and return it. */
export function tokenize(text: string): Tokens {
  const t = TOK;
  reset(t, text);
  t.nb = grow16(t.nb, text.length + 8);
  scan(t, text);
  if (t.singlePairs) mergeSpaced(t);
  return t;
}

/** tokenize() with the general scan alone over the whole folded text: the reference the fast
 * scan is tested against (same tokens, slower). */
export function tokenizeFolded(text: string): Tokens {
  const t = TOK;
  reset(t, text);
  t.nb = grow16(t.nb, 8);
  scanSlow(t, text, 0, text.length, 0);
  if (t.singlePairs) mergeSpaced(t);
  return t;
}
