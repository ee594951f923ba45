/** The learned weights, unpacked once at module load. The JSON is written by scripts/train.ts:
 * the strongest hashed n-gram weights quantised to signed bytes (times `ngramScale`) and packed
 * as text (see packed.ts), per-signal weights by id, a Platt calibration and the three
 * sensitivity thresholds. Bytes keep both the shipped file and the hot lookup table small. */
import raw from './model-weights.json';
import { DIM, DIM_BITS } from './features';
import { unpackWeights } from './packed';
import { FIXED_WEIGHTS, SIGNALS } from './signals';
import type { Sensitivity } from './types';

export interface ModelFile {
  version: number;
  dimBits: number;
  bias: number;
  /** Logit units per quantisation step of the packed n-gram weights. */
  ngramScale: number;
  /** packWeights() output: sparse (slot, signed byte) pairs. */
  ngram: string;
  signals: Record<string, number>;
  platt: number[];
  thresholds: Record<Sensitivity, number>;
}

export interface Model {
  bias: number;
  /** Dense quantised n-gram weights: the logit contribution of slot i is ngram[i] * ngramScale. */
  ngram: Int8Array;
  ngramScale: number;
  signal: Float64Array;
  plattA: number;
  plattB: number;
  thresholds: Record<Sensitivity, number>;
}

/** Build a runtime model from its file form. */
export function loadModel(file: ModelFile): Model {
  if (file.version !== 2) throw new Error(`model-weights.json version ${file.version}, code expects 2 (run npm run train)`);
  if (file.dimBits !== DIM_BITS) throw new Error(`model-weights.json has dimBits ${file.dimBits}, code expects ${DIM_BITS}`);
  const signal = new Float64Array(SIGNALS.length);
  SIGNALS.forEach((s, i) => {
    signal[i] = FIXED_WEIGHTS[s.id] ?? file.signals[s.id] ?? 0;
  });
  return {
    bias: file.bias,
    ngram: unpackWeights(file.ngram, DIM),
    ngramScale: file.ngramScale,
    signal,
    plattA: file.platt[0] ?? 1,
    plattB: file.platt[1] ?? 0,
    thresholds: file.thresholds,
  };
}

export const MODEL: Model = loadModel(raw as ModelFile);
