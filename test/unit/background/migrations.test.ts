import { packIdsMatchPacks, post, storedPosts, talliesMatchAuthors } from './helpers';
import { IDBFactory, IDBIndex, IDBObjectStore } from 'fake-indexeddb';
import { unwrap } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withRanks } from '../../../src/background/author-ranks';
import { DB_NAME, DB_VERSION, createDbGetter, openHumoDb, type AuthorRecord, type HumoDb, type PostRecord } from '../../../src/background/db';
import { exportAll } from '../../../src/background/export';
import { ingestBatch } from '../../../src/background/ingest';
import { leaderboard, toRow } from '../../../src/background/leaderboard';
import { forgetAuthor } from '../../../src/background/maintenance';
import { V5_PACK_POSTS, V5_RANK_KEY_PATHS, migrations } from '../../../src/background/migrations';
import { idsOf, packPosts } from '../../../src/background/post-packs';
import { TALLY_ID, talliesOf } from '../../../src/background/tallies';
import { dayKey, rankBySells, rankByValue, sellScore, valueScore } from '../../../src/core/stats';

/** Primary keys in an index that older versions had (today's schema type no longer names it). */
async function oldIndexKeys(db: HumoDb, store: string, index: string, query?: IDBValidKey | IDBKeyRange): Promise<IDBValidKey[]> {
  const request = unwrap(db).transaction(store).objectStore(store).index(index).getAllKeys(query);
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error));
  });
}

/** A store's rows through the raw connection (stores today's schema type no longer names). */
async function rawAll(db: HumoDb, store: string): Promise<unknown[]> {
  const request = unwrap(db).transaction(store).objectStore(store).getAll();
  return new Promise((resolve, reject) => {
    request.addEventListener('success', () => resolve(request.result));
    request.addEventListener('error', () => reject(request.error));
  });
}

/** Opens at version 1 running only migrations[1], as a v1 build would have. */
async function seedV1(factory: IDBFactory) {
  return openHumoDb(factory, { version: 1, migrations: migrations.slice(0, 2) });
}

const T = Date.UTC(2025, 2, 10, 12);

