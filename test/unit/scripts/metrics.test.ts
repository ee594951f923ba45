import { describe, expect, it } from 'vitest';
import { averagePrecision } from '../../../scripts/lib/metrics';

describe('averagePrecision', () => {
  it('is 1 when every promo post outscores every value post', () => {
    expect(averagePrecision([{ score: 0.9, gold: true }, { score: 0.8, gold: true }, { score: 0.1, gold: false }])).toBe(1);
  });

  it('averages the precision at each promo post, best score first', () => {
    // Ranked: promo (1/1), value, promo (2/3) -> (1 + 2/3) / 2.
    const ap = averagePrecision([{ score: 0.2, gold: true }, { score: 0.9, gold: true }, { score: 0.5, gold: false }]);
    expect(ap).toBeCloseTo((1 + 2 / 3) / 2, 10);
  });

  it('is 0 without promo posts', () => {
    expect(averagePrecision([{ score: 0.4, gold: false }])).toBe(0);
  });
});
