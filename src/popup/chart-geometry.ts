import type { DailyShare } from '../shared/messages';
import { share } from './format';

/** Geometry of the glance chart, kept pure so it is unit-tested without a DOM.
 * Bars: share of selling posts per day over all platforms; lines: the same share per platform. */

export interface ChartBox {
  width: number;
  height: number;
  padTop: number;
  padBottom: number;
  /** Space between two bars. */
  gap: number;
}

export const DEFAULT_BOX: ChartBox = { width: 340, height: 72, padTop: 6, padBottom: 2, gap: 2 };

export interface BarGeom {
  index: number;
  day: string;
  seen: number;
  promo: number;
  share: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Nothing seen that day: drawn as a thin tick on the baseline. */
  empty: boolean;
}

const round = (n: number): number => Math.round(n * 100) / 100;

export function baseline(box: ChartBox): number {
  return box.height - box.padBottom;
}

export function plotHeight(box: ChartBox): number {
  return Math.max(0, box.height - box.padTop - box.padBottom);
}

/** y coordinate of a share (0..1). */
export function yOf(value: number, box: ChartBox): number {
  return round(baseline(box) - Math.min(1, Math.max(0, value)) * plotHeight(box));
}

export function slotWidth(n: number, box: ChartBox): number {
  return n > 0 ? box.width / n : box.width;
}

export function bars(days: readonly DailyShare[], box: ChartBox = DEFAULT_BOX): BarGeom[] {
  const slot = slotWidth(days.length, box);
  const width = round(Math.max(1, slot - box.gap));
  return days.map((d, index) => {
    const s = share(d.promo, d.seen);
    const y = yOf(s, box);
    return {
      index,
      day: d.day,
      seen: d.seen,
      promo: d.promo,
      share: s,
      x: round(index * slot + (slot - width) / 2),
      y,
      width,
      height: round(baseline(box) - y),
      empty: d.seen === 0,
    };
  });
}

/** SVG path through each day's share at the slot centres; days with nothing seen break the line. */
export function linePath(days: readonly DailyShare[], box: ChartBox = DEFAULT_BOX): string {
  const slot = slotWidth(days.length, box);
  const parts: string[] = [];
  let pen = false;
  days.forEach((d, i) => {
    if (d.seen === 0) {
      pen = false;
      return;
    }
    const x = round(i * slot + slot / 2);
    parts.push(`${pen ? 'L' : 'M'}${x} ${yOf(share(d.promo, d.seen), box)}`);
    pen = true;
  });
  return parts.join(' ');
}

/** Points of a series (for dots where a day stands alone between gaps). */
export function points(days: readonly DailyShare[], box: ChartBox = DEFAULT_BOX): { x: number; y: number; index: number }[] {
  const slot = slotWidth(days.length, box);
  const out: { x: number; y: number; index: number }[] = [];
  days.forEach((d, index) => {
    if (d.seen > 0) out.push({ index, x: round(index * slot + slot / 2), y: yOf(share(d.promo, d.seen), box) });
  });
  return out;
}

/** Weighted share over the whole period (total promo / total seen). */
export function averageShare(days: readonly DailyShare[]): number {
  let seen = 0;
  let promo = 0;
  for (const d of days) {
    seen += d.seen;
    promo += d.promo;
  }
  return share(promo, seen);
}

/** Index of the bar under an x coordinate (pointer position in chart units). */
export function indexAt(x: number, n: number, box: ChartBox = DEFAULT_BOX): number {
  if (n <= 0) return -1;
  return Math.min(n - 1, Math.max(0, Math.floor(x / slotWidth(n, box))));
}
