/** Precision / recall / F1 for the promo class, and threshold selection on a PR curve. */
export interface Counts { tp: number; fp: number; fn: number; tn: number }

export function counts(pairs: readonly { gold: boolean; pred: boolean }[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const p of pairs) {
    if (p.gold && p.pred) c.tp++;
    else if (!p.gold && p.pred) c.fp++;
    else if (p.gold) c.fn++;
    else c.tn++;
  }
  return c;
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export interface CurvePoint { threshold: number; precision: number; recall: number; f1: number }

/** Every distinct score as a threshold (predict promo when score >= threshold). */
export function prCurve(scored: readonly { score: number; gold: boolean }[]): CurvePoint[] {
  const ths = [...new Set(scored.map((s) => s.score))].toSorted((a, b) => a - b);
  return ths.map((threshold) => {
    const m = prf(counts(scored.map((s) => ({ gold: s.gold, pred: s.score >= threshold }))));
    return { threshold, ...m };
  });
}

/** Best F1 among points with precision >= minPrecision (falls back to best F1 overall). */
export function pickMaxF1(curve: readonly CurvePoint[], minPrecision: number): CurvePoint {
  const ok = curve.filter((p) => p.precision >= minPrecision && p.recall > 0);
  const pool = ok.length > 0 ? ok : curve;
  return pool.reduce((best, p) => (p.f1 > best.f1 || (p.f1 === best.f1 && p.threshold > best.threshold) ? p : best));
}

/** Like pickMaxF1, but the F1 curve of a few hundred posts is flat and jagged near its top:
 * take every point within `tol` of the best F1 and return the one at their median threshold,
 * so the choice does not jump with which posts landed in which fold. */
export function pickF1Plateau(curve: readonly CurvePoint[], minPrecision: number, tol: number): CurvePoint {
  const best = pickMaxF1(curve, minPrecision);
  const ok = curve.filter((p) => p.precision >= minPrecision && p.recall > 0);
  const near = (ok.length > 0 ? ok : curve).filter((p) => p.f1 >= best.f1 - tol).toSorted((a, b) => a.threshold - b.threshold);
  return near[Math.floor((near.length - 1) / 2)] ?? best;
}

/** Highest recall among points with precision >= minPrecision (falls back to best F1). */
export function pickMaxRecall(curve: readonly CurvePoint[], minPrecision: number): CurvePoint {
  const ok = curve.filter((p) => p.precision >= minPrecision && p.recall > 0);
  if (ok.length === 0) return pickMaxF1(curve, 0);
  return ok.reduce((best, p) => (p.recall > best.recall || (p.recall === best.recall && p.threshold > best.threshold) ? p : best));
}

/** Area under the precision-recall curve (mean precision at each promo post): a threshold-free
 * view, steadier than F1 at one picked threshold. */
export function averagePrecision(scored: readonly { score: number; gold: boolean }[]): number {
  const sorted = scored.toSorted((a, b) => b.score - a.score);
  let tp = 0;
  let sum = 0;
  sorted.forEach((s, i) => {
    if (!s.gold) return;
    tp++;
    sum += tp / (i + 1);
  });
  return tp === 0 ? 0 : sum / tp;
}
