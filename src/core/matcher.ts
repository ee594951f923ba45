/** Phrase trie over normalised token stems: one pass over the tokens, each step a Map lookup,
 * so matching is linear in the post length (no regex, no backtracking on untrusted text). */
import { grow8, grow32 } from './word-fold';
import { K_CUR as K_CUR_, K_EMOJI as K_EMOJI_, K_WORD as K_WORD_, tokenize as tokenize_, type Tokens } from './tokenize';
import {
  edgeBit as edgeBit_, EDGE as EDGE_, FILTER_BITS as FILTER_BITS_, FILTER_MASK as FILTER_MASK_, find as find_, insert as insert_,
  NONE as NONE_, hasBit as hasBit_, setBit as setBit_, slot as slot_, withRoom as withRoom_,
} from './trie-edges';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops.
const K_CUR = K_CUR_;
const K_EMOJI = K_EMOJI_;
const K_WORD = K_WORD_;
const tokenize = tokenize_;
const edgeBit = edgeBit_;
const EDGE = EDGE_;
const FILTER_BITS = FILTER_BITS_;
const FILTER_MASK = FILTER_MASK_;
const find = find_;
const insert = insert_;
const NONE = NONE_;
const hasBit = hasBit_;
const setBit = setBit_;
const slot = slot_;
const withRoom = withRoom_;

/** Wildcard steps, in the order of PhraseTrie.wild. */
const WILDCARDS = ['<num>', '<cur>', '<caps>', '<emoji>', '<any>'];
const W_NUM = 0; // a number token
const W_CUR = 1; // a currency sign
const W_CAPS = 2; // a word in CAPS or in quotes in the original
const W_EMOJI = 3; // any emoji
const W_ANY = 4; // any token

/** A phrase trie stored flat: nodes are integers (0 = root), word edges live in open-addressing
 * tables keyed by (node, stem). Much cheaper per step than a Map per node, and about half the
 * tokens of a post start a phrase ("my", "de", "the"). */
export class PhraseTrie {
  /** Phrases added. */
  size = 0;
  nodes = 1;
  /** Wildcard children: wild[w][node], NONE when absent. */
  wild: Int32Array[] = WILDCARDS.map(() => new Int32Array(64).fill(NONE));
  /** Per node, 1 if it has any wildcard child: most nodes have none, so walk() skips 5 tests. */
  hasWild: Uint8Array = new Uint8Array(64);
  /** Keys of the phrases ending at each node. */
  out: (number[] | null)[] = [null];
  /** Per node, 1 if some phrase ends there: a byte test spares walk() loading `out` for the many
   * nodes inside phrases. */
  hasOut: Uint8Array = new Uint8Array(64);
  /** Per node, 3 ints: how many word children, and the stem and node of its first one. Most
   * nodes inside phrases have one child or none: child() then answers without probing the big
   * edge table (a cache miss per probe). */
  kid: Int32Array = new Int32Array(64 * 3);
  /** Word-edge tables of `slots` slots: keys (parent node, NONE = empty slot; stem) side by side
   * in the first half, children in the second. A probe that misses, the common case, reads
   * 8 bytes a slot, so the keys stay in cache. Every token probes the root's edges, so they have
   * a table of their own. */
  edge: Int32Array = new Int32Array(256 * EDGE).fill(NONE);
  edges = 0;
  rootEdge: Int32Array = new Int32Array(256 * EDGE).fill(NONE);
  rootEdges = 0;
  /** Filters (see trie-edges.ts): bit (stem & FILTER_MASK) is set for the stem of every root
   * edge. */
  rootBits: Int32Array = new Int32Array(1 << (FILTER_BITS - 5));
  /** Bit (edgeBit(slot(node, stem))) is set for every other edge. */
  edgeBits: Int32Array = new Int32Array(1 << (FILTER_BITS - 5));

  /** Add a phrase. With `placeholders`, "<num>" etc. are wildcards; otherwise the phrase is
   * literal user text (custom phrases). */
  add(phrase: string, key: number, placeholders: boolean): void {
    const steps: (number | string)[] = [];
    const parts = placeholders ? phrase.split(' ') : [phrase];
    for (const part of parts) {
      if (placeholders && part.length > 2 && part.startsWith('<') && part.endsWith('>')) {
        steps.push(part);
        continue;
      }
      const t = tokenize(part);
      for (let i = 0; i < t.n; i++) steps.push(t.stem[i] ?? 0);
    }
    if (steps.length === 0) return;
    let node = 0;
    for (const s of steps) {
      if (typeof s === 'number') {
        let nx = child(this, node, s);
        if (nx === NONE) {
          nx = this.newNode();
          this.addEdge(node, s, nx);
        }
        node = nx;
      } else {
        const wi = WILDCARDS.indexOf(s) < 0 ? W_ANY : WILDCARDS.indexOf(s); // unknown <x>: any token
        let nx = this.wild[wi]?.[node] ?? NONE;
        if (nx === NONE) {
          nx = this.newNode(); // may reallocate this.wild: index it afresh below
          (this.wild[wi] as Int32Array)[node] = nx;
          this.hasWild[node] = 1;
        }
        node = nx;
      }
    }
    const out = this.out[node] ?? [];
    if (!out.includes(key)) out.push(key);
    this.out[node] = out;
    this.hasOut[node] = 1;
    this.size++;
  }

