import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify } from '../../../src/core/classify';
import type { Judgement, PostInput } from '../../../src/core/types';

function checkShape(post: PostInput, j: Judgement): void {
  expect(j.verdict === 'promo' || j.verdict === 'value').toBe(true);
  expect(j.score).toBeGreaterThanOrEqual(0);
  expect(j.score).toBeLessThanOrEqual(1);
  for (const r of j.reasons) {
    expect(typeof r.signal).toBe('string');
    expect(Number.isFinite(r.weight)).toBe(true);
    if (r.start >= 0) expect(post.text.slice(r.start, r.end)).toBe(r.evidence);
    else expect(r.end).toBe(-1);
  }
}

const oddUnicode = fc.string({ unit: fc.constantFrom('a', 'D', '.', ' ', '\n', '1', 'í', 'ß', '𝐃', 'Ｌ', '\u200B', '\uFE0F', '👉', '🔗', '\uD800', '\uDC00', '$', '€', '%', '#', '@', 'http://', 'dm', 'me', 'link', 'bio', 'comenta', 'CODE', '"'), maxLength: 120 });

describe('classify properties', () => {
  it('never throws, stays in range, and evidence spans are real substrings', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), oddUnicode), fc.boolean(), (text, isAd) => {
      const post = { text, isAd };
      checkShape(post, classify(post));
    }), { numRuns: 800 });
  });

  it('is deterministic', () => {
    fc.assert(fc.property(oddUnicode, (text) => {
      expect(classify({ text })).toEqual(classify({ text }));
    }), { numRuns: 300 });
  });

  it('handles a 100 KB post and lone surrogates', () => {
    const big = 'DM me 👉 l1nk in b1o \uD800 plazas limitadas '.repeat(2500).slice(0, 100_000);
    const j = classify({ text: big });
    checkShape({ text: big }, j);
    expect(j.verdict).toBe('promo');
    checkShape({ text: '\uDC00\uD800\uDBFF' }, classify({ text: '\uDC00\uD800\uDBFF' }));
  });

  it('survives malformed input objects', () => {
    expect(() => classify({ text: undefined as unknown as string })).not.toThrow();
    expect(() => classify({ text: 'hi', links: ['::::', '', 'http://'] })).not.toThrow();
  });
});
