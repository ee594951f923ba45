import { describe, expect, it, vi } from 'vitest';
import { createFirstPageCache } from '../../../src/background/first-page-cache';
import { handlers } from '../../../src/background/handlers';
import { ingestBatch } from '../../../src/background/ingest';
import { leaderboard } from '../../../src/background/leaderboard';
import { FIRST_PAGE_CACHE_KEY, FIRST_QUERY, PAGE_SIZE, type SessionArea } from '../../../src/shared/first-page-cache';
import { freshDb, post } from './helpers';

/** storage.session in memory, counting writes. */
function memoryArea(): SessionArea & { items: Record<string, unknown>; sets: number } {
  const area = {
    items: {} as Record<string, unknown>,
    sets: 0,
    get: async (key: string) => (key in area.items ? { [key]: area.items[key] } : {}),
    set: async (items: Record<string, unknown>) => {
      area.sets += 1;
      Object.assign(area.items, items);
    },
    remove: async (key: string) => {
      delete area.items[key];
    },
  };
  return area;
}

const FIRST = { ...FIRST_QUERY, offset: 0, limit: PAGE_SIZE };
const settle = () => new Promise((resolve) => setTimeout(resolve, 40));

describe("the popup's cached first page, kept by the background", () => {
  it('holds what the popup would be told, once per pause in the changes', async () => {
    const { db } = await freshDb();
    const area = memoryArea();
    const getDb = vi.fn(async () => db);
    const cache = createFirstPageCache(getDb, area, 10);
    await ingestBatch(db, [post({ key: 'a', authorId: 'ana' }), post({ key: 'b', authorId: 'bo', verdict: 'promo' })]);
    for (let i = 0; i < 5; i++) cache.changed();
    await settle();
    expect(area.sets).toBe(1);
    expect(area.items[FIRST_PAGE_CACHE_KEY]).toEqual({ ok: true, data: await leaderboard(db, FIRST) });
  });

  it('forgets the page at once on drop, and a recompute already running never lands after it', async () => {
    const { db } = await freshDb();
    await ingestBatch(db, [post({ key: 'a', authorId: 'ana' })]);
    const area = memoryArea();
    let release: (() => void) | undefined;
    const slowDb = () => new Promise<typeof db>((resolve) => (release = () => resolve(db)));
    const cache = createFirstPageCache(slowDb, area, 1);
    area.items[FIRST_PAGE_CACHE_KEY] = { ok: true, data: { rows: [], total: 99 } };
    cache.changed();
    await new Promise((resolve) => setTimeout(resolve, 10)); // the recompute is waiting for the database
    const dropped = cache.drop();
    release?.();
    await dropped;
    await settle();
    expect(area.items).toEqual({});
  });

  it('keeps going after a failed recompute (the popup asks the background anyway)', async () => {
    const { db } = await freshDb();
    await ingestBatch(db, [post({ key: 'a', authorId: 'ana' })]);
    const area = memoryArea();
    const getDb = vi.fn().mockRejectedValueOnce(new Error('storage: gone')).mockResolvedValue(db);
    const cache = createFirstPageCache(getDb, area, 1);
    cache.changed();
    await settle();
    expect(area.items).toEqual({});
    cache.changed();
    await settle();
    expect((area.items[FIRST_PAGE_CACHE_KEY] as { data: { total: number } }).data.total).toBe(1);
  });
});

describe('handlers keep the cached first page in step', () => {
  async function setup() {
    const { db } = await freshDb();
    await ingestBatch(db, [post({ key: 'a', authorId: 'ana' })]);
    let release: () => void = () => undefined;
    const firstPage = { changed: vi.fn(), drop: vi.fn(() => new Promise<void>((resolve) => (release = resolve))) };
    const ctx = { getDb: async () => db, now: () => 0, lastStorageError: () => null, firstPage };
    return { db, firstPage, ctx, release: () => release() };
  }

  it('drops the page before clearing: no moment where it shows authors that are gone', async () => {
    const { db, firstPage, ctx, release } = await setup();
    const clearing = handlers['ui:clear'](ctx, { confirm: true });
    await settle();
    expect(firstPage.drop).toHaveBeenCalledTimes(1);
    expect(await db.count('authors')).toBe(1); // still waiting for the drop
    release();
    await clearing;
    expect(await db.count('authors')).toBe(0);
  });

  it('drops the page before forgetting an author, then recomputes it', async () => {
    const { db, firstPage, ctx, release } = await setup();
    const forgetting = handlers['ui:forget-author'](ctx, { platform: 'x', authorId: 'ana' });
    await settle();
    expect(await db.count('authors')).toBe(1);
    release();
    await forgetting;
    expect(await db.count('authors')).toBe(0);
    expect(firstPage.changed).toHaveBeenCalledTimes(1);
  });

  it('recomputes after posts are stored', async () => {
    const { firstPage, ctx } = await setup();
    await handlers['cs:posts-judged'](ctx, { posts: [post({ key: 'b', authorId: 'bo' })] });
    expect(firstPage.changed).toHaveBeenCalledTimes(1);
    expect(firstPage.drop).not.toHaveBeenCalled();
  });
});
