import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { dayKey } from '../core/stats';
import { storable, withRanks } from './author-ranks';
import type { AuthorRecord, PostRecord } from './db';

/** Numbered schema migrations. `migrations[n]` turns a version n-1 database into version n.
 * They always run in order from the stored version + 1, so a migration may rely on exactly the
 * shape its predecessor left; the data's version is never guessed from its shape.
 * Rules: never edit a shipped migration, only append; keep each one small. */

type AnyDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
export type Migration = (db: AnyDb, tx: UpgradeTx) => void | Promise<void>;

/** v1: posts and authors, both keyed by `platform:…` ids. Authors had one `displayName`. */
function v1(db: AnyDb): void {
  db.createObjectStore('posts', { keyPath: 'id' });
  db.createObjectStore('authors', { keyPath: 'id' });
}

/** v2: posts by author, authors by lastSeen, a per-day store for the popup's chart;
 * authors keep their last few display names instead of one; days are backfilled from posts. */
async function v2(db: AnyDb, tx: UpgradeTx): Promise<void> {
  const posts = tx.objectStore('posts');
  const authors = tx.objectStore('authors');
  posts.createIndex('by-author', 'authorKey');
  authors.createIndex('by-lastSeen', 'lastSeen');
  const days = db.createObjectStore('days', { keyPath: 'id' });

  for (let cursor = await authors.openCursor(); cursor; cursor = await cursor.continue()) {
    const { displayName, ...rest } = cursor.value as { displayName?: unknown } & Record<string, unknown>;
    const displayNames = typeof displayName === 'string' && displayName ? [displayName] : [];
    await cursor.update({ ...rest, displayNames });
  }

  const perDay = new Map<string, { id: string; day: string; platform: string; seen: number; promo: number }>();
  for (let cursor = await posts.openCursor(); cursor; cursor = await cursor.continue()) {
    const post = cursor.value as { platform: string; verdict: string; firstSeen: number };
    const day = dayKey(post.firstSeen);
    const id = `${day}:${post.platform}`;
    const row = perDay.get(id) ?? { id, day, platform: post.platform, seen: 0, promo: 0 };
    row.seen += 1;
    if (post.verdict === 'promo') row.promo += 1;
    perDay.set(id, row);
  }
  await Promise.all([...perDay.values()].map((row) => days.put(row)));
}

/** The rank indexes as v3 made them (v5 replaces them): frozen here, since a shipped migration
 * must keep doing what it did. */
const V3_RANK_KEY_PATHS = {
  'by-value': ['rank.value', 'postsSeen', 'lastSeen'],
  'by-sells': ['rank.sells', 'postsSeen', 'lastSeen'],
  'by-platform-value': ['platform', 'rank.value', 'postsSeen', 'lastSeen'],
  'by-platform-sells': ['platform', 'rank.sells', 'postsSeen', 'lastSeen'],
} as const;

/** v3: rank keys on every author, and four indexes over them, so the leaderboard reads one
 * page from an index instead of ranking every author on each popup open. Authors without posts
 * (never shown, no tallies) are dropped so the store's count is the leaderboard's total. */
async function v3(_db: AnyDb, tx: UpgradeTx): Promise<void> {
  const authors = tx.objectStore('authors');
  for (const [name, keyPath] of Object.entries(V3_RANK_KEY_PATHS)) authors.createIndex(name, [...keyPath]);
  for (let cursor = await authors.openCursor(); cursor; cursor = await cursor.continue()) {
    const author = cursor.value as AuthorRecord;
    await (storable(author) ? cursor.update(withRanks(author)) : cursor.delete());
  }
}

/** v4: drops authors' by-lastSeen index. Nothing queries it, and every author put (one per
 * author per ingested batch) paid to keep it: ~4% of an ingest's CPU in Chromium. */
function v4(_db: AnyDb, tx: UpgradeTx): void {
  tx.objectStore('authors').deleteIndex('by-lastSeen');
}

/** Posts per pack when v5 packs the stored posts (ingest makes one pack per transaction). */
export const V5_PACK_POSTS = 50;

/** v5's rank index and the tallies it writes, frozen here like V3_RANK_KEY_PATHS: the live index
 * (RANK_INDEX, author-ranks.ts) and talliesOf (tallies.ts) may change in a later version, and
 * a shipped migration must keep building the v5 schema; a later shape is a later migration's. */
export const V5_RANK_KEY_PATHS = {
  'by-platform-value': ['platform', 'rank.value', 'postsSeen', 'lastSeen', 'id'],
} as const;
const V5_TALLY_ID = 'authors';