describe('migrations', () => {
  afterEach(() => vi.restoreAllMocks());

  it('has one numbered migration per version up to DB_VERSION', () => {
    expect(migrations.length).toBe(DB_VERSION + 1);
    for (let v = 1; v <= DB_VERSION; v++) expect(typeof migrations[v]).toBe('function');
  });

  it('creates the current schema from scratch', async () => {
    const db = await openHumoDb(new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].toSorted()).toEqual(['authors', 'days', 'packIds', 'packs', 'tallies']);
    const tx = db.transaction(['packs', 'authors']);
    expect([...tx.objectStore('packs').indexNames]).toEqual([]);
    expect([...tx.objectStore('authors').indexNames]).toEqual(['by-platform-value']);
    // v5 builds the index from its own frozen copy: a change to the live key path needs a v6.
    expect(tx.objectStore('authors').index('by-platform-value').keyPath).toEqual(V5_RANK_KEY_PATHS['by-platform-value']);
    db.close();
  });

  it('v1 → v2: keeps data, backfills displayNames and days, adds indexes', async () => {
    const factory = new IDBFactory();
    const v1 = await seedV1(factory);
    expect(v1.version).toBe(1);
    expect([...v1.objectStoreNames].toSorted()).toEqual(['authors', 'posts']);
    // v1-shaped rows: one displayName, no days store.
    const raw = v1 as unknown as { put(store: string, value: unknown): Promise<unknown> };
    await raw.put('authors', { id: 'x:alice', platform: 'x', authorId: 'alice', displayName: 'Alice', postsSeen: 2, promoPosts: 1, lastSeen: T });
    await raw.put('authors', { id: 'x:nameless', platform: 'x', authorId: 'nameless', displayName: '', postsSeen: 1, promoPosts: 0, lastSeen: T });
    const basePost = { platform: 'x', verdict: 'value', score: 0.1, signals: [], isAd: false, lastSeen: T };
    await raw.put('posts', { ...basePost, id: 'x:1', key: '1', authorKey: 'x:alice', verdict: 'promo', firstSeen: T });
    await raw.put('posts', { ...basePost, id: 'x:2', key: '2', authorKey: 'x:alice', firstSeen: T });
    await raw.put('posts', { ...basePost, id: 'x:3', key: '3', authorKey: 'x:nameless', firstSeen: T - 3 * 86_400_000 });
    v1.close();

    const db = await openHumoDb(factory, { version: 2, migrations: migrations.slice(0, 3) });
    expect(db.version).toBe(2);
    const alice = await db.get('authors', 'x:alice');
    expect(alice).toEqual({ id: 'x:alice', platform: 'x', authorId: 'alice', displayNames: ['Alice'], postsSeen: 2, promoPosts: 1, lastSeen: T });
    expect(alice && 'displayName' in alice).toBe(false);
    expect((await db.get('authors', 'x:nameless'))?.displayNames).toEqual([]);
    expect((await oldIndexKeys(db, 'posts', 'by-author', 'x:alice')).toSorted()).toEqual(['x:1', 'x:2']);
    // by-lastSeen existed from v2 to v3 only.
    expect(await oldIndexKeys(db, 'authors', 'by-lastSeen')).toHaveLength(2);
    const days = await db.getAll('days');
    expect(days).toContainEqual({ id: `${dayKey(T)}:x`, day: dayKey(T), platform: 'x', seen: 2, promo: 1 });
    expect(days).toContainEqual({ id: `${dayKey(T - 3 * 86_400_000)}:x`, day: dayKey(T - 3 * 86_400_000), platform: 'x', seen: 1, promo: 0 });
    db.close();
  });

  it('v2 → v3: adds and indexes rank keys, drops authors without posts, data otherwise unchanged', async () => {
    const factory = new IDBFactory();
    const v2 = await openHumoDb(factory, { version: 2, migrations: migrations.slice(0, 3) });
    const base = { platform: 'x' as const, displayNames: ['N'], lastSeen: T };
    await v2.put('authors', { ...base, id: 'x:seller', authorId: 'seller', postsSeen: 10, promoPosts: 9 });
    await v2.put('authors', { ...base, id: 'x:helper', authorId: 'helper', postsSeen: 10, promoPosts: 0 });
    await v2.put('authors', { ...base, id: 'x:ghost', authorId: 'ghost', postsSeen: 0, promoPosts: 0 });
    v2.close();

    const db = await openHumoDb(factory, { version: 3, migrations: migrations.slice(0, 4) });
    expect(db.version).toBe(3);
    const seller = await db.get('authors', 'x:seller');
    expect(seller).toEqual({ ...base, id: 'x:seller', authorId: 'seller', postsSeen: 10, promoPosts: 9, rank: { value: valueScore(10, 9), sells: sellScore(10, 9) } });
    expect(await db.get('authors', 'x:ghost')).toBeUndefined();
    expect(await db.count('authors')).toBe(2);
    expect(await oldIndexKeys(db, 'authors', 'by-sells')).toEqual(['x:helper', 'x:seller']);
    expect(await oldIndexKeys(db, 'authors', 'by-platform-value', IDBKeyRange.bound(['x'], ['x', []]))).toEqual(['x:seller', 'x:helper']);
    db.close();
  });

  it('v3 → v4: drops the unused by-lastSeen index, rows and rank indexes unchanged', async () => {
    const factory = new IDBFactory();
    const v3 = await openHumoDb(factory, { version: 3, migrations: migrations.slice(0, 4) });
    expect([...v3.transaction('authors').store.indexNames]).toContain('by-lastSeen');
    const alice = { id: 'x:alice', platform: 'x' as const, authorId: 'alice', displayNames: ['A'], postsSeen: 2, promoPosts: 1, lastSeen: T, rank: { value: valueScore(2, 1), sells: sellScore(2, 1) } };
    await v3.put('authors', alice);
    v3.close();

    const db = await openHumoDb(factory, { version: 4, migrations: migrations.slice(0, 5) });
    expect(db.version).toBe(4);
    expect([...db.transaction('authors').store.indexNames]).not.toContain('by-lastSeen');
    expect(await db.get('authors', 'x:alice')).toEqual(alice);
    expect(await oldIndexKeys(db, 'authors', 'by-value')).toEqual(['x:alice']);
    db.close();
  });

  it('v4 → v5: posts packed oldest first, authors and days unchanged, one rank index; leaderboard, export, ingest and forget right', async () => {
    const factory = new IDBFactory();
    const v4 = await openHumoDb(factory, { version: 4, migrations: migrations.slice(0, 5) });
    const raw = v4 as unknown as { put(store: string, value: unknown): Promise<unknown> };
    // A v4 store as v4's ingest left it: a row per post, authors with rank keys, day rows.
    const platforms = ['x', 'facebook', 'linkedin'] as const;
    const posts: PostRecord[] = [];
    const authors = new Map<string, AuthorRecord>();
    const days = new Map<string, { id: string; day: string; platform: string; seen: number; promo: number }>();
    for (let i = 0; i < 130; i++) {
      const platform = platforms[i % 3] as (typeof platforms)[number];
      const authorKey = `${platform}:a${i % 17}`;
      const verdict = i % 4 === 0 ? 'promo' : 'value';
      const firstSeen = T - (i % 9) * 86_400_000 + i;
      posts.push({ id: `${platform}:k${i}`, platform, key: `k${i}`, authorKey, verdict, score: 0.5, signals: verdict === 'promo' ? ['cta'] : [], isAd: false, firstSeen, lastSeen: firstSeen + 5 });
      const a = authors.get(authorKey) ?? { id: authorKey, platform, authorId: `a${i % 17}`, displayNames: [`A${i % 17}`], postsSeen: 0, promoPosts: 0, lastSeen: 0 };
      a.postsSeen += 1;
      if (verdict === 'promo') a.promoPosts += 1;
      a.lastSeen = Math.max(a.lastSeen, firstSeen + 5);
      authors.set(authorKey, a);
      const dayId = `${dayKey(firstSeen)}:${platform}`;
      const d = days.get(dayId) ?? { id: dayId, day: dayKey(firstSeen), platform, seen: 0, promo: 0 };
      d.seen += 1;
      if (verdict === 'promo') d.promo += 1;
      days.set(dayId, d);
    }
    for (const p of posts) await raw.put('posts', p);
    for (const a of authors.values()) await raw.put('authors', withRanks(a));
    for (const d of days.values()) await raw.put('days', d);
    v4.close();

    const db = await openHumoDb(factory);
    expect(db.version).toBe(5);
    expect([...db.objectStoreNames].toSorted()).toEqual(['authors', 'days', 'packIds', 'packs', 'tallies']);
    expect([...db.transaction('authors').store.indexNames]).toEqual(['by-platform-value']);
    expect(await talliesMatchAuthors(db)).toBe(true);
    // Posts carried over exactly, packed oldest first.
    const packs = await db.getAll('packs');
    expect(packs.map((p) => p.id)).toEqual([1, 2, 3]);
    expect(packs.map((p) => p.posts.length)).toEqual([V5_PACK_POSTS, V5_PACK_POSTS, 130 - 2 * V5_PACK_POSTS]);
    const flat = packs.flatMap((p) => p.posts);
    expect(flat.map((p) => p.firstSeen)).toEqual(flat.map((p) => p.firstSeen).toSorted((a, b) => a - b));
    expect(await storedPosts(db)).toEqual(posts.toSorted((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await packIdsMatchPacks(db)).toBe(true);
    expect(await db.getAll('authors')).toEqual([...authors.values()].map(withRanks).toSorted((a, b) => (a.id < b.id ? -1 : 1)));
    expect(await rawAll(db, 'days')).toEqual([...days.values()].toSorted((a, b) => (a.id < b.id ? -1 : 1)));
    // Leaderboard from the rebuilt indexes, in the in-memory order.
    const stored = (await db.getAll('authors')).map(toRow);
    for (const [tab, rank] of [['value', rankByValue], ['sells', rankBySells]] as const) {
      const all = await leaderboard(db, { tab, platform: 'all', query: '', offset: 0, limit: 50 });
      expect(all).toEqual({ rows: rank(stored).slice(0, 50), total: authors.size });
      const x = await leaderboard(db, { tab, platform: 'x', query: '', offset: 0, limit: 50 });
      expect(x.rows).toEqual(rank(stored.filter((r) => r.platform === 'x')));
    }
    // Export: the same file as before packing.
    const file = JSON.parse((await exportAll(db)).json) as { posts: PostRecord[] };
    expect(file.posts).toEqual(posts.toSorted((a, b) => (a.id < b.id ? -1 : 1)));
    // A migrated post seen again counts nothing; a re-judgement moves its tally.
    const oldest = posts[0] as PostRecord;
    const before = await db.get('authors', oldest.authorKey);
    expect(await ingestBatch(db, [post({ platform: oldest.platform, key: oldest.key, authorId: 'a0', authorName: 'A0', verdict: 'value', seenAt: T + 1 })])).toBe(0);
    expect(await db.get('authors', oldest.authorKey)).toMatchObject({ postsSeen: before?.postsSeen, promoPosts: (before?.promoPosts ?? 0) - 1 });
    // Forget removes the author's posts from every pack.
    const owned = posts.filter((p) => p.authorKey === 'x:a0').length;
    expect(await forgetAuthor(db, 'x', 'a0')).toBe(owned);
    expect((await storedPosts(db)).filter((p) => p.authorKey === 'x:a0')).toEqual([]);
    expect(await storedPosts(db)).toHaveLength(130 - owned);
    expect(await packIdsMatchPacks(db)).toBe(true);
    expect(await talliesMatchAuthors(db)).toBe(true);
    db.close();
  });

  it('v4 → v5 streams: more posts than a pack holds, packed by (firstSeen, id) as a whole-store sort would, without getAll', async () => {
    const factory = new IDBFactory();
    const v4 = await openHumoDb(factory, { version: 4, migrations: migrations.slice(0, 5) });
    const raw = v4 as unknown as { put(store: string, value: unknown): Promise<unknown> };
    const n = 2 * V5_PACK_POSTS + 7;
    // Ties on firstSeen (5 distinct values) so the id breaks them; ids whose string order is not
    // their number's (k10 < k2); stored in an order unlike either.
    const posts: PostRecord[] = Array.from({ length: n }, (_, i) => {
      const firstSeen = T + ((i * 7) % 5) * 1000;
      return { id: `x:k${i}`, platform: 'x', key: `k${i}`, authorKey: `x:a${i % 4}`, verdict: i % 3 ? 'value' : 'promo', score: 0.5, signals: [], isAd: false, firstSeen, lastSeen: firstSeen };
    });
    const authors: AuthorRecord[] = [0, 1, 2, 3].map((a) => {
      const own = posts.filter((p) => p.authorKey === `x:a${a}`);
      return { id: `x:a${a}`, platform: 'x', authorId: `a${a}`, displayNames: [`A${a}`], postsSeen: own.length, promoPosts: own.filter((p) => p.verdict === 'promo').length, lastSeen: T };
    });
    for (const p of posts.toReversed()) await raw.put('posts', p);
    for (const a of authors) await raw.put('authors', withRanks(a));
    v4.close();

    const storeGetAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const indexGetAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const db = await openHumoDb(factory);
    expect(storeGetAll).not.toHaveBeenCalled();
    expect(indexGetAll).not.toHaveBeenCalled();

    // What the migration did before it streamed: sort the whole store, cut it into packs.
    const sorted = posts.toSorted((a, b) => a.firstSeen - b.firstSeen || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const expected = packPosts(sorted, 1, V5_PACK_POSTS);
    expect(expected.map((p) => p.posts.length)).toEqual([V5_PACK_POSTS, V5_PACK_POSTS, 7]);
    expect(await db.getAll('packs')).toEqual(expected);
    expect(await db.getAll('packIds')).toEqual(expected.map(idsOf));
    expect(await db.count('packs')).toBe(3);
    expect(await db.count('packIds')).toBe(3);
    expect(await storedPosts(db)).toHaveLength(n);
    expect(await db.get('tallies', TALLY_ID)).toEqual(talliesOf(authors));
    expect([...db.objectStoreNames]).not.toContain('posts');
    // Ingest goes on from the migrated pack ids.
    expect(await ingestBatch(db, [post({ key: 'new', authorId: 'a0', seenAt: T + 10_000 })])).toBe(1);
    expect((await db.getAll('packIds')).map((r) => r.id)).toEqual([1, 2, 3, 4]);
    db.close();
  });

  it('v4 → v5 keeps a post whose firstSeen is no valid key (not in the temporary index), packed last', async () => {
    const factory = new IDBFactory();
    const v4 = await openHumoDb(factory, { version: 4, migrations: migrations.slice(0, 5) });
    const raw = v4 as unknown as { put(store: string, value: unknown): Promise<unknown> };
    const base = { platform: 'x', authorKey: 'x:a', verdict: 'value', score: 0.5, signals: [], isAd: false, lastSeen: T };
    await raw.put('posts', { ...base, id: 'x:bad', key: 'bad', firstSeen: Number.NaN });
    await raw.put('posts', { ...base, id: 'x:good', key: 'good', firstSeen: T });
    await raw.put('authors', withRanks({ id: 'x:a', platform: 'x', authorId: 'a', displayNames: [], postsSeen: 2, promoPosts: 0, lastSeen: T }));
    v4.close();

    const db = await openHumoDb(factory);
    expect((await db.getAll('packIds')).flatMap((r) => r.ids)).toEqual(['x:good', 'x:bad']);
    db.close();
  });

  it('an empty v1 database upgrades cleanly', async () => {
    const factory = new IDBFactory();
    (await seedV1(factory)).close();
    const db = await openHumoDb(factory);
    expect(await db.count('days')).toBe(0);
    db.close();
  });

  it('refuses to downgrade with a clear error', async () => {
    const factory = new IDBFactory();
    const future = await openHumoDb(factory, {
      version: DB_VERSION + 1,
      migrations: [...migrations, () => undefined],
    });
    future.close();
    await expect(openHumoDb(factory)).rejects.toThrow(
      new RegExp(`version ${DB_VERSION + 1}, newer than this build's version ${DB_VERSION}; refusing to downgrade`),
    );
  });

  it('a failing migration aborts the upgrade and leaves the old version and data intact', async () => {
    const factory = new IDBFactory();
    const v1 = await seedV1(factory);
    await (v1 as unknown as { put(s: string, v: unknown): Promise<unknown> }).put('authors', { id: 'x:a', displayName: 'A' });
    v1.close();
    const broken = [...migrations.slice(0, 2), () => Promise.reject(new Error('boom'))];
    await expect(openHumoDb(factory, { migrations: broken })).rejects.toThrow(/database migration failed: boom/);
    const again = await openHumoDb(factory, { version: 1, migrations: migrations.slice(0, 2) });
    expect(again.version).toBe(1);
    expect(await (again as unknown as { count(s: string): Promise<number> }).count('authors')).toBe(1);
    again.close();
  });

  it('a missing migration is an error, not a guess', async () => {
    await expect(openHumoDb(new IDBFactory(), { migrations: [undefined, migrations[1]] })).rejects.toThrow(/no migration to version 2/);
  });

  it('uses the "humo" database name', async () => {
    const factory = new IDBFactory();
    (await openHumoDb(factory)).close();
    expect((await factory.databases()).map((d) => d.name)).toEqual([DB_NAME]);
  });
});

describe('createDbGetter', () => {
  it('shares one connection, retries after a failed open, reopens after a version change', async () => {
    const factory = new IDBFactory();
    let opens = 0;
    let failNext = true;
    const getDb = createDbGetter(async () => {
      opens += 1;
      if (failNext) {
        failNext = false;
        throw new Error('transient');
      }
      return openHumoDb(factory);
    });
    await expect(getDb()).rejects.toThrow('transient');
    const [a, b] = await Promise.all([getDb(), getDb()]);
    expect(a).toBe(b);
    expect(opens).toBe(2);
    // A newer build upgrades: our connection closes itself and the getter forgets it.
    const newer = await openHumoDb(factory, { version: DB_VERSION + 1, migrations: [...migrations, () => undefined] });
    newer.close();
    await getDb().catch(() => undefined);
    expect(opens).toBe(3);
  });
});
