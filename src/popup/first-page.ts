import browser from '../shared/browser';
import { FIRST_PAGE_CACHE_KEY, FIRST_PAGE_REQUEST, FIRST_QUERY, PAGE_SIZE } from '../shared/first-page-cache';
import { send } from '../shared/messaging';

export { FIRST_QUERY, PAGE_SIZE };

/** The first leaderboard question and, once in, its raw reply (or why it failed). */
export interface FirstPage {
  sent: Promise<unknown>;
  arrived: boolean;
  /** The reply is the background's cached page (shared/first-page-cache.ts): show it, then ask
   * for a fresh one. */
  cached?: boolean;
  reply?: unknown;
  error?: unknown;
}

/** Shared by early.js and the popup's modules, which run in the same window. */
const SLOT = 'humoFirstPage';

/** Gets the first leaderboard page once per page; later calls get the same one: the background's
 * cached page when there is one (no waiting for a stopped worker to start), else the answer to a
 * question. early.js calls it while the modules are still loading; main.tsx calls it again, which
 * asks only if early.js did not run (a dev server, a failed load). The reply is also kept where
 * the first render can read it synchronously, so rows that are already in are drawn at once. */
export function askFirstPage(): FirstPage {
  const scope = globalThis as { [SLOT]?: FirstPage };
  if (!scope[SLOT]) {
    const page: FirstPage = { sent: Promise.resolve(), arrived: false };
    const ask = (): Promise<unknown> => send('ui:leaderboard', FIRST_PAGE_REQUEST);
    page.sent = readCachedPage().then((cached) => (cached === undefined ? ask() : ((page.cached = true), cached)), ask);
    page.sent.then(
      (reply) => Object.assign(page, { arrived: true, reply }),
      (error: unknown) => Object.assign(page, { arrived: true, error }),
    );
    scope[SLOT] = page;
  }
  return scope[SLOT];
}

async function readCachedPage(): Promise<unknown> {
  const area = browser.storage.session as typeof browser.storage.session | undefined;
  if (!area) return undefined;
  return (await area.get(FIRST_PAGE_CACHE_KEY))[FIRST_PAGE_CACHE_KEY];
}

/** Resolves once the first page is answered (or failed) and a frame has gone by, so the rows are
 * on screen. The popup's other questions (chart, storage status) wait for it: they would
 * otherwise compete with the rows for the background and for this page's main thread. */
export function afterFirstPage(): Promise<void> {
  return askFirstPage().sent.then(afterNextFrame, afterNextFrame);
}

/** After the next frame, or 100 ms when no frame comes (a page in the background draws none). */
function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve));
    setTimeout(resolve, 100);
  });
}
