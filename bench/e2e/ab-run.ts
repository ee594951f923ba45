/** HUMO_BENCH_ONLY=ab HUMO_BENCH_AB=dirA,dirB[,...]: alternates "on" scroll runs of two (or more)
 * bench builds, each round preceded by one "off" run, and prints the content script's own
 * per-post breakdown per build with the renderer's CPU, layout and style time: a before/after
 * check of a change on a shared machine, where builds measured minutes apart cannot be compared.
 * Writes no results file. */
import os from 'node:os';
import { writeBenchFeed } from './feed';
import { scrollRun, secondHalf, type RunResult } from './scroll-run';
import { median } from './summary';

const KINDS = ['observer', 'judge', 'classify', 'present', 'send'] as const;

function perPost(run: RunResult): Record<string, number> {
  const c = run.content;
  const out: Record<string, number> = { total: c ? c.totalMs / run.postsShown : NaN };
  for (const k of KINDS) out[k] = c ? (c.tallies[k]?.ms ?? 0) / run.postsShown : NaN;
  out.judgeCalls = c ? c.tallies.judge.calls / run.postsShown : NaN;
  // Second half of the scroll, past most of V8's warm-up of our code (see summary.ts).
  const late = secondHalf(run);
  out.late = late.csPerPost;
  // Whole-run totals over the scroll, ms (the keys ending in Ms).
  out.threadMs = run.metrics.ThreadTime;
  out.layoutMs = run.metrics.LayoutDuration;
  out.styleMs = run.metrics.RecalcStyleDuration;
  out.lateThreadMs = late.threadMs;
  return out;
}

export async function abRun(dirs: string[], rounds: number, posts: number): Promise<void> {
  const feed = writeBenchFeed(posts);
  const byDir = new Map<string, Record<string, number>[]>(dirs.map((d) => [d, []]));
  const offThread: number[] = [];
  const offLate: number[] = [];
  for (let round = 1; round <= rounds; round++) {
    const off = await scrollRun(false, feed, dirs[0]!);
    offThread.push(off.metrics.ThreadTime);
    offLate.push(secondHalf(off).threadMs);
    console.log(`round ${round} off: ThreadTime ${off.metrics.ThreadTime.toFixed(0)} ms, load ${os.loadavg()[0]!.toFixed(2)}`);
    // Alternate the order each round so neither build always runs right after the "off" run.
    const order = round % 2 ? dirs : dirs.toReversed();
    for (const dir of order) {
      const row = perPost(await scrollRun(true, feed, dir));
      byDir.get(dir)!.push(row);
      const cells = Object.entries(row).map(([k, v]) => `${k} ${k.endsWith('Ms') ? v.toFixed(0) : v.toFixed(4)}`);
      console.log(`round ${round} ${dir}: ${cells.join(', ')}, load ${os.loadavg()[0]!.toFixed(2)}`);
    }
  }
  const offMedian = median(offThread);
  for (const [dir, rows] of byDir) {
    const keys = Object.keys(rows[0] ?? {});
    const summary = keys.map((k) => {
      const values = rows.map((r) => r[k]!);
      const fmt = (v: number): string => (k.endsWith('Ms') ? v.toFixed(0) : v.toFixed(4));
      return `${k} ${fmt(median(values))} [${fmt(Math.min(...values))}–${fmt(Math.max(...values))}]`;
    });
    const added = ((median(rows.map((r) => r.threadMs!)) - offMedian) / offMedian) * 100;
    const lateAdded = ((median(rows.map((r) => r.lateThreadMs!)) - median(offLate)) / median(offLate)) * 100;
    console.log(`\n${dir} (median [min–max] ms/post of ${rows.length}): ${summary.join(', ')}; ThreadTime vs off (${offMedian.toFixed(0)} ms): +${added.toFixed(1)}%, second half +${lateAdded.toFixed(1)}%`);
  }
}
