/** The real store in the real service worker: ingest throughput, then popup open time over the
 * 10,000 authors that ingest left behind. One fresh Chromium with the bench build. */
import { launchHumo } from '../../demo/launch';

export const AUTHORS = 10_000;
/** Posts sent as real `cs:posts-judged` messages: two per author. */
const MESSAGE_POSTS = 20_000;
/** Posts ingested straight into the store (no messaging), new keys for the same authors. */
const DIRECT_POSTS = 10_000;
/** The content script's outbox sends 20 at a time (src/content/outbox.ts)... */
const BATCH = 20;
/** ...and up to 200 when posts queued up while a send was in flight. */
const BIG_BATCH = 200;
const POPUP_OPENS = 7;

export interface StoreResult {
  /** Through runtime.sendMessage from an extension page, one batch in flight, like the outbox. */
  messagePostsPerSec: number;
  /** ingestBatch() awaited batch after batch inside the service worker. */
  directPostsPerSec: number;
  /** The same with the outbox's largest batches. */
  directBigBatchPostsPerSec: number;
  authors: number;
  posts: number;
  /** Navigation start → first leaderboard row in the DOM, each fresh popup page (ms). */
  popupFirstRowsMs: number[];
}

/** Builds batches in the page or worker itself (no 4 MB argument), deterministic by index. */
const MAKE_POSTS = `(from, count, prefix) => Array.from({ length: count }, (_, k) => {
  const i = from + k;
  const a = i % ${AUTHORS};
  return {
    platform: ['x', 'facebook', 'linkedin'][a % 3],
    key: prefix + i,
    authorId: 'author' + a,
    authorName: 'Author ' + a,
    verdict: (i * 7) % 10 < 3 ? 'promo' : 'value',
    score: ((i * 7) % 10) / 10,
    signals: (i * 7) % 10 < 3 ? ['cta', 'link'] : [],
    isAd: false,
    seenAt: Date.now() - 60000 + (i % 1000),
  };
})`;

const SEND_ALL = `(async () => {
  const make = ${MAKE_POSTS};
  const started = performance.now();
  for (let i = 0; i < ${MESSAGE_POSTS}; i += ${BATCH}) {
    const reply = await chrome.runtime.sendMessage({ type: 'cs:posts-judged', payload: { posts: make(i, ${BATCH}, 'msg-') } });
    if (!reply || !reply.ok) throw new Error('refused: ' + JSON.stringify(reply));
  }
  return performance.now() - started;
})()`;

const INGEST_DIRECT = `(async () => {
  const make = ${MAKE_POSTS};
  const { openHumoDb, ingestBatch } = globalThis.humoBenchStore;
  const db = await openHumoDb();
  const started = performance.now();
  for (let i = 0; i < ${DIRECT_POSTS}; i += ${BATCH}) await ingestBatch(db, make(i, ${BATCH}, 'direct-'));
  const ms = performance.now() - started;
  const bigStarted = performance.now();
  for (let i = 0; i < ${DIRECT_POSTS}; i += ${BIG_BATCH}) await ingestBatch(db, make(i, ${BIG_BATCH}, 'big-'));
  const bigMs = performance.now() - bigStarted;
  const counts = { ms, bigMs, authors: await db.count('authors'), posts: await db.count('posts') };
  db.close();
  return counts;
})()`;

/** Resolves with performance.now() at the first animation frame after the first row is in the
 * DOM (the frame that paints it): a MutationObserver installed before any popup script runs, so
 * no polling interval adds to the number. */
const FIRST_ROW_AT = `new Promise((resolve) => {
  const row = '[data-testid="author-list"] > li';
  const check = () => document.querySelector(row) && (requestAnimationFrame(() => resolve(performance.now())), true);
  if (!check()) new MutationObserver((_, o) => check() && o.disconnect()).observe(document, { childList: true, subtree: true });
})`;

export async function storeRun(distDir: string): Promise<StoreResult> {
  const humo = await launchHumo({ distDir });
  try {
    const sender = await humo.openExtensionPage('src/popup/index.html');
    const sendMs = (await sender.evaluate(SEND_ALL)) as number;
    await sender.close();
    const sw = await humo.serviceWorker();
    const direct = (await sw.evaluate(INGEST_DIRECT)) as { ms: number; bigMs: number; authors: number; posts: number };

    const popupFirstRowsMs: number[] = [];
    for (let i = 0; i < POPUP_OPENS; i++) {
      const page = await humo.context.newPage();
      await page.setViewportSize({ width: 380, height: 600 });
      await page.addInitScript(`window.__firstRowAt = ${FIRST_ROW_AT};`);
      await page.goto(`chrome-extension://${humo.extensionId}/src/popup/index.html`, { waitUntil: 'commit' });
      popupFirstRowsMs.push((await page.evaluate('window.__firstRowAt')) as number);
      await page.close();
    }
    return {
      messagePostsPerSec: Math.round((MESSAGE_POSTS / sendMs) * 1000),
      directPostsPerSec: Math.round((DIRECT_POSTS / direct.ms) * 1000),
      directBigBatchPostsPerSec: Math.round((DIRECT_POSTS / direct.bigMs) * 1000),
      authors: direct.authors,
      posts: direct.posts,
      popupFirstRowsMs,
    };
  } finally {
    await humo.close();
  }
}
