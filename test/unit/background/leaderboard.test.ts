import { CONTENT, EXT_ID, OWN_PAGE, T0, freshDb, post } from './helpers';
import { describe, expect, it } from 'vitest';
import type { AuthorRecord, HumoDb } from '../../../src/background/db';
import { storable, withRanks } from '../../../src/background/author-ranks';
import { exportAll, importFile } from '../../../src/background/export';
import { ingestBatch } from '../../../src/background/ingest';
import { clearAll, forgetAuthor } from '../../../src/background/maintenance';
import { authorSummaries, dailyShares, leaderboard } from '../../../src/background/leaderboard';
import { createRouter } from '../../../src/background/router';
import { talliesOf } from '../../../src/background/tallies';
import { dayKey, rankBySells, rankByValue, sellScore, valueScore } from '../../../src/core/stats';
import type { Platform } from '../../../src/core/types';
import type { AuthorRow, JudgedPost } from '../../../src/shared/messages';

const PLATFORMS: Platform[] = ['x', 'facebook', 'linkedin'];
const N = 10_000;

/** Deterministic pseudo-random authors, written in one transaction. */
async function seedAuthors(db: HumoDb): Promise<AuthorRecord[]> {
  let seed = 7;
  const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const authors: AuthorRecord[] = Array.from({ length: N }, (_, i) => {
    const platform = PLATFORMS[i % 3] as Platform;
    const postsSeen = Math.floor(rand() * 60);
    const names = i % 97 === 0 ? ['Old Name', `Zeta Seller ${i}`] : [`Person ${i}`];
    return {
      id: `${platform}:user${i}`, platform, authorId: `user${i}`, displayNames: names,
      postsSeen, promoPosts: Math.floor(rand() * (postsSeen + 1)), lastSeen: T0 + i,
    };
  });
  const tx = db.transaction(['authors', 'tallies'], 'readwrite');
  const stored = authors.filter(storable);
  await Promise.all([...stored.map((a) => tx.objectStore('authors').put(withRanks(a))), tx.objectStore('tallies').put(talliesOf(stored)), tx.done]);
  return authors;
}

function nonIncreasing(rows: AuthorRow[], score: (r: AuthorRow) => number): boolean {
  return rows.every((r, i) => i === 0 || score(rows[i - 1] as AuthorRow) >= score(r));
}

const query = { tab: 'value' as const, platform: 'all' as const, query: '', offset: 0, limit: 50 };

describe('leaderboard with 10,000 authors', () => {
  it('ranks, filters, searches and pages correctly (and reports its time)', async () => {
    const { db } = await freshDb();
    const authors = await seedAuthors(db);
    const active = authors.filter((a) => a.postsSeen > 0);

    const t0 = performance.now();
    const first = await leaderboard(db, query);
    const ms = performance.now() - t0;
    console.log(`leaderboard query over ${N} authors (fake-indexeddb): ${ms.toFixed(1)} ms`);

    expect(first.total).toBe(active.length);
    expect(first.rows).toHaveLength(50);
    expect(nonIncreasing(first.rows, (r) => r.valueScore)).toBe(true);
    const best = Math.max(...active.map((a) => valueScore(a.postsSeen, a.promoPosts)));
    expect(first.rows[0]?.valueScore).toBe(best);

    // Paging: consecutive pages tile the whole ranking, no gaps, no repeats.
    const pages: AuthorRow[] = [];
    for (let offset = 0; offset < first.total; offset += 500) {
      pages.push(...(await leaderboard(db, { ...query, tab: 'sells', offset, limit: 500 })).rows);
    }
    expect(pages).toHaveLength(active.length);
    expect(new Set(pages.map((r) => `${r.platform}:${r.authorId}`)).size).toBe(active.length);
    expect(nonIncreasing(pages, (r) => sellScore(r.postsSeen, r.promoPosts))).toBe(true);
    expect((await leaderboard(db, { ...query, offset: active.length + 10 })).rows).toEqual([]);

    const linkedin = await leaderboard(db, { ...query, platform: 'linkedin', limit: 500 });
    expect(linkedin.total).toBe(active.filter((a) => a.platform === 'linkedin').length);
    expect(linkedin.rows.every((r) => r.platform === 'linkedin')).toBe(true);

    // Search: case-insensitive over every display name and the id.
    const zeta = await leaderboard(db, { ...query, query: '  zETA seller ', limit: 500 });
    expect(zeta.total).toBe(active.filter((a) => a.displayNames.some((n) => n.includes('Zeta Seller'))).length);
    const old = await leaderboard(db, { ...query, query: 'old name', limit: 500 });
    expect(old.rows.every((r) => r.displayName.startsWith('Zeta Seller'))).toBe(true);
    const byId = await leaderboard(db, { ...query, query: 'USER1234' });
    expect(byId.rows.map((r) => r.authorId)).toEqual(active.some((a) => a.authorId === 'user1234') ? ['user1234'] : []);
  }, 60_000); // 10,000 rows through fake-indexeddb's indexes: seconds on a loaded two-core box
});

