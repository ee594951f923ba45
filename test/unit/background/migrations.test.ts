import './helpers';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_NAME, DB_VERSION, createDbGetter, openHumoDb } from '../../../src/background/db';
import { migrations } from '../../../src/background/migrations';
import { dayKey, sellScore, valueScore } from '../../../src/core/stats';

/** Opens at version 1 running only migrations[1], as a v1 build would have. */
async function seedV1(factory: IDBFactory) {
  return openHumoDb(factory, { version: 1, migrations: migrations.slice(0, 2) });
}

const T = Date.UTC(2025, 2, 10, 12);

describe('migrations', () => {
  it('has one numbered migration per version up to DB_VERSION', () => {
    expect(migrations.length).toBe(DB_VERSION + 1);
    for (let v = 1; v <= DB_VERSION; v++) expect(typeof migrations[v]).toBe('function');
  });

  it('creates the current schema from scratch', async () => {
    const db = await openHumoDb(new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].toSorted()).toEqual(['authors', 'days', 'posts']);
    const tx = db.transaction(['posts', 'authors']);
    expect([...tx.objectStore('posts').indexNames]).toEqual(['by-author']);
    expect([...tx.objectStore('authors').indexNames].toSorted()).toEqual(
      ['by-platform-sells', 'by-platform-value', 'by-sells', 'by-value'],
    );
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
    expect((await db.getAllFromIndex('posts', 'by-author', 'x:alice')).map((p) => p.id).toSorted()).toEqual(['x:1', 'x:2']);
    // by-lastSeen existed from v2 to v3 only; today's schema type no longer names it.
    const v2Index = db.transaction('authors').store.index('by-lastSeen' as 'by-value');
    expect(await v2Index.getAllKeys()).toHaveLength(2);
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
    expect(await db.getAllKeysFromIndex('authors', 'by-sells')).toEqual(['x:helper', 'x:seller']);
    expect(await db.getAllKeysFromIndex('authors', 'by-platform-value', IDBKeyRange.bound(['x'], ['x', []]))).toEqual(['x:seller', 'x:helper']);
    db.close();
  });

  it('v3 → v4: drops the unused by-lastSeen index, rows and rank indexes unchanged', async () => {
    const factory = new IDBFactory();
    const v3 = await openHumoDb(factory, { version: 3, migrations: migrations.slice(0, 4) });
    expect([...v3.transaction('authors').store.indexNames]).toContain('by-lastSeen');
    const alice = { id: 'x:alice', platform: 'x' as const, authorId: 'alice', displayNames: ['A'], postsSeen: 2, promoPosts: 1, lastSeen: T, rank: { value: valueScore(2, 1), sells: sellScore(2, 1) } };
    await v3.put('authors', alice);
    v3.close();

    const db = await openHumoDb(factory);
    expect(db.version).toBe(4);
    expect([...db.transaction('authors').store.indexNames]).not.toContain('by-lastSeen');
    expect(await db.get('authors', 'x:alice')).toEqual(alice);
    expect(await db.getAllKeysFromIndex('authors', 'by-value')).toEqual(['x:alice']);
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
