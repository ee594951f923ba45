import { dayKey } from '../core/stats';
import type { Platform } from '../core/types';
import type { StoreCounts } from '../shared/messages';
import { authorKeyOf, type DayRecord, type HumoDb } from './db';
import { abortQuietly, handled } from './ingest';
import { invalidateRows } from './row-cache';

/** Deletes every author, post and day in one transaction. */
export async function clearAll(db: HumoDb): Promise<void> {
  // Same turn as the transaction, and again once it settled: see row-cache.ts.
  invalidateRows(db);
  const tx = db.transaction(['authors', 'posts', 'days'], 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  try {
    await Promise.all([
      tx.objectStore('authors').clear(),
      tx.objectStore('posts').clear(),
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
 * chart's sums keep equalling the posts stored). Returns how many posts were removed. */
export async function forgetAuthor(db: HumoDb, platform: Platform, authorId: string): Promise<number> {
  invalidateRows(db);
  const tx = db.transaction(['authors', 'posts', 'days'], 'readwrite');
  const done = tx.done;
  done.catch(() => undefined);
  try {
    const key = authorKeyOf(platform, authorId);
    const posts = tx.objectStore('posts');
    const dayStore = tx.objectStore('days');
    const owned = await posts.index('by-author').getAll(key);
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
      ...owned.map((p) => handled(posts.delete(p.id))),
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

export async function storeCounts(db: HumoDb): Promise<StoreCounts> {
  const tx = db.transaction(['authors', 'posts', 'days'], 'readonly');
  const [authors, posts, days] = await Promise.all([
    tx.objectStore('authors').count(),
    tx.objectStore('posts').count(),
    tx.objectStore('days').count(),
  ]);
  return { authors, posts, days };
}
