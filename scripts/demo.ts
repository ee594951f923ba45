/** `npm start`: Chromium with the built extension on the bundled demo feeds, served at the real
 * URLs. With a display, a window to scroll by hand; without one, a headless tour that scrolls
 * each feed, saves screenshots to demo-output/ and prints a summary. */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchHumo, type HumoBrowser } from '../demo/launch';
import { DEMO_SITES, type DemoSite } from '../demo/sites';
import type { AuthorRow, LeaderboardTab } from '../src/shared/messages';
import { badgeScreenshot } from './badge-screenshot';
import { captureUiScreenshots } from './ui-screenshots';

const OUT = 'demo-output';
const sites = DEMO_SITES.filter((s) => existsSync(join('demo', s.variant, 'index.html')));

async function interactive(): Promise<void> {
  const humo = await launchHumo({ headless: false });
  for (const site of sites) await (await humo.context.newPage()).goto(site.startUrl);
  await humo.openExtensionPage('src/popup/index.html');
  console.log('Humo is loaded in the Chromium window. Scroll the feeds; close the window to finish.');
  await new Promise<void>((done) => humo.context.on('close', () => done()));
}

interface TourResult {
  variant: string;
  judged: number;
  promo: number;
}

/** Scrolls one feed to its end the way a reader would, collecting what Humo marked. */
async function tour(humo: HumoBrowser, site: DemoSite, suffix = ''): Promise<TourResult> {
  const page = await humo.context.newPage();
  await page.goto(site.startUrl);
  await page.waitForFunction(() => Boolean((window as any).__humoDemo?.current?.().length));
  const verdicts = new Map<string, string>();
  const collect = async (): Promise<void> => {
    const marked = await page.$$eval('[data-humo]', (els) => els.map((e) => [e.getAttribute('data-humo-key') ?? '', e.getAttribute('data-humo') ?? ''] as [string, string]));
    for (const [key, verdict] of marked) verdicts.set(key, verdict);
  };
  await page.waitForTimeout(400);
  await collect();
  await page.screenshot({ path: join(OUT, `${site.variant}${suffix}.png`) });
  if (site.variant === 'x') await badgeScreenshot(page, join(OUT, `x-badge${suffix}.png`));
  for (let step = 0; step < 800; step++) {
    await page.mouse.wheel(0, 800);
    await page.waitForTimeout(40);
    await collect();
    const done = await page.evaluate(() => (window as any).__humoDemo.done && innerHeight + scrollY >= document.documentElement.scrollHeight - 4);
    if (done) break;
  }
  await page.waitForTimeout(300);
  await collect();
  await page.close();
  const promo = [...verdicts.values()].filter((v) => v === 'promo').length;
  return { variant: site.variant, judged: verdicts.size, promo };
}

async function leaderboard(humo: HumoBrowser, tab: LeaderboardTab): Promise<AuthorRow[]> {
  const page = await humo.openExtensionPage('src/popup/index.html');
  const rows = await page.evaluate(async (t) => {
    const reply = await (globalThis as any).chrome.runtime.sendMessage({ type: 'ui:leaderboard', payload: { tab: t, platform: 'all', query: '', offset: 0, limit: 5 } });
    return reply?.ok ? reply.data.rows : [];
  }, tab);
  await page.close();
  return rows as AuthorRow[];
}

async function headless(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const humo = await launchHumo();
  try {
    const results: TourResult[] = [];
    for (const site of sites) results.push(await tour(humo, site));
    await new Promise((r) => setTimeout(r, 800)); // let the last batch reach the store
    const popup = await humo.openExtensionPage('src/popup/index.html');
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.waitForTimeout(500);
    await popup.screenshot({ path: join(OUT, 'popup.png') });
    console.log('\nHumo demo — what it judged while scrolling each feed to its end\n');
    console.table(results.map((r) => ({ feed: r.variant, 'posts judged': r.judged, selling: r.promo, 'promo share': `${Math.round((100 * r.promo) / Math.max(1, r.judged))}%` })));
    const show = (rows: AuthorRow[]) => rows.map((r) => ({ author: r.displayName, id: r.authorId, platform: r.platform, posts: r.postsSeen, 'promo share': `${Math.round(r.promoShare * 100)}%`, score: r.valueScore.toFixed(2) }));
    console.log('Top value-adders');
    console.table(show(await leaderboard(humo, 'value')));
    console.log('Top sellers');
    console.table(show(await leaderboard(humo, 'sells')));
    await mutedScreenshot(humo);
    await captureUiScreenshots(humo, OUT);
    await captureUiScreenshots(humo, OUT, { colorScheme: 'dark' });
    console.log(`Requests outside the demo routes: ${humo.requests.blocked.length}`);
  } finally {
    await humo.close();
  }
  await spanishScreenshots();
  console.log(`Screenshots in ${OUT}/.`);
}

/** The X feed with "mute the sellers" on: sellers' posts collapsed to one line. */
async function mutedScreenshot(humo: HumoBrowser, suffix = ''): Promise<void> {
  const setMute = async (on: boolean) => {
    const page = await humo.openExtensionPage('icons/humo-16.png');
    await page.evaluate(async (value) => {
      const chrome = (globalThis as any).chrome;
      const current = (await chrome.storage.sync.get('settings')).settings ?? {};
      await chrome.storage.sync.set({ settings: { ...current, muteSellers: value } });
    }, on);
    await page.close();
  };
  const feed = await humo.context.newPage();
  await feed.goto('https://x.com/home');
  await feed.waitForTimeout(800);
  await setMute(true);
  await feed.waitForTimeout(600);
  await feed.screenshot({ path: join(OUT, `x-muted${suffix}.png`) });
  await setMute(false);
  await feed.close();
}

/** The same tour in a Spanish browser, for the UI in Spanish. */
async function spanishScreenshots(): Promise<void> {
  const humo = await launchHumo({ locale: 'es' });
  try {
    const x = sites.find((s) => s.variant === 'x');
    if (x) await tour(humo, x, '.es');
    await mutedScreenshot(humo, '.es');
    await captureUiScreenshots(humo, OUT);
  } finally {
    await humo.close();
  }
}

await (process.env.DISPLAY ? interactive() : headless());
