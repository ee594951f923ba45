/** The phrase trie's word-edge tables (split from matcher.ts): open addressing keyed by (parent
 * node, stem), and the bit filters in front of them. */

export const NONE = -1;
/** Ints per edge slot: node and stem, child, and one unused to keep the size a power of two. */
export const EDGE = 4;

/** Edge filters: 2^15-bit sets (4 KB each, so they stay in the CPU cache between posts). A
 * probe into an edge table is a cache miss, and most probes find nothing: about half the tokens
 * start no phrase, and most phrases stop after their first word. Bits are only ever set, so a
 * clear bit proves there is no edge. */
export const FILTER_BITS = 15;
export const FILTER_MASK = (1 << FILTER_BITS) - 1;

/** Set bit b of a filter. */
/** Whether bit `b` is set (bits past 31 in a word: JS shifts take b mod 32, as setBit does). */
export function hasBit(bits: Int32Array, b: number): boolean {
  return (((bits[b >>> 5] ?? 0) >>> b) & 1) !== 0;
}

export function setBit(bits: Int32Array, b: number): void {
  bits[b >>> 5] = (bits[b >>> 5] ?? 0) | (1 << b);
}

/** `edge`, or a copy twice as large when `count` edges would fill more than half its slots. */
export function withRoom(edge: Int32Array, count: number): Int32Array {
  const slots = edge.length / EDGE;
  if (count * 2 <= slots) return edge;
  const bigger = new Int32Array(edge.length * 2).fill(NONE);
  for (let k = 0; k < slots; k++) if (edge[2 * k] !== NONE) insert(bigger, edge[2 * k] ?? 0, edge[2 * k + 1] ?? 0, edge[2 * slots + k] ?? 0);
  return bigger;
}

export function insert(edge: Int32Array, node: number, stem: number, to: number): void {
  const slots = edge.length / EDGE;
  let k = slot(node, stem) & (slots - 1);
  while (edge[2 * k] !== NONE) k = (k + 1) & (slots - 1);
  edge[2 * k] = node;
  edge[2 * k + 1] = stem;
  edge[2 * slots + k] = to;
}

/** Child of `node` along the word with this stem in an edge table, or NONE. `h` is slot(node,
 * stem). */
export function find(edge: Int32Array, node: number, stem: number, h: number): number {
  const slots = edge.length >> 2; // length / EDGE
  for (let k = h & (slots - 1); ; k = (k + 1) & (slots - 1)) {
    const n = edge[2 * k] ?? NONE;
    if (n === NONE) return NONE;
    if (n === node && edge[2 * k + 1] === stem) return edge[2 * slots + k] ?? NONE;
  }
}

export function slot(node: number, stem: number): number {
  let h = Math.imul(stem ^ Math.imul(node, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  return h;
}

/** Filter bit of a non-root edge: high bits of its slot hash (the low ones index the table). */
export function edgeBit(h: number): number {
  return (h >>> 17) & FILTER_MASK;
}
