/** Hashed n-gram features for the learned part. Fills shared buffers (no per-post arrays):
 * FEAT.idx[k] is a slot in [0, DIM), FEAT.a/b the token span of word n-grams (-1 for char
 * n-grams, which are too fragmentary to show as evidence). */
import { K_EMOJI as K_EMOJI_, K_URL as K_URL_, K_WORD as K_WORD_, FNV_OFFSET as FNV_OFFSET_, FNV_PRIME as FNV_PRIME_, type Tokens } from './tokenize';
import { isNumber as isNumber_ } from './matcher';
import { hostOf as hostOf_ } from './urls';
import { DET as DET_, listFired as listFired_ } from './detect';
import { SIGNALS as SIGNALS_ } from './signals';
import { MAX_STYLE_IDS as MAX_STYLE_IDS_, styleIds as styleIds_, personOf as personOf_, phoneDigits as phoneDigits_, STYLE as STYLE_ } from './style';
import { grow32 } from './word-fold';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops.
const K_EMOJI = K_EMOJI_;
const K_URL = K_URL_;
const K_WORD = K_WORD_;
const FNV_OFFSET = FNV_OFFSET_;
const FNV_PRIME = FNV_PRIME_;
const isNumber = isNumber_;
const hostOf = hostOf_;
const DET = DET_;
const listFired = listFired_;
const SIGNALS = SIGNALS_;
const styleIds = styleIds_;
const MAX_STYLE_IDS = MAX_STYLE_IDS_;
const personOf = personOf_;
const phoneDigits = phoneDigits_;
const STYLE = STYLE_;

/** Calls to action, links, offers, deadlines, prices: where they sit in the post is evidence. */
const TAIL_FAMILIES = ['cta', 'funnel', 'offer', 'urgency', 'price', 'discount'];
/** 1-based index into TAIL_FAMILIES per signal, 0 when position is not a feature. */
const TAIL_FAMILY = SIGNALS.map((s) => TAIL_FAMILIES.indexOf(s.family) + 1);
/** A signal whose last hit starts after this fraction of the text counts as closing the post. */
const TAIL_FROM = 0.6;

const FAMILY_CODE = SIGNALS.map((s) => (s.family === 'counter' ? 2 : s.family === 'custom' || s.family === 'ad' || s.family === 'model' ? 0 : 1));

export const DIM_BITS = 14;
export const DIM = 1 << DIM_BITS;
const MASK = DIM - 1;

/** Features [0, nScaled) are word n-grams (and char n-grams when no weights were given), scaled
 * by 1/sqrt(nScaled + charCount); the rest have value 1 (style, signal combos). When scoring
 * with weights, char n-grams are not stored: their weights are summed straight into charSum. */
export const FEAT = {
  n: 0, nScaled: 0, charCount: 0, charSum: 0,
  idx: new Int32Array(4096), a: new Int32Array(4096), b: new Int32Array(4096),
};

