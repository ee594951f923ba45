/** Spacing tricks: "d m me", "l i n k". Runs of single letters are merged in the token stream
 * (split from tokenize.ts). Runs after the tokens were hashed: moved tokens keep their hashes,
 * merged ones are hashed afresh. */
import { isLetter as isLetter_, K_WORD as K_WORD_ } from './word-fold';
import { hashToken as hashToken_ } from './token-hash';
import type { Tokens } from './tokenize';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops.
const isLetter = isLetter_;
const K_WORD = K_WORD_;
const hashToken = hashToken_;

/** Token i is a single letter (a candidate piece of a spaced-out word). */
function single(t: Tokens, i: number): boolean {
  return t.kind[i] === K_WORD && (t.n1[i] ?? 0) - (t.n0[i] ?? 0) === 1 && isLetter(t.nb[t.n0[i] ?? 0] ?? 48);
}

/** Spaced letters: "d m", "l i n k". Merged when the joined word is a known spaced trick or the
 * run is long (4+ letters); never across a line break. */
const SPACED = new Set(['dm', 'dms', 'pm', 'md', 'ad', 'bio', 'link', 'info', 'free', 'cash', 'sale']);

export function mergeSpaced(t: Tokens): void {
  let w = 0;
  for (let i = 0; i < t.n; ) {
    let j = i + 1;
    if (single(t, i)) while (j < t.n && single(t, j) && t.nl[j] === 0) j++;
    else j = i + 1;
    let merge = j - i >= 4;
    if (!merge && j - i >= 2) {
      let s = '';
      for (let k = i; k < j; k++) s += String.fromCharCode(t.nb[t.n0[k] ?? 0] ?? 0);
      merge = SPACED.has(s);
    }
    if (merge) {
      // The letters of a run sit side by side in nb, so the merged text is n0[i]..n0[j-1]+1.
      let wpos = t.n0[i] ?? 0;
      for (let k = i; k < j; k++) t.nb[wpos++] = t.nb[t.n0[k] ?? 0] ?? 0;
      copyTok(t, i, w);
      t.dot[w] = 0;
      t.o1[w] = t.o1[j - 1] ?? 0;
      t.n1[w] = wpos;
      hashToken(t, w);
      w++;
      i = j;
    } else {
      for (let k = i; k < j; k++) copyTok(t, k, w++);
      i = j;
    }
  }
  t.n = w;
}

function copyTok(t: Tokens, from: number, to: number): void {
  if (from === to) return;
  t.kind[to] = t.kind[from] ?? 0; t.nl[to] = t.nl[from] ?? 0; t.brk[to] = t.brk[from] ?? 0; t.dot[to] = t.dot[from] ?? 0;
  t.o0[to] = t.o0[from] ?? 0; t.o1[to] = t.o1[from] ?? 0;
  t.n0[to] = t.n0[from] ?? 0; t.n1[to] = t.n1[from] ?? 0;
  t.hash[to] = t.hash[from] ?? 0; t.stem[to] = t.stem[from] ?? 0; t.num[to] = t.num[from] ?? 0;
}
