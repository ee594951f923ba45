/** The tokenizer's general scan, over folded units (t.fu / t.fc, filled by fold-text.ts): any
 * text, any Unicode. The fast scan (scan-fast.ts) hands it the rare stretches it cannot take;
 * tokenizeFolded() runs it on whole texts, the reference the fast scan is tested against. */
import { CONNECT as CONNECT_, FNV_OFFSET as FNV_OFFSET_, FNV_PRIME as FNV_PRIME_, grow16 as grow16_,
  K_CUR as K_CUR_, K_EMOJI as K_EMOJI_, K_PCT as K_PCT_, K_URL as K_URL_, unitTable as unitTable_,
} from './word-fold';
import { hashToken as hashToken_ } from './token-hash';
import { addToken as addToken_, addWord as addWord_ } from './token-add';
import { codePointEnd as codePointEnd_, foldText as foldText_ } from './fold-text';
import { C_CUR as C_CUR_, C_EMOJI as C_EMOJI_, C_LOW as C_LOW_, C_NL as C_NL_, C_PUNCT as C_PUNCT_, C_SPACE as C_SPACE_, C_WORD as C_WORD_ } from './fold';
import type { Tokens } from './tokens';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops.
const C_CUR = C_CUR_;
const C_EMOJI = C_EMOJI_;
const C_LOW = C_LOW_;
const C_NL = C_NL_;
const C_PUNCT = C_PUNCT_;
const C_SPACE = C_SPACE_;
const C_WORD = C_WORD_;
const addToken = addToken_;
const addWord = addWord_;
const codePointEnd = codePointEnd_;
const foldText = foldText_;
const grow16 = grow16_;
const CONNECT = CONNECT_;
const unitTable = unitTable_;
const hashToken = hashToken_;
const FNV_OFFSET = FNV_OFFSET_;
const FNV_PRIME = FNV_PRIME_;
const K_URL = K_URL_;
const K_EMOJI = K_EMOJI_;
const K_CUR = K_CUR_;
const K_PCT = K_PCT_;

/** Scan state between tokens, packed in a number: a line break / a sentence break was seen. */
export const S_NL = 1;
export const S_BRK = 2;

/** Trailing units a URL gives back ("see https://x.co." ends before the dot). */
export const URL_TAIL = unitTable([46, 44, 59, 58, 33, 63, 41, 93, 125, 39, 34]);

/** Append folded units [f0, f1) as one token of `kind` (not a word: see scanWord). */
function pushToken(t: Tokens, kind: number, f0: number, f1: number, nl: boolean, brk: boolean): void {
  // t.nb was sized for these units by the caller: tokens never overlap.
  let b = t.nbn;
  for (let k = f0; k < f1; k++) t.nb[b++] = t.fu[k] ?? 0;
  hashToken(t, addToken(t, kind, t.fo0[f0] ?? 0, codePointEnd(t.text, t.fo0[f1 - 1] ?? 0), nl, brk, b, false));
}

/** Scan the word that starts at unit p (a letter, or a '#' / '@' before one) and append it as a
 * token, copying and hashing its units in the same pass that finds its end. Returns its end. */
function scanWord(t: Tokens, p: number, nl: boolean, brk: boolean): number {
  const fu = t.fu, fc = t.fc, n = t.fn, nb = t.nb;
  const a = t.nbn;
  const u0 = fu[p] ?? 0;
  nb[a] = u0;
  let b = a + 1;
  let h = Math.imul(FNV_OFFSET ^ u0, FNV_PRIME);
  let dots = false;
  let digits = u0 >= 48 && u0 <= 57;
  let q = p + 1;
  for (; q < n; q++) {
    let u = fu[q] ?? 0;
    const c = fc[q];
    if (c !== C_WORD && c !== C_LOW) { // C_LOW: 2nd half of a non-BMP letter
      // A connector joins only when a word unit follows; "1,500" stays one number, "hola,que" not.
      if (q + 1 >= n || fc[q + 1] !== C_WORD) break;
      if (CONNECT[u] !== 1 && !(u === 44 && (fu[q - 1] ?? 0) <= 57 && (fu[q + 1] ?? 0) <= 57)) break;
      if (u === 64) u = 97; // m@ke
      else if (u === 36) u = 115; // ca$h
      else if (u === 46) dots = true;
    } else if (u >= 48 && u <= 57) digits = true;
    nb[b++] = u;
    h = Math.imul(h ^ u, FNV_PRIME);
  }
  addWord(t, t.fo0[p] ?? 0, codePointEnd(t.text, t.fo0[q - 1] ?? 0), nl, brk, b, dots, digits, h);
  return q;
}

function startsWith(t: Tokens, p: number, s: string): boolean {
  if (p + s.length > t.fn) return false;
  for (let k = 0; k < s.length; k++) if (t.fu[p + k] !== s.charCodeAt(k)) return false;
  return true;
}

/** Tokenize the folded units [0, t.fn), starting in scan state `state` (S_NL | S_BRK); returns
 * the state after the last unit. */
function scanFolded(t: Tokens, state: number): number {
  const fu = t.fu;
  const fc = t.fc;
  const n = t.fn;
  let nl = (state & S_NL) !== 0;
  let brk = (state & S_BRK) !== 0;
  let p = 0;
  while (p < n) {
    const c = fc[p] ?? 0;
    const u = fu[p] ?? 0;
    // "http", "www": the second unit rules out most words before the string compares.
    if (c === C_WORD && ((u === 104 && fu[p + 1] === 116) || (u === 119 && fu[p + 1] === 119)) &&
        (startsWith(t, p, 'http://') || startsWith(t, p, 'https://') || startsWith(t, p, 'www.'))) {
      let q = p;
      while (q < n && fc[q] !== C_SPACE && fc[q] !== C_NL && fc[q] !== C_EMOJI && fu[q] !== 34) q++;
      while (q > p + 4 && URL_TAIL[fu[q - 1] ?? 0] === 1) q--;
      pushToken(t, K_URL, p, q, nl, brk);
      nl = false;
      brk = false;
      p = q;
      continue;
    }
    if (c === C_WORD || ((u === 35 || u === 64) && p + 1 < n && fc[p + 1] === C_WORD)) {
      p = scanWord(t, p, nl, brk);
      nl = false;
      brk = false;
      continue;
    }
    if (c === C_EMOJI || c === C_CUR) {
      const q = p + 1 < n && fc[p + 1] === C_LOW ? p + 2 : p + 1;
      pushToken(t, c === C_EMOJI ? K_EMOJI : K_CUR, p, q, nl, brk);
      nl = false;
      brk = false;
      p = q;
      continue;
    }
    if (c === C_PUNCT && u === 37) { pushToken(t, K_PCT, p, p + 1, nl, brk); nl = false; brk = false; p++; continue; }
    if (c === C_NL) nl = true;
    else if (u === 46 || u === 33 || u === 63 || u === 59) brk = true;
    p++;
  }
  return (nl ? S_NL : 0) | (brk ? S_BRK : 0);
}

/** Tokenize text[s, e) with the general scan, from scan state `state`; returns the state after. */
export function scanSlow(t: Tokens, text: string, s: number, e: number, state: number): number {
  foldText(t, text, s, e);
  // The fast scan after this stretch writes at most one unit per char.
  t.nb = grow16(t.nb, t.nbn + t.fn + (text.length - e) + 8);
  return scanFolded(t, state);
}