/** Walks the v4 posts store in (firstSeen, id) order, only for v5's packing. */
const V5_POSTS_BY_FIRST_SEEN = 'v5-by-firstSeen-id';

/** v5: what an ingested post costs the browser's IndexedDB thread, cut to room for 5,000 posts/s
 * (issue #9): posts move into packs (a row of many posts, post-packs.ts) with no index, instead
 * of a row each plus a by-author index entry; authors keep one rank index of four,
 * by-platform-value, now ending with the id (the 'all' list merges the three platforms' walks,
 * rank-walk.ts, and a key alone marks a position); the 'sells' list reads it group by group
 * through the author counts per (platform, postsSeen, promoPosts) in `tallies` (tallies.ts).
 * Each pack's post ids also go in `packIds`, what a woken worker reads back to know the stored
 * posts. Posts are packed oldest first (firstSeen,
 * then id), so the newest packs hold the newest posts, as ingest leaves them. Rows are carried
 * over unchanged; the rank indexes are rebuilt from them.
 * Posts and authors are walked with cursors, a pack at a time: a store of a few hundred thousand
 * posts read whole would take hundreds of MB of a service worker's memory. */
async function v5(db: AnyDb, tx: UpgradeTx): Promise<void> {
  const authors = tx.objectStore('authors');
  for (const name of Object.keys(V3_RANK_KEY_PATHS)) authors.deleteIndex(name);
  for (const [name, keyPath] of Object.entries(V5_RANK_KEY_PATHS)) authors.createIndex(name, [...keyPath]);
  await db.createObjectStore('tallies', { keyPath: 'id' }).put(await v5Tallies(tx));
  db.createObjectStore('packs', { keyPath: 'id' });
  db.createObjectStore('packIds', { keyPath: 'id' });
  await v5PackPosts(tx);
  db.deleteObjectStore('posts');
}

/** The tallies row over every author (what talliesOf gave when v5 was written). */
async function v5Tallies(tx: UpgradeTx): Promise<{ id: string; counts: Record<string, number> }> {
  const counts: Record<string, number> = {};
  for (let cursor = await tx.objectStore('authors').openCursor(); cursor; cursor = await cursor.continue()) {
    const a = cursor.value as AuthorRecord;
    const key = `${a.platform}|${a.postsSeen}|${a.promoPosts}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return { id: V5_TALLY_ID, counts };
}

/** Packs the v4 posts oldest first through a temporary index (gone with the store), holding one
 * pack in memory. Pack ids 1, 2, 3…, as ingest numbers them. */
async function v5PackPosts(tx: UpgradeTx): Promise<void> {
  const posts = tx.objectStore('posts');
  const byFirstSeen = posts.createIndex(V5_POSTS_BY_FIRST_SEEN, ['firstSeen', 'id']);
  const writer = new V5PackWriter(tx);
  for (let cursor = await byFirstSeen.openCursor(); cursor; cursor = await cursor.continue()) await writer.push(cursor.value as PostRecord);
  // A post whose firstSeen is no valid key (none is expected) has no index entry: kept, last.
  if (writer.pushed < (await posts.count())) {
    for (let cursor = await posts.openCursor(); cursor; cursor = await cursor.continue()) {
      const post = cursor.value as PostRecord;
      if (!isKey(post.firstSeen)) await writer.push(post);
    }
  }
  await writer.flush();
}

/** Collects posts into packs of V5_PACK_POSTS, writing each pack and its packIds row when full. */
class V5PackWriter {
  /** Posts taken so far. */
  pushed = 0;
  private nextId = 1;
  private pending: PostRecord[] = [];

  constructor(private readonly tx: UpgradeTx) {}

  async push(post: PostRecord): Promise<void> {
    this.pushed += 1;
    this.pending.push(post);
    if (this.pending.length >= V5_PACK_POSTS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const pack = { id: this.nextId++, posts: this.pending };
    this.pending = [];
    const ids = { id: pack.id, ids: pack.posts.map((p) => p.id) };
    await Promise.all([this.tx.objectStore('packs').add(pack), this.tx.objectStore('packIds').add(ids)]);
  }
}

function isKey(value: unknown): boolean {
  try {
    IDBKeyRange.only(value);
    return true;
  } catch {
    return false;
  }
}

/** Index = target version; index 0 is unused. */
export const migrations: readonly (Migration | undefined)[] = [undefined, v1, v2, v3, v4, v5];
