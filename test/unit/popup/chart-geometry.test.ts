import { describe, expect, it } from 'vitest';
import type { DailyShare } from '../../../src/shared/messages';
import { averageShare, bars, baseline, indexAt, linePath, points, yOf, type ChartBox } from '../../../src/popup/chart-geometry';

const BOX: ChartBox = { width: 300, height: 100, padTop: 0, padBottom: 0, gap: 2 };
const day = (i: number, seen: number, promo: number): DailyShare => ({ day: `2024-03-${String(i + 1).padStart(2, '0')}`, seen, promo });

describe('chart geometry', () => {
  it('gives each day an equal slot with the bar centred and the gap shared', () => {
    const out = bars([day(0, 10, 5), day(1, 10, 10), day(2, 4, 0)], BOX);
    expect(out.map((b) => b.width)).toEqual([98, 98, 98]);
    expect(out.map((b) => b.x)).toEqual([1, 101, 201]);
    expect(out.every((b) => b.x + b.width <= BOX.width)).toBe(true);
  });

  it('maps the selling share to the bar height (0% at the baseline, 100% at the top)', () => {
    const [half, full, none] = bars([day(0, 10, 5), day(1, 10, 10), day(2, 4, 0)], BOX);
    expect(half).toMatchObject({ share: 0.5, y: 50, height: 50, empty: false });
    expect(full).toMatchObject({ share: 1, y: 0, height: 100 });
    expect(none).toMatchObject({ share: 0, y: 100, height: 0, empty: false });
    expect(baseline(BOX)).toBe(100);
  });

  it('marks days with nothing seen as empty instead of 0%', () => {
    const [b] = bars([day(0, 0, 0)], BOX);
    expect(b).toMatchObject({ empty: true, share: 0, height: 0 });
  });

  it('respects padding and clamps shares outside 0..1', () => {
    const box = { ...BOX, padTop: 10, padBottom: 10 };
    expect(yOf(0, box)).toBe(90);
    expect(yOf(1, box)).toBe(10);
    expect(yOf(2, box)).toBe(10);
    expect(yOf(-1, box)).toBe(90);
    expect(bars([day(0, 3, 9)], box)[0]!.share).toBe(1);
  });

  it('draws the platform line through slot centres and breaks it on empty days', () => {
    const days = [day(0, 10, 5), day(1, 10, 0), day(2, 0, 0), day(3, 10, 10)];
    expect(linePath(days, BOX)).toBe('M37.5 50 L112.5 100 M262.5 0');
    expect(points(days, BOX).map((p) => p.index)).toEqual([0, 1, 3]);
    expect(linePath([day(0, 0, 0)], BOX)).toBe('');
  });

  it('averages by posts, not by days', () => {
    expect(averageShare([day(0, 90, 0), day(1, 10, 10)])).toBeCloseTo(0.1);
    expect(averageShare([])).toBe(0);
  });

  it('finds the bar under the pointer, clamped to the ends', () => {
    expect(indexAt(0, 30, BOX)).toBe(0);
    expect(indexAt(15, 30, BOX)).toBe(1);
    expect(indexAt(299.9, 30, BOX)).toBe(29);
    expect(indexAt(1000, 30, BOX)).toBe(29);
    expect(indexAt(-5, 30, BOX)).toBe(0);
    expect(indexAt(10, 0, BOX)).toBe(-1);
  });
});
