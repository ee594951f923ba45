import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { dayKey } from '../core/stats';
import { RANK_KEY_PATHS, storable, withRanks } from './author-ranks';
import type { AuthorRecord } from './db';

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

/** v3: rank keys on every author, and four indexes over them, so the leaderboard reads one
 * page from an index instead of ranking every author on each popup open. Authors without posts
 * (never shown, no tallies) are dropped so the store's count is the leaderboard's total. */
async function v3(_db: AnyDb, tx: UpgradeTx): Promise<void> {
  const authors = tx.objectStore('authors');
  for (const [name, keyPath] of Object.entries(RANK_KEY_PATHS)) authors.createIndex(name, [...keyPath]);
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

/** Index = target version; index 0 is unused. */
export const migrations: readonly (Migration | undefined)[] = [undefined, v1, v2, v3, v4];
