import { CONTENT, OWN_PAGE, EXT_ID, T0, freshDb, post, snapshot, countPosts } from './helpers';
import { IDBObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION } from '../../../src/background/db';
import { ingestBatch } from '../../../src/background/ingest';
import { invalidateRows } from '../../../src/background/row-cache';
import { dayKey } from '../../../src/core/stats';
import { createRouter } from '../../../src/background/router';
import type { JudgedPost } from '../../../src/shared/messages';

const realPut = IDBObjectStore.prototype.put;
const realAdd = IDBObjectStore.prototype.add;

/** Makes the nth write (add or put, counting every store) misbehave, and records which store it
 * was for. Ingest adds one pack of the new posts and its ids row, then puts the author, the
 * author tallies (the author's postsSeen moved it to another group) and the day row: a batch of
 * new posts by an existing author on one day is 5 writes, in that order (ingest-tx.ts). */
function failNthWrite(n: number, how: 'throw-quota' | 'abort-tx'): { store?: string } {
  let calls = 0;
  const failed: { store?: string } = {};
  const failing = (real: typeof realPut) =>
    function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      calls += 1;
      if (calls === n) {
        failed.store = this.name;
        if (how === 'throw-quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        const request = real.apply(this, args);
        this.transaction.abort();
        return request;
      }
      return real.apply(this, args);
    } as IDBObjectStore['put'];
  IDBObjectStore.prototype.put = failing(realPut);
  IDBObjectStore.prototype.add = failing(realAdd);
  return failed;
}

function restoreWrites(): void {
  IDBObjectStore.prototype.put = realPut;
  IDBObjectStore.prototype.add = realAdd;
}

afterEach(() => {
  restoreWrites();
  vi.restoreAllMocks();
});

const batch = (prefix: string, size = 10): JudgedPost[] =>
  Array.from({ length: size }, (_, i) => post({ key: `${prefix}${i}`, verdict: i % 2 ? 'promo' : 'value', seenAt: T0 + i }));

describe('atomicity: a batch is written all-or-none', () => {
  for (const [n, store] of [[3, 'authors'], [4, 'tallies']] as const) {
    it(`QuotaExceededError on write ${n} (${store}, after the pack and its ids) → nothing of the batch written`, async () => {
      const { db } = await freshDb();
      await ingestBatch(db, batch('old', 3));
      const before = await snapshot(db);
      const failed = failNthWrite(n, 'throw-quota');
      await expect(ingestBatch(db, batch('new'))).rejects.toMatchObject({ name: 'QuotaExceededError' });
      restoreWrites();
      expect(failed.store).toBe(store);
      expect(await snapshot(db)).toEqual(before);
    });
  }

  it('a transaction aborted mid-batch → nothing written, the promise rejects', async () => {
    const { db } = await freshDb();
    await ingestBatch(db, batch('old', 3));
    const before = await snapshot(db);
    const failed = failNthWrite(2, 'abort-tx');
    await expect(ingestBatch(db, batch('new'))).rejects.toBeTruthy();
    restoreWrites();
    expect(failed.store).toBe('packIds');
    expect(await snapshot(db)).toEqual(before);
    // The database still works afterwards.
    expect(await ingestBatch(db, batch('new'))).toBe(10);
  });

  it('a failure on the last write (the day row, after the pack, the author and the tallies) undoes them all', async () => {
    for (const warm of [true, false]) {
      // Warm: the author and day rows come from the cache; cold: they are read in a first round
      // (with the recent post ids). Both must be all-or-none.
      const { db } = await freshDb();
      await ingestBatch(db, batch('old', 3));
      if (!warm) invalidateRows(db);
      const before = await snapshot(db);
      const failed = failNthWrite(5, 'abort-tx');
      await expect(ingestBatch(db, batch('new'))).rejects.toBeTruthy();
      restoreWrites();
      expect(failed.store).toBe('days');
      expect(await snapshot(db)).toEqual(before);
    }
  });

  it('a failed batch leaves the cached rows as committed: the next batch counts from them', async () => {
    const { db } = await freshDb();
    await ingestBatch(db, batch('old', 3));
    const failed = failNthWrite(3, 'throw-quota');
    await expect(ingestBatch(db, batch('new'))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    restoreWrites();
    expect(failed.store).toBe('authors');
    expect(await ingestBatch(db, batch('new'))).toBe(10);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 13, promoPosts: 1 + 5 });
    expect(await db.get('days', `${dayKey(T0)}:x`)).toMatchObject({ seen: 13, promo: 6 });
  });

  it('an uncloneable value (DataCloneError) aborts the whole batch', async () => {
    const { db } = await freshDb();
    const bad = batch('x');
    (bad[4] as { signals: unknown[] }).signals = [() => 1];
    await expect(ingestBatch(db, bad)).rejects.toMatchObject({ name: 'DataCloneError' });
    expect(await snapshot(db)).toEqual({ posts: [], authors: [], days: [] });
    expect(await db.count('packs')).toBe(0);
  });

  it('through the router: {ok:false, error:"storage: …"}, recorded and shown by ui:status', async () => {
    const { db } = await freshDb();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const seen: string[] = [];
    const router = createRouter({ extensionId: EXT_ID, getDb: async () => db, now: () => 42, onStorageError: (e) => seen.push(e.error) });
    failNthWrite(1, 'throw-quota');
    const reply = await router.handle({ type: 'cs:posts-judged', payload: { posts: batch('n') } }, CONTENT);
    restoreWrites();
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^storage: QuotaExceededError: The quota has been exceeded/) });
    expect(await countPosts(db)).toBe(0);
    expect(router.lastStorageError()).toMatchObject({ type: 'cs:posts-judged', at: 42 });
    expect(seen).toHaveLength(1);
    const status = await router.handle({ type: 'ui:status', payload: {} }, OWN_PAGE);
    expect(status).toEqual({
      ok: true,
      data: {
        dbVersion: DB_VERSION,
        lastStorageError: { error: expect.stringMatching(/^storage: QuotaExceededError/), type: 'cs:posts-judged', at: 42 },
        counts: { posts: 0, authors: 0, days: 0 },
      },
    });
  });

  it('a database that cannot open is reported, not lost', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const router = createRouter({
      extensionId: EXT_ID,
      getDb: () => Promise.reject(new Error('database "humo" is at version 9, newer than this build\'s version 2; refusing to downgrade.')),
    });
    const reply = await router.handle({ type: 'ui:leaderboard', payload: { tab: 'value', platform: 'all', query: '', offset: 0, limit: 10 } }, OWN_PAGE);
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^storage: .*refusing to downgrade/) });
    const status = await router.handle({ type: 'ui:status', payload: {} }, OWN_PAGE);
    expect(status).toMatchObject({ ok: true, data: { counts: null, lastStorageError: { error: expect.stringMatching(/downgrade/) } } });
  });
});