function mix(h: number, salt: number): number {
  h = Math.imul(h ^ salt, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & MASK;
}

/** Model slot of the char 4-gram c0 c1 c2 c3. Math.imul wraps exactly like the exact double
 * products `(c0 * 65599 + c1 | 0) * 65599 + ...` (all below 2^53) cut to 32 bits did, at
 * integer cost. */
function charSlot(c0: number, c1: number, c2: number, c3: number): number {
  return mix((Math.imul((Math.imul(c0, 65599) + c1) | 0, 65599) + ((c2 << 16) ^ c3)) | 0, 3);
}

/** Make room for `m` features in all FEAT buffers. */
function reserve(m: number): void {
  if (m <= FEAT.idx.length) return;
  FEAT.idx = grow32(FEAT.idx, m);
  FEAT.a = grow32(FEAT.a, m);
  FEAT.b = grow32(FEAT.b, m);
}

const H_NUM = 0x4e554d31; // every number is one symbol: prices generalise across amounts
let hostCacheKey = '';
let hostCacheVal = 0;

function strHash(s: string): number {
  let h = FNV_OFFSET;
  for (let k = 0; k < s.length; k++) h = Math.imul(h ^ s.charCodeAt(k), FNV_PRIME);
  return h & 0x3fffffff;
}

/** Word identity used by the model (numbers collapsed, URLs reduced to their host). */
function wordHash(t: Tokens, i: number): number {
  const k = t.kind[i];
  if (k === K_URL) {
    const s = t.str(i);
    if (s !== hostCacheKey) {
      hostCacheKey = s;
      hostCacheVal = strHash(hostOf(s) || 'url');
    }
    return hostCacheVal;
  }
  if (k === K_WORD && isNumber(t, i)) return H_NUM;
  return t.stem[i] ?? 0;
}

/** Extract all n-gram features of the current token stream. With `weights` (the model's bytes)
 * char n-grams are scored on the fly instead of stored: they are never shown as evidence, and
 * most features are char n-grams, so this halves the work at inference. The same pass counts
 * what the style features need (STYLE, see style.ts): one walk over the tokens. */
export function extractNgrams(t: Tokens, weights: Int8Array | null = null): void {
  // A unigram and a bigram per token, plus (stored only without weights) at most one char
  // n-gram per normalised unit: room for all of them up front, so the loop writes straight
  // into the buffers.
  reserve(2 * t.n + (weights === null ? t.nbn : 0) + 8);
  const idx = FEAT.idx, fa = FEAT.a, fb = FEAT.b;
  let n = 0;
  let charCount = 0;
  let charSum = 0;
  const nb = t.nb;
  let prev = 0x2f2f2f2f; // sentence-start marker for the first bigram
  // Style counts (STYLE in style.ts).
  let words = 0, p1 = 0, p2 = 0, p3 = 0, emoji = 0;
  let run = 0; // digits in the current run of number-like tokens on one line
  let phone = 0;
  for (let i = 0; i < t.n; i++) {
    const k = t.kind[i];
    const w = wordHash(t, i);
    idx[n] = mix(w, 1); fa[n] = i; fb[n] = i; n++;
    if (i === 0 || t.nl[i] === 0) {
      idx[n] = mix(Math.imul(prev, 31) ^ w, 2); fa[n] = i > 0 ? i - 1 : i; fb[n] = i; n++;
    }
    prev = w;
    if (k !== K_WORD) {
      if (k === K_EMOJI) emoji++;
      run = 0;
      continue;
    }
    words++;
    const a = t.n0[i] ?? 0;
    const b = t.n1[i] ?? 0;
    const first = nb[a] ?? 0;
    const d = first >= 48 && first <= 57 ? phoneDigits(t, i) : 0;
    if (d === 0 || t.nl[i] === 1) run = d;
    else run += d;
    if (run >= 8) phone = 1;
    const person = personOf(t.hash[i] ?? 0);
    if (person !== 0) {
      if (person === 1) p1++;
      else if (person === 2) p2++;
      else p3++;
    }
    if (w === H_NUM) continue;
    // Char 4-grams with word boundaries: robust to typos, dropped accents and inflection.
    if (b - a > 24) continue;
    let c0 = 94; // '^'
    let c1 = first;
    let c2 = b - a > 1 ? (nb[a + 1] ?? 0) : 36;
    if (weights === null) {
      for (let p = a + 2; p <= b; p++) {
        const c3 = p < b ? (nb[p] ?? 0) : 36; // '$'
        idx[n] = charSlot(c0, c1, c2, c3); fa[n] = -1; fb[n] = -1; n++;
        c0 = c1; c1 = c2; c2 = c3;
      }
      continue;
    }
    if (b - a < 2) continue; // "^x$" is shorter than a 4-gram
    for (let p = a + 2; p < b; p++) {
      const c3 = nb[p] ?? 0;
      charSum += weights[charSlot(c0, c1, c2, c3)] ?? 0;
      c0 = c1; c1 = c2; c2 = c3;
    }
    charSum += weights[charSlot(c0, c1, c2, 36)] ?? 0; // '$'
    charCount += b - a - 1;
  }
  FEAT.n = n;
  FEAT.charCount = charCount;
  FEAT.charSum = charSum;
  STYLE.words = words; STYLE.p1 = p1; STYLE.p2 = p2; STYLE.p3 = p3; STYLE.emoji = emoji; STYLE.phone = phone;
}

/** Features with value 1 (not scaled by length): style (see style.ts), and the signal
 * interactions the linear model cannot express alone: each pair of fired signals, how many promo
 * families vs counter-signals fired (a pitch stacks several families), and where they sit. Call
 * after extractNgrams() and detect(), on the same token stream. */
export function addCombos(t: Tokens): void {
  FEAT.nScaled = FEAT.n;
  listFired();
  const fired = DET.fired;
  const list = DET.list;
  // Style ids, one per pair of signals, the family count and at most one per tail family: room
  // for all up front, so the loops write straight into the buffers.
  reserve(FEAT.n + MAX_STYLE_IDS + ((fired * (fired - 1)) >> 1) + 1 + TAIL_FAMILIES.length);
  // Only idx: FEAT.a/b are read for word n-grams (k < nScaled) alone.
  const idx = FEAT.idx;
  let n = FEAT.n;
  const styles = styleIds(t, STYLE_IDS);
  for (let k = 0; k < styles; k++) {
    idx[n] = mix(STYLE_IDS[k] ?? 0, 8); n++;
  }
  const textLen = t.text.length;
  let promo = 0;
  let counter = 0;
  // Pitches end with the ask, the offer and the deadline; critics and reporters mention them
  // mid-text. Per family: "its last hit closes the post" and/or "it appears earlier".
  const from = textLen * TAIL_FROM;
  let tailBits = 0;
  for (let i = 0; i < fired; i++) {
    const s = list[i] ?? 0;
    const tf = TAIL_FAMILY[s] ?? 0;
    const last = DET.last[s] ?? -1;
    if (tf !== 0 && last >= 0) tailBits |= 1 << (2 * tf + (last >= from ? 1 : 0));
    const f = FAMILY_CODE[s];
    if (f === 1) promo++;
    else if (f === 2) counter++;
    if (f === 0) continue;
    for (let j = i + 1; j < fired; j++) {
      const r = list[j] ?? 0;
      if (FAMILY_CODE[r] !== 0) {
        idx[n] = mix(s * 131 + r, 5); n++;
      }
    }
  }
  idx[n] = mix(Math.min(promo, 4) * 8 + Math.min(counter, 3), 6); n++;
  for (let f = 1; tailBits >>> (2 * f) !== 0; f++) {
    const b = (tailBits >>> (2 * f)) & 3;
    if (b !== 0) {
      idx[n] = mix(0x7a11 + f * 8 + b, 7); n++;
    }
  }
  FEAT.n = n;
}

/** styleIds() output buffer. */
const STYLE_IDS = new Int32Array(MAX_STYLE_IDS);

/** Style feature ids of token stream `t`, in order, counted as classify counts them (for tests
 * and tools; it overwrites the FEAT buffers). */
export function styleFeatures(t: Tokens, out: (id: number) => void): void {
  extractNgrams(t);
  const k = styleIds(t, STYLE_IDS);
  for (let i = 0; i < k; i++) out(STYLE_IDS[i] ?? 0);
}
