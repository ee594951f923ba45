/** npm run train: fit the n-gram + style + signal logistic regression on the TRAIN split of
 * posts-dev (plus public proxy corpora at a lower weight), pick calibration and sensitivity
 * thresholds from repeated 5-fold lexicon-shift out-of-fold predictions on the train split
 * (lib/shift-cv.ts), and write src/core/model-weights.json (strongest n-gram weights as signed
 * bytes, see quantize.ts).
 * Deterministic: no randomness at all (full-batch optimiser, hash-based splits and dropout).
 * HUMO_SHOW_ERRORS=1 lists those out-of-fold train errors; HUMO_SHIFT_CV=1 adds the lexicon-shift
 * cross-validation (lib/shift-cv.ts), the yardstick for training choices; HUMO_WRITTEN_CV=1 adds the
 * cross-validation over the project's written posts (lib/written-cv.ts), a second one. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DIM_BITS } from '../src/core/features';
import type { ModelFile } from '../src/core/model';
import { SIGNALS } from '../src/core/signals';
import { loadDev, loadPublic, loadWritten, requireData, splitDev, splitPublic, splitWritten } from './lib/data';
import { DEFAULT_TRAIN, fitPlatt, train, type Params, type TrainOptions } from './lib/logreg';
import { pickF1Plateau, pickMaxRecall, prCurve } from './lib/metrics';
import { applyQuantised, quantise, type Quantised } from './lib/quantize';
import { packWeights } from '../src/core/packed';
import { shiftCv, shiftOof } from './lib/shift-cv';
import { writtenCv } from './lib/written-cv';
import { vectorize, type Doc } from './lib/vectorize';

const PUBLIC_WEIGHT = Number(process.env.HUMO_PUBLIC_WEIGHT ?? 0.03);
/** The project's written posts (data/written/): same genre as posts-dev, written apart from it. */
const WRITTEN_WEIGHT = Number(process.env.HUMO_WRITTEN_WEIGHT ?? 1);
// Issue #8 asks precision >= 0.93 on unseen posts; 0.02 above it leaves room for sampling noise.
// (With plain out-of-fold predictions this was 0.97, to make up for their flattering the lexicons.)
const BALANCED_MIN_PRECISION = 0.95;
// The lexicons were written while reading train posts, so on them the rule signals fire more
// reliably than on unseen posts, and the model over-trusts them. Each train post also enters as
// DROPOUT_COPIES copies (half weight each) with a share of its signals switched off, so the
// n-gram and style features learn to carry a pitch too. The lexicon-shift cross-validation
// (HUMO_SHIFT_CV) shows a small gain at 0.3 (log-loss 0.255 -> 0.251, F1 within noise) and a loss
// at 0.5. Dropping counter-signals as well (not only promo ones) took log-loss 0.239 -> 0.231;
// 0.2-0.5 are then all within noise.
const DROPOUT_RATE = Number(process.env.HUMO_SIGNAL_DROPOUT ?? 0.3);
const DROPOUT_COPIES = 2;
const FOLDS = 5;
// Repeated cross-validation: one 5-fold split of 420 posts gives a noisy PR curve, and the
// thresholds picked from it move with the split. Pooling several splits steadies them.
const REPEATS = Number(process.env.HUMO_CV_REPEATS ?? 5);
const OPTS: TrainOptions = {
  ...DEFAULT_TRAIN,
  ...(process.env.HUMO_L2_NGRAM ? { l2Ngram: Number(process.env.HUMO_L2_NGRAM) } : {}),
  ...(process.env.HUMO_L2_SIGNAL ? { l2Signal: Number(process.env.HUMO_L2_SIGNAL) } : {}),
};
// HUMO_WEIGHTS_OUT: write elsewhere, to compare training choices side by side.
const OUT = process.env.HUMO_WEIGHTS_OUT ?? fileURLToPath(new URL('../src/core/model-weights.json', import.meta.url));
// The content-script bundle (UI + adapters + this model) must stay <= 150 KB: ship only the
// strongest n-gram weights (cross-validation on the train split shows no loss from 4,000 on).
const KEEP = Number(process.env.HUMO_KEEP_NGRAMS ?? 4000);
const MAX_BYTES = Number(process.env.HUMO_MAX_WEIGHTS_BYTES ?? 20_000);

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function toFile(p: Params, q: Quantised, platt: [number, number], thresholds: ModelFile['thresholds']): ModelFile {
  const signals: Record<string, number> = {};
  SIGNALS.forEach((s, i) => {
    const w = r3(p.signal[i] ?? 0);
    if (w !== 0) signals[s.id] = w;
  });
  return {
    version: 2, dimBits: DIM_BITS, bias: r3(p.bias), ngramScale: Number(q.scale.toPrecision(6)), ngram: packWeights(q.slots, q.bytes),
    signals, platt: [r3(platt[0]), r3(platt[1])], thresholds,
  };
}

function fmt(c: { threshold: number; precision: number; recall: number; f1: number }): string {
  return `t=${c.threshold.toFixed(3)} P=${c.precision.toFixed(3)} R=${c.recall.toFixed(3)} F1=${c.f1.toFixed(3)}`;
}

