import { describe, expect, it } from 'vitest';
import { loadWritten } from '../../../scripts/lib/data';
import { classify } from '../../../src/core/classify';
import type { Sensitivity } from '../../../src/core/types';

// The committed written posts: thousands of real-looking posts, both labels, both languages.
const posts = loadWritten();

describe('a promo verdict always says why', () => {
  for (const sensitivity of ['relaxed', 'balanced', 'strict'] as Sensitivity[]) {
    it(`at ${sensitivity} sensitivity, every post judged promo has a reason pushing toward promo`, () => {
      let promo = 0;
      const silent: string[] = [];
      for (const post of posts) {
        const j = classify({ text: post.text, platform: post.platform }, { sensitivity, customPromo: [], customValue: [] });
        if (j.verdict !== 'promo') continue;
        promo++;
        const why = j.reasons.filter((r) => r.weight > 0);
        if (why.length === 0) silent.push(post.id);
        for (const r of why) if (r.start >= 0) expect(post.text.slice(r.start, r.end)).toBe(r.evidence);
      }
      expect(promo).toBeGreaterThan(500);
      expect(silent).toEqual([]);
    });
  }
});
