/** npm run train: fit the n-gram + signal logistic regression on the TRAIN split of posts-dev
 * (plus public proxy corpora at a lower weight), pick calibration and sensitivity thresholds
 * from 5-fold out-of-fold predictions on the train split, and write src/core/model-weights.json.
 * Deterministic: no randomness at all (full-batch optimiser, hash-based splits). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DIM_BITS } from '../src/core/features';
import type { ModelFile } from '../src/core/model';
import { SIGNALS } from '../src/core/signals';
import { foldOf, loadDev, loadPublic, requireData, splitDev, splitPublic } from './lib/data';
import { DEFAULT_TRAIN, fitPlatt, logit, train, type Params, type TrainOptions } from './lib/logreg';
import { pickMaxF1, pickMaxRecall, prCurve } from './lib/metrics';
import { vectorize, type Doc } from './lib/vectorize';

const PUBLIC_WEIGHT = Number(process.env.HUMO_PUBLIC_WEIGHT ?? 0.03);
const FOLDS = 5;
const OPTS: TrainOptions = {
  ...DEFAULT_TRAIN,
  ...(process.env.HUMO_L2_NGRAM ? { l2Ngram: Number(process.env.HUMO_L2_NGRAM) } : {}),
  ...(process.env.HUMO_L2_SIGNAL ? { l2Signal: Number(process.env.HUMO_L2_SIGNAL) } : {}),
};
const OUT = fileURLToPath(new URL('../src/core/model-weights.json', import.meta.url));
// The content-script bundle (UI + adapters + this model) must stay <= 150 KB: keep the JSON small.
const MAX_BYTES = Number(process.env.HUMO_MAX_WEIGHTS_BYTES ?? 70_000);

function r3(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function toFile(p: Params, platt: [number, number], thresholds: ModelFile['thresholds'], minAbs: number): ModelFile {
  const hi: number[] = [];
  const hw: number[] = [];
  let last = 0;
  for (let i = 0; i < p.ngram.length; i++) {
    const w = Math.round((p.ngram[i] ?? 0) * 1000);
    if (Math.abs(w) < minAbs * 1000 || w === 0) continue;
    hi.push(i - last);
    hw.push(w);
    last = i;
  }
  const signals: Record<string, number> = {};
  SIGNALS.forEach((s, i) => {
    const w = r3(p.signal[i] ?? 0);
    if (w !== 0) signals[s.id] = w;
  });
  return { version: 1, dimBits: DIM_BITS, bias: r3(p.bias), hi, hw, signals, platt: [r3(platt[0]), r3(platt[1])], thresholds };
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
  const pubDocs = pub.train.map((e) => vectorize(e, PUBLIC_WEIGHT));
  console.log(`train: ${devDocs.length} posts-dev + ${pubDocs.length} public (weight ${PUBLIC_WEIGHT}); eval split untouched (${dev.evalSet.length})`);

  // Out-of-fold logits on the posts-dev train part: the validation slice for calibration.
  const oof: { z: number; y: number; d: Doc }[] = [];
  for (let f = 0; f < FOLDS; f++) {
    const fit = [...devDocs.filter((d) => foldOf(d.ex.id, FOLDS) !== f), ...pubDocs];
    const p = train(fit, OPTS);
    for (const d of devDocs) if (foldOf(d.ex.id, FOLDS) === f) oof.push({ z: logit(p, d), y: d.y, d });
  }
  const platt = fitPlatt(oof.map((o) => o.z), oof.map((o) => o.y));
  const scored = oof.map((o) => ({ score: r3(1 / (1 + Math.exp(-(platt[0] * o.z + platt[1])))), gold: o.y === 1 }));
  const curve = prCurve(scored);
  const balanced = pickMaxF1(curve, 0.95);
  const relaxed = pickMaxRecall(curve.filter((c) => c.threshold > balanced.threshold), 0.99);
  const strict = pickMaxRecall(curve.filter((c) => c.threshold <= balanced.threshold), 0.88);
  const thresholds = {
    // Relaxed must flag strictly less than balanced; never closer than a third of the way to 1.
    relaxed: r3(Math.max(relaxed.threshold, balanced.threshold + (1 - balanced.threshold) / 3)),
    balanced: balanced.threshold,
    strict: Math.min(strict.threshold, balanced.threshold),
  };
  console.log(`OOF (train split, ${FOLDS} folds) platt a=${platt[0].toFixed(3)} b=${platt[1].toFixed(3)}`);
  console.log(`  relaxed  ${fmt(relaxed)}\n  balanced ${fmt(balanced)}\n  strict   ${fmt(strict)}`);

  if (process.env.HUMO_SHOW_ERRORS) {
    // Study TRAIN-split (out-of-fold) errors only; the eval split stays unseen.
    oof.forEach((o, i) => {
      const sc = scored[i]?.score ?? 0;
      if ((sc >= balanced.threshold) === (o.y === 1)) return;
      const sigs = [...o.d.sig].map((s) => SIGNALS[s]?.id).join(',');
      console.log(`ERR ${o.d.ex.label} ${sc.toFixed(2)} ${o.d.ex.lang}${o.d.ex.hard ? ' hard' : ''} [${sigs}] ${o.d.ex.text.replace(/\s+/g, ' ').slice(0, 400)}`);
    });
  }
  const final = train([...devDocs, ...pubDocs], OPTS);
  let minAbs = 0.002;
  let file = toFile(final, platt, thresholds, minAbs);
  let json = JSON.stringify(file);
  while (json.length > MAX_BYTES) {
    minAbs *= 1.5;
    file = toFile(final, platt, thresholds, minAbs);
    json = JSON.stringify(file);
  }
  writeFileSync(OUT, `${json}\n`);
  console.log(`wrote ${OUT}: ${file.hi.length} n-gram weights (|w| >= ${minAbs.toFixed(4)}), ${json.length} bytes, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const sigs = Object.entries(file.signals).toSorted((a, b) => b[1] - a[1]);
  console.log(`signal weights: ${sigs.map(([k, v]) => `${k}=${v}`).join(' ')}`);
}

main();
