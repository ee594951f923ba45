import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchHumo, type HumoBrowser } from '../../demo/launch';
import { stopWorkers } from '../../demo/stop-worker';
import { buildExportFile, sendUi } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

/** Runs in the popup before its scripts: when the first row is in the DOM, whether a row ever
 * was, and when the background first answers a leaderboard question. */
function watchOpen(): void {
  const w = window as unknown as { humo: { rowAt?: number; answeredAt?: number; anyRow: boolean }; chrome: any };
  w.humo = { anyRow: false };
  const runtime = w.chrome.runtime;
  const send = runtime.sendMessage.bind(runtime);
  runtime.sendMessage = async (message: { type?: string }, ...rest: unknown[]) => {
    const reply = await send(message, ...rest);
    if (message?.type === 'ui:leaderboard') w.humo.answeredAt ??= performance.now();
    return reply;
  };
  new MutationObserver(() => {
    if (!document.querySelector('[data-testid="author-list"] > li')) return;
    w.humo.anyRow = true;
    w.humo.rowAt ??= performance.now();
  }).observe(document, { childList: true, subtree: true });
}

async function openWatched(humo: HumoBrowser): Promise<Page> {
  const page = await humo.context.newPage();
  await page.addInitScript(watchOpen);
  await page.goto(`chrome-extension://${humo.extensionId}/src/popup/index.html`);
  await page.waitForSelector('[data-testid="author-list"] > li, .empty');
  return page;
}

const watched = (page: Page) => page.evaluate(() => (window as any).humo as { rowAt?: number; answeredAt?: number; anyRow: boolean });

describe("the popup's first page while the service worker sleeps", () => {
  let humo: HumoBrowser;
  let popup: PopupPage;

  beforeAll(async () => {
    humo = await launchHumo();
    popup = await PopupPage.open(humo);
    await popup.seed(buildExportFile(120));
    // The background recomputes its cached first page a second after the last change.
    await popup.page.waitForTimeout(1_500);
  });
  afterAll(async () => humo?.close());

  it('draws the cached page before the background answers, then shows the fresh one', async () => {
    const cdp = await humo.context.newCDPSession(popup.page);
    await cdp.send('ServiceWorker.enable');
    await stopWorkers(cdp);
    const page = await openWatched(humo);
    await page.waitForFunction(() => (window as any).humo.answeredAt !== undefined);
    const seen = await watched(page);
    expect(seen.rowAt).toBeDefined();
    expect(seen.rowAt!).toBeLessThan(seen.answeredAt!);
    const fresh = await sendUi<{ rows: { authorId: string }[] }>(page, 'ui:leaderboard', { tab: 'value', platform: 'all', query: '', offset: 0, limit: 50 });
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="author-list"] > li').length === 50);
    const shown = await page.$$eval('[data-testid="author-list"] > li', (items) => items.map((li) => li.getAttribute('data-author')));
    expect(shown).toEqual(fresh.rows.map((r) => r.authorId));
    await page.close();
  });

  it('never shows a cleared author, not even for a moment', async () => {
    await sendUi(popup.page, 'ui:clear', { confirm: true });
    const page = await openWatched(humo);
    await page.waitForSelector('.empty');
    await page.waitForTimeout(300);
    expect((await watched(page)).anyRow).toBe(false);
    await page.close();
  });
});
