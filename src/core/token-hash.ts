/** Token identity for lexicons and features: FNV-1a of the normalised text cut to 30 bits, the
 * stem (trailing plural "s" dropped, voseo folded to the tú form) and the number flag. The
 * tokenizer hashes each token while copying it (setWordHash), or from its final text (hashToken)
 * when a fold or a spaced-letter merge rewrote it. */
import { digitsLike as digitsLike_, FNV_OFFSET as FNV_OFFSET_, FNV_PRIME as FNV_PRIME_, HASH_MASK as HASH_MASK_, K_WORD as K_WORD_, NUMBER_MASK as NUMBER_MASK_, NUMBER_MAYBE as NUMBER_MAYBE_, NUMBER_WORDS as NUMBER_WORDS_ } from './word-fold';
import { VOSEO_MASK as VOSEO_MASK_, VOSEO_MAYBE as VOSEO_MAYBE_, voseoStem as voseoStem_ } from './voseo';
import type { Tokens } from './tokens';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops.
const digitsLike = digitsLike_;
const FNV_OFFSET = FNV_OFFSET_;
const FNV_PRIME = FNV_PRIME_;
const HASH_MASK = HASH_MASK_;
const K_WORD = K_WORD_;
const NUMBER_MASK = NUMBER_MASK_;
const NUMBER_MAYBE = NUMBER_MAYBE_;
const NUMBER_WORDS = NUMBER_WORDS_;
const VOSEO_MASK = VOSEO_MASK_;
const VOSEO_MAYBE = VOSEO_MAYBE_;
const voseoStem = voseoStem_;

/** FNV_PRIME's inverse mod 2^32: one multiply takes an FNV state back over its last unit. */
const FNV_PRIME_INVERSE = 0x359c449b;

/** Store hash and stem of token i (its text nb[a, b)) from `h`, the FNV state after all of its
 * units; returns the 30-bit hash. */
function setStem(t: Tokens, i: number, a: number, b: number, h: number): number {
  // 30-bit hashes stay small integers in V8 (no boxed numbers in Map lookups and hot loops).
  const hash = h & HASH_MASK;
  t.hash[i] = hash;
  // The stem is the state before a trailing 's' (115): recovered here rather than tracked per unit.
  const stem = b - a >= 3 && t.nb[b - 1] === 115 ? (Math.imul(h, FNV_PRIME_INVERSE) ^ 115) & HASH_MASK : hash;
  t.stem[i] = VOSEO_MAYBE[hash & VOSEO_MASK] === 1 ? voseoStem(hash, stem) : stem;
  return hash;
}

/** Hash, stem and number flag of word token i that holds no digit (the tokenizer's common case,
 * hashed while copied; `h` is its FNV state): it is a number only as a number word. */
export function setWordHash(t: Tokens, i: number, h: number): void {
  h = setStem(t, i, t.n0[i] ?? 0, t.n1[i] ?? 0, h);
  t.num[i] = NUMBER_MAYBE[h & NUMBER_MASK] === 1 && NUMBER_WORDS.has(h) ? 1 : 0;
}

/** Hash token i from its text in nb. */
export function hashToken(t: Tokens, i: number): void {
  const nb = t.nb;
  const a = t.n0[i] ?? 0;
  const b = t.n1[i] ?? 0;
  let h = FNV_OFFSET;
  for (let k = a; k < b; k++) h = Math.imul(h ^ (nb[k] ?? 0), FNV_PRIME);
  h = setStem(t, i, a, b, h);
  t.num[i] = t.kind[i] === K_WORD && (digitsLike(nb, a, b) || (NUMBER_MAYBE[h & NUMBER_MASK] === 1 && NUMBER_WORDS.has(h))) ? 1 : 0;
}
