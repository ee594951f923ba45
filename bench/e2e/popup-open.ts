/** Opens the popup page fresh and times it from navigation start, split into the steps issue #6
 * asks about. Everything is read inside the page: an init script (it runs before any popup
 * script) watches the first leaderboard message and the first row; the Navigation and Resource
 * Timing entries give the rest. The popup itself carries no timing code. */
import type { BrowserContext } from 'playwright-core';

export interface PopupOpen {
  /** HTML received (navigation responseEnd). */
  htmlMs: number;
  /** HTML parsed: module scripts may start running (domInteractive). */
  parsedMs: number;
  /** First `ui:leaderboard` message handed to the runtime: our modules have been evaluated. */
  sentMs: number;
  /** Module scripts run, DOMContentLoaded handlers done (domContentLoadedEventEnd). */
  scriptsDoneMs: number;
  /** First paint with content (the shell: header, tabs, "Loading…"; or already the rows). */
  shellPaintedMs: number;
  /** Its answer back in the page. */
  answeredMs: number;
  /** First leaderboard row in the DOM. */
  rowsInDomMs: number;
  /** The animation frame after that, which paints it: the benchmark's number. */
  firstRowsMs: number;
  /** Leaderboard rows on screen when the first paint with rows happened. */
  rowsShown: number;
}

/** Runs in the page before its scripts. Wraps runtime.sendMessage (callback or promise style) to
 * note when the first leaderboard question leaves and its answer arrives. */
const PROBE = `(() => {
  const times = (window.__humoOpen = {});
  const runtime = globalThis.chrome && chrome.runtime;
  if (runtime && runtime.sendMessage) {
    const send = runtime.sendMessage.bind(runtime);
    runtime.sendMessage = (...args) => {
      const first = args[0] && args[0].type === 'ui:leaderboard' && times.sentMs === undefined;
      if (!first) return send(...args);
      times.sentMs = performance.now();
      const done = () => (times.answeredMs = performance.now());
      const last = args.length - 1;
      if (typeof args[last] === 'function') {
        const callback = args[last];
        args[last] = (...r) => (done(), callback(...r));
        return send(...args);
      }
      const reply = send(...args);
      if (reply && reply.then) reply.then(done, done);
      return reply;
    };
  }
  const row = '[data-testid="author-list"] > li';
  times.painted = new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector(row)) return false;
      times.rowsInDomMs = performance.now();
      requestAnimationFrame(() => {
        times.firstRowsMs = performance.now();
        times.rowsShown = document.querySelectorAll(row).length;
        resolve();
      });
      return true;
    };
    if (!check()) new MutationObserver((_, o) => check() && o.disconnect()).observe(document, { childList: true, subtree: true });
  });
})()`;

const COLLECT = `(async () => {
  const t = window.__humoOpen;
  await t.painted;
  const nav = performance.getEntriesByType('navigation')[0];
  // The paint entry is queued after the frame is presented: wait for it a little.
  const fcp = await new Promise((resolve) => {
    const seen = (list, o) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (entry) o.disconnect(), resolve(entry);
    };
    new PerformanceObserver(seen).observe({ type: 'paint', buffered: true });
    setTimeout(resolve, 200);
  });  return {
    htmlMs: nav.responseEnd,
    parsedMs: nav.domInteractive,
    sentMs: t.sentMs ?? NaN,
    scriptsDoneMs: nav.domContentLoadedEventEnd,
    shellPaintedMs: fcp ? fcp.startTime : NaN,
    answeredMs: t.answeredMs ?? NaN,
    rowsInDomMs: t.rowsInDomMs,
    firstRowsMs: t.firstRowsMs,
    rowsShown: t.rowsShown,
  };
})()`;

/** One fresh popup page at the popup's size; closed afterwards. */
export async function openPopupTimed(context: BrowserContext, extensionId: string): Promise<PopupOpen> {
  const page = await context.newPage();
  try {
    await page.setViewportSize({ width: 380, height: 600 });
    await page.addInitScript(PROBE);
    await page.goto(`chrome-extension://${extensionId}/src/popup/index.html`, { waitUntil: 'commit' });
    return (await page.evaluate(COLLECT)) as PopupOpen;
  } finally {
    await page.close();
  }
}

const STEPS: [string, keyof PopupOpen][] = [
  ['HTML received', 'htmlMs'],
  ['HTML parsed', 'parsedMs'],
  ['message sent', 'sentMs'],
  ['scripts done', 'scriptsDoneMs'],
  ['shell painted', 'shellPaintedMs'],
  ['answer back', 'answeredMs'],
  ['rows in DOM', 'rowsInDomMs'],
  ['rows painted', 'firstRowsMs'],
];

/** Median time of each step over the opens, as "step: ms" lines. */
export function describeOpens(opens: PopupOpen[], median: (v: number[]) => number): string {
  return STEPS.map(([label, key]) => `  ${label.padEnd(15)} ${median(opens.map((o) => o[key])).toFixed(1).padStart(6)} ms`).join('\n');
}
