/** Cross-validation over the written set's TRAIN split (`HUMO_WRITTEN_CV=1 npm run train`): each
 * fifth of its authors is held out in turn; the model fits on everything else (posts-dev train and
 * its dropout copies, the other written folds, the public corpora) and scores the held-out posts.
 * Some lexicon phrases were added after reading written train posts, so, as in shift-cv.ts, a
 * held-out post loses every phrase that no posts-dev train post and no other written fold
 * triggers. A second yardstick beside shift-cv.ts, on posts in another hand. */
import { foldOf, type Example } from './data';
import { logit, train, type Params, type TrainOptions } from './logreg';
import { averagePrecision, counts, prf } from './metrics';
import { phrasesOf, printErrors, vectorizeShifted } from './shift-cv';
import type { Doc } from './vectorize';

export interface Scorer {
  /** Calibrated score of a logit, as the shipped model computes it. */
  score(z: number): number;
  threshold: number;
}

export interface WrittenCvDocs {
  written: readonly Doc[];
  /** posts-dev train posts: the lexicons were written while reading them. */
  dev: readonly Doc[];
  /** Everything else that trains: dropout copies, public corpora. */
  rest: readonly Doc[];
}

export function writtenCv(docs: WrittenCvDocs, opts: TrainOptions, folds: number, scorer: Scorer, ship: (p: Params) => Params): string {
  const scored: { score: number; gold: boolean; ex: Example }[] = [];
  for (let f = 0; f < folds; f++) {
    const held = (d: Doc): boolean => foldOf(d.ex.author ?? d.ex.id, folds) === f;
    const fit = docs.written.filter((d) => !held(d));
    const seen = new Set<number>();
    for (const d of [...docs.dev, ...fit]) for (const p of phrasesOf(d.ex.text)) seen.add(p);
    const p = ship(train([...docs.dev, ...docs.rest, ...fit], opts));
    for (const d of docs.written) {
      if (!held(d)) continue;
      const own = phrasesOf(d.ex.text);
      const z = logit(p, vectorizeShifted(d.ex, own, new Set([...own].filter((x) => !seen.has(x)))));
      scored.push({ score: scorer.score(z), gold: d.y === 1, ex: d.ex });
    }
  }
  if (process.env.HUMO_SHOW_WRITTEN_ERRORS) printErrors(scored, scorer.threshold, 'WRITTEN');
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
