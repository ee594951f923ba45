import { FIRST_PAGE_CACHE_KEY, FIRST_PAGE_REQUEST, type SessionArea } from '../shared/first-page-cache';
import type { HumoDb } from './db';
import { leaderboard } from './leaderboard';

/** Stats changed: recompute soon. Data removed: forget the page now. */
export interface FirstPageCache {
  changed(): void;
  drop(): Promise<void>;
}

/** Keeps shared/first-page-cache.ts's page current. Recomputing waits `delayMs` after the last
 * change, so a scrolling feed costs one query per pause, not one per batch. Recomputes and drops
 * run one at a time, in order, so a recompute started before a drop never lands after it: after
 * "clear all data" or "forget", the popup must not show the removed authors, not even briefly. */
export function createFirstPageCache(getDb: () => Promise<HumoDb>, area: SessionArea, delayMs = 1_000): FirstPageCache {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writes: Promise<void> = Promise.resolve();
  const enqueue = (write: () => Promise<void>): Promise<void> => (writes = writes.then(write).catch(() => undefined));

  const refresh = (): Promise<void> =>
    enqueue(async () => {
      const data = await leaderboard(await getDb(), FIRST_PAGE_REQUEST);
      await area.set({ [FIRST_PAGE_CACHE_KEY]: { ok: true, data } });
    });

  return {
    changed() {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), delayMs);
    },
    drop() {
      clearTimeout(timer);
      return enqueue(() => area.remove(FIRST_PAGE_CACHE_KEY));
    },
  };
}
