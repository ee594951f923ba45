/** The classifier inside Chromium, apart from the feed: why a post costs ~10 µs in Node and
 * several times that inside the content script. The same source is bundled for a plain page, the
 * JIT is warmed, then posts are classified in batches of BATCH two ways: back to back ("warm"),
 * and after a layout of a big DOM tree and a yield to the event loop before each batch, as the
 * feed's own rendering runs between two of our batches ("after layout"). */
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../demo/browser';
import { median } from './summary';

const BATCH = 4;
const BATCHES = 300;
const ROUNDS = 5;
/** Nodes laid out before each batch in the "after layout" runs. */
const LAYOUT_NODES = 1_500;

export interface ClassifyInPage {
  warmUsPerPost: number;
  afterLayoutUsPerPost: number;
  rounds: { warm: number[]; afterLayout: number[] };
}

/** The classifier as one script that defines globalThis.humoClassify. */
async function classifierScript(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: 'bench/e2e/classify-entry.ts', formats: ['iife'], name: 'humoBenchClassify', fileName: 'classify' },
    },
  });
  const result = Array.isArray(out) ? out[0] : out;
  if (!result || !('output' in result)) throw new Error('vite build returned no bundle');
  const chunk = result.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('vite build returned no chunk');
  return chunk.code;
}

/** In the page: µs per post over `batches` batches; with `layout`, before each batch a
 * 1,500-node tree is laid out again and the page yields to its event loop (as a feed renders
 * between two of our batches). The layout and the yield are not timed. */
const RUN = `(async ([texts, batches, batch, layout, offset]) => {
  const classify = globalThis.humoClassify;
  let tree = globalThis.humoTree;
  if (!tree) {
    tree = globalThis.humoTree = document.createElement('div');
    for (let i = 0; i < ${LAYOUT_NODES}; i++) { const d = document.createElement('div'); d.textContent = 'lorem ipsum ' + i; tree.appendChild(d); }
    document.body.appendChild(tree);
  }
  let total = 0, k = offset;
  for (let b = 0; b < batches; b++) {
    if (layout) {
      tree.style.width = (300 + (b % 50)) + 'px';
      tree.getBoundingClientRect();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    const start = performance.now();
    for (let j = 0; j < batch; j++) classify(texts[k++ % texts.length]);
    total += performance.now() - start;
  }
  return (total * 1000) / (batches * batch);
})`;

export async function classifyInPageRun(texts: readonly string[]): Promise<ClassifyInPage> {
  const script = await classifierScript();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: script });
    await page.evaluate((t) => ((globalThis as unknown as { humoTexts: readonly string[] }).humoTexts = t), texts);
    const run = (batches: number, layout: boolean, offset: number): Promise<number> =>
      page.evaluate(`${RUN}([globalThis.humoTexts, ${batches}, ${BATCH}, ${layout}, ${offset}])`) as Promise<number>;
    // Past V8's tiers: ~600 calls reach optimised code; 3,000 leave no doubt.
    for (let i = 0; i < 10; i++) await run(75, false, i * 300);
    const rounds = { warm: [] as number[], afterLayout: [] as number[] };
    for (let r = 0; r < ROUNDS; r++) {
      rounds.warm.push(await run(BATCHES, false, r * BATCHES * BATCH));
      rounds.afterLayout.push(await run(BATCHES, true, r * BATCHES * BATCH));
    }
    return { warmUsPerPost: median(rounds.warm), afterLayoutUsPerPost: median(rounds.afterLayout), rounds };
  } finally {
    await browser.close();
  }
}
