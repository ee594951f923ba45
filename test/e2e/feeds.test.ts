import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHumo, type HumoBrowser } from '../../demo/launch';
import { DEMO_SITES } from '../../demo/sites';
import { expectedKey, loadFeed } from '../../demo/truth';
import { FeedPage } from './pages/feed-page';
import { PopupPage } from './pages/popup-page';

/** The in-app link that swaps the feed without a page load, per demo feed. */
const ROUTE_LINK: Record<string, string> = {
  facebook: 'a[href="/?sk=h_chr"]',
  'linkedin-legacy': 'a[href^="/feed/foryou/"]',
  'linkedin-new': 'a[href^="/feed/foryou/"]',
};

/** Issue 4's acceptance per platform and DOM variant (X has its own file with more checks). */
describe.each(DEMO_SITES.filter((s) => s.variant !== 'x').map((s) => [s.variant, s] as const))('%s demo feed', (variant, site) => {
  const feed = loadFeed(variant);
  const byId = new Map(feed.posts.map((p) => [p.id, p]));
  const keyOf = (id: string): string => expectedKey(variant, byId.get(id)!);
  let humo: HumoBrowser;
  let page: FeedPage;
  const wrong: string[] = [];
  const verdicts = new Map<string, string>();

  beforeAll(async () => {
    humo = await launchHumo();
    page = new FeedPage(await humo.context.newPage(), site);
    await page.open();
  });
  afterAll(async () => humo?.close());

  it('gives every rendered post the verdict of the post it shows, to the end of the feed', async () => {
    const check = async (): Promise<void> => {
      for (const cell of await page.waitForVerdicts(keyOf)) {
        if (!cell.verdict || cell.key !== keyOf(cell.id)) wrong.push(`${cell.id}:${cell.key || 'none'}`);
        else verdicts.set(cell.id, cell.verdict);
      }
    };
    await check();
    await page.scrollToEnd(check, 900);
    expect(wrong).toEqual([]);
    expect(await page.isDone()).toBe(true);
    expect(new Set(verdicts.keys())).toEqual(new Set(await page.rendered()));
    expect(verdicts.size).toBe(feed.posts.length);
  });

  it('never marks a comment as a post', async () => {
    const marked = await page.page.evaluate(() =>
      [...document.querySelectorAll('[data-humo]')].filter((el) => el.parentElement?.closest('[data-humo]')).length,
    );
    expect(marked).toBe(0);
  });

  it('detects every platform ad (judged selling through the ad marker)', () => {
    const ads = feed.posts.filter((p) => p.ad);
    expect(ads.length).toBeGreaterThan(0);
    expect(ads.filter((p) => verdicts.get(p.id) !== 'promo').map((p) => p.id)).toEqual([]);
  });

  it('credits each post to its true author, counted exactly once', async () => {
    const expected = new Map<string, number>();
    for (const id of verdicts.keys()) {
      const author = byId.get(id)!.author.id;
      expected.set(author, (expected.get(author) ?? 0) + 1);
    }
    const popup = await PopupPage.open(humo);
    const total = feed.posts.length;
    let rows: { authorId: string; postsSeen: number }[] = [];
    for (let i = 0; i < 50; i++) {
      ({ rows } = await popup.leaderboard({ tab: 'value', platform: site.platform, query: '', offset: 0, limit: 500 }));
      if (rows.reduce((a, r) => a + r.postsSeen, 0) >= total) break;
      await popup.page.waitForTimeout(200);
    }
    expect(new Map(rows.map((r) => [r.authorId, r.postsSeen]))).toEqual(expected);
  });

  it('re-attaches after an SPA route change swaps the whole feed', async () => {
    const p = page.page;
    await p.evaluate(() => {
      scrollTo(0, 0);
      // Mark the old route's post elements: after the swap none of them may be what is shown.
      for (const c of (window as any).__humoDemo.current()) (c.cell ?? c.unit ?? c.el).setAttribute('data-test-old-route', '');
    });
    const before = await p.evaluate(() => location.pathname + location.search);
    await p.locator(ROUTE_LINK[variant]!).first().click();
    await p.waitForFunction((old) => location.pathname + location.search !== old, before);
    await p.waitForFunction(() => {
      const cells = (window as any).__humoDemo.current().map((c: any) => c.cell ?? c.unit ?? c.el);
      return cells.length >= 3 && cells.every((el: Element) => el.isConnected && !el.hasAttribute('data-test-old-route'));
    });
    const cells = await page.waitForVerdicts(keyOf);
    expect(cells.length).toBeGreaterThanOrEqual(3);
    for (const cell of cells) expect({ id: cell.id, key: cell.key, judged: Boolean(cell.verdict) }).toEqual({ id: cell.id, key: keyOf(cell.id), judged: true });
  });

  it('makes no request outside the routed demo URLs', () => {
    expect(humo.requests.blocked).toEqual([]);
  });
});
