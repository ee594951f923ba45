/** The token stream tokenize.ts fills: one shared, growable set of typed arrays. */

/** The shared token stream. Fields are public arrays for speed; `n` tokens are valid. */
export class Tokens {
  text = '';
  /** Folded units, their class and the original offset of the code point they came from: the
   * stretch of text the general scan (scan-folded.ts) is working on, read by the tokenizer only. */
  fu: Uint16Array = new Uint16Array(1024);
  fc: Uint8Array = new Uint8Array(1024);
  fo0: Int32Array = new Int32Array(1024);
  fn = 0;
  /** Normalised token texts, back to back. */
  nb: Uint16Array = new Uint16Array(1024);
  nbn = 0;
  n = 0;
  kind: Uint8Array = new Uint8Array(256);
  /** A line break sits between this token and the previous one. */
  nl: Uint8Array = new Uint8Array(256);
  /** A sentence break (. ! ? ; or a line break) sits before this token: phrases stop there. */
  brk: Uint8Array = new Uint8Array(256);
  /** The token is a number ("49", "1,500", "10k", "99p") or a small number word ("two", "dos"). */
  num: Uint8Array = new Uint8Array(256);
  /** A word token that still holds a '.' after folding: only these can be bare domains. */
  dot: Uint8Array = new Uint8Array(256);
  o0: Int32Array = new Int32Array(256);
  o1: Int32Array = new Int32Array(256);
  n0: Int32Array = new Int32Array(256);
  n1: Int32Array = new Int32Array(256);
  hash: Int32Array = new Int32Array(256);
  /** Hash without a trailing "s" (cheap plural folding for lexicon lookups); voseo forms get their
   * tú form's stem (see voseo.ts). */
  stem: Int32Array = new Int32Array(256);

  /** Some token is a URL or holds a dot (could be a bare domain): detect() checks links only then. */
  linky = false;
  /** The text may hold a quotation mark: some char folded to '"', or the general scan took a
   * stretch (it does not look). detect() asks anyOpeningQuote() only then. */
  quoteMaybe = false;
  /** Last token that is a single letter, and whether two such tokens came in a row. */
  lastSingle = -2;
  singlePairs = false;
  /** Token whose text str() built last, and that text: links are read by detect() and again by
   * the n-gram features. tokenize() resets strAt. */
  strAt = -1;
  strLast = '';

  /** Normalised text of token i (allocates; only links and tools ask for it). */
  str(i: number): string {
    if (i === this.strAt) return this.strLast;
    const a = this.n0[i] ?? 0;
    const b = this.n1[i] ?? 0;
    // One call per chunk (argument lists have engine limits); tokens are rarely longer. apply()
    // takes the typed array as it is: spreading it runs the iterator, several times slower.
    let s = '';
    for (let k = a; k < b; k += 4096) s += String.fromCharCode.apply(null, this.nb.subarray(k, Math.min(b, k + 4096)) as unknown as number[]);
    this.strAt = i;
    this.strLast = s;
    return s;
  }
}
