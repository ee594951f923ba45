import { T0, counts, freshDb, post, getPost, countPosts, packIdsMatchPacks, storedPosts } from './helpers';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HumoDb } from '../../../src/background/db';
import { MAX_GROUP_POSTS, ingestBatch } from '../../../src/background/ingest';
import { exportAll, importFile } from '../../../src/background/export';
import { forgetAuthor } from '../../../src/background/maintenance';
import { PACK_POSTS, RECENT_POSTS } from '../../../src/background/post-packs';
import { invalidateRows } from '../../../src/background/row-cache';
import { dayKey, sellScore, valueScore } from '../../../src/core/stats';
import type { JudgedPost } from '../../../src/shared/messages';

describe('ingestBatch: exactly-once counting', () => {
  it('counts new posts and fills authors and days', async () => {
    const { db } = await freshDb();
    const n = await ingestBatch(db, [
      post({ key: 'a', verdict: 'promo', signals: ['cta'] }),
      post({ key: 'b' }),
      post({ key: 'c', authorId: 'bob', authorName: 'Bob', platform: 'linkedin', repostedBy: 'carol' }),
    ]);
    expect(n).toBe(3);
    expect(await db.get('authors', 'x:alice')).toEqual({
      id: 'x:alice', platform: 'x', authorId: 'alice', displayNames: ['Alice'], postsSeen: 2, promoPosts: 1, lastSeen: T0,
      rank: { value: valueScore(2, 1), sells: sellScore(2, 1) },
    });
    expect(await getPost(db, 'linkedin:c')).toMatchObject({ authorKey: 'linkedin:bob', repostedBy: 'carol', firstSeen: T0 });
    expect(await getPost(db, 'x:a')).not.toHaveProperty('repostedBy');
    expect(await db.get('days', `${dayKey(T0)}:x`)).toEqual({ id: `${dayKey(T0)}:x`, day: dayKey(T0), platform: 'x', seen: 2, promo: 1 });
    expect(await ingestBatch(db, [])).toBe(0);
  });

  it('the same batch twice changes no counts, only lastSeen', async () => {
    const { db } = await freshDb();
    const batch = [post({ key: 'a', verdict: 'promo' }), post({ key: 'b' })];
    expect(await ingestBatch(db, batch)).toBe(2);
    const later = batch.map((p) => ({ ...p, seenAt: T0 + 60_000 }));
    expect(await ingestBatch(db, later)).toBe(0);
    expect(await ingestBatch(db, batch)).toBe(0);
    const alice = await db.get('authors', 'x:alice');
    expect(alice).toMatchObject({ postsSeen: 2, promoPosts: 1, lastSeen: T0 + 60_000 });
    expect(await getPost(db, 'x:a')).toMatchObject({ firstSeen: T0, lastSeen: T0 + 60_000 });
    expect(await db.get('days', `${dayKey(T0)}:x`)).toMatchObject({ seen: 2, promo: 1 });
  });

  it('the same post in two batches counts once', async () => {
    const { db } = await freshDb();
    await ingestBatch(db, [post({ key: 'a' }), post({ key: 'b' })]);
    expect(await ingestBatch(db, [post({ key: 'b' }), post({ key: 'c' })])).toBe(1);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 3 });
    expect(await counts(db)).toEqual({ posts: 3, authors: 1, days: 1 });
  });

  it('duplicates within a batch count once; the last verdict wins', async () => {
    const { db } = await freshDb();
    const n = await ingestBatch(db, [
      post({ key: 'a', verdict: 'promo' }),
      post({ key: 'a', verdict: 'value', seenAt: T0 + 5 }),
      post({ key: 'a', verdict: 'promo', seenAt: T0 + 1 }),
    ]);
    expect(n).toBe(1);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 1, promoPosts: 1 });
    expect(await getPost(db, 'x:a')).toMatchObject({ verdict: 'promo', firstSeen: T0, lastSeen: T0 + 5 });
  });

  it('a re-judgement moves the promo tally of the author and the day instead of adding a post', async () => {
    const { db } = await freshDb();
    await ingestBatch(db, [post({ key: 'a', verdict: 'value' })]);
    // Re-judged on a later day: the tally stays on the post's first day.
    expect(await ingestBatch(db, [post({ key: 'a', verdict: 'promo', score: 0.9, signals: ['cta'], seenAt: T0 + 3 * 86_400_000 })])).toBe(0);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 1, promoPosts: 1 });
    expect(await getPost(db, 'x:a')).toMatchObject({ verdict: 'promo', score: 0.9, signals: ['cta'] });
    expect(await db.get('days', `${dayKey(T0)}:x`)).toMatchObject({ seen: 1, promo: 1 });
    expect(await db.count('days')).toBe(1);
    await ingestBatch(db, [post({ key: 'a', verdict: 'value' })]);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 1, promoPosts: 0 });
    expect(await db.get('days', `${dayKey(T0)}:x`)).toMatchObject({ seen: 1, promo: 0 });
  });

  it('keeps the last few distinct display names, newest last', async () => {
    const { db } = await freshDb();
    const names = ['A1', 'A2', 'A3', 'A2', 'A4', 'A5', 'A6', ' A6 ', ''];
    for (const [i, authorName] of names.entries()) await ingestBatch(db, [post({ key: `k${i}`, authorName })]);
    expect((await db.get('authors', 'x:alice'))?.displayNames).toEqual(['A3', 'A2', 'A4', 'A5', 'A6']);
  });

  it('a known post reported under another author keeps its original author', async () => {
    const { db } = await freshDb();
    await ingestBatch(db, [post({ key: 'a', verdict: 'value' })]);
    await ingestBatch(db, [post({ key: 'a', authorId: 'mallory', authorName: 'M', verdict: 'promo' })]);
    expect(await db.get('authors', 'x:mallory')).toBeUndefined();
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 1, promoPosts: 1, displayNames: ['Alice'] });
  });

  it('same key on different platforms are different posts', async () => {
    const { db } = await freshDb();
    expect(await ingestBatch(db, [post({ key: '1' }), post({ key: '1', platform: 'facebook' })])).toBe(2);
  });

  it('property: totals equal distinct keys; promo equals keys whose LAST verdict is promo', async () => {
    const arbPost = fc.record({
      platform: fc.constantFrom('x', 'facebook', 'linkedin'),
      key: fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8'),
      authorId: fc.constantFrom('a', 'b', 'c'),
      verdict: fc.constantFrom('promo', 'value'),
      day: fc.integer({ min: 0, max: 3 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(arbPost, { maxLength: 12 }), { maxLength: 8 }), async (batches) => {
        const { db } = await freshDb();
        // Model: a post's author and day are fixed when first seen; its verdict is the last one.
        const model = new Map<string, { author: string; verdict: string; day: string }>();
        let counted = 0;
        for (const batch of batches) {
          const posts: JudgedPost[] = batch.map((b) =>
            post({ platform: b.platform, key: b.key, authorId: b.authorId, verdict: b.verdict, seenAt: T0 + b.day * 86_400_000 }),
          );
          counted += await ingestBatch(db, posts);
          for (const p of posts) {
            const id = `${p.platform}:${p.key}`;
            const known = model.get(id);
            model.set(id, {
              author: known?.author ?? `${p.platform}:${p.authorId}`,
              day: known?.day ?? `${dayKey(p.seenAt)}:${p.platform}`,
              verdict: p.verdict,
            });
          }
        }
        expect(counted).toBe(model.size);
        expect(await countPosts(db)).toBe(model.size);
        const expectAuthors = new Map<string, { seen: number; promo: number }>();
        const expectDays = new Map<string, { seen: number; promo: number }>();
        for (const m of model.values()) {
          for (const [map, id] of [[expectAuthors, m.author], [expectDays, m.day]] as const) {
            const acc = map.get(id) ?? { seen: 0, promo: 0 };
            acc.seen += 1;
            if (m.verdict === 'promo') acc.promo += 1;
            map.set(id, acc);
          }
        }
        const authors = await db.getAll('authors');
        expect(new Map(authors.map((a) => [a.id, { seen: a.postsSeen, promo: a.promoPosts }]))).toEqual(expectAuthors);
        const days = await db.getAll('days');
        expect(new Map(days.map((d) => [d.id, { seen: d.seen, promo: d.promo }]))).toEqual(expectDays);
        db.close();
      }),
      { numRuns: 150 },
    );
  });
});

