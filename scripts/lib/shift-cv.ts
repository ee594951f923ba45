/** Lexicon-shift cross-validation on the TRAIN split (`HUMO_SHIFT_CV=1 npm run train`).
 * The lexicons were written while reading train posts, so plain cross-validation flatters the
 * rule signals: a phrase copied from a post fires on it even when that post is held out. Here a
 * held-out post loses every phrase that fires on no post of the training folds, which is what
 * an unseen post looks like to the lexicon. Its numbers track the eval split far better than
 * plain out-of-fold numbers, so it is the yardstick for training choices (e.g. signal dropout). */
import { DET, detect } from '../../src/core/detect';
import { addCombos, extractNgrams, FEAT } from '../../src/core/features';
import { LEXICONS } from '../../src/core/lexicon/index';
import { HITS, matchAll, PhraseTrie } from '../../src/core/matcher';
import { FIXED_WEIGHTS, SIGNALS, sig } from '../../src/core/signals';
import { tokenize } from '../../src/core/tokenize';
import { foldOf, type Example } from './data';
import { fitPlatt, logit, train, type Params, type TrainOptions } from './logreg';
import { averagePrecision, counts, pickF1Plateau, prCurve, prf } from './metrics';
import type { Doc } from './vectorize';

const LEARNED = SIGNALS.map((s) => FIXED_WEIGHTS[s.id] === undefined);

/** Every lexicon phrase with its own id, to know which phrases fire on which post. */
const PHRASES = new PhraseTrie();
const PHRASE_SIGNAL: number[] = [];
for (const lex of LEXICONS) {
  for (const [id, phrases] of Object.entries(lex)) {
    if (id.startsWith('_')) continue; // giveaway parts: two-phrase rule, left as is
    for (const p of phrases) {
      PHRASES.add(p, PHRASE_SIGNAL.length, true);
      PHRASE_SIGNAL.push(sig(id));
    }
  }
}

const PHRASE_CACHE = new Map<string, Set<number>>();

/** Ids of the lexicon phrases that fire on a text (cached: every fold asks again). */
export function phrasesOf(text: string): Set<number> {
  const cached = PHRASE_CACHE.get(text);
  if (cached !== undefined) return cached;
  matchAll(tokenize(text), PHRASES);
  const out = new Set<number>();
  for (let h = 0; h < HITS.n; h++) out.add(HITS.key[h] ?? 0);
  PHRASE_CACHE.set(text, out);
  return out;
}

/** vectorize() for a held-out post, without the signals only `excluded` phrases supported. */
export function vectorizeShifted(ex: Example, phrases: Set<number>, excluded: Set<number>): Doc {
  const fromLexicon = new Set<number>();
  const kept = new Set<number>();
  for (const p of phrases) {
    fromLexicon.add(PHRASE_SIGNAL[p] ?? -1);
    if (!excluded.has(p)) kept.add(PHRASE_SIGNAL[p] ?? -1);
  }
  const t = tokenize(ex.text);
  detect(t, ex.platform ? { text: ex.text, platform: ex.platform } : { text: ex.text });
  for (let s = 0; s < SIGNALS.length; s++) {
    if (DET.on[s] && fromLexicon.has(s) && !kept.has(s) && (DET.start[s] ?? -1) >= 0) DET.on[s] = 0;
  }
  extractNgrams(t);
  addCombos(t);
  const n = FEAT.nScaled;
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
  const acc = new Map<number, number>();
  for (let k = 0; k < FEAT.n; k++) acc.set(FEAT.idx[k] ?? 0, (acc.get(FEAT.idx[k] ?? 0) ?? 0) + (k < n ? scale : 1));
  const keys = [...acc.keys()].toSorted((a, b) => a - b);
  const sigs: number[] = [];
  for (let s = 0; s < SIGNALS.length; s++) if (DET.on[s] && LEARNED[s]) sigs.push(s);
  return { idx: Int32Array.from(keys), val: Float32Array.from(keys.map((k) => acc.get(k) ?? 0)), sig: Int32Array.from(sigs), y: ex.label === 'promo' ? 1 : 0, w: 1, ex };
}

/** Held-out TRAIN-split posts a cross-validated model gets wrong: what unseen posts fail on.
 * `all` also lists the right calls, to study near misses. */
