import { send } from '../shared/messaging';
import type { LeaderboardTab } from '../shared/messages';

/** Rows per page: the popup never asks for more at once, so it opens fast with 10,000 authors. */
export const PAGE_SIZE = 50;

/** What the popup shows on open: the "Adds value" tab, all platforms, no search. */
export const FIRST_QUERY = { tab: 'value' as LeaderboardTab, platform: 'all' as const, query: '' };

/** The first leaderboard question and, once in, its raw reply (or why it failed). */
export interface FirstPage {
  sent: Promise<unknown>;
  arrived: boolean;
  reply?: unknown;
  error?: unknown;
}

/** Shared by early.js and the popup's modules, which run in the same window. */
const SLOT = 'humoFirstPage';

/** Sends the first leaderboard question once per page; later calls get the same one. early.js
 * calls it while the modules are still loading; main.tsx calls it again, which sends only if
 * early.js did not run (a dev server, a failed load). The reply is also kept where the first
 * render can read it synchronously, so rows that are already in are drawn at once. */
export function askFirstPage(): FirstPage {
  const scope = globalThis as { [SLOT]?: FirstPage };
  if (!scope[SLOT]) {
    const page: FirstPage = {
      sent: send('ui:leaderboard', { ...FIRST_QUERY, offset: 0, limit: PAGE_SIZE }),
      arrived: false,
    };
    page.sent.then(
      (reply) => Object.assign(page, { arrived: true, reply }),
      (error: unknown) => Object.assign(page, { arrived: true, error }),
    );
    scope[SLOT] = page;
  }
  return scope[SLOT];
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
