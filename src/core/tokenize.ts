/** Linear tokenizer over folded text. One shared, growable set of typed arrays is reused on every
 * call (no per-post allocation of big arrays); callers read it before the next call. Every token
 * keeps the [start, end) span of the ORIGINAL text it came from, so evidence is always a real
 * substring of what the user saw. */
import {
  collapseDots as collapseDots_, FNV_OFFSET as FNV_OFFSET_, FNV_PRIME as FNV_PRIME_,
  foldLeet as foldLeet_, isLetter as isLetter_, grow8 as grow8_, grow16 as grow16_, grow32 as grow32_,
  K_CUR as K_CUR_, K_EMOJI as K_EMOJI_, K_PCT as K_PCT_, K_URL as K_URL_, K_WORD as K_WORD_,
} from './word-fold';
import { mergeSpaced as mergeSpaced_ } from './spaced';
import { hashToken as hashToken_, setHash as setHash_ } from './token-hash';
import { Tokens } from './tokens';
import { codePointEnd as codePointEnd_, foldText as foldText_ } from './fold-text';
import { C_CUR as C_CUR_, C_EMOJI as C_EMOJI_, C_LOW as C_LOW_, C_NL as C_NL_, C_PUNCT as C_PUNCT_, C_SPACE as C_SPACE_, C_WORD as C_WORD_ } from './fold';

// Local aliases of imports: some loaders (tsx, CJS interop) turn imported bindings into getter
// calls; copying them once keeps the hot loops free of those calls. Same pattern in other files.
const C_CUR = C_CUR_;
const C_EMOJI = C_EMOJI_;
const C_LOW = C_LOW_;
const C_NL = C_NL_;
const C_PUNCT = C_PUNCT_;
const C_SPACE = C_SPACE_;
const C_WORD = C_WORD_;
const codePointEnd = codePointEnd_;
const foldText = foldText_;
const collapseDots = collapseDots_;
const foldLeet = foldLeet_;
const isLetter = isLetter_;
const grow8 = grow8_;
const grow16 = grow16_;
const grow32 = grow32_;
const mergeSpaced = mergeSpaced_;
const hashToken = hashToken_;
const setHash = setHash_;

export { FNV_OFFSET, FNV_PRIME } from './word-fold';
const FNV_OFFSET = FNV_OFFSET_;
const FNV_PRIME = FNV_PRIME_;

export { K_CUR, K_EMOJI, K_PCT, K_URL, K_WORD } from './word-fold';
export { Tokens } from './tokens';
const K_WORD = K_WORD_;
const K_URL = K_URL_;
const K_EMOJI = K_EMOJI_;
const K_CUR = K_CUR_;
const K_PCT = K_PCT_;

export const TOK = new Tokens();

/** Append a token whose units are already in nb[t.nbn, b): spans, flags and the spaced-letter
 * bookkeeping. Returns its index; the caller sets its hash. */
function addToken(t: Tokens, kind: number, f0: number, f1: number, nl: boolean, brk: boolean, b: number, dots: boolean): number {
  const i = t.n++;
  if (t.n > t.kind.length) {
    const m = t.n * 2;
    t.kind = grow8(t.kind, m); t.nl = grow8(t.nl, m); t.brk = grow8(t.brk, m);
    t.num = grow8(t.num, m); t.dot = grow8(t.dot, m);
    t.o0 = grow32(t.o0, m); t.o1 = grow32(t.o1, m); t.n0 = grow32(t.n0, m); t.n1 = grow32(t.n1, m);
    t.hash = grow32(t.hash, m); t.stem = grow32(t.stem, m);
  }
  t.kind[i] = kind;
  t.nl[i] = nl ? 1 : 0;
  t.brk[i] = nl || brk ? 1 : 0;
  const plain = t.plain;
  t.o0[i] = f0 < plain ? f0 : (t.fo0[f0] ?? 0);
  t.o1[i] = f1 <= plain ? f1 : codePointEnd(t.text, t.fo0[f1 - 1] ?? 0);
  const a = t.nbn;
  t.dot[i] = dots ? 1 : 0;
  if (dots || kind === K_URL) t.linky = true;
  t.n0[i] = a;
  t.n1[i] = b;
  t.nbn = b;
  // Two single letters in a row may be a spaced-out word ("d m"): only then is there work for
  // mergeSpaced(). The test is single() of spaced.ts.
  if (kind === K_WORD && b - a === 1 && isLetter(t.nb[a] ?? 48)) {
    if (t.lastSingle === i - 1) t.singlePairs = true;
    t.lastSingle = i;
  }
  return i;
}

/** Append units [f0, f1) as one token of `kind` (not a word: see scanWord). */
function pushToken(t: Tokens, kind: number, f0: number, f1: number, nl: boolean, brk: boolean): void {
  // t.nb was sized for the whole folded text in tokenize(): tokens never overlap.
  let b = t.nbn;
  for (let k = f0; k < f1; k++) t.nb[b++] = t.fu[k] ?? 0;
  hashToken(t, addToken(t, kind, f0, f1, nl, brk, b, false));
}

/** Scan the word that starts at unit p (a letter, or a '#' / '@' before one) and append it as a
 * token, copying and hashing its units in the same pass that finds its end. Returns its end. */
function scanWord(t: Tokens, p: number, nl: boolean, brk: boolean): number {
  const fu = t.fu, fc = t.fc, n = t.fn, nb = t.nb;
  const a = t.nbn;
  const u0 = fu[p] ?? 0;
  nb[a] = u0;
  let b = a + 1;
  let hs = FNV_OFFSET;
  let h = Math.imul(hs ^ u0, FNV_PRIME);
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

function startsWith(t: Tokens, p: number, s: string): boolean {
  if (p + s.length > t.fn) return false;
  for (let k = 0; k < s.length; k++) if (t.fu[p + k] !== s.charCodeAt(k)) return false;
  return true;
}

function table(codes: readonly number[]): Uint8Array {
  const a = new Uint8Array(65536);
  for (const c of codes) a[c] = 1;
  return a;
}
const URL_TAIL = table([46, 44, 59, 58, 33, 63, 41, 93, 125, 39, 34]);
const CONNECT = table([46, 47, 45, 95, 39, 58, 63, 61, 38, 64, 36]);

function scan(t: Tokens): void {
  const fu = t.fu;
  const fc = t.fc;
  const n = t.fn;
  let nl = false;
  let brk = false;
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
    if (c === C_EMOJI) {
      const q = p + 1 < n && fc[p + 1] === C_LOW ? p + 2 : p + 1;
      pushToken(t, K_EMOJI, p, q, nl, brk);
      nl = false;
      brk = false;
      p = q;
      continue;
    }
    if (c === C_CUR) {
      const q = p + 1 < n && fc[p + 1] === C_LOW ? p + 2 : p + 1;
      pushToken(t, K_CUR, p, q, nl, brk);
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
}

/** Tokenize `text` into the shared TOK stream and return it. */
export function tokenize(text: string): Tokens {
  const t = TOK;
  t.text = text;
  t.strAt = -1;
  t.lastSingle = -2;
  t.singlePairs = false;
  t.linky = false;
  t.n = 0;
  t.nbn = 0;
  foldText(t, text);
  t.nb = grow16(t.nb, t.fn + 8);
  scan(t);
  if (t.singlePairs) mergeSpaced(t);
  return t;
}
