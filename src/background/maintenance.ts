import { dayKey } from '../core/stats';
import type { Platform } from '../core/types';
import type { StoreCounts } from '../shared/messages';
import type { IDBPObjectStore } from 'idb';
import { authorKeyOf, type DayRecord, type HumoDb, type HumoSchema, type PostRecord } from './db';
import { idsOf } from './post-packs';
import { TALLY_ID, moveAuthor } from './tallies';
import { abortQuietly, handled } from './ingest';
import { invalidateRows } from './row-cache';

/** Deletes every author, post and day in one transaction. */
export async function clearAll(db: HumoDb): Promise<void> {
  // Same turn as the transaction, and again once it settled: see row-cache.ts.
  invalidateRows(db);
  const tx = db.transaction(['authors', 'packs', 'packIds', 'days', 'tallies'], 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  try {
    await Promise.all([
      tx.objectStore('authors').clear(),
      tx.objectStore('tallies').clear(),
      tx.objectStore('packs').clear(),
      tx.objectStore('packIds').clear(),
      tx.objectStore('days').clear(),
      done,
    ]);
  } catch (error) {
    abortQuietly(tx);
    throw error;
  } finally {
    invalidateRows(db);
  }
}

/** Forgets one author: their row, their posts, and their share of the daily totals (so the
 * chart's sums keep equalling the posts stored). Returns how many post records were removed
 * (a post counted again past the recent window, post-packs.ts, has two). Posts are packed with
 * no index by author (every ingest would pay for it), so this reads every pack: rare. */
export async function forgetAuthor(db: HumoDb, platform: Platform, authorId: string): Promise<number> {
  invalidateRows(db);
  const tx = db.transaction(['authors', 'packs', 'packIds', 'days', 'tallies'], 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const key = authorKeyOf(platform, authorId);
    const tallyStore = tx.objectStore('tallies');
    const [author, tallies] = await Promise.all([tx.objectStore('authors').get(key), tallyStore.get(TALLY_ID)]);
    const tallyWrite = author && tallies && moveAuthor(tallies, author, undefined) ? [handled(tallyStore.put(tallies))] : [];
    const packStore = tx.objectStore('packs');
    const packIdStore = tx.objectStore('packIds');
    const dayStore = tx.objectStore('days');
    const owned = await dropPosts(packStore, packIdStore, key);
    const dayIds = [...new Set(owned.map((p) => `${dayKey(p.firstSeen)}:${p.platform}`))];
    const found = await Promise.all(dayIds.map((id) => handled(dayStore.get(id))));
    const days = new Map<string, DayRecord>();
    for (const d of found) if (d) days.set(d.id, d);
    for (const p of owned) {
      const day = days.get(`${dayKey(p.firstSeen)}:${p.platform}`);
      if (!day) continue;
      day.seen = Math.max(0, day.seen - 1);
      if (p.verdict === 'promo') day.promo = Math.max(0, day.promo - 1);
    }
    await Promise.all([
      ...tallyWrite,
      ...[...days.values()].map((d) => d.seen > 0 ? handled(dayStore.put(d)) : handled(dayStore.delete(d.id))),
      tx.objectStore('authors').delete(key),
      done,
    ]);
    return owned.length;
  } catch (error) {
    abortQuietly(tx);
    throw error;
  } finally {
    invalidateRows(db);
  }
}

type WriteStores = ('authors' | 'packs' | 'packIds' | 'days' | 'tallies')[];
type PackStore = IDBPObjectStore<HumoSchema, WriteStores, 'packs', 'readwrite'>;
type PackIdStore = IDBPObjectStore<HumoSchema, WriteStores, 'packIds', 'readwrite'>;

/** Removes an author's post records from every pack, one pack at a time through a cursor (a
 * getAll held the whole store in memory at once); each ids row follows its pack. Returns the
 * records removed. */
async function dropPosts(packStore: PackStore, packIdStore: PackIdStore, authorKey: string): Promise<PostRecord[]> {
  const owned: PostRecord[] = [];
  const writes: Promise<unknown>[] = [];
  for (let cursor = await packStore.openCursor(); cursor; cursor = await cursor.continue()) {
    const pack = cursor.value;
    const kept = pack.posts.filter((p) => p.authorKey !== authorKey);
    if (kept.length === pack.posts.length) continue;
    for (const p of pack.posts) if (p.authorKey === authorKey) owned.push(p);
    if (kept.length > 0) {
      const rest = { ...pack, posts: kept };
      writes.push(handled(cursor.update(rest)), handled(packIdStore.put(idsOf(rest))));
    } else {
      writes.push(handled(cursor.delete()), handled(packIdStore.delete(pack.id)));
    }
  }
  await Promise.all(writes);
  return owned;
}

/** For ui:status, asked on every popup open, so kept to two counts and the day rows (a few per
 * day): posts are the days' `seen` totals. Those equal the post records stored (ingest, forget
 * and the migrations keep them so), except after merging an export file that carried tallies of
 * posts it no longer held (export.ts), where the file's larger day totals stay. Counting the
 * records themselves would read every pack. */
export async function storeCounts(db: HumoDb): Promise<StoreCounts> {
  const tx = db.transaction(['authors', 'days'], 'readonly');
  const [authors, days] = await Promise.all([tx.objectStore('authors').count(), tx.objectStore('days').getAll()]);
  let posts = 0;
  for (const d of days) posts += d.seen;
  return { authors, posts, days: days.length };
}
