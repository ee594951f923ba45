import type { Platform } from '../core/types';
import type { AuthorRecord } from './db';

/** How many stored authors have each (platform, postsSeen, promoPosts): the leaderboard's 'sells'
 * list is read through them, so authors need one rank index entry, not two (every author put
 * paid ~25–50 µs of the browser's IndexedDB thread per entry, bench/idb-shapes).
 *
 * Why that is enough: both scores are functions of (postsSeen, promoPosts) alone, so the authors
 * of one such group share their 'sells' score and postsSeen, and the list orders them among
 * themselves by lastSeen, then id, both descending (core/stats.ts rankBy). The groups, sorted by
 * score then postsSeen, give the list group by group; and one group is one key range of the
 * value index ([platform, value, postsSeen, lastSeen, id]: its value is the same function of
 * the same tallies), walked backwards in exactly that order. The counts give the total, and say
 * which groups a page spans and how many rows each gives, without reading a row.
 *
 * One row in the `tallies` store, written in the same transaction as the authors it counts by
 * every writer: ingest, forget, import, clear and the v5 migration. */
export const TALLY_ID = 'authors';

export interface TallyRecord {
  id: typeof TALLY_ID;
  /** `platform|postsSeen|promoPosts` → stored authors with those tallies (no zero entries). */
  counts: Record<string, number>;
}

export interface Group {
  platform: Platform;
  postsSeen: number;
  promoPosts: number;
  count: number;
}

export function emptyTallies(): TallyRecord {
  return { id: TALLY_ID, counts: {} };
}

function keyOf(a: Pick<AuthorRecord, 'platform' | 'postsSeen' | 'promoPosts'>): string {
  return `${a.platform}|${a.postsSeen}|${a.promoPosts}`;
}

/** Moves one author from the group of its stored row (`before`, undefined: none) to the group of
 * the row written (`after`, undefined: deleted). Mutates `tallies`; false when nothing moved. */
/** Whether an author's row going from `before` to `after` moves it between groups. */
export function movesGroup(before: AuthorRecord | undefined, after: AuthorRecord | undefined): boolean {
  if (before && after) return before.postsSeen !== after.postsSeen || before.promoPosts !== after.promoPosts;
  return before !== after;
}

export function moveAuthor(tallies: TallyRecord, before: AuthorRecord | undefined, after: AuthorRecord | undefined): boolean {
  if (!movesGroup(before, after)) return false;
  if (before) {
    const key = keyOf(before);
    const left = (tallies.counts[key] ?? 0) - 1;
    if (left > 0) tallies.counts[key] = left;
    else delete tallies.counts[key];
  }
  if (after) {
    const key = keyOf(after);
    tallies.counts[key] = (tallies.counts[key] ?? 0) + 1;
  }
  return true;
}

/** The tallies of a whole store of authors (import, migration). */
export function talliesOf(authors: Iterable<AuthorRecord>): TallyRecord {
  const tallies = emptyTallies();
  for (const a of authors) moveAuthor(tallies, undefined, a);
  return tallies;
}

export function groupsOf(tallies: TallyRecord | undefined): Group[] {
  const out: Group[] = [];
  for (const [key, count] of Object.entries(tallies?.counts ?? {})) {
    const [platform, postsSeen, promoPosts] = key.split('|');
    out.push({ platform: platform as Platform, postsSeen: Number(postsSeen), promoPosts: Number(promoPosts), count });
  }
  return out;
}
