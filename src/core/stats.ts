/** Author statistics. Pure: no DOM, browser or storage imports.
 *
 * Score choice: the Wilson score interval's LOWER bound (z = 1.96, i.e. 95 %) of a share.
 * Why Wilson rather than a Beta(α, β) prior mean:
 *  - it has no prior to tune: a Beta prior needs α/β picked from data we do not have yet, and
 *    the ranking would silently depend on that guess;
 *  - it is conservative by construction: with little evidence the bound is low, so one value
 *    post scores 0.21 while 19 value posts out of 20 score 0.76; an author must earn the top;
 *  - the same function ranks both tabs ("value" share and "sells" share) symmetrically.
 */

import type { Platform } from './types';

export const WILSON_Z = 1.96;

/** Lower bound of the Wilson score interval for `successes` out of `trials`. 0 when no trials. */
export function wilsonLower(successes: number, trials: number, z: number = WILSON_Z): number {
  if (!(trials > 0)) return 0;
  const k = Math.min(Math.max(successes, 0), trials);
  const p = k / trials;
  const z2 = z * z;
  const centre = p + z2 / (2 * trials);
  const margin = z * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  const lower = (centre - margin) / (1 + z2 / trials);
  // Rounding can push an exact 0 a hair below zero.
  return Math.min(1, Math.max(0, lower));
}

/** Smoothed value score in [0, 1]: Wilson lower bound of the share of non-promo posts. */
export function valueScore(postsSeen: number, promoPosts: number): number {
  return wilsonLower(postsSeen - promoPosts, postsSeen);
}

/** Smoothed "sells" score: Wilson lower bound of the promo share. */
export function sellScore(postsSeen: number, promoPosts: number): number {
  return wilsonLower(promoPosts, postsSeen);
}

/** Raw promo share, 0 when nothing was seen. */
export function promoShare(postsSeen: number, promoPosts: number): number {
  return postsSeen > 0 ? Math.min(1, Math.max(0, promoPosts / postsSeen)) : 0;
}

/** The minimum an author needs for ranking. */
export interface Tally {
  platform: Platform | 'all';
  authorId: string;
  postsSeen: number;
  promoPosts: number;
  lastSeen: number;
}

/** Folds per-platform tallies of the same author id into one 'all' tally per author id.
 * Use only where the ids are known to name the same person (e.g. a user-linked identity);
 * ids from different sites are different namespaces, so the leaderboard does not merge them. */
export function combineToAll<T extends Tally>(rows: readonly T[]): Tally[] {
  const out = new Map<string, Tally>();
  for (const row of rows) {
    const seen = out.get(row.authorId);
    if (!seen) {
      out.set(row.authorId, {
        platform: 'all',
        authorId: row.authorId,
        postsSeen: row.postsSeen,
        promoPosts: row.promoPosts,
        lastSeen: row.lastSeen,
      });
    } else {
      seen.postsSeen += row.postsSeen;
      seen.promoPosts += row.promoPosts;
      seen.lastSeen = Math.max(seen.lastSeen, row.lastSeen);
    }
  }
  return [...out.values()];
}

/** Sums per-platform day rows into one row per day (the chart's 'all' series). */
export function combineDays<T extends { day: string; seen: number; promo: number }>(
  rows: readonly T[],
): { day: string; seen: number; promo: number }[] {
  const out = new Map<string, { day: string; seen: number; promo: number }>();
  for (const row of rows) {
    const acc = out.get(row.day) ?? { day: row.day, seen: 0, promo: 0 };
    acc.seen += row.seen;
    acc.promo += row.promo;
    out.set(row.day, acc);
  }
  return [...out.values()].toSorted((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/** Stable tie-breaks: more evidence first, then most recent, then `platform:authorId`
 * descending (deterministic paging). This is exactly the order of walking the background's
 * rank indexes [score, postsSeen, lastSeen] backwards, where IndexedDB breaks ties by primary
 * key, so the in-memory ranking and the indexed one agree row for row. */
function tieBreak(a: Tally, b: Tally): number {
  const idA = `${a.platform}:${a.authorId}`;
  const idB = `${b.platform}:${b.authorId}`;
  return b.postsSeen - a.postsSeen || b.lastSeen - a.lastSeen || (idA < idB ? 1 : idA > idB ? -1 : 0);
}

/** 'value' tab: highest value score first. Sorts a copy. */
export function rankByValue<T extends Tally>(rows: readonly T[]): T[] {
  return rankBy(rows, (r) => valueScore(r.postsSeen, r.promoPosts));
}

/** 'sells' tab: highest lower bound of promo share first, so one promo post does not top it. */
export function rankBySells<T extends Tally>(rows: readonly T[]): T[] {
  return rankBy(rows, (r) => sellScore(r.postsSeen, r.promoPosts));
}

function rankBy<T extends Tally>(rows: readonly T[], score: (row: T) => number): T[] {
  // Score once per row (decorate-sort-undecorate): 10k rows sort in a few ms.
  const keyed = rows.map((row) => ({ row, s: score(row) }));
  keyed.sort((a, b) => b.s - a.s || tieBreak(a.row, b.row));
  return keyed.map((k) => k.row);
}

/** Local calendar day of a timestamp, YYYY-MM-DD (the chart is read by a person, in their zone). */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  const m = d.getMonth() + 1;
  const day = d.getDate();
  return `${d.getFullYear()}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}

/** The `count` local days ending with the day of `now`, oldest first. */
export function lastDays(now: number, count: number): string[] {
  const out: string[] = [];
  const d = new Date(now);
  for (let i = count - 1; i >= 0; i--) {
    // Calendar arithmetic (not ms - i*86400000) so DST days are neither skipped nor repeated.
    out.push(dayKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() - i, 12).getTime()));
  }
  return out;
}
