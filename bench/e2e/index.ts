/** npm run bench:e2e: the extension in real Chromium (issue #9). Prints numbers next to their
 * targets and writes bench-results/latest-e2e.json; it never fails on time (not part of npm test).
 *
 * Runs, all in this process: ROUNDS × (extension off, then on), each a fresh headless Chromium
 * scrolling a 2,000-post X demo feed to its end; then one Chromium that fills the real store in
 * the service worker and opens the popup over 10,000 authors. The "on" runs load dist-bench/
 * (`vite build --mode bench`, the normal build plus two probes); sizes and the no-leak check
 * read the normal dist/.
 *
 * HUMO_BENCH_ONLY=popup skips all that and times only popup opens over 10,000 authors
 * (popup-run.ts): a quick before/after check; it writes no results file. HUMO_BENCH_ONLY=ab
 * alternates the scroll runs of two bench builds named in HUMO_BENCH_AB (ab-run.ts).
 * HUMO_BENCH_ONLY=store runs the store part alone (no scroll rounds); HUMO_BENCH_ONLY=classify
 * only times the classifier in a plain Chromium page (classify-run.ts). */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentScriptBytes, filesWithBenchHooks } from './bundle';
import { benchPosts, writeBenchFeed } from './feed';
import { scrollRun, STEP_PX, STEP_WAIT_MS, type RunResult } from './scroll-run';
import { popupRun } from './popup-run';
import { abRun } from './ab-run';
import { storeRun } from './store-run';
import { classifyInPageRun } from './classify-run';
import { classifyInPageRow, summarise } from './summary';
import { dataDir, hasData, loadDev, loadWritten } from '../../scripts/lib/data';
import { CHROMIUM_PATH } from '../../demo/browser';

const POSTS = 2_000;
const ROUNDS = Number(process.env.HUMO_BENCH_ROUNDS ?? 3);
/** HUMO_BENCH_DIST: another bench build, e.g. one kept from before a change, to alternate runs. */
const BENCH_DIST = process.env.HUMO_BENCH_DIST ?? 'dist-bench';
const NORMAL_DIST = 'dist';
const ONLY = process.env.HUMO_BENCH_ONLY;

async function main(): Promise<void> {
  const needed = ONLY === 'ab' ? abDirs() : ONLY === 'classify' ? [] : [BENCH_DIST, NORMAL_DIST];
  for (const dir of needed) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no build in ${dir}/: run "npm run bench:e2e" (it builds both)`);
  }
  const cpu = `${os.cpus()[0]?.model ?? 'unknown'} (${os.cpus().length} threads)`;
  const browserVersion = execFileSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  console.log(`CPU: ${cpu}, ${browserVersion} (headless), Node ${process.version}`);
  if (ONLY === 'popup') return void (await popupOnly());
  if (ONLY === 'ab') return void (await abOnly());
  if (ONLY === 'classify') return void console.table([classifyInPageRow(await classifyInPage())]);
  if (ONLY && ONLY !== 'store') throw new Error(`HUMO_BENCH_ONLY=${ONLY}: the parts that run alone are "popup", "ab", "store" and "classify"`);
  const rounds = ONLY === 'store' ? 0 : ROUNDS;
  console.log(`${rounds} rounds of off/on, ${POSTS} posts each, wheel ${STEP_PX} px every ${STEP_WAIT_MS} ms to the end\n`);

  // Other processes on the machine stretch wall-clock numbers: say how busy it was.
  const loadBefore = os.loadavg()[0]!;
  const feed = writeBenchFeed(POSTS);
  const runs: RunResult[] = [];
  for (let round = 1; round <= rounds; round++) {
    for (const extension of [false, true]) {
      const run = await scrollRun(extension, feed, BENCH_DIST);
      runs.push(run);
      const cs = run.content ? `, content script ${run.content.totalMs.toFixed(0)} ms` : '';
      console.log(
        `round ${round} ${extension ? 'on ' : 'off'}: ${run.postsShown} posts in ${(run.scrollMs / 1000).toFixed(1)} s, ` +
          `main thread ${run.metrics.TaskDuration.toFixed(0)} ms, long tasks ${run.longTasks.length}${cs}`,
      );
    }
  }
  const store = await storeRun(BENCH_DIST);
  const inPage = ONLY === 'store' ? null : await classifyInPage();
  const bundle = contentScriptBytes(NORMAL_DIST);
  const leaks = filesWithBenchHooks(NORMAL_DIST);
  const { rows, extras } = summarise(runs, store, bundle.bytes, leaks, inPage);
  const load = `load average (1 min) ${loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after, on ${os.cpus().length} threads`;

  console.log('');
  console.table(rows);
  console.log(extras);
  console.log(load);

  // Kept out of git (bench-results/ is ignored): compare runs by hand.
  mkdirSync('bench-results', { recursive: true });
  const record = {
    at: new Date().toISOString(),
    cpu,
    chromium: browserVersion,
    node: process.version,
    load,
    posts: POSTS,
    rounds,
    scroll: { stepPx: STEP_PX, waitMs: STEP_WAIT_MS },
    summary: rows,
    extras,
    bundle,
    store,
    classifyInPage: inPage,
    runs,
  };
  writeFileSync('bench-results/latest-e2e.json', `${JSON.stringify(record, null, 2)}\n`);
  console.log('\nwrote bench-results/latest-e2e.json');
}

/** The classifier in a plain page over the feed-like corpora (posts-dev and data/written), or
 * the demo feed's texts when ../shared/data is absent. */
function classifyInPage(): ReturnType<typeof classifyInPageRun> {
  const texts = hasData() ? [...loadDev(), ...loadWritten()].map((e) => e.text) : benchPosts(200).map((p) => p.text);
  console.log(`classifier in a page: ${texts.length} texts from ${hasData() ? `${dataDir()} and data/written/` : 'the demo feed'}`);
  return classifyInPageRun(texts);
}

/** HUMO_BENCH_AB=dirA,dirB: the bench builds HUMO_BENCH_ONLY=ab alternates. */
function abDirs(): string[] {
  const dirs = (process.env.HUMO_BENCH_AB ?? '').split(',').filter(Boolean);
  if (dirs.length === 0) throw new Error('HUMO_BENCH_AB=dirA,dirB names the bench builds to alternate');
  return dirs;
}

async function abOnly(): Promise<void> {
  const loadBefore = os.loadavg()[0]!;
  await abRun(abDirs(), ROUNDS, POSTS);
  console.log(`load average (1 min) ${loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after, on ${os.cpus().length} threads`);
}

async function popupOnly(): Promise<void> {
  const loadBefore = os.loadavg()[0]!;
  await popupRun(BENCH_DIST);
  console.log(`load average (1 min) ${loadBefore.toFixed(1)} before, ${os.loadavg()[0]!.toFixed(1)} after, on ${os.cpus().length} threads`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