describe('indexed ranking', () => {
  it('walks the rank indexes in exactly the in-memory order, per tab and platform, page by page', async () => {
    const { db } = await freshDb();
    // Few distinct tallies and timestamps, so ties on score, posts and lastSeen are common.
    const authors: AuthorRecord[] = Array.from({ length: 600 }, (_, i) => {
      const platform = PLATFORMS[i % 3] as Platform;
      const postsSeen = i % 7;
      return { id: `${platform}:u${i % 50}-${i}`, platform, authorId: `u${i % 50}-${i}`, displayNames: [], postsSeen, promoPosts: i % (postsSeen + 1), lastSeen: T0 + (i % 4) };
    });
    const tx = db.transaction(['authors', 'tallies'], 'readwrite');
    const stored = authors.filter(storable);
    await Promise.all([...stored.map((a) => tx.objectStore('authors').put(withRanks(a))), tx.objectStore('tallies').put(talliesOf(stored)), tx.done]);
    const ids = (rows: { platform: string; authorId: string }[]) => rows.map((r) => `${r.platform}:${r.authorId}`);
    for (const tab of ['value', 'sells'] as const) {
      for (const platform of ['all', ...PLATFORMS] as const) {
        const listed = authors.filter((a) => a.postsSeen > 0 && (platform === 'all' || a.platform === platform));
        const expected = ids(tab === 'value' ? rankByValue(listed) : rankBySells(listed));
        const got: AuthorRow[] = [];
        for (let offset = 0; offset < expected.length + 40; offset += 37) {
          const page = await leaderboard(db, { ...query, tab, platform, offset, limit: 37 });
          expect(page.total).toBe(expected.length);
          got.push(...page.rows);
        }
        expect(ids(got), `${tab}/${platform}`).toEqual(expected);
        // Out of order, so no page starts where the last one ended: rows are skipped, not resumed.
        for (const offset of [480, 400, 251, 111, 38, 2, 1, 37, 0]) {
          const page = await leaderboard(db, { ...query, tab, platform, offset, limit: 37 });
          expect(ids(page.rows), `${tab}/${platform} at ${offset}`).toEqual(expected.slice(offset, offset + 37));
        }
      }
    }
  });

  it('keeps rank keys current through ingest, re-judgement and import, and exports none', async () => {
    const { db } = await freshDb();
    await ingestBatch(db, [post({ key: 'a', verdict: 'promo' }), post({ key: 'b' })]);
    expect((await db.get('authors', 'x:alice'))?.rank).toEqual({ value: valueScore(2, 1), sells: sellScore(2, 1) });
    await ingestBatch(db, [post({ key: 'b', verdict: 'promo' })]);
    expect((await db.get('authors', 'x:alice'))?.rank).toEqual({ value: valueScore(2, 2), sells: sellScore(2, 2) });
    const exported = await exportAll(db);
    expect(exported.json).not.toContain('"rank"');
    const other = await freshDb();
    await importFile(other.db, exported.json, 'replace');
    expect((await other.db.get('authors', 'x:alice'))?.rank).toEqual({ value: valueScore(2, 2), sells: sellScore(2, 2) });
    expect((await leaderboard(other.db, { ...query, tab: 'sells' })).rows.map((r) => r.authorId)).toEqual(['alice']);
    // A file's author without posts is not stored: the store holds exactly the listed authors.
    const file = JSON.parse(exported.json);
    file.authors.push({ id: 'x:nobody', platform: 'x', authorId: 'nobody', displayNames: [], postsSeen: 0, promoPosts: 0, lastSeen: T0 });
    await importFile(other.db, JSON.stringify(file), 'merge');
    expect(await other.db.getAllKeys('authors')).toEqual(['x:alice']);
    expect((await leaderboard(other.db, query)).total).toBe(1);
  });
});

/** Authors `${prefix}0`…`${prefix}5` with 6…1 posts, so ranked in that order on the value tab. */
const someAuthors = (prefix: string): JudgedPost[] =>
  Array.from({ length: 6 }, (_, author) => Array.from({ length: 6 - author }, (_unused, n) => post({ key: `${prefix}${author}-${n}`, authorId: `${prefix}${author}` }))).flat();
const authorIds = (rows: AuthorRow[]): string[] => rows.map((r) => r.authorId);

