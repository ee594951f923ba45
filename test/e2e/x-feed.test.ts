import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHumo, type HumoBrowser } from '../../demo/launch';
import { DEMO_SITES } from '../../demo/sites';
import { expectedKey, loadFeed } from '../../demo/truth';
import { FeedPage } from './pages/feed-page';
import { PopupPage } from './pages/popup-page';
import { focusOurUi, readBadges } from '../../demo/pierce';

const site = DEMO_SITES.find((s) => s.variant === 'x')!;
const feed = loadFeed('x');
const following = loadFeed('x', 'following.json');
const byId = new Map([...feed.posts, ...following.posts].map((p) => [p.id, p]));
const keyOf = (id: string): string => expectedKey('x', byId.get(id)!);

describe('X demo feed in real Chromium', () => {
  let humo: HumoBrowser;
  let feedPage: FeedPage;
  const missing: string[] = [];
  const seenVerdicts = new Map<string, string>();

  beforeAll(async () => {
    humo = await launchHumo();
    feedPage = new FeedPage(await humo.context.newPage(), site);
    await feedPage.open();
  });
  afterAll(async () => humo?.close());

  it('loads the extension', () => {
    expect(humo.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('marks every rendered post with the verdict of the post it shows now, to the end of the feed', async () => {
    const check = async (): Promise<void> => {
      for (const cell of await feedPage.waitForVerdicts(keyOf)) {
        if (!cell.verdict || cell.key !== keyOf(cell.id)) missing.push(`${cell.id}:${cell.key || 'none'}`);
        else seenVerdicts.set(cell.id, cell.verdict);
      }
    };
    await check();
    await feedPage.scrollToEnd(check);
    const rendered = await feedPage.rendered();
    expect(missing).toEqual([]);
    expect(rendered.length).toBe(feed.posts.length);
    expect(new Set(seenVerdicts.keys())).toEqual(new Set(rendered));
    // The page recycled cell nodes, so the check above covered re-judged recycled cells.
    expect(await feedPage.reused()).toBeGreaterThan(50);
    expect([...seenVerdicts.values()].filter((v) => v === 'promo').length).toBeGreaterThan(20);
  });

  it('shows the badge only on promo posts, inside a closed shadow root', async () => {
    const page = feedPage.page;
    const counts = await page.evaluate(() => {
      const posts = [...document.querySelectorAll('[data-humo]')];
      const withBadge = (p: Element) => Boolean(p.querySelector('[data-humo-ui="badge"]'));
      return {
        promo: posts.filter((p) => p.getAttribute('data-humo') === 'promo').length,
        promoBadged: posts.filter((p) => p.getAttribute('data-humo') === 'promo' && withBadge(p)).length,
        valueBadged: posts.filter((p) => p.getAttribute('data-humo') === 'value' && withBadge(p)).length,
        openRoots: [...document.querySelectorAll('[data-humo-ui]')].filter((h) => h.shadowRoot).length,
      };
    });
    expect(counts.promo).toBeGreaterThan(0);
    expect(counts.promoBadged).toBe(counts.promo);
    expect(counts.valueBadged).toBe(0);
    expect(counts.openRoots).toBe(0);
    const badges = await readBadges(page);
    expect(badges.length).toBe(counts.promo);
    for (const badge of badges) {
      expect(badge.rootType).toBe('closed');
      expect(badge.tags).toContain('button');
      // The pill's accessible name says why, in the browser's language (the demo runs in English).
      expect(badge.labels[0]).toMatch(/^Humo: selling — \S.*/);
    }
    // Each names its own reasons: posts that sell differently are labelled differently.
    expect(new Set(badges.map((b) => b.labels[0])).size).toBeGreaterThan(1);
  });

  it('never parses page text as HTML', async () => {
    const page = feedPage.page;
    const hostile = '<img src=x onerror="window.__pwned=1"><b>DM me</b> for my course, link in bio 👉 gumroad.com/l/x';
    // A post judged "value" until now: its flip to "promo" shows the new text was judged (the
    // attribute it already had would prove nothing).
    const id = await page.evaluate((text) => {
      const article = document.querySelector('article[data-testid="tweet"][data-humo="value"] [data-testid="tweetText"]');
      article!.textContent = text;
      return article!.closest('article')!.getAttribute('data-humo-key');
    }, hostile);
    await page.waitForFunction((key) => document.querySelector(`[data-humo-key="${key}"]`)?.getAttribute('data-humo') === 'promo', id);
    // The "why" panel is built when a reader first opens it: open this post's, as a keyboard would.
    expect(await focusOurUi(page, id!, 'badge', /selling|vende/i), 'the hostile post has a badge').toBe(true);
    const badges = await readBadges(page);
    expect(badges.some((b) => b.text.includes('“DM me”')), 'the matched phrase is quoted as text').toBe(true);
    for (const badge of badges) {
      expect(badge.tags).not.toContain('img');
      expect(badge.tags).not.toContain('b');
    }
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    await page.keyboard.press('Escape');
  });

  it('re-attaches after an SPA route change to the Following timeline', async () => {
    const page = feedPage.page;
    await page.evaluate(() => scrollTo(0, 0));
    await page.getByRole('tab', { name: /following/i }).click();
    await page.waitForFunction(() => location.search.includes('following') || location.pathname.includes('following'));
    await page.waitForFunction(
      (ids) => (window as any).__humoDemo.current().some((c: any) => ids.includes(String(c.id))),
      following.posts.map((p) => p.id),
    );
    const cells = await feedPage.waitForVerdicts(keyOf);
    expect(cells.length).toBeGreaterThan(3);
    for (const cell of cells) expect(cell.key).toBe(keyOf(cell.id));
  });

  it('counts each author in the popup exactly as the posts shown', async () => {
    const shown = new Set(await feedPage.rendered());
    const expected = new Map<string, number>();
    for (const id of shown) {
      const author = byId.get(id)!.author.id;
      expected.set(author, (expected.get(author) ?? 0) + 1);
    }
    const popup = await PopupPage.open(humo);
    const total = [...expected.values()].reduce((a, b) => a + b, 0);
    let rows: { authorId: string; postsSeen: number }[] = [];
    for (let i = 0; i < 50; i++) {
      ({ rows } = await popup.leaderboard({ tab: 'value', platform: 'x', query: '', offset: 0, limit: 500 }));
      if (rows.reduce((a, r) => a + r.postsSeen, 0) >= total) break;
      await popup.page.waitForTimeout(200);
    }
    const actual = new Map(rows.map((r) => [r.authorId, r.postsSeen]));
    for (const [author, count] of expected) expect(actual.get(author), author).toBe(count);
    await popup.reload();
    const listed = await popup.rows();
    expect(listed.length).toBeGreaterThan(0);
    for (const row of listed) if (expected.has(row.authorId)) expect(row.posts).toBe(expected.get(row.authorId));
  });

  it('makes no request outside the routed demo URLs', () => {
    expect(humo.requests.blocked).toEqual([]);
    expect(humo.requests.served.length).toBeGreaterThan(0);
  });
});
