import { describe, expect, it } from 'vitest';
import type { ClassifySettings, Sensitivity } from '../../../src/core/types';
import { flaggedCount, previewSamples } from '../../../src/options/preview-model';
import { SAMPLE_POSTS } from '../../../src/options/sample-posts';

const at = (sensitivity: Sensitivity, extra: Partial<ClassifySettings> = {}): ClassifySettings => ({
  sensitivity,
  customPromo: [],
  customValue: [],
  ...extra,
});

describe('options preview', () => {
  it('has about a dozen short samples in both languages and all three kinds', () => {
    expect(SAMPLE_POSTS.length).toBeGreaterThanOrEqual(10);
    expect(new Set(SAMPLE_POSTS.map((s) => s.lang))).toEqual(new Set(['en', 'es']));
    expect(new Set(SAMPLE_POSTS.map((s) => s.kind))).toEqual(new Set(['clear-promo', 'subtle-promo', 'value']));
    expect(new Set(SAMPLE_POSTS.map((s) => s.id)).size).toBe(SAMPLE_POSTS.length);
    for (const s of SAMPLE_POSTS) expect(s.text.length).toBeLessThan(200);
  });

  it('judges every sample with the real classifier and explains the flagged ones', () => {
    const results = previewSamples(SAMPLE_POSTS, at('balanced'));
    expect(results).toHaveLength(SAMPLE_POSTS.length);
    for (const r of results) {
      expect(r.flagged).toBe(r.judgement.verdict === 'promo');
      if (r.flagged) expect(r.promoReasons.length).toBeGreaterThan(0);
      expect(r.promoReasons.every((x) => x.weight > 0)).toBe(true);
      expect(r.valueReasons.every((x) => x.weight < 0)).toBe(true);
      expect(new Set(r.promoReasons.map((x) => x.signal)).size).toBe(r.promoReasons.length);
    }
    // The obvious pitches are caught at the default level; plain advice is not.
    const byId = new Map(results.map((r) => [r.sample.id, r]));
    expect(byId.get('en-dm-course')!.flagged).toBe(true);
    expect(byId.get('en-ad')!.flagged).toBe(true);
    expect(byId.get('en-value-sql')!.flagged).toBe(false);
  });

  it('flags more (never fewer) samples as sensitivity goes up', () => {
    const relaxed = flaggedCount(previewSamples(SAMPLE_POSTS, at('relaxed')));
    const balanced = flaggedCount(previewSamples(SAMPLE_POSTS, at('balanced')));
    const strict = flaggedCount(previewSamples(SAMPLE_POSTS, at('strict')));
    expect(relaxed).toBeLessThanOrEqual(balanced);
    expect(balanced).toBeLessThanOrEqual(strict);
    expect(strict).toBeGreaterThan(0);
  });

  it('uses the custom phrases being edited', () => {
    const plain = previewSamples(SAMPLE_POSTS, at('balanced')).find((r) => r.sample.id === 'es-value-receta')!;
    const custom = previewSamples(SAMPLE_POSTS, at('balanced', { customPromo: ['pizca de sal'] })).find((r) => r.sample.id === 'es-value-receta')!;
    expect(plain.promoReasons.some((x) => x.signal === 'custom-promo')).toBe(false);
    expect(custom.promoReasons.some((x) => x.signal === 'custom-promo')).toBe(true);
    expect(custom.judgement.score).toBeGreaterThan(plain.judgement.score);
  });
});