describe('paging across other writers', () => {
  const writers: [string, (db: HumoDb) => Promise<unknown>][] = [
    ['clear', async (db) => { await clearAll(db); await ingestBatch(db, someAuthors('a')); }],
    ['import', async (db) => {
      const other = await freshDb();
      await ingestBatch(other.db, someAuthors('a'));
      await importFile(db, (await exportAll(other.db)).json, 'replace');
    }],
    ['forget', (db) => forgetAuthor(db, 'x', 'u0')],
  ];
  for (const [name, write] of writers) {
    it(`the next page after ${name} starts at its offset in the new rows, not below the last page's end`, async () => {
      const { db } = await freshDb();
      await ingestBatch(db, someAuthors('u'));
      expect(authorIds((await leaderboard(db, { ...query, limit: 2 })).rows)).toEqual(['u0', 'u1']);
      await write(db);
      const expected = rankByValue(await db.getAll('authors')).map((a) => a.authorId);
      expect(authorIds((await leaderboard(db, { ...query, offset: 2, limit: 2 })).rows)).toEqual(expected.slice(2, 4));
    });
  }
});

describe('leaderboard rows', () => {
  it('fills AuthorRow fields; newest display name shown; 1-post authors do not top either tab', async () => {
    const { db } = await freshDb();
    const steady = Array.from({ length: 20 }, (_, i) => post({ key: `s${i}`, authorId: 'steady', authorName: 'Steady', verdict: i === 0 ? 'promo' : 'value' }));
    const seller = Array.from({ length: 20 }, (_, i) => post({ key: `p${i}`, authorId: 'seller', authorName: 'Seller', verdict: i < 18 ? 'promo' : 'value' }));
    await ingestBatch(db, [...steady, ...seller, post({ key: 'one', authorId: 'once', authorName: 'Once' }), post({ key: 'two', authorId: 'oncepromo', verdict: 'promo' })]);
    await ingestBatch(db, [post({ key: 's99', authorId: 'steady', authorName: 'Steady Renamed' })]);
    const value = await leaderboard(db, query);
    expect(value.rows[0]).toMatchObject({ platform: 'x', authorId: 'steady', displayName: 'Steady Renamed', postsSeen: 21, promoPosts: 1 });
    expect(value.rows[0]?.promoShare).toBeCloseTo(1 / 21, 10);
    expect(value.rows[0]?.valueScore).toBeCloseTo(valueScore(21, 1), 10);
    const sells = await leaderboard(db, { ...query, tab: 'sells' });
    expect(sells.rows[0]?.authorId).toBe('seller');
  });
});

describe('author summaries and daily shares', () => {
  it('returns the tallies of known authors only', async () => {
    const { db } = await freshDb();
    await ingestBatch(db, [post({ key: 'a', verdict: 'promo' }), post({ key: 'b' })]);
    const out = await authorSummaries(db, { authors: [{ platform: 'x', authorId: 'alice' }, { platform: 'x', authorId: 'alice' }, { platform: 'linkedin', authorId: 'alice' }] });
    expect(out).toEqual({ summaries: [{ platform: 'x', authorId: 'alice', postsSeen: 2, promoPosts: 1 }] });
  });

  it('gives zero-filled days ending today, per platform or all', async () => {
    const { db } = await freshDb();
    const day = 86_400_000;
    const now = T0 + 2 * day;
    await ingestBatch(db, [
      post({ key: 'a', verdict: 'promo', seenAt: T0 }),
      post({ key: 'b', platform: 'linkedin', seenAt: T0 }),
      post({ key: 'c', seenAt: now }),
      post({ key: 'old', seenAt: T0 - 40 * day }),
    ]);
    const all = await dailyShares(db, { platform: 'all', days: 30 }, now);
    expect(all.days).toHaveLength(30);
    expect(all.days[29]).toEqual({ day: dayKey(now), seen: 1, promo: 0 });
    expect(all.days[27]).toEqual({ day: dayKey(T0), seen: 2, promo: 1 });
    expect(all.days.reduce((n, d) => n + d.seen, 0)).toBe(3);
    const linkedin = await dailyShares(db, { platform: 'linkedin', days: 3 }, now);
    expect(linkedin.days.map((d) => d.seen)).toEqual([1, 0, 0]);
  });

  it('answers through the router', async () => {
    const { db } = await freshDb();
    const router = createRouter({ extensionId: EXT_ID, getDb: async () => db, now: () => T0 });
    await router.handle({ type: 'cs:posts-judged', payload: { posts: [post()] } }, CONTENT);
    expect(await router.handle({ type: 'ui:daily-shares', payload: { platform: 'x', days: 1 } }, OWN_PAGE)).toEqual({
      ok: true,
      data: { days: [{ day: dayKey(T0), seen: 1, promo: 0 }] },
    });
    expect(await router.handle({ type: 'cs:author-summaries', payload: { authors: [{ platform: 'x', authorId: 'alice' }] } }, CONTENT)).toMatchObject({
      ok: true,
      data: { summaries: [{ postsSeen: 1 }] },
    });
    expect(await router.handle({ type: 'ui:forget-author', payload: { platform: 'x', authorId: 'alice' } }, OWN_PAGE)).toEqual({ ok: true, data: { removedPosts: 1 } });
  });
});
