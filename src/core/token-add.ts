/** Appending a token to the shared Tokens stream: spans, flags and the spaced-letter bookkeeping.
 * Shared by both scans (scan-fast.ts, scan-folded.ts). */
import { collapseDots as collapseDots_, foldLeet as foldLeet_, grow8 as grow8_, grow32 as grow32_, isLetter as isLetter_, K_URL as K_URL_, K_WORD as K_WORD_ } from './word-fold';
import { hashToken as hashToken_, setWordHash as setWordHash_ } from './token-hash';
import type { Tokens } from './tokens';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops.
const grow8 = grow8_;
const grow32 = grow32_;
const isLetter = isLetter_;
const K_URL = K_URL_;
const K_WORD = K_WORD_;
const collapseDots = collapseDots_;
const foldLeet = foldLeet_;
const hashToken = hashToken_;
const setWordHash = setWordHash_;

/** Append a token whose units are already in nb[t.nbn, b) and that spans text[o0, o1). Returns
 * its index; the caller sets its hash. */
export function addToken(t: Tokens, kind: number, o0: number, o1: number, nl: boolean, brk: boolean, b: number, dots: boolean): number {
  const i = t.n++;
  if (t.n > t.kind.length) grow(t);
  t.kind[i] = kind;
  t.nl[i] = nl ? 1 : 0;
  t.brk[i] = nl || brk ? 1 : 0;
  t.o0[i] = o0;
  t.o1[i] = o1;
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

/** Room for twice as many tokens (kept out of addToken, which callers inline). */
function grow(t: Tokens): void {
  const m = t.n * 2;
  t.kind = grow8(t.kind, m); t.nl = grow8(t.nl, m); t.brk = grow8(t.brk, m);
  t.num = grow8(t.num, m); t.dot = grow8(t.dot, m);
  t.o0 = grow32(t.o0, m); t.o1 = grow32(t.o1, m); t.n0 = grow32(t.n0, m); t.n1 = grow32(t.n1, m);
  t.hash = grow32(t.hash, m); t.stem = grow32(t.stem, m);
}

/** Append the word copied into nb[t.nbn, b), spanning text[o0, o1), with `h` the FNV hash of its
 * units as copied. A word with a dot or a digit is folded first (dotted letters, leetspeak: "d.m",
 * "l1nk") and hashed again; one without takes `h`. The end of a word for both scans. */
export function addWord(t: Tokens, o0: number, o1: number, nl: boolean, brk: boolean, b: number, dots: boolean, digits: boolean, h: number): void {
  if (!dots && !digits) return setWordHash(t, addToken(t, K_WORD, o0, o1, nl, brk, b, false), h);
  const a = t.nbn;
  const u0 = t.nb[a];
  const s = u0 === 35 || u0 === 64 ? a + 1 : a;
  const before = b;
  if (dots) dots = (b = collapseDots(t.nb, s, b)) === before; // collapsing drops every dot
  if (digits) foldLeet(t.nb, s, b);
  hashToken(t, addToken(t, K_WORD, o0, o1, nl, brk, b, dots));
}
