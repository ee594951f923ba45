/** Style features: who the post talks to and about, and how it ends. A pitch addresses the
 * reader ("you") about the author's offer ("my"), and closes on an emoji, a link or an order;
 * news and questions talk about others and close on a full stop or a question mark. These
 * generalise beyond any phrase list. Hashed into the model space like the signal combos. */
import { fnvString as h, K_EMOJI as K_EMOJI_, K_URL as K_URL_ } from './word-fold';
import type { Tokens } from './tokenize';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops.
const K_EMOJI = K_EMOJI_;
const K_URL = K_URL_;

/** Person of a pronoun / possessive (by token hash): 1 = I/my, 2 = you/your, 3 = we/our. */
const PERSON = new Map<number, number>();
const WORDS: readonly (readonly string[])[] = [
  [],
  ['i', "i'm", "i'll", "i've", 'my', 'me', 'mine', 'myself', 'yo', 'mi', 'mis', 'conmigo', 'mio', 'mia'],
  ['you', "you're", "you'll", "you've", 'your', 'yours', 'yourself', 'tu', 'tus', 'te', 'ti', 'contigo', 'vos', 'usted',
    'ustedes', 'os', 'vuestro', 'vuestra', 'tuyo', 'tuya', 'su'],
  ['we', "we're", "we'll", 'our', 'ours', 'us', 'nosotros', 'nosotras', 'nuestro', 'nuestra', 'nuestros', 'nuestras'],
];
WORDS.forEach((ws, person) => {
  for (const w of ws) PERSON.set(h(w), person);
});
/** PERSON as a direct table by the low 12 bits of the key: its person (0 = none) and the whole
 * key, to check. Most words are not pronouns, and a byte test is cheaper than a Map lookup;
 * 4 KB, so it stays in the CPU cache between posts (a 64 KB table missed once per word). Two
 * keys sharing a bucket would mark it 4: those words take the Map. */
const MAYBE_MASK = 0xfff;
const MAYBE = new Uint8Array(MAYBE_MASK + 1);
const MAYBE_KEY = new Int32Array(MAYBE_MASK + 1);
const SHARED = 4;
for (const [key, person] of PERSON) {
  const b = key & MAYBE_MASK;
  MAYBE[b] = MAYBE[b] === 0 ? person : SHARED;
  MAYBE_KEY[b] = key;
}

function bucket(x: number, cuts: readonly number[]): number {
  let b = 0;
  while (b < cuts.length && x >= (cuts[b] ?? 0)) b++;
  return b;
}

const RATE_CUTS = [0.001, 0.02, 0.05, 0.09];
const EMOJI_CUTS = [1, 3, 6];
const LENGTH_CUTS = [15, 40, 90, 180];

/** Digits of token i when it is made of digits and phone separators ("900418", "4831-2207"),
 * else 0. A run of such tokens with 8+ digits reads as a phone number: a shop or a service
 * asking to be called, which prices and years never look like. */
export function phoneDigits(t: Tokens, i: number): number {
  let digits = 0;
  for (let k = t.n0[i] ?? 0; k < (t.n1[i] ?? 0); k++) {
    const c = t.nb[k] ?? 0;
    if (c >= 48 && c <= 57) digits++;
    else if (c !== 45 && c !== 46) return 0;
  }
  return digits;
}

/** Person of the word with token hash `hi`: 1 = I/my, 2 = you/your, 3 = we/our, 0 = none. */
export function personOf(hi: number): number {
  const p = MAYBE[hi & MAYBE_MASK] ?? 0;
  if (p === 0) return 0;
  if (p === SHARED) return PERSON.get(hi) ?? 0;
  return MAYBE_KEY[hi & MAYBE_MASK] === hi ? p : 0;
}

/** Per-post counts behind the style features. extractNgrams() (features.ts) fills them in its
 * own pass over the tokens: one loop instead of two. */
export const STYLE = { words: 0, p1: 0, p2: 0, p3: 0, emoji: 0, phone: 0 };

/** Most style feature ids one post has (see styleIds). */
export const MAX_STYLE_IDS = 8;

/** Style feature ids (small integers) from the STYLE counts of token stream `t`, written into
 * `ids` (room for MAX_STYLE_IDS); returns how many. The caller hashes them into model slots. */
export function styleIds(t: Tokens, ids: Int32Array): number {
  const { words, p1, p2, p3, emoji, phone } = STYLE;
  const n = Math.max(1, words);
  const b1 = bucket(p1 / n, RATE_CUTS), b2 = bucket(p2 / n, RATE_CUTS), b3 = bucket(p3 / n, RATE_CUTS);
  ids[0] = 0x100 + b1;
  ids[1] = 0x200 + b2;
  ids[2] = 0x300 + b3;
  ids[3] = 0x400 + b1 * 8 + b2; // "my offer, for you" is the pitch shape
  ids[4] = 0x500 + bucket(emoji, EMOJI_CUTS);
  ids[5] = 0x600 + bucket(words, LENGTH_CUTS);
  let k = 6;
  if (phone === 1) ids[k++] = 0x800;
  // How the post ends: last token kind, or the last visible character.
  const text = t.text;
  let e = text.length - 1;
  while (e >= 0 && text.charCodeAt(e) <= 32) e--;
  const last = e >= 0 ? text.charCodeAt(e) : 0;
  const lk = t.n > 0 ? (t.kind[t.n - 1] ?? 0) : 0;
  ids[k++] = 0x700 + (last === 63 ? 1 : last === 33 ? 2 : last === 46 ? 3 : lk === K_URL ? 4 : lk === K_EMOJI ? 5 : 0);
  return k;
}
