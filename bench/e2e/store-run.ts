/** The real store in the real service worker: ingest throughput, then popup open time over the
 * 10,000 authors that ingest left behind. One fresh Chromium with the bench build. */
import { launchHumo } from '../../demo/launch';
import { cpuSpent, descendantsCpuMs } from './cpu';
import { describeOpens, openPopupTimed, type PopupOpen } from './popup-open';
import { median } from './summary';

export const AUTHORS = 10_000;
/** Posts sent as real `cs:posts-judged` messages: two per author. */
const MESSAGE_POSTS = 20_000;
/** Posts ingested straight into the store (no messaging), new keys for the same authors. */
const DIRECT_POSTS = 10_000;
/** The outbox's smallest useful batch (it sends what a second gathered, or 100 at a time)... */
const BATCH = 20;
/** ...and its largest, when posts queued up while a send was in flight. */
const BIG_BATCH = 200;
/** A realistic feed: a few hundred people posting again and again (their rows exist). */
const FEED_AUTHORS = 200;
/** Feed tabs sending at once, each one batch in flight like the outbox. */
const TABS = 4;
const POPUP_OPENS = 7;
const QUERY_REPEATS = 5;

export interface StoreResult {
  /** Through runtime.sendMessage from an extension page, one batch in flight, like the outbox. */
  messagePostsPerSec: number;
  /** The same from TABS pages at once: batches that wait are written together. */
  concurrentMessagePostsPerSec: number;
  /** ingestBatch() awaited batch after batch inside the service worker, author rows cached. */
  directPostsPerSec: number;
  /** The same right after the row cache was dropped, as in a worker that was just woken: every
   * batch reads its authors back. */
  directColdPostsPerSec: number;
  /** The same with the outbox's largest batches. */
  directBigBatchPostsPerSec: number;
  /** Batches of BATCH that were all counted before (an outbox retry, posts seen again after a
   * reload): nothing new to count, only lastSeen to move. */
  directResendPostsPerSec: number;
  /** New posts by FEED_AUTHORS people whose rows exist, batches of BATCH: a realistic feed. */
  directFeedPostsPerSec: number;
  /** CPU per post of every Chromium process (renderer: the worker's; browser: IndexedDB's
   * backend), per phase: steadier than the rates when other work shares the machine. */
  cpuMsPerPost: Record<string, Record<string, number>>;
  /** The first batch of BATCH new posts after the row cache was dropped (a woken worker), ms. */
  wakeBatchMs: number[];
  authors: number;
  posts: number;
  /** Navigation start → first leaderboard row in the DOM, each fresh popup page (ms). */
  popupFirstRowsMs: number[];
  /** The same opens split into steps (popup-open.ts). */
  popupOpens: PopupOpen[];
  /** `ui:leaderboard` first page (50 rows) asked from an extension page, median round trip (ms). */
  leaderboardQueryMs: Record<string, number>;
}

