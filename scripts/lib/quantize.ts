/** Shrink trained n-gram weights to what ships: keep the `keep` largest by magnitude, round the
 * rest to signed bytes on one shared step. Applied to the cross-validation fold models too, so
 * calibration and thresholds are fitted on exactly the kind of model that ships. */
import type { Params } from './logreg';

export interface Quantised {
  /** Logit units per byte step. */
  scale: number;
  slots: number[];
  bytes: number[];
}

export function quantise(p: Params, keep: number): Quantised {
  const order: number[] = [];
  for (let i = 0; i < p.ngram.length; i++) if ((p.ngram[i] ?? 0) !== 0) order.push(i);
  // Ties broken by slot so the result never depends on sort stability.
  order.sort((a, b) => Math.abs(p.ngram[b] ?? 0) - Math.abs(p.ngram[a] ?? 0) || a - b);
  const kept = order.slice(0, keep);
  let max = 0;
  for (const i of kept) max = Math.max(max, Math.abs(p.ngram[i] ?? 0));
  const scale = max > 0 ? max / 127 : 1;
  const slots: number[] = [];
  const bytes: number[] = [];
  for (const i of kept.toSorted((a, b) => a - b)) {
    const q = Math.round((p.ngram[i] ?? 0) / scale);
    if (q === 0) continue;
    slots.push(i);
    bytes.push(q);
  }
  return { scale, slots, bytes };
}

/** Params whose n-gram weights are replaced by the quantised ones (for scoring fold models). */
export function applyQuantised(p: Params, q: Quantised): Params {
  const ngram = new Float64Array(p.ngram.length);
  q.slots.forEach((s, k) => {
    ngram[s] = (q.bytes[k] ?? 0) * q.scale;
  });
  return { ngram, signal: p.signal, bias: p.bias };
}
