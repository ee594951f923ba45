import { T0, freshDb, post, snapshot, countPosts, storedPosts } from './helpers';
import fc from 'fast-check';
import { IDBDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportAll, importFile } from '../../../src/background/export';
import { MAX_GROUP_POSTS, ingestBatch } from '../../../src/background/ingest';
import { clearAll, forgetAuthor } from '../../../src/background/maintenance';
import { Lru, invalidateRows } from '../../../src/background/row-cache';
import { dayKey } from '../../../src/core/stats';
import type { JudgedPost } from '../../../src/shared/messages';

afterEach(() => vi.restoreAllMocks());

/** Counts readwrite transactions opened on the raw fake-indexeddb connection. */
function countWriteTransactions(): { count: number; options: unknown[] } {
  const seen = { count: 0, options: [] as unknown[] };
  const real = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (this: IDBDatabase, ...args: Parameters<IDBDatabase['transaction']>) {
    if (args[1] === 'readwrite') {
      seen.count += 1;
      seen.options.push(args[2]);
    }
    return real.apply(this, args);
  });
  return seen;
}

describe('ingest writer: one transaction at a time, waiting batches grouped', () => {
  it('batches that arrive while one is written share the next transaction, each with its own count', async () => {
    const { db } = await freshDb();
    const tx = countWriteTransactions();
    const results = await Promise.all([
      ingestBatch(db, [post({ key: 'a' }), post({ key: 'b' })]),
      ingestBatch(db, [post({ key: 'b' }), post({ key: 'c', verdict: 'promo' })]),
      ingestBatch(db, [post({ key: 'c' }), post({ key: 'd', authorId: 'bob' })]),
      ingestBatch(db, [post({ key: 'e', authorId: 'bob' })]),
    ]);
    // The first starts alone; the other three wait for it, then go together. 'c' counts for the
    // batch that brought it first; its last verdict (value, in the third batch) wins.
    expect(results).toEqual([2, 1, 1, 1]);
    expect(tx.count).toBe(2);
    expect(tx.options).toEqual([{ durability: 'relaxed' }, { durability: 'relaxed' }]);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 3, promoPosts: 0 });
    expect(await db.get('authors', 'x:bob')).toMatchObject({ postsSeen: 2 });
  });

  it('a group holds at most MAX_GROUP_POSTS posts', async () => {
    const { db } = await freshDb();
    const tx = countWriteTransactions();
    const size = MAX_GROUP_POSTS / 5;
    const batches = Array.from({ length: 7 }, (_b, b) => Array.from({ length: size }, (_i, i) => post({ key: `${b}-${i}`, authorId: `a${i % 50}` })));
    expect(await Promise.all(batches.map((batch) => ingestBatch(db, batch)))).toEqual(batches.map(() => size));
    // The first alone, then five (exactly the cap), then the last.
    expect(tx.count).toBe(3);
    expect(await countPosts(db)).toBe(7 * size);
  });

  it('a bad batch in a group fails alone; the batches grouped with it are written', async () => {
    const { db } = await freshDb();
    const bad = [post({ key: 'bad' })];
    (bad[0] as { signals: unknown[] }).signals = [() => 1];
    const results = await Promise.allSettled([
      ingestBatch(db, [post({ key: 'first' })]),
      ingestBatch(db, [post({ key: 'good1' })]),
      ingestBatch(db, bad),
      ingestBatch(db, [post({ key: 'good2', verdict: 'promo' })]),
    ]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).name))).toEqual([1, 1, 'DataCloneError', 1]);
    expect((await storedPosts(db)).map((p) => p.id)).toEqual(['x:first', 'x:good1', 'x:good2']);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 3, promoPosts: 1 });
  });

  it('a known post reported under another, cached author: that author ends as it was', async () => {
    const { db } = await freshDb();
    await ingestBatch(db, [post({ key: 'a' }), post({ key: 'm', authorId: 'mallory', authorName: 'M' })]);
    const mallory = await db.get('authors', 'x:mallory');
    // Every row is cached; 'a' is known from the recent post ids (post-packs.ts), its pack read.
    expect(await ingestBatch(db, [post({ key: 'a', authorId: 'mallory', authorName: 'M2', verdict: 'promo', seenAt: T0 + 9 })])).toBe(0);
    expect(await db.get('authors', 'x:mallory')).toEqual(mallory);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 1, promoPosts: 1, lastSeen: T0 + 9 });
    expect(await db.get('days', `${dayKey(T0)}:x`)).toMatchObject({ seen: 2, promo: 1 });
  });
});

