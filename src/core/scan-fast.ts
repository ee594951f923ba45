/** The tokenizer's fast scan: straight over the text, one INFO load (unit-fold.ts) per char, for
 * the chars that fold to exactly one unit (nearly all). It makes the decisions scan-folded.ts makes
 * over folded units, and hands a stretch to that general scan as soon as a char that folds to
 * nothing or to several units could change one: from the start of the token it was on to the next
 * ASCII space or line break. No token crosses one, and scanning is forward-only from a token
 * start, so both give the same tokens (test/unit/core/tokenize-fast.property.test.ts). */
import {
  BAIL as BAIL_, classAt as classAt_, classOf as classOf_, INFO as INFO_, infoOf as infoOf_, learn as learn_,
  MAY_JOIN as MAY_JOIN_, NOT_WORD as NOT_WORD_, pairClass as pairClass_, pairUnits as pairUnits_, SKIP as SKIP_, UNKNOWN as UNKNOWN_, unitOf as unitOf_,
} from './unit-fold';
import { FNV_OFFSET as FNV_OFFSET_, FNV_PRIME as FNV_PRIME_,
  K_CUR as K_CUR_, K_EMOJI as K_EMOJI_, K_PCT as K_PCT_, K_URL as K_URL_,
} from './word-fold';
import { hashToken as hashToken_ } from './token-hash';
import { addToken as addToken_, addWord as addWord_ } from './token-add';
import type { Tokens } from './tokens';
import { S_BRK as S_BRK_, S_NL as S_NL_, scanSlow as scanSlow_, URL_TAIL as URL_TAIL_ } from './scan-folded';
import {
  C_CUR as C_CUR_, C_EMOJI as C_EMOJI_, C_NL as C_NL_, C_PUNCT as C_PUNCT_,
  C_SPACE as C_SPACE_, C_WORD as C_WORD_,
} from './fold';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops.
const BAIL = BAIL_;
const classAt = classAt_;
const classOf = classOf_;
const INFO = INFO_;
const infoOf = infoOf_;
const MAY_JOIN = MAY_JOIN_;
const NOT_WORD = NOT_WORD_;
const learn = learn_;
const pairClass = pairClass_;
const pairUnits = pairUnits_;
const SKIP = SKIP_;
const UNKNOWN = UNKNOWN_;
const unitOf = unitOf_;
const C_CUR = C_CUR_;
const C_EMOJI = C_EMOJI_;
const C_NL = C_NL_;
const C_PUNCT = C_PUNCT_;
const C_SPACE = C_SPACE_;
const C_WORD = C_WORD_;
const URL_TAIL = URL_TAIL_;
const S_BRK = S_BRK_;
const S_NL = S_NL_;
const addToken = addToken_;
const addWord = addWord_;
const hashToken = hashToken_;
const scanSlow = scanSlow_;
const FNV_OFFSET = FNV_OFFSET_;
const FNV_PRIME = FNV_PRIME_;
const K_URL = K_URL_;
const K_CUR = K_CUR_;
const K_EMOJI = K_EMOJI_;
const K_PCT = K_PCT_;

/** The word ends before this char. */
const END = -2;
/** The char was not in INFO yet: it is now, read it again. */
const AGAIN = -3;

/** Whether the folded text at p starts with the ASCII string s: 1, 0, or BAIL. */
function startsWith(text: string, p: number, s: string): number {
  for (let k = 0; k < s.length; k++) {
    if (p + k >= text.length) return 0;
    const x = infoOf(text.charCodeAt(p + k));
    if (classOf(x) >= SKIP) return BAIL;
    if (unitOf(x) !== s.charCodeAt(k)) return 0;
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
    const k = classOf(x);
    if (k >= SKIP) {
      if (classAt(text, q) === C_EMOJI) break;
      return BAIL;
    }
    if (k === C_SPACE || k === C_NL || k === C_EMOJI || unitOf(x) === 34) break;
  }
  // Every char in [p, q) folds to one unit: INFO holds it.
  while (q > p + 4 && URL_TAIL[unitOf(INFO[text.charCodeAt(q - 1)] ?? 0)] === 1) q--;
  const nb = t.nb;
  let b = t.nbn;
  for (let k = p; k < q; k++) nb[b++] = unitOf(INFO[text.charCodeAt(k)] ?? 0);
  hashToken(t, addToken(t, K_URL, p, q, nl, brk, b, false));
  return q;
}

/** What the char at q, with INFO entry x marked MAY_JOIN, does to the word before it (whose last
 * unit is `prev`): the unit it adds as a connector, or END, BAIL, AGAIN. */
function joinAt(text: string, q: number, x: number, prev: number): number {
  const k = classOf(x);
  const u = unitOf(x);
  if (k >= SKIP) {
    if (k === UNKNOWN) {
      learn(text.charCodeAt(q));
      return AGAIN;
    }
    // A pair that folds to a pair and no letter (an emoji) ends the word: no connector.
    const kk = classAt(text, q);
    return kk === BAIL || kk === C_WORD ? BAIL : END;
  }
  // A connector (MAY_JOIN) joins only when a word unit follows; "1,500" stays one number,
  // "hola,que" not.
  if (q + 1 >= text.length) return END;
  const x1 = infoOf(text.charCodeAt(q + 1));
  if (x1 >= NOT_WORD) {
    if (classOf(x1) < SKIP) return END;
    const kk = classAt(text, q + 1);
    return kk === BAIL || kk === C_WORD ? BAIL : END;
  }
  // The unit before a connector is always a word unit, and word units are 48 and up.
  if (u === 44) return prev <= 57 && x1 <= 57 ? u : END;
  return u === 64 ? 97 : u === 36 ? 115 : u; // m@ke, ca$h
}

