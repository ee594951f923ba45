/** HUMO_BENCH_ONLY=popup: only the popup open time over 10,000 authors, in under a minute. The
 * store is filled straight through the bench probe (no messaging, big batches): the popup reads
 * the same author records however they got there. */
import type { BrowserContext } from 'playwright-core';
import { launchHumo } from '../../demo/launch';
import { stopWorkers } from '../../demo/stop-worker';
import { describeOpens, openPopupTimed, type PopupOpen } from './popup-open';
import { AUTHORS, MAKE_POSTS } from './store-run';
import { median } from './summary';

const POSTS = 2 * AUTHORS;
const BATCH = 500;
const OPENS = Number(process.env.HUMO_BENCH_OPENS ?? 7);

const FILL = `(async () => {
  const make = ${MAKE_POSTS};
  const { getDb, ingestBatch, firstPage } = globalThis.humoBenchStore;
  const db = await getDb();
  for (let i = 0; i < ${POSTS}; i += ${BATCH}) await ingestBatch(db, make(i, ${BATCH}, 'fill-'));
  // Posts that came as messages would have kept the popup's cached first page current.
  firstPage?.changed();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  return db.count('authors');
})()`;

export async function popupRun(distDir: string): Promise<PopupOpen[]> {
  const humo = await launchHumo({ distDir });
  try {
    const authors = (await (await humo.serviceWorker()).evaluate(FILL)) as number;
    if (authors !== AUTHORS) throw new Error(`store holds ${authors} authors, expected ${AUTHORS}`);
    // One unmeasured open: the first page of a fresh profile also pays for disk caches.
    await openPopupTimed(humo.context, humo.extensionId);
    const opens: PopupOpen[] = [];
    for (let i = 0; i < OPENS; i++) opens.push(await openPopupTimed(humo.context, humo.extensionId));
    const all = opens.map((o) => o.firstRowsMs.toFixed(0)).join(', ');
    console.log(`popup: navigation start → first rows painted, ${authors} authors: median ${median(opens.map((o) => o.firstRowsMs)).toFixed(0)} ms (${all})`);
    console.log(`median of each step:\n${describeOpens(opens, median)}`);
    const cold = await openColdPopups(humo.context, humo.extensionId);
    const coldAll = cold.map((o) => o.firstRowsMs.toFixed(0)).join(', ');
    console.log(`popup opened while the worker sleeps: median ${median(cold.map((o) => o.firstRowsMs)).toFixed(0)} ms (${coldAll})`);
    console.log(`median of each step:\n${describeOpens(cold, median)}`);
    return opens;
  } finally {
    await humo.close();
  }
}

/** Opens the popup right after stopping the service worker, as most real opens find it (Chromium
 * stops an idle extension worker after 30 s): the worker must start before it can answer. */
export async function openColdPopups(context: BrowserContext, extensionId: string, n = OPENS): Promise<PopupOpen[]> {
  const blank = await context.newPage();
  try {
    const cdp = await context.newCDPSession(blank);
    await cdp.send('ServiceWorker.enable');
    const opens: PopupOpen[] = [];
    for (let i = 0; i < n; i++) {
      await stopWorkers(cdp);
      opens.push(await openPopupTimed(context, extensionId));
    }
    return opens;
  } finally {
    await blank.close();
  }
}
