import { sellScore, valueScore } from '../core/stats';
import type { AuthorRecord } from './db';

/** Rank keys stored on each author row so the popup's first page is read from an index (a few
 * rows) instead of ranking every author on each open: with 10,000 authors the in-memory rank
 * took 75–150 ms in Chromium, most of it reading every row.
 * Invariant: only authors with posts are stored (see `storable`), so the authors store lists
 * exactly the leaderboard's authors and its total is a cheap primary-key count. */
export interface AuthorRanks {
  value: number;
  sells: number;
}

/** The one rank index since v5 (four before: every author put paid for each), keyed by platform
 * first. The 'value' list walks it (the three platforms' parts merged for 'all', rank-walk.ts);
 * the 'sells' list walks it group by group (tallies.ts). */
export const RANK_INDEX = 'by-platform-value';

/** The row to store: rank keys recomputed from its tallies (call before every authors put). */
export function withRanks(author: AuthorRecord): AuthorRecord {
  const { rank: _stale, ...plain } = author;
  if (!(plain.postsSeen > 0)) return plain;
  return {
    ...plain,
    rank: { value: valueScore(plain.postsSeen, plain.promoPosts), sells: sellScore(plain.postsSeen, plain.promoPosts) },
  };
}

/** Whether a row may be stored: an author with no posts has nothing to rank or show. */
export function storable(author: AuthorRecord): boolean {
  return author.postsSeen > 0;
}

/** The row as exported: rank keys are derived data, recomputed on import. */
export function withoutRanks(author: AuthorRecord): AuthorRecord {
  const { rank: _derived, ...plain } = author;
  return plain;
}
