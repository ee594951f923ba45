import { classify } from '../core/classify';
import type { ClassifySettings, Judgement, Reason } from '../core/types';
import type { SamplePost } from './sample-posts';

export interface PreviewResult {
  sample: SamplePost;
  judgement: Judgement;
  flagged: boolean;
  /** Reasons that pushed towards "selling", strongest first, one per signal. */
  promoReasons: Reason[];
  /** Counter-signals ("but ..."). */
  valueReasons: Reason[];
}

function uniqueBySignal(reasons: Reason[]): Reason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => (seen.has(r.signal) ? false : (seen.add(r.signal), true)));
}

/** Runs the real classifier on each sample with the settings being edited. Never throws: a
 * classifier failure on one sample shows that sample as not flagged. */
export function previewSamples(samples: readonly SamplePost[], settings: ClassifySettings): PreviewResult[] {
  return samples.map((sample) => {
    let judgement: Judgement;
    try {
      judgement = classify({ text: sample.text, lang: sample.lang, links: sample.links, isAd: sample.isAd }, settings);
    } catch {
      judgement = { verdict: 'value', score: 0, reasons: [] };
    }
    const byWeight = judgement.reasons.toSorted((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
    return {
      sample,
      judgement,
      flagged: judgement.verdict === 'promo',
      promoReasons: uniqueBySignal(byWeight.filter((r) => r.weight > 0)),
      valueReasons: uniqueBySignal(byWeight.filter((r) => r.weight < 0)),
    };
  });
}

export function flaggedCount(results: readonly PreviewResult[]): number {
  return results.filter((r) => r.flagged).length;
}
