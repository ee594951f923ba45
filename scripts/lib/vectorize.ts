/** Turn an example into the exact feature vector the runtime classifier scores (same
 * tokenizer, same rules, same hashing), so training and inference cannot drift apart. */
import { DET, detect } from '../../src/core/detect';
import { addCombos, extractNgrams, FEAT } from '../../src/core/features';
import { FIXED_WEIGHTS, SIGNALS } from '../../src/core/signals';
import { tokenize } from '../../src/core/tokenize';
import { fnv1a } from '../../src/core/hash';
import type { Example } from './data';

export interface Doc {
  idx: Int32Array;
  val: Float32Array;
  sig: Int32Array;
  y: number;
  w: number;
  ex: Example;
}

const LEARNED = SIGNALS.map((s) => FIXED_WEIGHTS[s.id] === undefined);

/** Signal dropout for training copies: each signal of the post is switched off with probability
 * `rate`, decided by a hash of (salt, post, signal) so training stays deterministic. Counter-
 * signals drop too: an unseen value post often says its "no pitch here" in words no lexicon has,
 * and the model must not read a post with no counter-signal as a pitch. */
export interface Dropout { rate: number; salt: number }

export function vectorize(ex: Example, weight: number, dropout: Dropout | null = null): Doc {
  const t = tokenize(ex.text);
  detect(t, ex.platform ? { text: ex.text, platform: ex.platform } : { text: ex.text });
  if (dropout !== null) {
    for (let s = 0; s < SIGNALS.length; s++) {
      if (DET.on[s] && parseInt(fnv1a(`${dropout.salt}:${ex.id}:${s}`), 16) % 1000 < dropout.rate * 1000) DET.on[s] = 0;
    }
  }
  extractNgrams(t);
  addCombos(t);
  const n = FEAT.nScaled;
  const scale = n > 0 ? 1 / Math.sqrt(n) : 0;
  const acc = new Map<number, number>();
  for (let k = 0; k < FEAT.n; k++) {
    const i = FEAT.idx[k] ?? 0;
    acc.set(i, (acc.get(i) ?? 0) + (k < n ? scale : 1));
  }
  const keys = [...acc.keys()].toSorted((a, b) => a - b);
  const sig: number[] = [];
  for (let s = 0; s < SIGNALS.length; s++) if (DET.on[s] && LEARNED[s]) sig.push(s);
  return {
    idx: Int32Array.from(keys),
    val: Float32Array.from(keys.map((k) => acc.get(k) ?? 0)),
    sig: Int32Array.from(sig),
    y: ex.label === 'promo' ? 1 : 0,
    w: weight,
    ex,
  };
}
