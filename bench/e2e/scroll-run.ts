/** One benchmark run: a fresh Chromium (with or without the extension) scrolls the long X feed to
 * its end with a fixed script, and we read the renderer's own counters around the scroll. */
import type { CDPSession, Page } from 'playwright-core';
import { launchHumo, type HumoBrowser } from '../../demo/launch';
import { FLUSH_EVERY_MS } from '../../src/content/outbox';
import { serveBenchFeed } from './feed';
import { PAGE_PROBE, READ_CONTENT_PROBE, READ_PAGE_PROBE, type ContentTotals, type LongFrame, type LongTask } from './page-probe';

/** The fixed scroll script: this many pixels per wheel step, then this long a wait. */
export const STEP_PX = 900;
export const STEP_WAIT_MS = 40;
/** After the end cell: time for queued judging and the outbox's last timed flush to finish. */
const SETTLE_MS = FLUSH_EVERY_MS + 1_000;
const MAX_SCROLL_MS = 150_000;

/** CDP Performance.getMetrics counters we diff over the scroll (all in seconds but the heap).
 * TaskDuration is wall time spent in main-thread tasks, so it grows when other processes take the
 * CPU; ThreadTime (the main thread's CPU time) and ProcessTime (the renderer's) do not. */
const METRICS = [
  'TaskDuration', 'TaskOtherDuration', 'ScriptDuration', 'LayoutDuration', 'RecalcStyleDuration',
  'ThreadTime', 'ProcessTime', 'JSHeapUsedSize',
] as const;
export type Metrics = Record<(typeof METRICS)[number], number>;

export interface RunResult {
  extension: boolean;
  postsShown: number;
  scrollMs: number;
  /** The scroll in page time (performance.now()): what the long tasks and slices are filtered by. */
  window: [number, number];
  /** Deltas over the scroll, ms (heap: bytes), forced-GC pauses left out. */
  metrics: Metrics;
  /** JS heap of the page's V8 isolate after a forced GC (bytes); it includes our isolated world. */
  heapAt1000: number;
  heapAtEnd: number;
  /** The same counters when the feed had shown ~1,000 posts, to tell V8's warm-up of our code
   * (the first posts) from the steady cost (see summary.ts). */
  atHalf: { shown: number; metrics: Metrics; content: ContentTotals | null };
  longTasks: LongTask[];
  longFrames: LongFrame[];
  /** Content-script totals over the page's whole life, from its own probe (extension runs). */
  content: ContentTotals | null;
  /** Posts the service worker stored during the run (extension runs). */
  stored: number | null;
}

interface FeedState {
  shown: number;
  done: boolean;
  bottom: boolean;
  now: number;
}

const FEED_STATE = `(() => ({
  shown: window.__humoDemo ? window.__humoDemo.rendered.size : 0,
  done: !!(window.__humoDemo && window.__humoDemo.done),
  bottom: scrollY + innerHeight >= document.documentElement.scrollHeight - 2,
  now: performance.now(),
}))()`;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const out = {} as Metrics;
  for (const name of METRICS) {
    const value = list.find((m) => m.name === name)?.value ?? 0;
    out[name] = name === 'JSHeapUsedSize' ? value : value * 1000;
  }
  return out;
}

function add(into: Metrics, from: Metrics, minus: Metrics): void {
  for (const name of METRICS) into[name] += from[name] - minus[name];
}

/** Forced GC, then the isolate's used heap. Returns the page-time window it took, so long tasks
 * it caused are left out. */
async function heapAfterGc(page: Page, cdp: CDPSession): Promise<{ heap: number; window: [number, number] }> {
  const before = (await page.evaluate('performance.now()')) as number;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const after = (await page.evaluate('performance.now()')) as number;
  return { heap: usedSize, window: [before, after] };
}

/** Counts the store's posts through the service worker's bench hook (src/background/bench-probe.ts). */
async function storedPosts(humo: HumoBrowser): Promise<number> {
  const sw = await humo.serviceWorker();
  return (await sw.evaluate(`humoBenchStore.openHumoDb().then(async (db) => { const n = db.objectStoreNames.contains('posts') ? await db.count('posts') : (await db.getAll('packs')).reduce((k, p) => k + p.posts.length, 0); db.close(); return n; })`)) as number;
}