const two = (prefix: string): JudgedPost[] => [post({ key: `${prefix}1` }), post({ key: `${prefix}2`, verdict: 'promo' })];
const toPosts = (batch: { key: string; authorId: string; verdict: 'promo' | 'value'; day: number }[]): JudgedPost[] =>
  batch.map((b) => post({ key: b.key, authorId: b.authorId, authorName: b.authorId.toUpperCase(), verdict: b.verdict, seenAt: T0 + b.day * 86_400_000 }));

describe('ingest row cache: other writers invalidate it', () => {
  it('clear, forget and import each leave the next batch counting from what is stored', async () => {
    const { db } = await freshDb();
    await ingestBatch(db, two('a'));
    await clearAll(db);
    await ingestBatch(db, two('b'));
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 2, promoPosts: 1 });

    await forgetAuthor(db, 'x', 'alice');
    await ingestBatch(db, two('c'));
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 2, promoPosts: 1 });
    expect(await db.get('days', `${dayKey(T0)}:x`)).toMatchObject({ seen: 2, promo: 1 });

    const { json } = await exportAll(db);
    await ingestBatch(db, two('d'));
    await importFile(db, json, 'replace');
    await ingestBatch(db, two('e'));
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 4, promoPosts: 2 });
    expect(await db.get('days', `${dayKey(T0)}:x`)).toMatchObject({ seen: 4, promo: 2 });
  });

  it('a clear that starts while a batch is being written: the next batch sees the clear', async () => {
    const { db } = await freshDb();
    await ingestBatch(db, two('warm'));
    const running = ingestBatch(db, two('a'));
    const cleared = clearAll(db);
    const after = ingestBatch(db, two('b'));
    expect(await Promise.all([running, cleared, after])).toEqual([2, undefined, 2]);
    expect((await storedPosts(db)).map((p) => p.id)).toEqual(['x:b1', 'x:b2']);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 2, promoPosts: 1 });
  });

  it('property: any grouping, cache state and clears give the same rows as one batch at a time', async () => {
    const arbPost = fc.record({
      key: fc.constantFrom('k1', 'k2', 'k3', 'k4', 'k5'),
      authorId: fc.constantFrom('a', 'b', 'c'),
      verdict: fc.constantFrom('promo', 'value'),
      day: fc.integer({ min: 0, max: 2 }),
    });
    const arbStep = fc.oneof(
      { weight: 6, arbitrary: fc.record({ batches: fc.array(fc.array(arbPost, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }) }) },
      { weight: 1, arbitrary: fc.constant('invalidate' as const) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(arbStep, { maxLength: 6 }), async (steps) => {
        const grouped = await freshDb();
        const serial = await freshDb();
        for (const step of steps) {
          if (step === 'invalidate') {
            // Nothing changed in the database: dropping the cache must not change any row either.
            invalidateRows(grouped.db);
            continue;
          }
          const batches = step.batches.map(toPosts);
          const counts = await Promise.all(batches.map((b) => ingestBatch(grouped.db, b)));
          const expected: number[] = [];
          for (const b of batches) {
            // The reference reads every row back (no cache): the path the first batch takes.
            invalidateRows(serial.db);
            expected.push(await ingestBatch(serial.db, b));
          }
          expect(counts).toEqual(expected);
        }
        expect(await snapshot(grouped.db)).toEqual(await snapshot(serial.db));
        grouped.db.close();
        serial.db.close();
      }),
      { numRuns: 100 },
    );
  });
});

describe('Lru', () => {
  it('keeps the most recently set rows up to its capacity', () => {
    const lru = new Lru<number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.set('a', 3);
    lru.set('c', 4);
    expect([lru.get('a'), lru.get('b'), lru.get('c'), lru.size]).toEqual([3, undefined, 4, 2]);
    const none = new Lru<number>(0);
    none.set('a', 1);
    expect(none.get('a')).toBeUndefined();
  });
});
