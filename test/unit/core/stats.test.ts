import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  combineDays,
  combineToAll,
  dayKey,
  lastDays,
  promoShare,
  rankBySells,
  rankByValue,
  sellScore,
  valueScore,
  wilsonLower,
  type Tally,
} from '../../../src/core/stats';

const tally = (authorId: string, postsSeen: number, promoPosts: number, lastSeen = 0): Tally => ({
  platform: 'x',
  authorId,
  postsSeen,
  promoPosts,
  lastSeen,
});

const counts = fc.integer({ min: 0, max: 5000 }).chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })));

describe('wilsonLower', () => {
  it('matches known values', () => {
    expect(wilsonLower(0, 0)).toBe(0);
    expect(wilsonLower(1, 1)).toBeCloseTo(0.2065, 4);
    expect(wilsonLower(19, 20)).toBeCloseTo(0.7639, 3);
    expect(wilsonLower(50, 100)).toBeCloseTo(0.4038, 3);
    expect(wilsonLower(0, 10)).toBe(0);
  });

  it('clamps out-of-range successes instead of producing NaN', () => {
    expect(wilsonLower(-3, 10)).toBe(0);
    expect(wilsonLower(30, 10)).toBeCloseTo(wilsonLower(10, 10), 12);
  });

  it('property: always in [0, 1] and below the raw share', () => {
    fc.assert(
      fc.property(counts, ([n, k]) => {
        const s = wilsonLower(k, n);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
        if (n > 0) expect(s).toBeLessThanOrEqual(k / n + 1e-12);
      }),
    );
  });
});

describe('valueScore', () => {
  it('property: in [0, 1]', () => {
    fc.assert(
      fc.property(counts, ([n, promo]) => {
        const s = valueScore(n, promo);
        expect(s >= 0 && s <= 1).toBe(true);
      }),
    );
  });

  it('property: monotone in value posts (same total, fewer promo → higher score)', () => {
    fc.assert(
      fc.property(counts, ([n, promo]) => {
        fc.pre(promo > 0);
        expect(valueScore(n, promo - 1)).toBeGreaterThanOrEqual(valueScore(n, promo));
      }),
    );
  });

  it('property: one more value post never lowers the score', () => {
    fc.assert(
      fc.property(counts, ([n, promo]) => {
        expect(valueScore(n + 1, promo)).toBeGreaterThanOrEqual(valueScore(n, promo) - 1e-12);
      }),
    );
  });

  it('property: one post (of any verdict) never outranks 20 posts with 95% value', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.integer({ min: 0, max: 1_000_000 }), (promo, lastSeen) => {
        const single = tally('single', 1, promo ? 1 : 0, lastSeen + 1);
        const steady = tally('steady', 20, 1, 0);
        expect(rankByValue([single, steady])[0]?.authorId).toBe('steady');
      }),
    );
  });

  it('grows with evidence at the same share', () => {
    expect(valueScore(2, 0)).toBeLessThan(valueScore(10, 0));
    expect(valueScore(10, 0)).toBeLessThan(valueScore(100, 0));
  });
});

describe('promoShare and sellScore', () => {
  it('raw share with a zero guard', () => {
    expect(promoShare(0, 0)).toBe(0);
    expect(promoShare(4, 1)).toBe(0.25);
  });

  it('one promo post does not top the sells tab', () => {
    const ranked = rankBySells([tally('once', 1, 1), tally('seller', 30, 25), tally('mixed', 10, 5)]);
    expect(ranked.map((r) => r.authorId)).toEqual(['seller', 'mixed', 'once']);
    expect(sellScore(1, 1)).toBeLessThan(sellScore(30, 25));
  });
});

describe('ranking', () => {
  it('orders by value score with deterministic tie-breaks and does not mutate input', () => {
    const rows = [tally('b', 10, 0, 5), tally('a', 10, 0, 5), tally('c', 10, 0, 9), tally('d', 3, 3)];
    const copy = [...rows];
    expect(rankByValue(rows).map((r) => r.authorId)).toEqual(['c', 'b', 'a', 'd']);
    expect(rows).toEqual(copy);
  });

  it('property: ranking is a permutation sorted by score', () => {
    fc.assert(
      fc.property(fc.array(counts, { maxLength: 60 }), (list) => {
        const rows = list.map(([n, p], i) => tally(`a${i}`, n, p));
        const ranked = rankByValue(rows);
        expect(ranked).toHaveLength(rows.length);
        for (let i = 1; i < ranked.length; i++) {
          const prev = ranked[i - 1] as Tally;
          const cur = ranked[i] as Tally;
          expect(valueScore(prev.postsSeen, prev.promoPosts)).toBeGreaterThanOrEqual(valueScore(cur.postsSeen, cur.promoPosts));
        }
      }),
    );
  });
});

describe('combining per-platform rows', () => {
  it('combineToAll sums one author across platforms', () => {
    const all = combineToAll([
      { ...tally('alice', 3, 1, 10), platform: 'x' },
      { ...tally('alice', 5, 2, 20), platform: 'linkedin' },
      tally('bob', 1, 0, 5),
    ]);
    expect(all).toEqual([
      { platform: 'all', authorId: 'alice', postsSeen: 8, promoPosts: 3, lastSeen: 20 },
      { platform: 'all', authorId: 'bob', postsSeen: 1, promoPosts: 0, lastSeen: 5 },
    ]);
  });

  it('combineDays sums platforms per day, sorted', () => {
    expect(
      combineDays([
        { day: '2025-01-02', seen: 2, promo: 1 },
        { day: '2025-01-01', seen: 1, promo: 0 },
        { day: '2025-01-02', seen: 3, promo: 3 },
      ]),
    ).toEqual([
      { day: '2025-01-01', seen: 1, promo: 0 },
      { day: '2025-01-02', seen: 5, promo: 4 },
    ]);
  });
});

describe('days', () => {
  it('dayKey is the local date, zero-padded', () => {
    expect(dayKey(new Date(2025, 0, 5, 23, 59).getTime())).toBe('2025-01-05');
    expect(dayKey(new Date(2025, 10, 15, 0, 0).getTime())).toBe('2025-11-15');
  });

  it('lastDays gives consecutive days ending today, across month and year ends', () => {
    const days = lastDays(new Date(2025, 0, 2, 8).getTime(), 4);
    expect(days).toEqual(['2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02']);
    const month = lastDays(new Date(2025, 2, 31, 1).getTime(), 30);
    expect(new Set(month).size).toBe(30);
    expect(month[29]).toBe('2025-03-31');
    expect(month[0]).toBe('2025-03-02');
  });
});