function main(): void {
  requireData();
  const t0 = Date.now();
  const dev = splitDev(loadDev());
  const pub = splitPublic(loadPublic());
  const devDocs = dev.train.map((e) => vectorize(e, 1));
  const dropDocs = DROPOUT_RATE > 0
    ? Array.from({ length: DROPOUT_COPIES }, (_, salt) => dev.train.map((e) => vectorize(e, 1 / DROPOUT_COPIES, { rate: DROPOUT_RATE, salt }))).flat()
    : [];
  const pubDocs = pub.train.map((e) => vectorize(e, PUBLIC_WEIGHT));
  const written = splitWritten(loadWritten());
  // At weight 0 they train nothing but are still scored by HUMO_WRITTEN_CV (a baseline).
  const writtenDocs = written.train.map((e) => vectorize(e, WRITTEN_WEIGHT));
  const extraDocs = [...dropDocs, ...(WRITTEN_WEIGHT > 0 ? writtenDocs : []), ...pubDocs];
  console.log(`train: ${devDocs.length} posts-dev (+${dropDocs.length} signal-dropout copies) + ${WRITTEN_WEIGHT > 0 ? writtenDocs.length : 0} written (weight ${WRITTEN_WEIGHT}) + ${pubDocs.length} public (weight ${PUBLIC_WEIGHT}); eval splits untouched (posts-dev ${dev.evalSet.length}, written ${written.evalSet.length})`);

  // Calibration and thresholds come from lexicon-shift out-of-fold logits (lib/shift-cv.ts): each
  // train post scored by a model fitted without it, and without the lexicon phrases only it has.
  // That is what an unseen post looks like; plain out-of-fold logits flatter the lexicons.
  const ship = (raw: Params): Params => applyQuantised(raw, quantise(raw, KEEP));
  const oof: { z: number; y: number; d: Doc; rep: number }[] = [];
  for (let rep = 0; rep < REPEATS; rep++) {
    for (const o of shiftOof(devDocs, extraDocs, OPTS, FOLDS, rep, ship)) oof.push({ z: o.z, y: o.d.y, d: o.d, rep });
  }
  const platt = fitPlatt(oof.map((o) => o.z), oof.map((o) => o.y));
  const scored = oof.map((o) => ({ score: r3(1 / (1 + Math.exp(-(platt[0] * o.z + platt[1])))), gold: o.y === 1 }));
  const curve = prCurve(scored);
  // Precision first (a false "selling" badge on a friend's post costs more trust than a missed
  // pitch): the balanced level asks BALANCED_MIN_PRECISION of these unseen-like predictions.
  const balanced = pickF1Plateau(curve, BALANCED_MIN_PRECISION, 0.005);
  const relaxed = pickMaxRecall(curve.filter((c) => c.threshold > balanced.threshold), 0.99);
  const strict = pickMaxRecall(curve.filter((c) => c.threshold <= balanced.threshold), 0.88);
  const thresholds = {
    // Relaxed must flag strictly less than balanced; never closer than a third of the way to 1.
    relaxed: r3(Math.max(relaxed.threshold, balanced.threshold + (1 - balanced.threshold) / 3)),
    balanced: balanced.threshold,
    strict: Math.min(strict.threshold, balanced.threshold),
  };
  console.log(`lexicon-shift OOF (train split, ${REPEATS} x ${FOLDS} folds) platt a=${platt[0].toFixed(3)} b=${platt[1].toFixed(3)}`);
  console.log(`  relaxed  ${fmt(relaxed)}\n  balanced ${fmt(balanced)}\n  strict   ${fmt(strict)}`);

  if (process.env.HUMO_SHOW_ERRORS) {
    // Study TRAIN-split (out-of-fold) errors only; the eval split stays unseen.
    oof.forEach((o, i) => {
      const sc = scored[i]?.score ?? 0;
      if (o.rep !== 0 || (sc >= balanced.threshold) === (o.y === 1)) return;
      const sigs = [...o.d.sig].map((s) => SIGNALS[s]?.id).join(',');
      console.log(`ERR ${o.d.ex.label} ${sc.toFixed(2)} ${o.d.ex.lang}${o.d.ex.hard ? ' hard' : ''} [${sigs}] ${o.d.ex.text.replace(/\s+/g, ' ').slice(0, 400)}`);
    });
  }
  const shiftReps = Number(process.env.HUMO_SHIFT_CV ?? 0);
  if (shiftReps > 0) console.log(`lexicon-shift CV (train split, ${shiftReps} x ${FOLDS} folds): ${shiftCv(devDocs, extraDocs, OPTS, FOLDS, shiftReps)}`);
  if (process.env.HUMO_WRITTEN_CV) {
    const scorer = { score: (z: number) => 1 / (1 + Math.exp(-(platt[0] * z + platt[1]))), threshold: thresholds.balanced };
    const docs = { written: writtenDocs, dev: devDocs, rest: [...dropDocs, ...pubDocs] };
    console.log(`written-set CV (its train split, ${FOLDS} folds by author, lexicon-shifted, balanced threshold):\n  ${writtenCv(docs, OPTS, FOLDS, scorer, ship)}`);
  }
  const final = train([...devDocs, ...extraDocs], OPTS);
  const q = quantise(final, KEEP);
  const file = toFile(final, q, platt, thresholds);
  const json = JSON.stringify(file);
  if (json.length > MAX_BYTES) throw new Error(`weights JSON is ${json.length} bytes, over HUMO_MAX_WEIGHTS_BYTES=${MAX_BYTES}`);
  writeFileSync(OUT, `${json}\n`);
  console.log(`wrote ${OUT}: ${q.slots.length} n-gram weights (signed bytes x ${file.ngramScale}), ${json.length} bytes, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const sigs = Object.entries(file.signals).toSorted((a, b) => b[1] - a[1]);
  console.log(`signal weights: ${sigs.map(([k, v]) => `${k}=${v}`).join(' ')}`);
}

main();
