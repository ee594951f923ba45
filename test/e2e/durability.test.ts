import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHumo, type HumoBrowser } from '../../demo/launch';
import { stopWorkers } from '../../demo/stop-worker';
import { DEMO_SITES } from '../../demo/sites';
import { loadFeed } from '../../demo/truth';
import { FeedPage } from './pages/feed-page';
import { PopupPage } from './pages/popup-page';

const site = DEMO_SITES.find((s) => s.variant === 'x')!;
const feed = loadFeed('x');
const byId = new Map(feed.posts.map((p) => [p.id, p]));

describe('exactly-once counts in real Chromium', () => {
  let humo: HumoBrowser;
  let page: FeedPage;

  beforeAll(async () => {
    humo = await launchHumo();
    page = new FeedPage(await humo.context.newPage(), site);
    await page.open();
  });
  afterAll(async () => humo?.close());

  it('counts every distinct post once while scrolling down and up twice and the worker is killed repeatedly', async () => {
    const cdp = await humo.context.newCDPSession(page.page);
    await cdp.send('ServiceWorker.enable');
    let kills = 0;
    const maybeKill = async (n: number): Promise<void> => {
      if (n % 7 === 3) {
        await stopWorkers(cdp);
        kills++;
      }
    };
    for (let round = 0; round < 2; round++) {
      await page.scrollToEnd(maybeKill);
      await page.scrollToTop(maybeKill);
    }
    expect(kills).toBeGreaterThan(5);
    const expected = new Map<string, number>();
    for (const id of await page.rendered()) {
      const author = byId.get(id)!.author.id;
      expected.set(author, (expected.get(author) ?? 0) + 1);
    }
    // Opening the popup wakes the worker; the content script's outbox retries what failed.
    const popup = await PopupPage.open(humo);
    let rows: { authorId: string; postsSeen: number }[] = [];
    for (let i = 0; i < 100; i++) {
      ({ rows } = await popup.leaderboard({ tab: 'value', platform: 'x', query: '', offset: 0, limit: 500 }));
      if (rows.reduce((a, r) => a + r.postsSeen, 0) >= feed.posts.length) break;
      await popup.page.waitForTimeout(200);
    }
    expect(new Map(rows.map((r) => [r.authorId, r.postsSeen]))).toEqual(expected);
  });

  it('refuses a message sent by a page script', async () => {
    // A page cannot reach our runtime at all without externally_connectable; prove it.
    const result = await page.page.evaluate(async (extensionId) => {
      const runtime = (globalThis as any).chrome?.runtime;
      if (!runtime?.sendMessage) return 'no runtime messaging for pages';
      try {
        await runtime.sendMessage(extensionId, { type: 'cs:posts-judged', payload: { posts: [] } });
        return 'sent';
      } catch (error) {
        return `refused: ${String(error)}`;
      }
    }, humo.extensionId);
    expect(result).not.toBe('sent');
  });
});
