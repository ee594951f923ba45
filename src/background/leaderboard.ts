import { combineDays, lastDays, promoShare, rankBySells, rankByValue, valueScore } from '../core/stats';
import type { AuthorRow, RequestOf, ResponseOf } from '../shared/messages';
import { authorKeyOf, type AuthorRecord, type HumoDb } from './db';

/** Read-side queries. Authors are read once with getAll and ranked in memory: with 10,000
 * authors that is a few ms, far simpler and faster than maintaining sorted indexes. */

export async function leaderboard(
  db: HumoDb,
  req: RequestOf<'ui:leaderboard'>,
): Promise<ResponseOf<'ui:leaderboard'>> {
  const all = await db.getAll('authors');
  const needle = req.query.trim().toLowerCase();
  const matching = all.filter(
    (a) =>
      a.postsSeen > 0 &&
      (req.platform === 'all' || a.platform === req.platform) &&
      (!needle || matches(a, needle)),
  );
  // Platforms are separate namespaces (ids from different sites are different people), so
  // 'all' lists every platform's rows side by side rather than merging by id.
  const ranked = req.tab === 'value' ? rankByValue(matching) : rankBySells(matching);
  const rows = ranked.slice(req.offset, req.offset + req.limit).map(toRow);
  return { rows, total: matching.length };
}

function matches(author: AuthorRecord, needle: string): boolean {
  if (author.authorId.toLowerCase().includes(needle)) return true;
  return author.displayNames.some((n) => n.toLowerCase().includes(needle));
}

export function toRow(a: AuthorRecord): AuthorRow {
  return {
    platform: a.platform,
    authorId: a.authorId,
    displayName: a.displayNames[a.displayNames.length - 1] ?? a.authorId,
    postsSeen: a.postsSeen,
    promoPosts: a.promoPosts,
    promoShare: promoShare(a.postsSeen, a.promoPosts),
    valueScore: valueScore(a.postsSeen, a.promoPosts),
    lastSeen: a.lastSeen,
  };
}

/** Tallies for the authors on screen. Unknown authors are left out (the caller treats a
 * missing summary as "not seen yet"). One readonly transaction, gets issued together. */
export async function authorSummaries(
  db: HumoDb,
  req: RequestOf<'cs:author-summaries'>,
): Promise<ResponseOf<'cs:author-summaries'>> {
  const tx = db.transaction('authors', 'readonly');
  const found = await Promise.all(req.authors.map((a) => tx.store.get(authorKeyOf(a.platform, a.authorId))));
  const summaries: ResponseOf<'cs:author-summaries'>['summaries'] = [];
  const seen = new Set<string>();
  for (const a of found) {
    if (!a || seen.has(a.id)) continue;
    seen.add(a.id);
    summaries.push({ platform: a.platform, authorId: a.authorId, postsSeen: a.postsSeen, promoPosts: a.promoPosts });
  }
  return { summaries };
}

/** The last `days` local days ending today, zero-filled, oldest first. */
export async function dailyShares(
  db: HumoDb,
  req: RequestOf<'ui:daily-shares'>,
  now: number,
): Promise<ResponseOf<'ui:daily-shares'>> {
  const wanted = lastDays(now, req.days);
  const first = wanted[0] ?? '';
  const last = wanted[wanted.length - 1] ?? '';
  // Ids are `YYYY-MM-DD:platform`, so the wanted window is one key range.
  const rows = await db.getAll('days', IDBKeyRange.bound(first, `${last};`));
  const picked = rows.filter((r) => req.platform === 'all' || r.platform === req.platform);
  const byDay = new Map(combineDays(picked).map((r) => [r.day, r]));
  return { days: wanted.map((day) => byDay.get(day) ?? { day, seen: 0, promo: 0 }) };
}
