import { EXT_ID, OWN_PAGE, T0, freshDb, post, snapshot, countPosts } from './helpers';
import { describe, expect, it, vi } from 'vitest';
import { exportAll, importFile, UserError } from '../../../src/background/export';
import { findHostileKey } from '../../../src/background/export-schema';
import { ingestBatch } from '../../../src/background/ingest';
import { clearAll, forgetAuthor } from '../../../src/background/maintenance';
import { createRouter } from '../../../src/background/router';
import { dayKey } from '../../../src/core/stats';

async function seeded() {
  const { db } = await freshDb();
  await ingestBatch(db, [
    post({ key: 'a1', verdict: 'promo', signals: ['cta'], repostedBy: 'carol' }),
    post({ key: 'a2' }),
    post({ key: 'b1', authorId: 'bob', authorName: 'Bob', platform: 'linkedin', seenAt: T0 - 86_400_000 }),
  ]);
  return db;
}

async function expectRefused(json: string, message: RegExp) {
  const db = await seeded();
  const before = await snapshot(db);
  for (const mode of ['merge', 'replace'] as const) {
    const error = await importFile(db, json, mode).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(message);
  }
  expect(await snapshot(db)).toEqual(before);
}


const good = async () => JSON.parse((await exportAll(await seeded())).json);


describe('export', () => {
  it('writes a versioned JSON file with every store and optional extras', async () => {
    const db = await seeded();
    const out = await exportAll(db, { read: async () => ({ settings: { muteSellers: true }, lists: { alwaysMute: ['x:bob'] } }), write: async () => undefined });
    expect(out).toMatchObject({ authors: 2, posts: 3, days: 2 });
    const file = JSON.parse(out.json);
    expect(file).toMatchObject({ format: 'humo-export', version: 1, settings: { muteSellers: true }, lists: { alwaysMute: ['x:bob'] } });
    expect(typeof file.exportedAt).toBe('number');
    expect(file.posts).toHaveLength(3);
    expect(Object.keys(file)).toEqual(['format', 'version', 'exportedAt', 'settings', 'lists', 'authors', 'posts', 'days']);
  });
});