/** The second half of a run (from ~1,000 posts on): content-script ms per post (NaN without the
 * probe) and main-thread CPU (ThreadTime) over it. */
export function secondHalf(run: RunResult): { csPerPost: number; threadMs: number } {
  const { content } = run;
  const half = run.atHalf;
  return {
    csPerPost: content && half.content ? (content.totalMs - half.content.totalMs) / (run.postsShown - half.shown) : NaN,
    threadMs: run.metrics.ThreadTime - half.metrics.ThreadTime,
  };
}

export async function scrollRun(extension: boolean, feedFile: string, distDir: string): Promise<RunResult> {
  const humo = await launchHumo({ withoutExtension: !extension, distDir });
  try {
    await serveBenchFeed(humo.context, feedFile);
    const page = humo.context.pages()[0] ?? (await humo.context.newPage());
    await page.addInitScript(PAGE_PROBE);
    await page.goto('https://x.com/home');
    await page.waitForSelector('article[data-testid="tweet"]');
    // Started: a post is marked, or (floor builds that mark nothing, bench-floor.ts) the content
    // script has judged its first batch.
    if (extension) await page.waitForFunction(`!!document.querySelector('[data-humo]') || (${READ_CONTENT_PROBE})?.totalMs > 0`, null, { timeout: 15_000, polling: 100 });
    const cdp = await humo.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    // Wheel over the left navigation, so the pointer never rests on a post (or our badge).
    await page.mouse.move(20, 880);
    await page.waitForTimeout(500);
    const gcWindows: [number, number][] = [];
    gcWindows.push((await heapAfterGc(page, cdp)).window);

    const total = Object.fromEntries(METRICS.map((m) => [m, 0])) as Metrics;
    let from = await metrics(cdp);
    const startedAt = ((await page.evaluate(FEED_STATE)) as FeedState).now;
    let heapAt1000 = 0;
    let atHalf: RunResult['atHalf'] | null = null;
    let state: FeedState;
    const deadline = Date.now() + MAX_SCROLL_MS;
    for (;;) {
      await page.mouse.wheel(0, STEP_PX);
      await page.waitForTimeout(STEP_WAIT_MS);
      state = (await page.evaluate(FEED_STATE)) as FeedState;
      if (!heapAt1000 && state.shown >= 1_000) {
        add(total, await metrics(cdp), from);
        const content = extension ? ((await page.evaluate(READ_CONTENT_PROBE)) as ContentTotals | null) : null;
        atHalf = { shown: state.shown, metrics: { ...total }, content };
        const gc = await heapAfterGc(page, cdp);
        heapAt1000 = gc.heap;
        gcWindows.push(gc.window);
        from = await metrics(cdp);
      }
      if (state.done && state.bottom) break;
      if (Date.now() > deadline) throw new Error(`feed did not reach its end in ${MAX_SCROLL_MS} ms (${state.shown} posts shown)`);
    }
    await page.waitForTimeout(SETTLE_MS);
    add(total, await metrics(cdp), from);
    const endedAt = ((await page.evaluate(FEED_STATE)) as FeedState).now;
    const end = await heapAfterGc(page, cdp);

    const inScroll = (start: number): boolean =>
      start >= startedAt && start <= endedAt && !gcWindows.some(([a, b]) => start >= a - 1 && start <= b + 1);
    const probe = (await page.evaluate(READ_PAGE_PROBE)) as { longTasks: LongTask[]; frames: LongFrame[] };
    return {
      extension,
      postsShown: state.shown,
      scrollMs: endedAt - startedAt,
      window: [startedAt, endedAt],
      metrics: total,
      heapAt1000,
      heapAtEnd: end.heap,
      // A feed that never showed 1,000 posts has no second half: NaN, not a zero that reads as free.
      atHalf: atHalf ?? { shown: NaN, metrics: Object.fromEntries(METRICS.map((m) => [m, NaN])) as Metrics, content: null },
      longTasks: probe.longTasks.filter((t) => inScroll(t.start)),
      longFrames: probe.frames.filter((f) => inScroll(f.start)),
      content: extension ? ((await page.evaluate(READ_CONTENT_PROBE)) as ContentTotals | null) : null,
      stored: extension ? await storedPosts(humo) : null,
    };
  } finally {
    await humo.close();
  }
}
