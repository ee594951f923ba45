/** What the benchmark injects into the feed page (addInitScript, page's own world, before any
 * page script): long tasks (> 50 ms) and long animation frames with their script attribution,
 * kept in window.__humoBench. A string, not a function: tsx rewrites named functions with a
 * `__name` helper that does not exist in the page. */
export const PAGE_PROBE = `
(() => {
  const bench = { longTasks: [], frames: [] };
  window.__humoBench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.longTasks.push({
          start: e.startTime,
          duration: e.duration,
          attribution: (e.attribution || []).map((a) => a.containerSrc || a.containerType || a.name).join(' '),
        });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          scripts: (e.scripts || []).map((s) => ({ url: s.sourceURL, invoker: s.invoker, duration: s.duration })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
})();
`;

export interface LongTask {
  start: number;
  duration: number;
  attribution: string;
}

export interface LongFrame {
  start: number;
  duration: number;
  blocking: number;
  scripts: { url: string; invoker: string; duration: number }[];
}

/** Reads what the probe collected so far. */
export const READ_PAGE_PROBE = `window.__humoBench`;

/** Asks the content script's bench probe (src/content/bench-probe.ts) for its totals. */
export const READ_CONTENT_PROBE = `(() => {
  document.dispatchEvent(new Event('humo-bench:read'));
  const raw = document.documentElement.getAttribute('data-humo-bench');
  return raw ? JSON.parse(raw) : null;
})()`;

interface Tally {
  calls: number;
  ms: number;
  maxMs: number;
}

export interface ContentTotals {
  totalMs: number;
  /** `classify` and `present` (a judged post's later phases, run after the batch's reads) are
   * absent from builds that did them inside `judge`. */
  tallies: Record<'observer' | 'batch' | 'judge' | 'send', Tally> & { classify?: Tally; present?: Tally };
  /** [start, ms, kind] of our outermost slices ≥ 2 ms, page time origin. */
  slices: [number, number, string][];
}
