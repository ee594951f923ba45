import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { launchHumo, type HumoBrowser } from '../../demo/launch';
import { expectedKey, loadFeed } from '../../demo/truth';

/** On LinkedIn's /preload/ route the feed sits in a same-origin iframe, so the content script
 * must run in frames there (manifest `all_frames` for linkedin only). */
describe('LinkedIn /preload/ (feed inside an iframe)', () => {
  const feed = loadFeed('linkedin-new');
  const byId = new Map(feed.posts.map((p) => [p.id, p]));
  let humo: HumoBrowser;

  beforeAll(async () => {
    humo = await launchHumo();
  });
  afterAll(async () => humo?.close());

  it('judges the posts of the feed in the iframe', async () => {
    const page = await humo.context.newPage();
    await page.goto('https://www.linkedin.com/preload/');
    await page.waitForSelector('iframe');
    const frame = await (await page.$('iframe'))!.contentFrame() as Frame;
    await frame.waitForFunction(() => ((window as any).__humoDemo?.current?.().length ?? 0) >= 3);
    await frame.waitForFunction(() => {
      const cells = (window as any).__humoDemo.current().map((c: any) => c.el as Element);
      return cells.every((el: Element) => (el.hasAttribute('data-humo') ? el : el.querySelector('[data-humo]')));
    }, undefined, { timeout: 10_000 });
    const cells = await frame.evaluate(() =>
      (window as any).__humoDemo.current().map((c: any) => {
        const el = c.el as Element;
        const root = el.hasAttribute('data-humo') ? el : el.querySelector('[data-humo]');
        return { id: String(c.id), key: root?.getAttribute('data-humo-key') ?? '' };
      }),
    );
    expect(cells.length).toBeGreaterThanOrEqual(3);
    for (const cell of cells) expect(cell.key).toBe(expectedKey('linkedin-new', byId.get(cell.id)!));
    expect(humo.requests.blocked).toEqual([]);
  });
});