/** Token of a surrogate pair at p that folds to the pair `units` (first << 16 | second). */
function pushPair(t: Tokens, kind: number, units: number, p: number, nl: boolean, brk: boolean): void {
  const b = t.nbn;
  t.nb[b] = units >>> 16;
  t.nb[b + 1] = units & 0xffff;
  hashToken(t, addToken(t, kind, p, p + 2, nl, brk, b + 2, false));
}

/** One-unit token (a currency sign, '%', a BMP emoji). */
function pushUnit(t: Tokens, kind: number, u: number, p: number, nl: boolean, brk: boolean): void {
  const b = t.nbn;
  t.nb[b] = u;
  hashToken(t, addToken(t, kind, p, p + 1, nl, brk, b + 1, false));
}

/** Tokenize all of `text` into t (reset by the caller). */
export function scanText(t: Tokens, text: string): void {
  const len = text.length;
  let nl = false;
  let brk = false;
  let p = 0;
  while (p < len) {
    const x = infoOf(text.charCodeAt(p));
    let q = 0;
    // A letter or digit, or a '#' / '@' before one, starts a word.
    let word = x < NOT_WORD;
    if (!word) {
      const k = classOf(x);
      const u = unitOf(x);
      if (k === C_SPACE) {
        p++; // the most common char between tokens, and one that never matters
        continue;
      }
      if (k >= SKIP) {
        if (k === SKIP) { p++; continue; } // folds to nothing: as if it were not there
        const k0 = pairClass(text, p); // PAIR_EMPTY (folds to nothing) takes the last branch
        if (k0 === C_EMOJI || k0 === C_CUR) {
          pushPair(t, k0 === C_EMOJI ? K_EMOJI : K_CUR, pairUnits(text, p), p, nl, brk);
          q = p + 2;
        } else if (k0 === BAIL || k0 === C_WORD) q = BAIL;
        else { p += 2; continue; } // a flag letter, a skin tone: no token, and no break either
      } else if (u === 35 || u === 64) {
        const k1 = classAt(text, p + 1);
        if (k1 === C_WORD) word = true;
        else if (k1 === BAIL) q = BAIL;
      } else if (k === C_EMOJI || k === C_CUR) { pushUnit(t, k === C_EMOJI ? K_EMOJI : K_CUR, u, p, nl, brk); q = p + 1; }
      else if (k === C_PUNCT && u === 37) { pushUnit(t, K_PCT, u, p, nl, brk); q = p + 1; }
      if (q === 0 && !word) {
        // No token here: only the breaks before the next one matter.
        if (k === C_NL) nl = true;
        else if (u === 46 || u === 33 || u === 63 || u === 59) brk = true;
        else if (u === 34) t.quoteMaybe = true; // '"', and every char that folds to it (“ « ”)
        p++;
        continue;
      }
    }
    if (word) {
      // The word's units are copied and hashed in the pass that finds its end, as scanWord of
      // scan-folded.ts does over folded units. Inline here: a call per word costs ~5% of tokenize.
      const u0 = unitOf(x);
      // "http", "www": the next char rules out most words before the string compares (unless it
      // may fold to nothing, MAY_JOIN).
      if ((u0 === 104 || u0 === 119) && p + 1 < len) {
        const x1 = INFO[text.charCodeAt(p + 1)] ?? 0;
        if (x1 === 116 || x1 === 119 || x1 >= MAY_JOIN) q = scanUrl(t, text, p, nl, brk);
      }
      if (q === 0) {
        const nb = t.nb;
        const a = t.nbn;
        nb[a] = u0;
        let b = a + 1;
        let h = Math.imul(FNV_OFFSET ^ u0, FNV_PRIME);
        let dots = false;
        let digits = u0 >= 48 && u0 <= 57;
        q = p + 1;
        for (; q < len; q++) {
          let u = INFO[text.charCodeAt(q)] ?? 0; // a word char's entry is its unit
          if (u >= NOT_WORD) {
            if (u < MAY_JOIN) break; // a space, most punctuation: the common end, no call
            u = joinAt(text, q, u, nb[b - 1] ?? 0);
            if (u < 0) {
              if (u === AGAIN) { q--; continue; }
              if (u === BAIL) q = BAIL;
              break;
            }
            if (u === 46) dots = true;
          } else if (u <= 57) digits = true; // a word unit up to 57 is a digit: letters are higher
          nb[b++] = u;
          h = Math.imul(h ^ u, FNV_PRIME);
        }
        if (q !== BAIL) {
          addWord(t, p, q, nl, brk, b, dots, digits, h);
          if (q < len && text.charCodeAt(q) === 32) q++; // the usual space after it: never matters
        }
      }
    }
    if (q === BAIL) {
      // Up to the next ASCII space or line break: no token crosses one.
      q = p + 1;
      while (q < len) {
        const c = text.charCodeAt(q);
        if (c < 128) {
          const kq = classOf(INFO[c] ?? 0);
          if (kq === C_SPACE || kq === C_NL) break;
        }
        q++;
      }
      t.quoteMaybe = true;
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
