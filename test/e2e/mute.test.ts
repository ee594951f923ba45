import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchHumo, type HumoBrowser } from '../../demo/launch';
import { DEMO_SITES } from '../../demo/sites';
import { loadFeed } from '../../demo/truth';
import { FeedPage } from './pages/feed-page';
import { SettingsAccess } from './pages/settings-page';
import { openBadgeAction, pointInOurUi } from '../../demo/pierce';

const site = DEMO_SITES.find((s) => s.variant === 'x')!;
const feedPosts = new Map(loadFeed('x').posts.map((p) => [p.id, p]));

/** Top of the first post in view that is not promo (it must stay put while sellers collapse). */
function anchorTop(page: Page): Promise<{ key: string; top: number } | null> {
  return page.evaluate(() => {
    for (const post of document.querySelectorAll('[data-humo="value"]')) {
      const rect = post.getBoundingClientRect();
      if (rect.top >= 0 && rect.bottom < innerHeight) return { key: post.getAttribute('data-humo-key')!, top: rect.top };
    }
    return null;
  });
}

const topOf = (page: Page, key: string) =>
  page.evaluate((k) => document.querySelector(`[data-humo-key="${k}"]`)!.getBoundingClientRect().top, key);

/** Key of a post matching `selector` that sits in the viewport, where a reader can click it. */
const keyInView = (page: Page, selector: string, exclude: string[] = []) =>
  page.evaluate(
    ([sel, skip]) => {
      const post = [...document.querySelectorAll(sel as string)].find((p) => {
        const r = p.getBoundingClientRect();
        return r.top >= 40 && r.top < innerHeight - 250 && !(skip as string[]).includes(p.getAttribute('data-humo-key')!);
      });
      return post?.getAttribute('data-humo-key') ?? null;
    },
    [selector, exclude] as const,
  );
const touched: string[] = [];

const collapsedCount = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-humo-muted]').length);
const promoCount = (page: Page) => page.evaluate(() => document.querySelectorAll('[data-humo="promo"]').length);

describe('mute the sellers', () => {
  let humo: HumoBrowser;
  let feed: FeedPage;
  let settings: SettingsAccess;

  beforeAll(async () => {
    humo = await launchHumo();
    settings = await SettingsAccess.open(humo);
    feed = new FeedPage(await humo.context.newPage(), site);
    await feed.open();
    // Scroll until a promo post and a value post are both in view.
    for (let i = 0; i < 40; i++) {
      await feed.scrollBy(500);
      await feed.page.waitForTimeout(150);
      if ((await promoCount(feed.page)) > 1 && (await anchorTop(feed.page))) break;
    }
  });
  afterAll(async () => humo?.close());

  it('collapses promo posts live, keeping the post in view in place', async () => {
    const page = feed.page;
    const anchor = await anchorTop(page);
    expect(anchor).not.toBeNull();
    await settings.patch({ muteSellers: true });
    await page.waitForFunction(() => {
      const promo = document.querySelectorAll('[data-humo="promo"]');
      return promo.length > 0 && [...promo].every((p) => p.hasAttribute('data-humo-muted'));
    });
    await page.waitForTimeout(400); // let the page's virtualiser re-position its cells
    expect(Math.abs((await topOf(page, anchor!.key)) - anchor!.top)).toBeLessThanOrEqual(2);
    expect(await collapsedCount(page)).toBe(await promoCount(page));
  });

  it('reveals one post in place with "show"', async () => {
    const page = feed.page;
    const key = (await keyInView(page, '[data-humo-muted]'))!;
    expect(key).not.toBeNull();
    const point = await pointInOurUi(page, key, 'collapsed', /show|mostrar/i);
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.waitForFunction((k) => !document.querySelector(`[data-humo-key="${k}"]`)!.hasAttribute('data-humo-muted'), key);
  });

  it('restores every post when the toggle goes off', async () => {
    await settings.patch({ muteSellers: false });
    await feed.page.waitForFunction(() => document.querySelectorAll('[data-humo-muted]').length === 0);
    expect(await promoCount(feed.page)).toBeGreaterThan(0);
  });

  it('"always mute" from the badge takes effect at once and persists', async () => {
    const page = feed.page;
    const key = (await keyInView(page, '[data-humo="promo"]'))!;
    expect(key).not.toBeNull();
    touched.push(key);
    const action = await openBadgeAction(page, key, /always mute|silenciar siempre/i);
    expect(action).not.toBeNull();
    await page.mouse.click(action!.x, action!.y);
    await page.waitForFunction((k) => document.querySelector(`[data-humo-key="${k}"]`)?.hasAttribute('data-humo-muted'), key);
    const stored = await settings.read();
    expect(stored.alwaysMute.length).toBe(1);
    await page.reload();
    await page.waitForFunction((k) => document.querySelector(`[data-humo-key="${k}"]`)?.hasAttribute('data-humo-muted'), key, { timeout: 10_000 });
  });

  it('"always show" from the badge of a revealed post takes effect at once and persists', async () => {
    const page = feed.page;
    await settings.patch({ alwaysMute: [], neverMute: [], muteSellers: true });
    await page.waitForFunction(() => document.querySelectorAll('[data-humo-muted]').length > 0);
    await page.waitForTimeout(400); // let the virtualiser settle before reading positions
    const key = (await keyInView(page, '[data-humo-muted]', touched))!;
    expect(key).not.toBeNull();
    touched.push(key);
    const author = feedPosts.get(key)!.author.id;
    const show = await pointInOurUi(page, key, 'collapsed', /show|mostrar/i);
    expect(show).not.toBeNull();
    await page.mouse.click(show!.x, show!.y);
    await page.waitForFunction((k) => !document.querySelector(`[data-humo-key="${k}"]`)!.hasAttribute('data-humo-muted'), key);
    const action = await openBadgeAction(page, key, /always show|mostrar siempre/i);
    expect(action).not.toBeNull();
    await page.mouse.click(action!.x, action!.y);
    await expect.poll(async () => (await settings.read()).neverMute, { timeout: 5_000 }).toEqual([`x:${author}`]);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('[data-humo-muted]').length > 0, undefined, { timeout: 10_000 });
    const authorsCollapsed = await page.evaluate(() =>
      [...document.querySelectorAll('[data-humo-muted]')].map((p) => p.getAttribute('data-humo-key')),
    );
    expect(authorsCollapsed.map((k) => feedPosts.get(k!)?.author.id)).not.toContain(author);
  });

  it('a never-mute author is never collapsed, even with mute-the-sellers on', async () => {
    const page = feed.page;
    await settings.patch({ alwaysMute: [], neverMute: [], muteSellers: false });
    await page.waitForFunction(() => document.querySelectorAll('[data-humo-muted]').length === 0);
    const key = (await keyInView(page, '[data-humo="promo"]', touched))!;
    expect(key).not.toBeNull();
    const author = feedPosts.get(key)!.author.id;
    await settings.patch({ neverMute: [`x:${author}`], muteSellers: true });
    await page.waitForFunction(() => document.querySelectorAll('[data-humo-muted]').length > 0);
    expect(await page.evaluate((k) => document.querySelector(`[data-humo-key="${k}"]`)!.hasAttribute('data-humo-muted'), key)).toBe(false);
  });
});
