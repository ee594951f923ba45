import { combineDays, lastDays, promoShare, rankBySells, rankByValue, sellScore, valueScore } from '../core/stats';
import type { AuthorRow, RequestOf, ResponseOf } from '../shared/messages';
import { PLATFORMS, type Platform } from '../core/types';
import { RANK_INDEX } from './author-ranks';
import { authorKeyOf, type AuthorRecord, type HumoDb } from './db';
import type { RankIndex, RankKey } from './rank-key';
import { TALLY_ID, groupsOf } from './tallies';
import { mergedRankPage, type MergedPage } from './rank-walk';
import { rowCache } from './row-cache';

/** Read-side queries. The unfiltered leaderboard (what the popup asks for on open) walks a rank
 * index backwards (each platform's part of it, merged, for 'all') and reads only the requested page; a search reads every author and ranks in
 * memory with the same order (core/stats.ts), since names cannot be range-queried. */
export async function leaderboard(
  db: HumoDb,
  req: RequestOf<'ui:leaderboard'>,
): Promise<ResponseOf<'ui:leaderboard'>> {
  const needle = req.query.trim().toLowerCase();
  return needle ? searched(db, req, needle) : ranked(db, req);
}

async function ranked(db: HumoDb, req: RequestOf<'ui:leaderboard'>): Promise<ResponseOf<'ui:leaderboard'>> {
  if (req.tab === 'sells') return sellsRanked(db, req);
  const tx = db.transaction('authors', 'readonly');
  const index = tx.store.index(RANK_INDEX) as unknown as RankIndex;
  // Every stored author has posts (author-ranks.ts), so the total is a primary-key count: in
  // Chromium that takes ~6 ms for 10,000 authors where counting an index takes ~40 ms.
  const ids = req.platform === 'all' ? null : IDBKeyRange.bound(`${req.platform}:`, `${req.platform};`, false, true);
  const [total, rows] = await Promise.all([tx.store.count(ids), valuePage(db, index, req)]);
  return { rows: rows.map(toRow), total };
}

/** The 'sells' list from the value index, group by group (tallies.ts): the groups sorted by
 * sells score, then postsSeen; each group one key range per platform, walked backwards (the
 * platforms' parts merged). The counts give the total and which groups the page spans, so the
 * groups before it are skipped unread and the page's groups are read at once. */
async function sellsRanked(db: HumoDb, req: RequestOf<'ui:leaderboard'>): Promise<ResponseOf<'ui:leaderboard'>> {
  const tx = db.transaction(['authors', 'tallies'], 'readonly');
  const index = tx.objectStore('authors').index(RANK_INDEX) as unknown as RankIndex;
  const tallies = await tx.objectStore('tallies').get(TALLY_ID);
  const byTally = new Map<string, { postsSeen: number; promoPosts: number; platforms: Platform[]; count: number; score: number }>();
  for (const g of groupsOf(tallies)) {
    if (req.platform !== 'all' && g.platform !== req.platform) continue;
    const key = `${g.postsSeen}|${g.promoPosts}`;
    let entry = byTally.get(key);
    if (!entry) {
      entry = { postsSeen: g.postsSeen, promoPosts: g.promoPosts, platforms: [], count: 0, score: sellScore(g.postsSeen, g.promoPosts) };
      byTally.set(key, entry);
    }
    entry.platforms.push(g.platform);
    entry.count += g.count;
  }
  const ordered = [...byTally.values()].toSorted((a, b) => b.score - a.score || b.postsSeen - a.postsSeen);
  let total = 0;
  for (const g of ordered) total += g.count;
  let skip = req.offset;
  let need = req.limit;
  const pages: Promise<MergedPage>[] = [];
  for (const g of ordered) {
    if (need <= 0) break;
    if (skip >= g.count) {
      skip -= g.count;
      continue;
    }
    const take = Math.min(need, g.count - skip);
    // The group's rows share this value key (withRanks computes it from the same tallies).
    const value = valueScore(g.postsSeen, g.promoPosts);
    const ranges = g.platforms.map((p) => IDBKeyRange.bound([p, value, g.postsSeen], [p, value, g.postsSeen, []]));
    pages.push(mergedRankPage(index, ranges, skip, take));
    skip = 0;
    need -= take;
  }
  const rows = (await Promise.all(pages)).flatMap((page) => page.rows);
  return { rows: rows.map(toRow), total };
}

/** Where the last 'value' page of each platform choice ended, per connection. The popup asks for pages in
 * order (offset = rows it has), so a page that starts where the last one ended starts below its
 * last key instead of skipping `offset` rows (each deeper page would cost more, and fake-indexeddb
 * in tests walks slowly). Rows written meanwhile by ingest may have moved: then a page can repeat
 * or miss a row that moved across the page boundary, as offset paging over a changing list does
 * anyway. Clear, import and forget replace or remove rows wholesale, so an end recorded before
 * them is not resumed from: each records the row cache's generation, which they all move
 * (invalidateRows). */
const pageEnds = new WeakMap<HumoDb, Map<Platform | 'all', { offset: number; last: RankKey; generation: number }>>();

/** One page of the 'value' list: the index walked backwards over the chosen platforms' parts
 * (merged for 'all'). */
async function valuePage(db: HumoDb, index: RankIndex, req: RequestOf<'ui:leaderboard'>): Promise<AuthorRecord[]> {
  let ends = pageEnds.get(db);
  if (!ends) pageEnds.set(db, (ends = new Map()));
  // Read before the page: a writer that starts meanwhile moves it, and the end is not resumed.
  const generation = rowCache(db).generation;
  const resume = resumeKey(ends.get(req.platform), req.offset, generation);
  const platforms = req.platform === 'all' ? PLATFORMS : [req.platform];
  const page = await mergedRankPage(index, platforms.map(platformKeys), resume ? 0 : req.offset, req.limit, resume);
  if (page.last) ends.set(req.platform, { offset: req.offset + page.rows.length, last: page.last, generation });
  return page.rows;
}

/** The key to resume below: only for the page right after the last one, with no writer between. */
function resumeKey(end: { offset: number; last: RankKey; generation: number } | undefined, offset: number, generation: number): RankKey | undefined {
  return end && offset > 0 && end.offset === offset && end.generation === generation ? end.last : undefined;
}

/** Arrays sort above numbers, so [p] … [p, []] spans every key that starts with platform p. */
function platformKeys(platform: Platform): IDBKeyRange {
  return IDBKeyRange.bound([platform], [platform, []]);
}

async function searched(db: HumoDb, req: RequestOf<'ui:leaderboard'>, needle: string): Promise<ResponseOf<'ui:leaderboard'>> {
  const all = await db.getAll('authors');
  const matching = all.filter(
    (a) => a.postsSeen > 0 && (req.platform === 'all' || a.platform === req.platform) && matches(a, needle),
  );
  // Platforms are separate namespaces (ids from different sites are different people), so
  // 'all' lists every platform's rows side by side rather than merging by id.
  const ordered = req.tab === 'value' ? rankByValue(matching) : rankBySells(matching);
  return { rows: ordered.slice(req.offset, req.offset + req.limit).map(toRow), total: matching.length };
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
