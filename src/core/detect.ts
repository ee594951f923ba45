/** Rule signals: lexicon phrases, hashtags, emoji, prices, links and platform markers. All
 * lexicons are compiled once at module load into one trie (EN + ES together, since feeds mix
 * languages). Results land in the shared DET buffers, reused on every call. */
import { LEXICONS } from './lexicon/index';
import { ARROW_EMOJI, SPONSOR_TAGS } from './lexicon/shared';
import { HITS as HITS_, matchAll as matchAll_, PhraseTrie as PhraseTrie_ } from './matcher';
import { SIGNALS as SIGNALS_, sig as sig_ } from './signals';
import { K_URL as K_URL_, K_WORD as K_WORD_, tokenize, type Tokens } from './tokenize';
import { classifyUrl as classifyUrl_, L_AFFILIATE as L_AFFILIATE_, L_FREE as L_FREE_, L_FUNNEL as L_FUNNEL_, L_SHORT as L_SHORT_ } from './urls';
import type { PostInput } from './types';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops.
const HITS = HITS_;
const matchAll = matchAll_;
const PhraseTrie = PhraseTrie_;
const SIGNALS = SIGNALS_;
const sig = sig_;
const K_URL = K_URL_;
const K_WORD = K_WORD_;
const classifyUrl = classifyUrl_;
const L_AFFILIATE = L_AFFILIATE_;
const L_FREE = L_FREE_;
const L_FUNNEL = L_FUNNEL_;
const L_SHORT = L_SHORT_;

const S = SIGNALS.length;

/** Per-signal result of the last detect() call. start/end = -1 for link/marker evidence. */
export const DET = {
  /** 1 per fired signal; rounded up to whole 32-bit words for listFired(). */
  on: new Uint8Array((S + 3) & ~3),
  start: new Int32Array(S),
  end: new Int32Array(S),
  /** Start of the LAST hit of each signal (-1 for markers): a call to action that closes the
   * post says more than one buried in the middle (see addCombos). */
  last: new Int32Array(S),
  marker: Array.from<string | null>({ length: S }).fill(null),
  /** listFired() output: how many signals are on, and their indexes, ascending. */
  fired: 0,
  list: new Int32Array(S),
};

/** DET.on read four signals at a time: a post fires few, so most words are zero. */
const ON_WORDS = new Uint32Array(DET.on.buffer);

/** Fill DET.list / DET.fired with the signals that are on, ascending: later loops visit a
 * post's few signals rather than all S. */
export function listFired(): void {
  let n = 0;
  for (let w = 0; w < ON_WORDS.length; w++) {
    if (ON_WORDS[w] === 0) continue;
    for (let s = 4 * w; s < 4 * w + 4; s++) if (DET.on[s] === 1) DET.list[n++] = s;
  }
  DET.fired = n;
}

// Keys: signal indexes, then the internal parts of 'cta-giveaway'.
const K_GIVE = S;
const K_FOLLOW = S + 1;

const TRIE = new PhraseTrie();
function addAll(lex: Readonly<Record<string, readonly string[]>>): void {
  for (const [id, phrases] of Object.entries(lex)) {
    const key = id === '_giveaway' ? K_GIVE : id === '_follow' ? K_FOLLOW : sig(id);
    for (const p of phrases) TRIE.add(p, key, true);
  }
}
for (const lex of LEXICONS) addAll(lex);
for (const tag of SPONSOR_TAGS) TRIE.add(tag, sig('sponsor-tag'), false);
for (const e of ARROW_EMOJI) TRIE.add(e, sig('cta-arrow'), false);
TRIE.add('<cur> <num>', sig('price-amount'), true);
TRIE.add('<num> <cur>', sig('price-amount'), true);

const SIG_FUNNEL = sig('funnel-link');
const SIG_SHORT = sig('funnel-shortlink');
const SIG_FREE = sig('counter-free');
const SIG_AFF = sig('sponsor-affiliate-url');
const SIG_GIVE = sig('cta-giveaway');
const SIG_REPLY = sig('counter-reply');
const SIG_AD = sig('ad-platform');

/** Families whose phrases, when they sit inside quotation marks, are reported speech ("every
 * post ends with "DM me""), not the author's own ask: critics and journalists quote pitches. */
const QUOTABLE = new Uint8Array(S + 2);
SIGNALS.forEach((d, i) => {
  if (d.family === 'cta' || d.family === 'mlm' || d.family === 'urgency' || d.family === 'discount') QUOTABLE[i] = 1;
});
/** How far back (chars) to look for an opening quote: bounds the cost per hit. */
const QUOTE_LOOKBACK = 240;

/** Whether signal `id`'s phrases count as reported speech inside quotation marks (for tools that
 * audit the lexicons the way detect() reads them). */
export function quotableSignal(id: string): boolean {
  return !id.startsWith('_') && QUOTABLE[sig(id)] === 1;
}

/** The original-text offset `pos` sits inside a "…", “…” or «…» quote opened on the same line. */
export function insideQuotes(text: string, pos: number): boolean {
  let straight = 0;
  let curly = 0;
  const stop = Math.max(0, pos - QUOTE_LOOKBACK);
  for (let k = pos - 1; k >= stop; k--) {
    const c = text.charCodeAt(k);
    // Letters, digits and most punctuation lie between '"' (34) and '«' (0xab): two tests each.
    if (c <= 34) {
      if (c === 10) break;
      if (c === 34) straight++;
    } else if (c >= 0xab) {
      if (c === 0x201c || c === 0xab) curly++;
      else if (c === 0x201d || c === 0xbb) curly--;
    }
  }
  return (straight & 1) === 1 || curly > 0;
}

