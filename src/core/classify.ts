/** The explainable classifier: rule signals + a hashed n-gram logistic regression summed into
 * one logit, Platt-calibrated into a probability, thresholded per sensitivity. Every reason
 * points at the exact span of the original text (or the link / marker) that produced it. */
import { customTrie as customTrie_, CUSTOM_PROMO } from './custom';
import { DET as DET_, detect as detect_ } from './detect';
import { addCombos as addCombos_, extractNgrams as extractNgrams_, FEAT as FEAT_ } from './features';
import { HITS as HITS_, matchAll as matchAll_, type PhraseTrie } from './matcher';
import { MODEL as MODEL_, type Model } from './model';
import { SIGNALS as SIGNALS_, sig as sig_ } from './signals';
import { tokenize as tokenize_, type Tokens } from './tokenize';
import { DEFAULT_CLASSIFY_SETTINGS as DEFAULT_CLASSIFY_SETTINGS_, type ClassifySettings, type Judgement, type PostInput, type Reason, type Sensitivity } from './types';

// Local aliases of imports (see tokenize.ts): no getter calls in hot loops or on every call.
const customTrie = customTrie_;
const DEFAULT_CLASSIFY_SETTINGS = DEFAULT_CLASSIFY_SETTINGS_;
const MODEL = MODEL_;
const DET = DET_;
const detect = detect_;
const addCombos = addCombos_;
const extractNgrams = extractNgrams_;
const FEAT = FEAT_;
const HITS = HITS_;
const matchAll = matchAll_;
const SIGNALS = SIGNALS_;
const sig = sig_;
const tokenize = tokenize_;

const SIG_CUSTOM_PROMO = sig('custom-promo');
const SIG_CUSTOM_VALUE = sig('custom-value');
/** Smallest model n-gram contribution (logit units) worth showing as a reason. */
const MIN_NGRAM_REASON = 0.25;
/** Very long texts are analysed as their first HEAD_CHARS + last TAIL_CHARS characters: a
 * pitch shows at the start or at the end (P.S., link, CTA), and this bounds the cost per post.
 * Reported spans still index the ORIGINAL text. */
export const HEAD_CHARS = 8_000;
export const TAIL_CHARS = 4_000;

/** Offset in the analysed window -> offset in the original text. */
let cutAt = -1;
let cutShift = 0;
function orig(o: number): number {
  return cutAt >= 0 && o > cutAt ? o + cutShift : o;
}

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function applyCustom(t: Tokens, trie: PhraseTrie | null): void {
  if (trie === null) return;
  matchAll(t, trie);
  for (let h = 0; h < HITS.n; h++) {
    const s = HITS.key[h] === CUSTOM_PROMO ? SIG_CUSTOM_PROMO : SIG_CUSTOM_VALUE;
    if (DET.on[s]) continue;
    DET.on[s] = 1;
    DET.start[s] = t.o0[HITS.a[h] ?? 0] ?? 0;
    DET.end[s] = t.o1[HITS.b[h] ?? 0] ?? 0;
    DET.marker[s] = null;
  }
}

/** Raw logit of the current buffers; also collects the strongest n-gram reasons. */
function logitOf(model: Model, text: string, reasons: Reason[] | null): number {
  const n = FEAT.nScaled;
  const scale = ngramScale();
  const w = model.ngram;
  const q = model.ngramScale;
  const idx = FEAT.idx;
  // Smallest |byte weight| that could be shown as a reason: cheaper than checking every feature.
  const minW = reasons === null || scale === 0 ? 256 : MIN_NGRAM_REASON / (q * scale * Math.abs(model.plattA));
  let sum = FEAT.charSum;
  // Best positive and negative word n-gram, tracked without allocating.
  let bestPos = -1, bestPosW = 0, secondPos = -1, secondPosW = 0, bestNeg = -1, bestNegW = 0;
  // In a longer post no byte weight (|w| <= 128) can be shown: then only the sum, without the
  // tests (a weight is 0 three times in four, at random: a branch mispredicted often).
  if (minW > 128) {
    for (let k = 0; k < n; k++) sum += w[idx[k] ?? 0] ?? 0;
  } else for (let k = 0; k < n; k++) {
    const wk = w[idx[k] ?? 0] ?? 0;
    if (wk === 0) continue;
    sum += wk;
    if ((wk < minW && wk > -minW) || (FEAT.a[k] ?? -1) < 0) continue;
    // Short function words ("for", "is") explain nothing to a reader: skip them as evidence.
    if (lastTokens !== null && (lastTokens.o1[FEAT.b[k] ?? 0] ?? 0) - (lastTokens.o0[FEAT.a[k] ?? 0] ?? 0) < 4) continue;
    if (wk > bestPosW) {
      if (bestPos < 0 || idx[bestPos] !== idx[k]) { secondPos = bestPos; secondPosW = bestPosW; }
      bestPos = k; bestPosW = wk;
    } else if (wk > secondPosW && idx[bestPos] !== idx[k]) { secondPos = k; secondPosW = wk; }
    else if (wk < bestNegW) { bestNeg = k; bestNegW = wk; }
  }
  let combo = 0;
  for (let k = n; k < FEAT.n; k++) combo += w[idx[k] ?? 0] ?? 0;
  let logit = model.bias + (sum * scale + combo) * q;
  // The fired signals as addCombos() listed them, ascending as the sum always ran.
  for (let f = 0; f < DET.fired; f++) logit += model.signal[DET.list[f] ?? 0] ?? 0;
  if (reasons !== null) {
    ngramReason(model, text, reasons, bestPos, scale);
    ngramReason(model, text, reasons, secondPos, scale);
    ngramReason(model, text, reasons, bestNeg, scale);
  }
  return logit;
}

