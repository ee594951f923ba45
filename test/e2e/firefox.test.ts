import { existsSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SITES } from '../../demo/sites';
import { expectedKey, loadFeed } from '../../demo/truth';
import { GECKO_ID } from '../../build/manifest';
import { FIREFOX_PATH, launchFirefoxHumo, type FirefoxHumo } from './firefox-browser';

const site = DEMO_SITES.find((s) => s.variant === 'x')!;
const feed = loadFeed('x');
const byId = new Map(feed.posts.map((p) => [p.id, p]));
const keyOf = (id: string): string => expectedKey('x', byId.get(id)!);

const hasFirefox = existsSync(FIREFOX_PATH);
const skipReason = `no Firefox at ${FIREFOX_PATH} (apt-get install -y firefox-esr, or set HUMO_FIREFOX)`;
// Reporters list a skipped file without its suite title, so say why where it shows.
if (!hasFirefox) console.warn(`firefox.test.ts skipped: ${skipReason}`);
const title = hasFirefox ? 'Firefox build (dist-firefox/) in Firefox ESR' : `Firefox build — SKIPPED: ${skipReason}`;

interface Cell {
  id: string;
  verdict: string;
  key: string;
}

/** What each live demo cell shows and what Humo marked on it (same reading as FeedPage.cells). */
function cells(page: Page): Promise<Cell[]> {
  return page.evaluate(() =>
    (window as any).__humoDemo.current().map((entry: any) => {
      const el: Element = entry.cell ?? entry.unit ?? entry.el;
      const root = el.hasAttribute('data-humo') ? el : el.querySelector('[data-humo]');
      return { id: String(entry.id), verdict: root?.getAttribute('data-humo') ?? '', key: root?.getAttribute('data-humo-key') ?? '' };
    }),
  );
}

async function settledCells(page: Page, timeout = 5_000): Promise<Cell[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const now = await cells(page);
    if (now.every((c) => c.verdict && c.key === keyOf(c.id)) || Date.now() > deadline) return now;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe.skipIf(!hasFirefox)(title, () => {
  let humo: FirefoxHumo;
  let page: Page;
  const seen = new Map<string, string>();
  const wrong: string[] = [];

  beforeAll(async () => {
    humo = await launchFirefoxHumo();
    page = await humo.newPage();
    await page.goto(site.startUrl);
    await page.waitForFunction(() => Boolean((window as any).__humoDemo?.current?.().length));
  });
  afterAll(async () => humo?.close());

  it('runs Firefox with the add-on installed under its gecko id', async () => {
    expect(await humo.browser.version()).toMatch(/^firefox\//i);
    const extPage = await humo.openExtensionPage('src/popup/index.html');
    const info = await extPage.evaluate(() => {
      const runtime = (globalThis as any).browser.runtime;
      return { id: runtime.id, manifest: runtime.getManifest() };
    });
    expect(info.id).toBe(GECKO_ID);
    expect(info.manifest.background.scripts).toHaveLength(1);
    await extPage.close();
  });

  it('marks every rendered post with its verdict, to the end of the feed', async () => {
    const check = async (): Promise<void> => {
      for (const cell of await settledCells(page)) {
        if (!cell.verdict || cell.key !== keyOf(cell.id)) wrong.push(`${cell.id}:${cell.key || 'none'}`);
        else seen.set(cell.id, cell.verdict);
      }
    };
    await check();
    // Wheel events go to the front tab, where the pointer is: over the feed, as a reader's would.
    await page.bringToFront();
    await page.mouse.move(550, 450);
    for (let step = 0; step < 600; step++) {
      await page.mouse.wheel({ deltaY: 700 });
      await new Promise((r) => setTimeout(r, 60));
      await check();
      const end = await page.evaluate(() => (window as any).__humoDemo.done && innerHeight + scrollY >= document.documentElement.scrollHeight - 4);
      if (end) break;
    }
    const rendered: string[] = await page.evaluate(() => [...(window as any).__humoDemo.rendered].map(String));
    expect(wrong).toEqual([]);
    expect(rendered.length).toBe(feed.posts.length);
    expect(new Set(seen.keys())).toEqual(new Set(rendered));
    expect([...seen.values()].filter((v) => v === 'promo').length).toBeGreaterThan(20);
  });

  it('the event page stored each shown post exactly once (read back from an extension page)', async () => {
    const expected = new Map<string, number>();
    for (const id of seen.keys()) {
      const author = byId.get(id)!.author.id;
      expected.set(author, (expected.get(author) ?? 0) + 1);
    }
    const total = seen.size;
    const popup = await humo.openExtensionPage('src/popup/index.html');
    let rows: { authorId: string; postsSeen: number }[] = [];
    for (let i = 0; i < 50; i++) {
      rows = await popup.evaluate(async () => {
        const reply = await (globalThis as any).browser.runtime.sendMessage({
          type: 'ui:leaderboard',
          payload: { tab: 'value', platform: 'x', query: '', offset: 0, limit: 500 },
        });
        if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
        return reply.data.rows;
      });
      if (rows.reduce((a, r) => a + r.postsSeen, 0) >= total) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const actual = new Map(rows.map((r) => [r.authorId, r.postsSeen]));
    for (const [author, count] of expected) expect(actual.get(author), author).toBe(count);
    // The popup drew its first page in Firefox too (early.js, the native `browser` namespace).
    await popup.waitForSelector('[data-testid="author-list"] > li', { timeout: 10_000 });
    await popup.close();
  });

  it('makes no request outside the routed demo URLs', () => {
    expect(humo.requests.blocked).toEqual([]);
    expect(humo.requests.served.length).toBeGreaterThan(0);
  });
});