  private newNode(): number {
    const id = this.nodes++;
    if (id >= (this.wild[0]?.length ?? 0)) {
      this.wild = this.wild.map((a) => {
        const b = new Int32Array(a.length * 2).fill(NONE);
        b.set(a);
        return b;
      });
    }
    this.hasWild = grow8(this.hasWild, id + 1);
    this.hasOut = grow8(this.hasOut, id + 1);
    this.kid = grow32(this.kid, 3 * id + 3);
    this.out.push(null);
    return id;
  }

  private addEdge(node: number, stem: number, to: number): void {
    if (node === 0) {
      insert(this.rootEdge = withRoom(this.rootEdge, ++this.rootEdges), 0, stem, to);
      setBit(this.rootBits, stem & FILTER_MASK);
    } else {
      insert(this.edge = withRoom(this.edge, ++this.edges), node, stem, to);
      setBit(this.edgeBits, edgeBit(slot(node, stem)));
    }
    const e = node * 3;
    if (this.kid[e] === 0) {
      this.kid[e + 1] = stem;
      this.kid[e + 2] = to;
    }
    this.kid[e] = (this.kid[e] ?? 0) + 1;
  }
}

/** Child of the root along the word with this stem, or NONE. */
function rootChild(trie: PhraseTrie, stem: number): number {
  // Shift counts are taken mod 32: `>>> stem` tests bit (stem & 31).
  if (!hasBit(trie.rootBits, stem & FILTER_MASK)) return NONE;
  return find(trie.rootEdge, 0, stem, slot(0, stem));
}

/** Child of `node` along the word with this stem, or NONE. */
function child(trie: PhraseTrie, node: number, stem: number): number {
  if (node === 0) return rootChild(trie, stem);
  const kid = trie.kid;
  const count = kid[node * 3];
  if (count === 0) return NONE;
  if (count === 1) return kid[node * 3 + 1] === stem ? (kid[node * 3 + 2] ?? NONE) : NONE;
  const h = slot(node, stem);
  const b = edgeBit(h);
  if (!hasBit(trie.edgeBits, b)) return NONE;
  return find(trie.edge, node, stem, h);
}

/** Hits of the last match call: key, first token, last token (inclusive). Reused buffers. */
export const HITS = { n: 0, key: new Int32Array(256), a: new Int32Array(256), b: new Int32Array(256) };

function pushHit(key: number, a: number, b: number): void {
  if (HITS.n >= HITS.key.length) {
    const m = HITS.n * 2;
    HITS.key = grow32(HITS.key, m);
    HITS.a = grow32(HITS.a, m);
    HITS.b = grow32(HITS.b, m);
  }
  HITS.key[HITS.n] = key;
  HITS.a[HITS.n] = a;
  HITS.b[HITS.n] = b;
  HITS.n++;
}

export function isNumber(t: Tokens, i: number): boolean {
  return t.num[i] === 1;
}

const QUOTES = '"\'“”‘’«»';

/** The token is written in CAPS (2+ letters) or wrapped in quotes in the original text. */
export function isCapsOrQuoted(t: Tokens, i: number): boolean {
  if (t.kind[i] !== K_WORD) return false;
  const s = t.o0[i] ?? 0;
  const e = t.o1[i] ?? 0;
  const text = t.text;
  if (s > 0 && QUOTES.includes(text[s - 1] ?? ' ')) return true;
  let letters = 0;
  for (let k = s; k < e; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127) {
      const ch = text[k] ?? '';
      if (ch !== ch.toUpperCase()) return false;
      if (ch !== ch.toLowerCase()) letters++;
    }
  }
  return letters >= 2;
}

function walk(t: Tokens, trie: PhraseTrie, node: number, start: number, j: number): void {
  if (trie.hasOut[node] === 1) {
    const out = trie.out[node] ?? [];
    for (let k = 0; k < out.length; k++) pushHit(out[k] ?? 0, start, j - 1);
  }
  if (j >= t.n || t.brk[j] === 1) return; // phrases never run across a sentence break
  const nx = child(trie, node, t.stem[j] ?? 0);
  if (nx !== NONE) walk(t, trie, nx, start, j + 1);
  if (trie.hasWild[node] === 0) return;
  const w = trie.wild;
  const num = w[W_NUM]?.[node] ?? NONE;
  if (num !== NONE && t.num[j] === 1) walk(t, trie, num, start, j + 1);
  const cur = w[W_CUR]?.[node] ?? NONE;
  if (cur !== NONE && t.kind[j] === K_CUR) walk(t, trie, cur, start, j + 1);
  const caps = w[W_CAPS]?.[node] ?? NONE;
  if (caps !== NONE && isCapsOrQuoted(t, j)) walk(t, trie, caps, start, j + 1);
  const emoji = w[W_EMOJI]?.[node] ?? NONE;
  if (emoji !== NONE && t.kind[j] === K_EMOJI) walk(t, trie, emoji, start, j + 1);
  const any = w[W_ANY]?.[node] ?? NONE;
  if (any !== NONE) walk(t, trie, any, start, j + 1);
}

/** Match every phrase of `trie` against the current token stream; results land in HITS. */
export function matchAll(t: Tokens, trie: PhraseTrie): void {
  HITS.n = 0;
  const stem = t.stem;
  const rootNum = trie.wild[W_NUM]?.[0] ?? NONE;
  const rootCur = trie.wild[W_CUR]?.[0] ?? NONE;
  for (let i = 0; i < t.n; i++) {
    const nx = rootChild(trie, stem[i] ?? 0);
    if (nx !== NONE) walk(t, trie, nx, i, i + 1);
    if (rootNum !== NONE && t.num[i] === 1) walk(t, trie, rootNum, i, i + 1);
    if (rootCur !== NONE && t.kind[i] === K_CUR) walk(t, trie, rootCur, i, i + 1);
  }
}
