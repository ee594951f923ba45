/** Phrase trie over normalised token stems: one pass over the tokens, each step a Map lookup,
 * so matching is linear in the post length (no regex, no backtracking on untrusted text). */
import { K_CUR as K_CUR_, K_EMOJI as K_EMOJI_, K_WORD as K_WORD_, tokenize as tokenize_, type Tokens } from './tokenize';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops.
const K_CUR = K_CUR_;
const K_EMOJI = K_EMOJI_;
const K_WORD = K_WORD_;
const tokenize = tokenize_;

class Node {
  next: Map<number, Node> | null = null;
  num: Node | null = null; // <num>: a number token
  cur: Node | null = null; // <cur>: a currency sign
  caps: Node | null = null; // <caps>: a word in CAPS or in quotes in the original
  emoji: Node | null = null; // <emoji>: any emoji
  any: Node | null = null; // <any>: any token
  out: number[] | null = null; // keys of the phrases ending here
}

export class PhraseTrie {
  readonly root = new Node();
  size = 0;

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
    let node = this.root;
    for (const s of steps) {
      if (typeof s === 'number') {
        if (node.next === null) node.next = new Map();
        let nx = node.next.get(s);
        if (nx === undefined) node.next.set(s, (nx = new Node()));
        node = nx;
      } else if (s === '<num>') node = node.num ?? (node.num = new Node());
      else if (s === '<cur>') node = node.cur ?? (node.cur = new Node());
      else if (s === '<caps>') node = node.caps ?? (node.caps = new Node());
      else if (s === '<emoji>') node = node.emoji ?? (node.emoji = new Node());
      else node = node.any ?? (node.any = new Node());
    }
    if (node.out === null) node.out = [];
    if (!node.out.includes(key)) node.out.push(key);
    this.size++;
  }
}

/** Hits of the last match call: key, first token, last token (inclusive). Reused buffers. */
export const HITS = { n: 0, key: new Int32Array(256), a: new Int32Array(256), b: new Int32Array(256) };

function pushHit(key: number, a: number, b: number): void {
  if (HITS.n >= HITS.key.length) {
    const m = HITS.n * 2;
    const k = new Int32Array(m); k.set(HITS.key); HITS.key = k;
    const x = new Int32Array(m); x.set(HITS.a); HITS.a = x;
    const y = new Int32Array(m); y.set(HITS.b); HITS.b = y;
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

function walk(t: Tokens, node: Node, start: number, j: number): void {
  if (node.out !== null) for (const k of node.out) pushHit(k, start, j - 1);
  if (j >= t.n || t.brk[j] === 1) return; // phrases never run across a sentence break
  if (node.next !== null) {
    const nx = node.next.get(t.stem[j] ?? 0);
    if (nx !== undefined) walk(t, nx, start, j + 1);
  }
  if (node.num !== null && isNumber(t, j)) walk(t, node.num, start, j + 1);
  if (node.cur !== null && t.kind[j] === K_CUR) walk(t, node.cur, start, j + 1);
  if (node.caps !== null && isCapsOrQuoted(t, j)) walk(t, node.caps, start, j + 1);
  if (node.emoji !== null && t.kind[j] === K_EMOJI) walk(t, node.emoji, start, j + 1);
  if (node.any !== null) walk(t, node.any, start, j + 1);
}

/** Match every phrase of `trie` against the current token stream; results land in HITS. */
export function matchAll(t: Tokens, trie: PhraseTrie): void {
  HITS.n = 0;
  const root = trie.root;
  for (let i = 0; i < t.n; i++) {
    if (root.next !== null) {
      const nx = root.next.get(t.stem[i] ?? 0);
      if (nx !== undefined) walk(t, nx, i, i + 1);
    }
    if (root.num !== null && isNumber(t, i)) walk(t, root.num, i, i + 1);
    if (root.cur !== null && t.kind[i] === K_CUR) walk(t, root.cur, i, i + 1);
  }
}

