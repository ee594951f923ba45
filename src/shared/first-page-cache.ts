/** The popup's first leaderboard page, as the background last computed it, kept in
 * `storage.session`: in memory only, gone when the browser closes, and readable by our own pages
 * but not by content scripts (the area's default access level). Most popup opens find the service
 * worker stopped, and starting it before it can answer cost ~60 ms of a 150 ms budget; the popup
 * draws this page at once and asks the background for a fresh one behind it. */
export const FIRST_PAGE_CACHE_KEY = 'humo:first-page';

/** Rows per page: the popup never asks for more at once, so it opens fast with 10,000 authors. */
export const PAGE_SIZE = 50;

/** What the popup shows on open: the "Adds value" tab, all platforms, no search. */
export const FIRST_QUERY = { tab: 'value' as const, platform: 'all' as const, query: '' };

/** The question for that page: the popup asks it on open, the background caches its answer. */
export const FIRST_PAGE_REQUEST = { ...FIRST_QUERY, offset: 0, limit: PAGE_SIZE };

/** The part of a storage area this needs (Chrome's and Firefox's `storage.session`). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}