/** The text holds an opening quote at all: without one, insideQuotes() is false everywhere.
 * Most posts have none, and indexOf runs natively. */
function anyOpeningQuote(text: string): boolean {
  return text.indexOf('"') >= 0 || text.indexOf('\u201c') >= 0 || text.indexOf('\u00ab') >= 0;
}

function setSpan(s: number, start: number, end: number): void {
  DET.last[s] = start;
  if (DET.on[s]) return;
  DET.on[s] = 1;
  DET.start[s] = start;
  DET.end[s] = end;
  DET.marker[s] = null;
}

function setMarker(s: number, marker: string): void {
  if (DET.on[s]) return;
  DET.last[s] = -1;
  DET.on[s] = 1;
  DET.start[s] = -1;
  DET.end[s] = -1;
  DET.marker[s] = marker;
}

function linkFlags(flags: number, apply: (s: number) => void): void {
  if (flags & L_FUNNEL) apply(SIG_FUNNEL);
  if (flags & L_SHORT) apply(SIG_SHORT);
  if (flags & L_FREE) apply(SIG_FREE);
  if (flags & L_AFFILIATE) apply(SIG_AFF);
}

/** Word token i looks like a bare domain: its host part ends in a dot and 2+ letters
 * ("shop.example.com/x?ref=1"). Checked on the buffer so "3.99" or "e.g" never build a string. */
function domainLike(t: Tokens, i: number): boolean {
  const a = t.n0[i] ?? 0;
  let end = t.n1[i] ?? 0;
  for (let k = a; k < end; k++) {
    const c = t.nb[k];
    if (c === 47 || c === 63 || c === 58) end = k; // host ends at '/', '?' or ':' (as in hostOf)
  }
  let letters = 0;
  for (let k = end - 1; k > a; k--) {
    const c = t.nb[k] ?? 0;
    if (c === 46) return letters >= 2;
    if (c < 97 || c > 122) return false;
    letters++;
  }
  return false;
}

/** Run every rule over the current token stream `t` (already tokenized from post.text). */
export function detect(t: Tokens, post: PostInput): void {
  // Four signals per store: a plain loop of S/4 stores beats the builtin fill() call, whose
  // fixed cost is most of the work for 44 bytes.
  for (let w = 0; w < ON_WORDS.length; w++) ON_WORDS[w] = 0;
  matchAll(t, TRIE);
  let give = -1;
  let follow = false;
  let quotes = -1; // anyOpeningQuote(t.text), asked at the first quotable hit
  for (let h = 0; h < HITS.n; h++) {
    const key = HITS.key[h] ?? 0;
    const a = HITS.a[h] ?? 0;
    const b = HITS.b[h] ?? 0;
    if (key === K_GIVE) {
      if (give < 0) give = h;
      continue;
    }
    if (key === K_FOLLOW) {
      follow = true;
      continue;
    }
    if (QUOTABLE[key] === 1) {
      if (quotes < 0) quotes = t.quoteMaybe && anyOpeningQuote(t.text) ? 1 : 0;
      if (quotes === 1 && insideQuotes(t.text, t.o0[a] ?? 0)) continue;
    }
    if (DET.on[key] && DET.start[key] === t.o0[a] && (DET.end[key] ?? 0) < (t.o1[b] ?? 0)) {
      DET.end[key] = t.o1[b] ?? 0; // same start, longer phrase: show the fuller evidence
      DET.last[key] = DET.start[key] ?? 0;
    } else setSpan(key, t.o0[a] ?? 0, t.o1[b] ?? 0);
  }
  if (give >= 0 && follow) setSpan(SIG_GIVE, t.o0[HITS.a[give] ?? 0] ?? 0, t.o1[HITS.b[give] ?? 0] ?? 0);
  for (let i = 0; t.linky && i < t.n; i++) {
    const k = t.kind[i];
    if (k === K_URL || (t.dot[i] === 1 && k === K_WORD && (t.n1[i] ?? 0) - (t.n0[i] ?? 0) > 4 && domainLike(t, i))) {
      const flags = classifyUrl(t.str(i));
      if (flags !== 0) linkFlags(flags, (s) => setSpan(s, t.o0[i] ?? 0, t.o1[i] ?? 0));
    }
  }
  if (t.n > 0 && t.kind[0] === K_WORD && t.nb[t.n0[0] ?? 0] === 64) setSpan(SIG_REPLY, t.o0[0] ?? 0, t.o1[0] ?? 0);
  if (post.links) {
    for (const url of post.links) {
      if (typeof url === 'string') linkFlags(classifyUrl(url), (s) => setMarker(s, url));
    }
  }
  if (post.isAd === true) setMarker(SIG_AD, 'isAd');
}

/** All rule signals that fire on a post, with evidence (allocates; for tests and tools). */
export function detectSignals(post: PostInput): { id: string; evidence: string; start: number; end: number }[] {
  const t = tokenize(post.text);
  detect(t, post);
  const out: { id: string; evidence: string; start: number; end: number }[] = [];
  for (let s = 0; s < SIGNALS.length; s++) {
    if (!DET.on[s]) continue;
    const start = DET.start[s] ?? -1;
    const end = DET.end[s] ?? -1;
    out.push({ id: SIGNALS[s]?.id ?? '', evidence: start >= 0 ? post.text.slice(start, end) : (DET.marker[s] ?? ''), start, end });
  }
  return out;
}
