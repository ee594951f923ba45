/** The token stream tokenize.ts fills: one shared, growable set of typed arrays. */

/** The shared token stream. Fields are public arrays for speed; `n` tokens are valid. */
export class Tokens {
  text = '';
  /** Folded units, their class and their original [o0, o1) span. */
  fu: Uint16Array = new Uint16Array(1024);
  fc: Uint8Array = new Uint8Array(1024);
  fo0: Int32Array = new Int32Array(1024);
  fo1: Int32Array = new Int32Array(1024);
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

  /** Normalised text of token i (allocates; not for the hot path). */
  str(i: number): string {
    const a = this.n0[i] ?? 0;
    const b = this.n1[i] ?? 0;
    // One call per chunk (argument lists have engine limits); tokens are rarely longer.
    let s = '';
    for (let k = a; k < b; k += 4096) s += String.fromCharCode(...this.nb.subarray(k, Math.min(b, k + 4096)));
    return s;
  }
}
