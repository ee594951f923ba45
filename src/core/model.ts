/** The learned weights, unpacked once at module load into a dense Float32Array. The JSON is
 * written by scripts/train.ts: sparse hashed weights (delta-encoded slots, weights x1000),
 * per-signal weights by id, a Platt calibration and the three sensitivity thresholds. */
import raw from './model-weights.json';
import { DIM, DIM_BITS } from './features';
import { FIXED_WEIGHTS, SIGNALS } from './signals';
import type { Sensitivity } from './types';

export interface ModelFile {
  version: number;
  dimBits: number;
  bias: number;
  hi: number[];
  hw: number[];
  signals: Record<string, number>;
  platt: number[];
  thresholds: Record<Sensitivity, number>;
}

export interface Model {
  bias: number;
  ngram: Float32Array;
  signal: Float64Array;
  plattA: number;
  plattB: number;
  thresholds: Record<Sensitivity, number>;
}

/** Build a runtime model from its file form (also used by training to evaluate candidates). */
export function loadModel(file: ModelFile): Model {
  if (file.dimBits !== DIM_BITS) throw new Error(`model-weights.json has dimBits ${file.dimBits}, code expects ${DIM_BITS}`);
  const ngram = new Float32Array(DIM);
  let slot = 0;
  for (let k = 0; k < file.hi.length; k++) {
    slot += file.hi[k] ?? 0;
    ngram[slot] = (file.hw[k] ?? 0) / 1000;
  }
  const signal = new Float64Array(SIGNALS.length);
  SIGNALS.forEach((s, i) => {
    signal[i] = FIXED_WEIGHTS[s.id] ?? file.signals[s.id] ?? 0;
  });
  return {
    bias: file.bias,
    ngram,
    signal,
    plattA: file.platt[0] ?? 1,
    plattB: file.platt[1] ?? 0,
    thresholds: file.thresholds,
  };
}

export const MODEL: Model = loadModel(raw as ModelFile);
