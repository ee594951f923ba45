import type { AuthorRecord, DayRecord, HumoDb } from './db';
import { RecentPosts } from './post-packs';
import type { TallyRecord } from './tallies';

/** ~4 MB of rows (measured in V8). Beyond it the least recently written go, and a batch reads
 * those authors back: the cold path, 10–25% more CPU per post than a hit in Chromium. */
export const AUTHOR_ROWS = 10_000;
export const DAY_ROWS = 200;

/** Author and day rows as last committed, kept in the service worker so a batch does not read
 * them back: in Chromium every IndexedDB request costs ~0.1 ms of CPU (renderer + browser
 * process), and the author read was a quarter of a batch's requests.
 *
 * Only correct while nothing writes behind its back, so:
 *  - ingests on one connection run one at a time (ingest.ts), and fill it only after commit;
 *  - every other writer (import, clear, forget) calls invalidateRows() right before creating its
 *    transaction and again once it settled. An ingest that started before an invalidation never
 *    fills the cache (the generation moved), and one that starts after it misses, so it reads
 *    the rows inside its own transaction, which IndexedDB orders after that writer's;
 *  - it belongs to one connection: another connection writing the same database (none in the
 *    extension: the service worker holds the only one) would make it stale.
 * It lives as long as the worker (Chrome stops it after ~30 s without events). */
export class RowCache {
  /** Bumped by every invalidation; an ingest remembers rows only if it did not move meanwhile. */
  generation = 0;
  readonly authors: Lru<AuthorRecord>;
  readonly days: Lru<DayRecord>;
  /** Ids of the newest stored posts, and the next pack's id (post-packs.ts). */
  posts: RecentPosts;
  /** The tallies row as last committed (tallies.ts); undefined: not read yet. */
  tallies: TallyRecord | undefined;

  constructor(authorRows = AUTHOR_ROWS, dayRows = DAY_ROWS) {
    this.authors = new Lru(authorRows);
    this.days = new Lru(dayRows);
    this.posts = new RecentPosts();
  }

  invalidate(): void {
    this.generation += 1;
    this.authors.clear();
    this.days.clear();
    // A new object, not cleared: a transaction already under way keeps the ids it started with.
    this.posts = new RecentPosts();
    this.tallies = undefined;
  }
}

/** A bounded map, least recently set first. Values are shared: callers copy before mutating. */
export class Lru<T> {
  private readonly map = new Map<string, T>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  get(id: string): T | undefined {
    return this.map.get(id);
  }

  set(id: string, value: T): void {
    if (this.capacity <= 0) return;
    this.map.delete(id);
    this.map.set(id, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
  }

  clear(): void {
    this.map.clear();
  }
}

const caches = new WeakMap<HumoDb, RowCache>();

export function rowCache(db: HumoDb): RowCache {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new RowCache()));
  return cache;
}

/** For writers other than ingest: see RowCache. */
export function invalidateRows(db: HumoDb): void {
  caches.get(db)?.invalidate();
}
