/** Bench builds only (`vite build --mode bench`, used by `npm run bench:e2e`): times the content
 * script's own main-thread work from inside the content script, where it happens. main.ts calls
 * installBenchProbe() behind `import.meta.env.MODE === 'bench'`, so normal builds drop this file
 * (the benchmark greps dist/ for READ_EVENT to prove it).
 *
 * Pull, not push: nothing is written while the feed scrolls. The benchmark dispatches READ_EVENT
 * on the document (DOM events cross from the page's world to ours) and we answer by writing the
 * cumulative totals as JSON to <html data-humo-bench>, which the page's world can read. */

export const READ_EVENT = 'humo-bench:read';
const ATTRIBUTE = 'data-humo-bench';
/** Outermost slices at least this long keep their start time, so the benchmark can tell how much
 * of a long task was ours. Shorter ones cannot make a 50 ms task on their own and are only summed. */
const SLICE_KEEP_MS = 2;
const MAX_SLICES = 2_000;

/** observer: MutationObserver callbacks; batch: one frame's judging; judge: reading one post
 * through the adapter, inside a batch; classify: classifying it and queueing its report, after
 * the batch's reads; present: its page update (attributes, badge/collapse), after the batch's
 * classifying; send: handing a batch to runtime.sendMessage (the synchronous part). */
export type BenchKind = 'observer' | 'batch' | 'judge' | 'classify' | 'present' | 'send';

export interface BenchProbe {
  time<T>(kind: BenchKind, fn: () => T): T;
}

interface Tally {
  calls: number;
  ms: number;
  maxMs: number;
}

export function installBenchProbe(): BenchProbe {
  const tallies: Record<BenchKind, Tally> = {
    observer: { calls: 0, ms: 0, maxMs: 0 },
    batch: { calls: 0, ms: 0, maxMs: 0 },
    judge: { calls: 0, ms: 0, maxMs: 0 },
    classify: { calls: 0, ms: 0, maxMs: 0 },
    present: { calls: 0, ms: 0, maxMs: 0 },
    send: { calls: 0, ms: 0, maxMs: 0 },
  };
  /** Sum of outermost timed calls only: nested calls (a judge inside a batch) are not counted twice. */
  let totalMs = 0;
  let depth = 0;
  const slices: [start: number, ms: number, kind: BenchKind][] = [];

  const time = <T>(kind: BenchKind, fn: () => T): T => {
    const start = performance.now();
    depth++;
    try {
      return fn();
    } finally {
      depth--;
      const ms = performance.now() - start;
      const t = tallies[kind];
      t.calls++;
      t.ms += ms;
      if (ms > t.maxMs) t.maxMs = ms;
      if (depth === 0) {
        totalMs += ms;
        if (ms >= SLICE_KEEP_MS && slices.length < MAX_SLICES) slices.push([start, ms, kind]);
      }
    }
  };

  // Every MutationObserver this script creates (the feed watcher's) gets a timed callback. The
  // content script has its own globals, so the page's observers are untouched.
  const Native = globalThis.MutationObserver;
  globalThis.MutationObserver = class extends Native {
    constructor(callback: MutationCallback) {
      super((records, observer) => time('observer', () => callback(records, observer)));
    }
  };

  document.addEventListener(READ_EVENT, () => {
    document.documentElement.setAttribute(ATTRIBUTE, JSON.stringify({ totalMs, tallies, slices }));
  });
  return { time };
}