const bulk = (from: number, n: number): JudgedPost[] =>
  Array.from({ length: n }, (_, i) => post({ key: `bulk${from + i}`, authorId: `b${(from + i) % 7}`, seenAt: T0 + 1 }));

/** Stores `p`, then `newer` more posts in batches of `size` (one transaction each). */
async function storeThenBury(newer: number, size: number): Promise<HumoDb> {
  const { db } = await freshDb();
  expect(await ingestBatch(db, [post({ key: 'p', verdict: 'promo' })])).toBe(1);
  for (let i = 0; i < newer; i += size) await ingestBatch(db, bulk(i, Math.min(size, newer - i)));
  return db;
}

describe('ingest: the recent-post window (post-packs.ts)', () => {
  // Woken: 40-post packs, so the ids are read back over several getAll requests (ingest-tx.ts).
  for (const cold of [false, true]) {
    const size = cold ? 40 : MAX_GROUP_POSTS;
    it(`a post is known while fewer than RECENT_POSTS were stored after it (${cold ? 'worker just woken' : 'warm worker'})`, async () => {
      const db = await storeThenBury(RECENT_POSTS - 1, size);
      if (cold) invalidateRows(db);
      expect(await ingestBatch(db, [post({ key: 'p', verdict: 'value', seenAt: T0 + 9 })])).toBe(0);
      expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 1, promoPosts: 0 });
      expect(await getPost(db, 'x:p')).toMatchObject({ verdict: 'value', firstSeen: T0, lastSeen: T0 + 9 });
      expect(await countPosts(db)).toBe(RECENT_POSTS);
    });

    it(`past the window a post seen again counts again, as documented (${cold ? 'worker just woken' : 'warm worker'})`, async () => {
      const db = await storeThenBury(RECENT_POSTS, size);
      if (cold) invalidateRows(db);
      expect(await ingestBatch(db, [post({ key: 'p', verdict: 'value', seenAt: T0 + 9 })])).toBe(1);
      // Its author and day count it a second time; a second record goes into a new pack.
      expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 2, promoPosts: 1 });
      expect(await countPosts(db)).toBe(RECENT_POSTS + 2);
      // Export and reads keep one record per id, the newest.
      expect(await getPost(db, 'x:p')).toMatchObject({ verdict: 'value', firstSeen: T0 + 9 });
      expect((await storedPosts(db)).filter((p) => p.id === 'x:p')).toHaveLength(1);
      // Now in the window again: seen once more, it counts nothing and its verdict moves.
      expect(await ingestBatch(db, [post({ key: 'p', verdict: 'promo', seenAt: T0 + 10 })])).toBe(0);
      expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 2, promoPosts: 2 });
      // Forgetting the author removes both records.
      expect(await forgetAuthor(db, 'x', 'alice')).toBe(2);
      expect(await countPosts(db)).toBe(RECENT_POSTS);
      expect(await packIdsMatchPacks(db)).toBe(true);
    });
  }

  it(`a transaction's new posts go into packs of at most PACK_POSTS, so a re-seen post rewrites one small pack`, async () => {
    const { db } = await freshDb();
    expect(await ingestBatch(db, bulk(0, MAX_GROUP_POSTS))).toBe(MAX_GROUP_POSTS);
    const packs = await db.getAll('packs');
    expect(packs).toHaveLength(MAX_GROUP_POSTS / PACK_POSTS);
    expect(packs.every((p) => p.posts.length === PACK_POSTS)).toBe(true);
    for (const cold of [false, true]) {
      if (cold) invalidateRows(db);
      const again = [bulk(0, 1), bulk(MAX_GROUP_POSTS - 1, 1)].flat().map((p) => ({ ...p, seenAt: T0 + 9 }));
      expect(await ingestBatch(db, again)).toBe(0);
    }
    expect(await countPosts(db)).toBe(MAX_GROUP_POSTS);
    expect(await packIdsMatchPacks(db)).toBe(true);
  });

  it('posts merged from an export do not push what was just ingested out of the window', async () => {
    const { db: source } = await freshDb();
    for (let i = 0; i < RECENT_POSTS; i += MAX_GROUP_POSTS) await ingestBatch(source, bulk(i, MAX_GROUP_POSTS));
    const { json } = await exportAll(source);
    const { db } = await freshDb();
    expect(await ingestBatch(db, [post({ key: 'p' })])).toBe(1);
    await importFile(db, json, 'merge');
    // Merged posts are older than anything ingested: p is still among the newest.
    expect(await ingestBatch(db, [post({ key: 'p', seenAt: T0 + 9 })])).toBe(0);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 1 });
    expect(await countPosts(db)).toBe(RECENT_POSTS + 1);
    expect(await packIdsMatchPacks(db)).toBe(true);
  });
});
