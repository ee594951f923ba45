import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchHumo, type HumoBrowser } from '../../demo/launch';
import { DEMO_SITES } from '../../demo/sites';
import { FeedPage } from './pages/feed-page';
import { SettingsAccess } from './pages/settings-page';
import { pointInOurUi } from './pierce';

const site = DEMO_SITES.find((s) => s.variant === 'x')!;

/** Top of the first post in view that is not promo (it must stay put while sellers collapse). */
function anchorTop(page: Page): Promise<{ key: string; top: number } | null> {
  return page.evaluate(() => {
    for (const post of document.querySelectorAll('[data-humo="value"]')) {
      const rect = post.getBoundingClientRect();
      if (rect.top >= 60 && rect.bottom < innerHeight) return { key: post.getAttribute('data-humo-key')!, top: rect.top };
    }
    return null;
  });
}

const topOf = (page: Page, key: string) =>
  page.evaluate((k) => document.querySelector(`[data-humo-key="${k}"]`)!.getBoundingClientRect().top, key);

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
    expect(Math.abs((await topOf(page, anchor!.key)) - anchor!.top)).toBeLessThanOrEqual(2);
    expect(await collapsedCount(page)).toBe(await promoCount(page));
  });

  it('reveals one post in place with "show"', async () => {
    const page = feed.page;
    const key = await page.evaluate(() => document.querySelector('[data-humo-muted]')!.getAttribute('data-humo-key')!);
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
    const key = await page.evaluate(() => document.querySelector('[data-humo="promo"]')!.getAttribute('data-humo-key')!);
    const pill = await pointInOurUi(page, key, 'badge', /selling|vende/i);
    expect(pill).not.toBeNull();
    await page.mouse.click(pill!.x, pill!.y);
    const action = await pointInOurUi(page, key, 'badge', /always mute|silenciar siempre/i);
    expect(action).not.toBeNull();
    await page.mouse.click(action!.x, action!.y);
    await page.waitForFunction((k) => document.querySelector(`[data-humo-key="${k}"]`)?.hasAttribute('data-humo-muted'), key);
    const stored = await settings.read();
    expect(stored.alwaysMute.length).toBe(1);
    await page.reload();
    await page.waitForFunction((k) => document.querySelector(`[data-humo-key="${k}"]`)?.hasAttribute('data-humo-muted'), key, { timeout: 10_000 });
  });

  it('"always show" from the badge wins over mute-the-sellers', async () => {
    const page = feed.page;
    await settings.patch({ alwaysMute: [], neverMute: [], muteSellers: false });
    await page.waitForFunction(() => document.querySelectorAll('[data-humo-muted]').length === 0);
    const key = await page.evaluate(() => {
      const promo = [...document.querySelectorAll('[data-humo="promo"]')].find((p) => p.getBoundingClientRect().top > 0);
      return promo!.getAttribute('data-humo-key')!;
    });
    const pill = await pointInOurUi(page, key, 'badge', /selling|vende/i);
    await page.mouse.click(pill!.x, pill!.y);
    const action = await pointInOurUi(page, key, 'badge', /always show|mostrar siempre/i);
    await page.mouse.click(action!.x, action!.y);
    await page.waitForFunction(async () => true);
    await expect.poll(async () => (await settings.read()).neverMute.length).toBe(1);
    await settings.patch({ muteSellers: true });
    await page.waitForFunction(() => document.querySelectorAll('[data-humo-muted]').length > 0);
    expect(await page.evaluate((k) => document.querySelector(`[data-humo-key="${k}"]`)!.hasAttribute('data-humo-muted'), key)).toBe(false);
  });
});
