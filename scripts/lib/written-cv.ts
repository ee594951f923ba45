/** Cross-validation over the written set's TRAIN split (`HUMO_WRITTEN_CV=1 npm run train`): each
 * fifth of its authors is held out in turn; the model fits on everything else (posts-dev train and
 * its dropout copies, the other written folds, the public corpora) and scores the held-out posts
 * with the full lexicons, which were not written from these posts, so no lexicon shift is needed.
 * A second yardstick beside shift-cv.ts, on posts in another hand. */
import { foldOf, type Example } from './data';
import { logit, train, type Params, type TrainOptions } from './logreg';
import { averagePrecision, counts, prf } from './metrics';
import type { Doc } from './vectorize';

export interface Scorer {
  /** Calibrated score of a logit, as the shipped model computes it. */
  score(z: number): number;
  threshold: number;
}

export function writtenCv(writtenDocs: readonly Doc[], otherDocs: readonly Doc[], opts: TrainOptions, folds: number,
  scorer: Scorer, ship: (p: Params) => Params): string {
  const scored: { score: number; gold: boolean; ex: Example }[] = [];
  for (let f = 0; f < folds; f++) {
    const held = (d: Doc): boolean => foldOf(d.ex.author ?? d.ex.id, folds) === f;
    const p = ship(train([...otherDocs, ...writtenDocs.filter((d) => !held(d))], opts));
    for (const d of writtenDocs) if (held(d)) scored.push({ score: scorer.score(logit(p, d)), gold: d.y === 1, ex: d.ex });
  }
  if (process.env.HUMO_SHOW_WRITTEN_ERRORS) {
    for (const s of scored) {
      if ((s.score >= scorer.threshold) === s.gold) continue;
      const e = s.ex;
      console.log(`WRITTEN-ERR ${e.label} ${s.score.toFixed(2)} ${e.lang}/${e.platform}${e.hard ? ' hard' : ''} ${e.id} ${e.text.replace(/\s+/g, ' ').slice(0, 400)}`);
    }
  }
  const part = (name: string, keep: (e: Example) => boolean): string => {
    const rows = scored.filter((s) => keep(s.ex));
    const m = prf(counts(rows.map((s) => ({ gold: s.gold, pred: s.score >= scorer.threshold }))));
    return `${name} P=${m.precision.toFixed(3)} R=${m.recall.toFixed(3)} F1=${m.f1.toFixed(3)} AP=${averagePrecision(rows).toFixed(3)} (n=${rows.length})`;
  };
  return [
    part('all', () => true),
    part('en', (e) => e.lang === 'en'),
    part('es', (e) => e.lang === 'es'),
    part('hard en', (e) => e.hard && e.lang === 'en'),
    part('hard es', (e) => e.hard && e.lang === 'es'),
  ].join('\n  ');
}