/** The n-gram sum's length normalisation: 1/sqrt(features), 0 for a post without any. */
function ngramScale(): number {
  const count = FEAT.nScaled + FEAT.charCount;
  return count > 0 ? 1 / Math.sqrt(count) : 0;
}

/** Add feature k (a word n-gram) as a reason when its contribution is at least `shown`. */
function ngramReason(model: Model, text: string, reasons: Reason[], k: number, scale: number, shown = MIN_NGRAM_REASON): void {
  const t = lastTokens;
  if (k < 0 || t === null) return;
  const contrib = (model.ngram[FEAT.idx[k] ?? 0] ?? 0) * model.ngramScale * scale * model.plattA;
  if (contrib === 0 || Math.abs(contrib) < shown) return;
  const start = orig(t.o0[FEAT.a[k] ?? 0] ?? 0);
  const end = orig(t.o1[FEAT.b[k] ?? 0] ?? 0);
  // A contribution that rounds to 0 still pushed one way: never shown as 0.
  const weight = round(contrib) || Math.sign(contrib) * 0.001;
  reasons.push({ signal: 'model-ngram', evidence: text.slice(start, end), start, end, weight });
}

let lastTokens: Tokens | null = null;

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function threshold(model: Model, s: Sensitivity | undefined): number {
  const th = model.thresholds;
  return s === 'relaxed' ? th.relaxed : s === 'strict' ? th.strict : th.balanced;
}

/** Sort reasons by |weight|, strongest first, keeping the order of ties: the stable order
 * `sort((a, b) => |b| - |a|)` gives. An insertion sort: a post has a handful of reasons, and this
 * spares the closure and the comparator calls. */
function sortByStrength(reasons: Reason[]): void {
  for (let i = 1; i < reasons.length; i++) {
    const r = reasons[i] as Reason;
    const w = Math.abs(r.weight);
    let j = i - 1;
    while (j >= 0 && Math.abs((reasons[j] as Reason).weight) < w) {
      reasons[j + 1] = reasons[j] as Reason;
      j--;
    }
    reasons[j + 1] = r;
  }
}

/** Classify with an explicit model (training and evaluation use this to try candidates). */
export function classifyWith(model: Model, post: PostInput, settings: ClassifySettings = DEFAULT_CLASSIFY_SETTINGS): Judgement {
  const text = typeof post?.text === 'string' ? post.text : '';
  let analysed = text;
  cutAt = -1;
  if (text.length > HEAD_CHARS + TAIL_CHARS) {
    // The '\n' joint is a sentence break, so no phrase or bigram spans the cut.
    analysed = `${text.slice(0, HEAD_CHARS)}\n${text.slice(text.length - TAIL_CHARS)}`;
    cutAt = HEAD_CHARS;
    cutShift = text.length - TAIL_CHARS - HEAD_CHARS - 1;
  }
  // Compile custom phrases first: compiling tokenizes them, which reuses the shared buffers.
  const custom = settings ? customTrie(settings.customPromo ?? [], settings.customValue ?? []) : null;
  const t = tokenize(analysed);
  lastTokens = t;
  detect(t, post ? (analysed === text ? post : { ...post, text: analysed }) : { text });
  applyCustom(t, custom);
  extractNgrams(t, model.ngram);
  addCombos(t);
  const reasons: Reason[] = [];
  const logit = logitOf(model, text, reasons);
  for (let f = 0; f < DET.fired; f++) {
    const s = DET.list[f] ?? 0;
    const weight = round((model.signal[s] ?? 0) * model.plattA);
    if (weight === 0) continue;
    const start = (DET.start[s] ?? -1) >= 0 ? orig(DET.start[s] ?? 0) : -1;
    const end = (DET.end[s] ?? -1) >= 0 ? orig(DET.end[s] ?? 0) : -1;
    const evidence = start >= 0 ? text.slice(start, end) : (DET.marker[s] ?? '');
    reasons.push({ signal: SIGNALS[s]?.id ?? 'unknown', evidence, start, end, weight });
  }
  const score = round(sigmoid(model.plattA * logit + model.plattB));
  const verdict = score >= threshold(model, settings?.sensitivity) ? 'promo' : 'value';
  if (verdict === 'promo' && !reasons.some((r) => r.weight > 0)) explainPromo(model, text, reasons);
  sortByStrength(reasons); // after explainPromo: its reason takes its place by strength too
  return { verdict, score, reasons };
}

/** A "selling" badge must say why. When nothing cleared the bar for showing (many small n-grams
 * added up, or a fired rule the model weighs at zero), the strongest word n-gram that pushed
 * toward promo is shown, however small; a word of 4+ characters if there is one. Rare: it costs
 * one more pass over the word n-grams only then. */
function explainPromo(model: Model, text: string, reasons: Reason[]): void {
  const t = lastTokens;
  if (t === null) return;
  let best = -1, bestW = 0, bestLong = false;
  for (let k = 0; k < FEAT.nScaled; k++) {
    const wk = model.ngram[FEAT.idx[k] ?? 0] ?? 0;
    if (wk <= 0 || (FEAT.a[k] ?? -1) < 0) continue;
    const long = (t.o1[FEAT.b[k] ?? 0] ?? 0) - (t.o0[FEAT.a[k] ?? 0] ?? 0) >= 4;
    if ((long && !bestLong) || (long === bestLong && wk > bestW)) { best = k; bestW = wk; bestLong = long; }
  }
  ngramReason(model, text, reasons, best, ngramScale(), 0);
}

/** Classify one post with the committed model. Never throws on any string. */
export function classify(post: PostInput, settings: ClassifySettings = DEFAULT_CLASSIFY_SETTINGS): Judgement {
  return classifyWith(MODEL, post, settings);
}
