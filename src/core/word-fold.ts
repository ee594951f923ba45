/** Word-level folding helpers for the tokenizer: leetspeak, dotted letters, number words, and
 * growable typed arrays. Split from tokenize.ts to keep each file to one job. */

/** Token kinds. */
export const K_WORD = 1;
export const K_URL = 2;
export const K_EMOJI = 3;
export const K_CUR = 4;
export const K_PCT = 5;

/** A 64 K table of UTF-16 units: 1 for `codes`. */
export function unitTable(codes: readonly number[]): Uint8Array {
  const a = new Uint8Array(65536);
  for (const c of codes) a[c] = 1;
  return a;
}
/** Units that join two word parts into one word ("e-mail", "d.m", "m@ke"), when a word unit
 * follows; so does ',' between digits ("1,500"). */
export const CONNECT = unitTable([46, 47, 45, 95, 39, 58, 63, 61, 38, 64, 36]);

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;
/** Token hashes are cut to 30 bits: V8 keeps such values unboxed (small integers). */
export const HASH_MASK = 0x3fffffff;
export function grow16(a: Uint16Array, n: number): Uint16Array {
  if (a.length >= n) return a;
  const b = new Uint16Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}
/** `a`, or a copy at least `n` long (doubling): the shared typed-array buffers grow, never shrink. */
export function grow32<B extends ArrayBufferLike>(a: Int32Array<B>, n: number): Int32Array<B | ArrayBuffer> {
  if (a.length >= n) return a;
  const b = new Int32Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}
export function grow8(a: Uint8Array, n: number): Uint8Array {
  if (a.length >= n) return a;
  const b = new Uint8Array(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}

export function isLetter(u: number): boolean {
  // Digits are the only non-letter WORD units worth telling apart here.
  return !(u >= 48 && u <= 57);
}

const LEET: Record<number, number> = { 48: 111, 49: 105, 51: 101, 52: 97, 53: 115, 55: 116 };

/** Fold leetspeak in nb[a..b): "l1nk" -> "link", "fr33" -> "free". Only when the word clearly
 * mixes letters and look-alike digits, so "covid19", "5pm" or "web3" stay as they are. */
export function foldLeet(nb: Uint16Array, a: number, b: number): void {
  if (b - a < 2 || !isLetter(nb[a] ?? 48)) return;
  let digits = 0;
  let letters = 0;
  let followed = false;
  for (let k = a; k < b; k++) {
    const u = nb[k] ?? 0;
    if (u === 46 || u === 47 || u === 58 || u === 44) return; // dotted / slashed / decimal comma: a domain, a time, a number
    if (u >= 48 && u <= 57) {
      if (LEET[u] === undefined) return;
      digits++;
      const nx = k + 1 < b ? (nb[k + 1] ?? 0) : 0;
      if (nx !== 0 && isLetter(nx) && nx !== 45 && nx !== 95 && nx !== 39) followed = true;
    } else if (u !== 45 && u !== 95 && u !== 39) letters++;
  }
  if (digits === 0 || !(followed || (digits >= 2 && letters >= 2))) return;
  for (let k = a; k < b; k++) {
    const m = LEET[nb[k] ?? 0];
    if (m !== undefined) nb[k] = m;
  }
}

/** "d.m" -> "dm": drop dots when every dotted segment is a single letter. */
export function collapseDots(nb: Uint16Array, a: number, b: number): number {
  let dots = 0;
  for (let k = a; k < b; k++) {
    if (nb[k] === 46) {
      dots++;
      continue;
    }
    const prevDot = k === a || nb[k - 1] === 46;
    const nextDot = k + 1 === b || nb[k + 1] === 46;
    if (!prevDot || !nextDot || !isLetter(nb[k] ?? 48)) return b;
  }
  if (dots === 0) return b;
  let w = a;
  for (let k = a; k < b; k++) if (nb[k] !== 46) nb[w++] = nb[k] ?? 0;
  return w;
}

export function digitsLike(nb: Uint16Array, a: number, b: number): boolean {
  const c0 = nb[a] ?? 0;
  if (c0 < 48 || c0 > 57) return false;
  for (let k = a + 1; k < b; k++) {
    const c = nb[k] ?? 0;
    if ((c < 48 || c > 57) && c !== 44 && c !== 46 && !((c === 107 || c === 112) && k === b - 1)) return false; // 1,500 2.5 10k 99p
  }
  return true;
}

/** Hash of a word, the same as the tokenizer's token hash (t.hash) for that word. */
export function fnvString(s: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h & HASH_MASK;
}

/** Small numbers spelled out count as numbers: "two spots left", "dos cupos". */
export const NUMBER_WORDS = new Set<number>(
  ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
    'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez'].map(fnvString),
);
/** NUMBER_WORDS keys by their low 12 bits: a byte test skips the Set lookup for almost every
 * word (4 KB, stays in the CPU cache). */
export const NUMBER_MASK = 0xfff;
export const NUMBER_MAYBE = new Uint8Array(NUMBER_MASK + 1);
for (const h of NUMBER_WORDS) NUMBER_MAYBE[h & NUMBER_MASK] = 1;
