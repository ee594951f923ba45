import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { dayKey } from '../core/stats';
import { RANK_KEY_PATHS, storable, withRanks } from './author-ranks';
import type { AuthorRecord, PostRecord } from './db';
import { talliesOf } from './tallies';

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

/** v5: what an ingested post costs the browser's IndexedDB thread, cut to room for 5,000 posts/s
 * (issue #9): posts move into packs (a row of many posts, post-packs.ts) with no index, instead
 * of a row each plus a by-author index entry; authors keep one rank index of four,
 * by-platform-value, now ending with the id (the 'all' list merges the three platforms' walks,
 * rank-walk.ts, and a key alone marks a position); the 'sells' list reads it group by group
 * through the author counts per (platform, postsSeen, promoPosts) in `tallies` (tallies.ts). Each pack's post ids also go in `packIds`, what
 * a woken worker reads back to know the stored posts. Posts are packed oldest first (firstSeen,
 * then id), so the newest packs hold the newest posts, as ingest leaves them. Rows are carried
 * over unchanged; the rank indexes are rebuilt from them. */
async function v5(db: AnyDb, tx: UpgradeTx): Promise<void> {
  const authors = tx.objectStore('authors');
  for (const name of Object.keys(V3_RANK_KEY_PATHS)) authors.deleteIndex(name);
  for (const [name, keyPath] of Object.entries(RANK_KEY_PATHS)) authors.createIndex(name, [...keyPath]);

  const posts = (await tx.objectStore('posts').getAll()) as PostRecord[];
  posts.sort((a, b) => a.firstSeen - b.firstSeen || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  db.deleteObjectStore('posts');
  const all = (await authors.getAll()) as AuthorRecord[];
  await db.createObjectStore('tallies', { keyPath: 'id' }).put(talliesOf(all));
  const packs = db.createObjectStore('packs', { keyPath: 'id' });
  const packIds = db.createObjectStore('packIds', { keyPath: 'id' });
  const writes: Promise<unknown>[] = [];
  for (let i = 0; i < posts.length; i += V5_PACK_POSTS) {
    const pack = { id: i / V5_PACK_POSTS + 1, posts: posts.slice(i, i + V5_PACK_POSTS) };
    writes.push(packs.add(pack), packIds.add({ id: pack.id, ids: pack.posts.map((p) => p.id) }));
  }
  await Promise.all(writes);
}

/** Index = target version; index 0 is unused. */
export const migrations: readonly (Migration | undefined)[] = [undefined, v1, v2, v3, v4, v5];