export function printErrors(scored: readonly { score: number; gold: boolean; ex: Example }[], th: number, label: string, all = false): void {
  for (const s of scored) {
    if ((s.score >= th) === s.gold && !all) continue;
    const e = s.ex;
    console.log(`${label}-${(s.score >= th) === s.gold ? 'OK' : 'ERR'} ${e.label} ${s.score.toFixed(2)} ${e.lang}${e.platform ? `/${e.platform}` : ''}${e.hard ? ' hard' : ''} ${e.id} ${e.text.replace(/\s+/g, ' ').slice(0, 500)}`);
  }
}

/** Out-of-fold logits of one repeat of the lexicon-shift CV: every train post scored by a model
 * fitted on the other folds, without the phrases no other fold has. `ship` turns a fitted model
 * into the kind that ships (quantised), so calibration is fitted on that. */
export function shiftOof(devDocs: readonly Doc[], extraDocs: readonly Doc[], opts: TrainOptions, folds: number, rep: number,
  ship: (p: Params) => Params = (p) => p): { z: number; d: Doc }[] {
  const oof: { z: number; d: Doc }[] = [];
  for (let f = 0; f < folds; f++) {
    const inFit = (d: Doc): boolean => foldOf(d.ex.id, folds, rep) !== f;
    const seen = new Set<number>();
    for (const d of devDocs) if (inFit(d)) for (const p of phrasesOf(d.ex.text)) seen.add(p);
    const p = ship(train([...devDocs.filter(inFit), ...extraDocs.filter((d) => d.ex.source !== 'posts-dev' || inFit(d))], opts));
    for (const d of devDocs) {
      if (inFit(d)) continue;
      const own = phrasesOf(d.ex.text);
      oof.push({ z: logit(p, vectorizeShifted(d.ex, own, new Set([...own].filter((x) => !seen.has(x))))), d });
    }
  }
  return oof;
}

/** Run the lexicon-shift CV and return one printable line per repeat-averaged metric. */
export function shiftCv(devDocs: readonly Doc[], extraDocs: readonly Doc[], opts: TrainOptions, folds: number, repeats: number): string {
  const sums: Record<string, number> = {};
  const add = (k: string, v: number): void => {
    sums[k] = (sums[k] ?? 0) + v / repeats;
  };
  for (let rep = 0; rep < repeats; rep++) {
    const oof = shiftOof(devDocs, extraDocs, opts, folds, rep);
    const platt = fitPlatt(oof.map((o) => o.z), oof.map((o) => o.d.y));
    const scored = oof.map((o) => ({ score: Math.round(1000 / (1 + Math.exp(-(platt[0] * o.z + platt[1])))) / 1000, gold: o.d.y === 1, ex: o.d.ex }));
    const th = pickF1Plateau(prCurve(scored), 0.95, 0.005).threshold;
    const m = (keep: (e: Example) => boolean): ReturnType<typeof prf> => prf(counts(scored.filter((s) => keep(s.ex)).map((s) => ({ gold: s.gold, pred: s.score >= th }))));
    const f1 = (keep: (e: Example) => boolean): number => m(keep).f1;
    if (rep === 0 && process.env.HUMO_SHOW_SHIFT_ERRORS) printErrors(scored, th, 'SHIFT', process.env.HUMO_SHOW_SHIFT_ERRORS === 'all');
    add('threshold', th);
    add('F1', f1(() => true));
    add('F1 en', f1((e) => e.lang === 'en'));
    add('F1 es', f1((e) => e.lang === 'es'));
    add('P en', m((e) => e.lang === 'en').precision);
    add('P es', m((e) => e.lang === 'es').precision);
    add('hard F1 en', f1((e) => e.hard && e.lang === 'en'));
    add('hard F1 es', f1((e) => e.hard && e.lang === 'es'));
    add('AP en', averagePrecision(scored.filter((s) => s.ex.lang === 'en')));
    add('AP es', averagePrecision(scored.filter((s) => s.ex.lang === 'es')));
    add('log-loss', scored.reduce((a, s) => a - Math.log(Math.max(1e-6, s.gold ? s.score : 1 - s.score)), 0) / scored.length);
  }
  return Object.entries(sums).map(([k, v]) => `${k}=${v.toFixed(3)}`).join(' ');
}