describe('import', () => {
  it('replace: round-trips an export exactly', async () => {
    const source = await seeded();
    const { json } = await exportAll(source);
    const { db } = await freshDb();
    await ingestBatch(db, [post({ key: 'other', authorId: 'zed' })]);
    expect(await importFile(db, json, 'replace')).toEqual({ authors: 2, posts: 3, days: 2 });
    expect(await snapshot(db)).toEqual(await snapshot(source));
    // Imported posts are known to ingest (the import dropped the row cache: read back from packIds).
    expect(await ingestBatch(db, [post({ key: 'a1', seenAt: T0 + 50 })])).toBe(0);
  });

  it('merge: into an empty database equals the source; merging twice changes nothing', async () => {
    const source = await seeded();
    const { json } = await exportAll(source);
    const { db } = await freshDb();
    await importFile(db, json, 'merge');
    expect(await snapshot(db)).toEqual(await snapshot(source));
    await importFile(db, json, 'merge');
    expect(await snapshot(db)).toEqual(await snapshot(source));
  });

  it('merge: counts only posts the database lacks, keeps both sides', async () => {
    const source = await seeded();
    const { json } = await exportAll(source);
    const { db } = await freshDb();
    // Overlaps on a1, adds a3 of its own for alice, and an unrelated author.
    await ingestBatch(db, [post({ key: 'a1', verdict: 'promo', authorName: 'Alice B.', seenAt: T0 + 10 }), post({ key: 'a3', seenAt: T0 + 10 }), post({ key: 'z', authorId: 'zed' })]);
    await importFile(db, json, 'merge');
    expect(await countPosts(db)).toBe(5);
    expect(await db.get('authors', 'x:alice')).toMatchObject({ postsSeen: 3, promoPosts: 1, displayNames: ['Alice B.', 'Alice'], lastSeen: T0 + 10 });
    expect(await db.get('authors', 'linkedin:bob')).toMatchObject({ postsSeen: 1 });
    expect(await db.get('authors', 'x:zed')).toMatchObject({ postsSeen: 1 });
    expect(await db.get('days', `${dayKey(T0)}:x`)).toMatchObject({ seen: 4, promo: 1 });
    // Sum of day totals still equals the posts stored.
    const days = await db.getAll('days');
    expect(days.reduce((n, d) => n + d.seen, 0)).toBe(5);
  });

  it('hands settings and lists to the extras writer after a successful import', async () => {
    const source = await seeded();
    const { json } = await exportAll(source, { read: async () => ({ settings: { a: 1 } }), write: async () => undefined });
    const { db } = await freshDb();
    const write = vi.fn(async () => undefined);
    await importFile(db, json, 'merge', { read: async () => ({}), write });
    expect(write).toHaveBeenCalledWith({ settings: { a: 1 } });
  });



  it('refuses truncated JSON', async () => {
    const { json } = await exportAll(await seeded());
    await expectRefused(json.slice(0, json.length / 2), /not valid JSON \(truncated/);
  });

  it('refuses a wrong version or format', async () => {
    await expectRefused(JSON.stringify({ ...(await good()), version: 2 }), /unsupported export version 2 \(this build reads version 1\)/);
    await expectRefused(JSON.stringify({ ...(await good()), format: 'other' }), /not a Humo export file/);
    await expectRefused('[]', /not a Humo export file/);
    await expectRefused('null', /not a Humo export file/);
  });

  it('refuses hostile values', async () => {
    const file = await good();
    const cases: [unknown, RegExp][] = [
      [{ ...file, authors: [{ ...file.authors[0], displayNames: ['x'.repeat(100_000)] }] }, /invalid authors\.0\.displayNames\.0/],
      [{ ...file, authors: [{ ...file.authors[0], postsSeen: -5 }] }, /invalid authors\.0\.postsSeen/],
      [{ ...file, authors: [{ ...file.authors[0], promoPosts: 99 }, file.authors[1]] }, /more promo posts than posts/],
      [{ ...file, posts: [{ ...file.posts[0], score: 7 }] }, /invalid posts\.0\.score/],
      [{ ...file, posts: [{ ...file.posts[0], id: 'x:other' }] }, /does not match/],
      [{ ...file, posts: [{ ...file.posts[0], authorKey: 'x:ghost' }] }, /author missing from the file/],
      [{ ...file, posts: [file.posts[0], file.posts[0]] }, /appears twice/],
      [{ ...file, days: [{ ...file.days[0], id: '2025-01-01:x; drop' }] }, /invalid days\.0\.id/],
      [{ ...file, authors: 'lots' }, /invalid authors/],
      [{ ...file, extra: true }, /invalid extra/],
    ];
    for (const [value, message] of cases) await expectRefused(JSON.stringify(value), message);
    await expectRefused(JSON.stringify(file).replace('"authors":', '"__proto__":{"polluted":1},"authors":'), /forbidden key "__proto__"/);
    await expectRefused(JSON.stringify({ ...file, settings: { constructor: { prototype: { x: 1 } } } }), /forbidden key "constructor"/);
    await expectRefused(JSON.stringify({ ...file, lists: JSON.parse('['.repeat(40) + ']'.repeat(40)) }), /nesting deeper/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('findHostileKey finds keys at any depth, iteratively', () => {
    expect(findHostileKey(JSON.parse('{"a":[{"b":{"__proto__":1}}]}'))).toMatch(/__proto__/);
    expect(findHostileKey({ a: [1, 'x', { b: null }] })).toBeNull();
  });

  it('via the router: clear message, unchanged database, not recorded as a storage error', async () => {
    const db = await seeded();
    const router = createRouter({ extensionId: EXT_ID, getDb: async () => db });
    const before = await snapshot(db);
    const reply = await router.handle({ type: 'ui:import', payload: { json: '{"format":"humo-export","version":1,', mode: 'replace' } }, OWN_PAGE);
    expect(reply).toEqual({ ok: false, error: 'import: the file is not valid JSON (truncated or damaged?)' });
    expect(router.lastStorageError()).toBeNull();
    expect(await snapshot(db)).toEqual(before);
    const exported = await router.handle({ type: 'ui:export', payload: {} }, OWN_PAGE);
    expect(exported).toMatchObject({ ok: true, data: { authors: 2, posts: 3, days: 2 } });
  });
});

describe('clear and forget', () => {
  it('clearAll empties every store', async () => {
    const db = await seeded();
    await clearAll(db);
    expect(await snapshot(db)).toEqual({ posts: [], authors: [], days: [] });
  });

  it('forgetAuthor removes the author, their posts and their share of the days', async () => {
    const db = await seeded();
    expect(await forgetAuthor(db, 'x', 'alice')).toBe(2);
    expect(await db.get('authors', 'x:alice')).toBeUndefined();
    expect(await countPosts(db)).toBe(1);
    expect(await db.get('days', `${dayKey(T0)}:x`)).toBeUndefined();
    expect(await db.count('days')).toBe(1);
    expect(await forgetAuthor(db, 'x', 'nobody')).toBe(0);
  });

  it('forget and merge import never read every pack at once', async () => {
    const source = await seeded();
    const { json } = await exportAll(source);
    const db = await seeded();
    await ingestBatch(db, [post({ key: 'z', authorId: 'zed' })]);
    const read: string[] = [];
    const original = IDBObjectStore.prototype.getAll;
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll').mockImplementation(function (this: IDBObjectStore, ...args) {
      read.push(this.name);
      return original.apply(this, args);
    });
    try {
      await importFile(db, json, 'merge');
      expect(await forgetAuthor(db, 'x', 'alice')).toBe(2);
    } finally {
      getAll.mockRestore();
    }
    expect(read).not.toContain('packs');
    expect(await snapshot(db)).toMatchObject({ posts: [{ id: 'linkedin:b1' }, { id: 'x:z' }] });
  });

  it('ui:clear needs confirm: true', async () => {
    const db = await seeded();
    const router = createRouter({ extensionId: EXT_ID, getDb: async () => db });
    expect((await router.handle({ type: 'ui:clear', payload: {} }, OWN_PAGE)).ok).toBe(false);
    expect(await countPosts(db)).toBe(3);
    expect(await router.handle({ type: 'ui:clear', payload: { confirm: true } }, OWN_PAGE)).toEqual({ ok: true, data: { cleared: true } });
    expect(await countPosts(db)).toBe(0);
  });
});