/** Builds batches in the page or worker itself (no 4 MB argument), deterministic by index. */
export const MAKE_POSTS = `(from, count, prefix, authors = ${AUTHORS}) => Array.from({ length: count }, (_, k) => {
  const i = from + k;
  const a = i % authors;
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

/** Sends posts [from, from + count) in batches of BATCH, waiting for each reply like the outbox. */
const SEND = `async (from, count, prefix) => {
  const make = ${MAKE_POSTS};
  for (let i = from; i < from + count; i += ${BATCH}) {
    const reply = await chrome.runtime.sendMessage({ type: 'cs:posts-judged', payload: { posts: make(i, ${BATCH}, prefix) } });
    if (!reply || !reply.ok) throw new Error('refused: ' + JSON.stringify(reply));
  }
}`;

/** Installs `humoBenchRun(size, prefix, authors, cold)` in the worker: DIRECT_POSTS posts in batches
 * of `size`, each awaited, over `authors` distinct authors (the row cache dropped first if `cold`);
 * resolves with the milliseconds taken.
 * One phase per evaluate, so the CPU time of each is read apart. */
const INSTALL_DIRECT = `(() => {
  const { getDb, ingestBatch, dropRowCache } = globalThis.humoBenchStore;
  globalThis.humoBenchRun = async (size, prefix, authors, cold) => {
    const make = ${MAKE_POSTS};
    const db = await getDb();
    if (cold) dropRowCache(db);
    const started = performance.now();
    for (let i = 0; i < ${DIRECT_POSTS}; i += size) await ingestBatch(db, make(i, size, prefix, authors));
    return performance.now() - started;
  };
  // The first batch after a wake: the row cache dropped, then 20 new posts by stored authors.
  globalThis.humoBenchWake = async (n) => {
    const make = ${MAKE_POSTS};
    const db = await getDb();
    const times = [];
    for (let r = 0; r < n; r++) {
      dropRowCache(db);
      const started = performance.now();
      await ingestBatch(db, make(r * ${BATCH}, ${BATCH}, 'wake-'));
      times.push(performance.now() - started);
    }
    return times;
  };
  globalThis.humoBenchCounts = async () => {
    const db = await getDb();
    // Builds from DB v5 pack posts several to a row: count the posts inside.
    const posts = db.objectStoreNames.contains('posts') ? await db.count('posts') : (await db.getAll('packs')).reduce((n, p) => n + p.posts.length, 0);
    return { authors: await db.count('authors'), posts };
  };
})()`;

/** The direct phases, in order: [name, batch size, key prefix, distinct authors, cache dropped first]. */
const DIRECT_PHASES = [
  ['direct', BATCH, 'direct-', AUTHORS, false],
  ['cold', BATCH, 'cold-', AUTHORS, true],
  ['big', BIG_BATCH, 'big-', AUTHORS, false],
  ['resend', BATCH, 'direct-', AUTHORS, false],
  ['feed', BATCH, 'feed-', FEED_AUTHORS, false],
] as const;
type DirectPhase = (typeof DIRECT_PHASES)[number][0];

/** What the popup asks on open (value, all platforms) and on a tab or platform switch. */
const QUERIES = { 'value/all': ['value', 'all'], 'sells/all': ['sells', 'all'], 'value/x': ['value', 'x'], 'sells/linkedin': ['sells', 'linkedin'] };
const TIME_QUERY = `async ([tab, platform]) => {
  const started = performance.now();
  const reply = await chrome.runtime.sendMessage({ type: 'ui:leaderboard', payload: { tab, platform, query: '', offset: 0, limit: 50 } });
  if (!reply || !reply.ok || reply.data.rows.length !== 50) throw new Error('leaderboard: ' + JSON.stringify(reply).slice(0, 200));
  return performance.now() - started;
}`;

const rate = (posts: number, ms: number): number => Math.round((posts / ms) * 1000);

/** CPU ms per post for the processes that did the work (renderer: the worker and pages). */
function perPost(spent: Record<string, number>, posts: number): Record<string, number> {
  const pick = ['total', 'renderer', 'browser'].map((k) => [k, Math.round(((spent[k] ?? 0) / posts) * 1000) / 1000]);
  return Object.fromEntries(pick);
}

export async function storeRun(distDir: string): Promise<StoreResult> {
  const humo = await launchHumo({ distDir });
  try {
    const sender = await humo.openExtensionPage('src/popup/index.html');
    const cpuMsPerPost: StoreResult['cpuMsPerPost'] = {};
    let cpuBefore = descendantsCpuMs();
    const started = performance.now();
    await sender.evaluate(`(${SEND})(0, ${MESSAGE_POSTS}, 'msg-')`);
    const sendMs = performance.now() - started;
    cpuMsPerPost.messages = perPost(cpuSpent(cpuBefore, descendantsCpuMs()), MESSAGE_POSTS);

    const tabs = [sender, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => humo.openExtensionPage('src/popup/index.html'))))];
    const share = MESSAGE_POSTS / 2 / TABS;
    cpuBefore = descendantsCpuMs();
    const concurrentStarted = performance.now();
    await Promise.all(tabs.map((tab, t) => tab.evaluate(`(${SEND})(${t * share}, ${share}, 'tab-')`)));
    const concurrentMs = performance.now() - concurrentStarted;
    cpuMsPerPost.concurrent = perPost(cpuSpent(cpuBefore, descendantsCpuMs()), MESSAGE_POSTS / 2);

    const sw = await humo.serviceWorker();
    await sw.evaluate(INSTALL_DIRECT);
    const directMs = {} as Record<DirectPhase, number>;
    for (const [name, size, prefix, authors, cold] of DIRECT_PHASES) {
      const before = descendantsCpuMs();
      directMs[name] = (await sw.evaluate(`humoBenchRun(${size}, '${prefix}', ${authors}, ${cold})`)) as number;
      cpuMsPerPost[name] = perPost(cpuSpent(before, descendantsCpuMs()), DIRECT_POSTS);
    }
    const wakeBatchMs = ((await sw.evaluate('humoBenchWake(5)')) as number[]).map((ms) => Math.round(ms * 10) / 10);
    const stored = (await sw.evaluate('humoBenchCounts()')) as { authors: number; posts: number };

    const leaderboardQueryMs: Record<string, number> = {};
    for (const [name, query] of Object.entries(QUERIES)) {
      const times: number[] = [];
      for (let i = 0; i < QUERY_REPEATS; i++) times.push((await sender.evaluate(`(${TIME_QUERY})(${JSON.stringify(query)})`)) as number);
      leaderboardQueryMs[name] = Math.round(median(times) * 10) / 10;
    }
    await Promise.all(tabs.map((tab) => tab.close()));

    const popupOpens: PopupOpen[] = [];
    for (let i = 0; i < POPUP_OPENS; i++) popupOpens.push(await openPopupTimed(humo.context, humo.extensionId));
    const popupFirstRowsMs = popupOpens.map((o) => o.firstRowsMs);
    const result: StoreResult = {
      messagePostsPerSec: rate(MESSAGE_POSTS, sendMs),
      concurrentMessagePostsPerSec: rate(MESSAGE_POSTS / 2, concurrentMs),
      directPostsPerSec: rate(DIRECT_POSTS, directMs.direct),
      directColdPostsPerSec: rate(DIRECT_POSTS, directMs.cold),
      directBigBatchPostsPerSec: rate(DIRECT_POSTS, directMs.big),
      directResendPostsPerSec: rate(DIRECT_POSTS, directMs.resend),
      directFeedPostsPerSec: rate(DIRECT_POSTS, directMs.feed),
      cpuMsPerPost,
      wakeBatchMs,
      authors: stored.authors,
      posts: stored.posts,
      popupFirstRowsMs,
      popupOpens,
      leaderboardQueryMs,
    };
    // The summary table shows the main rates; these details are in latest-e2e.json too.
    console.log(
      `store: batches of ${BATCH} with a cold row cache ${result.directColdPostsPerSec} posts/s, all posts known ` +
        `${result.directResendPostsPerSec} posts/s; ${FEED_AUTHORS} authors posting again ${result.directFeedPostsPerSec} posts/s; ` +
        `${TABS} tabs sending at once ${result.concurrentMessagePostsPerSec} posts/s; leaderboard first page ${JSON.stringify(leaderboardQueryMs)} ms; ` +
        `first batch after a wake ${JSON.stringify(wakeBatchMs)} ms`,
    );
    console.log(`popup open, median of each step:\n${describeOpens(popupOpens, median)}`);
    console.log('store: CPU ms per post by process (total = all Chromium processes):');
    console.table(cpuMsPerPost);
    return result;
  } finally {
    await humo.close();
  }
}
