import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchHumo, type HumoBrowser } from '../../demo/launch';
import { axeSerious, buildExportFile } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

const AUTHORS = 10_000;

describe('popup in real Chromium', () => {
  let humo: HumoBrowser;
  let popup: PopupPage;

  beforeAll(async () => {
    humo = await launchHumo({ distDir: process.env.HUMO_DIST });
    popup = await PopupPage.open(humo);
    await popup.popupSize();
  });
  afterAll(async () => humo?.close());

  it('explains what will appear when nothing was seen yet', async () => {
    const empty = await popup.page.locator('.empty').innerText();
    expect(empty).toMatch(/X, Facebook or LinkedIn/);
    expect(await popup.page.locator('.glance').innerText()).toMatch(/Nothing seen yet/);
    expect(await popup.page.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it('has no serious accessibility violations when empty, light and dark', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme: scheme });
      expect(await axeSerious(popup.page), scheme).toEqual([]);
    }
    await popup.page.emulateMedia({ colorScheme: 'light' });
  });

  it(`opens quickly with ${AUTHORS} authors and pages through them`, async () => {
    const counts = await popup.seed(buildExportFile(AUTHORS));
    expect(counts.authors).toBe(AUTHORS);
    await popup.page.reload({ waitUntil: 'commit' });
    // Time from navigation start to the first page of rows on screen, measured in the page.
    const shownAt = await (
      await popup.page.waitForFunction(() => document.querySelector('[data-testid="author-list"] > li') && performance.now(), undefined, { polling: 'raf' })
    ).jsonValue();
    console.log(`[popup] ${AUTHORS} authors: first rows on screen ${Math.round(Number(shownAt))} ms after navigation start`);
    // The budget is 150 ms on a desktop; a loaded two-core CI box gets headroom.
    expect(Number(shownAt)).toBeLessThan(1_000);
    await popup.listDrawn();
    expect(await popup.rows()).toHaveLength(50);
    expect(await popup.shownCount()).toBe('50 of 10,000');
    await popup.showMore();
    expect(await popup.rows()).toHaveLength(100);
    const ids = (await popup.rows()).map((r) => `${r.platform}:${r.authorId}`);
    expect(new Set(ids).size).toBe(100);
  });

  it('asks for the first page once on open, and the list stays put when the chart arrives', async () => {
    const page = await humo.context.newPage();
    await page.setViewportSize({ width: 380, height: 600 });
    // Before any popup script: count leaderboard questions, note where the list is at each change.
    await page.addInitScript(() => {
      const w = window as unknown as { humoAsked: number; humoTops: number[]; chrome: any };
      w.humoAsked = 0;
      w.humoTops = [];
      const runtime = w.chrome.runtime;
      const send = runtime.sendMessage.bind(runtime);
      runtime.sendMessage = (message: { type?: string }, ...rest: unknown[]) => {
        if (message?.type === 'ui:leaderboard') w.humoAsked++;
        return send(message, ...rest);
      };
      new MutationObserver(() => {
        const list = document.querySelector('[data-testid="author-list"]');
        if (list) w.humoTops.push(Math.round(list.getBoundingClientRect().top));
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    await page.goto(`chrome-extension://${humo.extensionId}/src/popup/index.html`);
    await page.locator('.chart rect.bar').first().waitFor();
    await page.waitForTimeout(200);
    const { asked, tops } = await page.evaluate(() => ({ asked: (window as any).humoAsked, tops: (window as any).humoTops as number[] }));
    await page.close();
    expect(asked).toBe(1);
    expect(tops.length).toBeGreaterThan(1);
    expect(new Set(tops)).toEqual(new Set([tops[0]]));
  });

  it('draws the last 30 days and reads a day out on focus', async () => {
    const page = popup.page;
    expect(await page.locator('.chart rect.bar').count()).toBe(30);
    expect(await page.locator('[data-testid="today-share"]').innerText()).toMatch(/^\d+%$/);
    await page.focus('.chart');
    const today = await page.locator('#chart-readout').innerText();
    expect(today).toMatch(/of \d+ posts selling/);
    await page.keyboard.press('ArrowLeft');
    const yesterday = await page.locator('#chart-readout').innerText();
    expect(yesterday).not.toBe(today);
    expect(await page.locator('.chart rect.bar').nth(28).locator('title').textContent()).toBe(yesterday);
  });

  it('ranks the two tabs differently and switches them with the arrow keys', async () => {
    const page = popup.page;
    const valueTop = await popup.leaderboard({ tab: 'value', platform: 'all', query: '', offset: 0, limit: 5 });
    const sellsTop = await popup.leaderboard({ tab: 'sells', platform: 'all', query: '', offset: 0, limit: 5 });
    expect((await popup.rows())[0]!.authorId).toBe(valueTop.rows[0]!.authorId);
    await page.focus('#tab-value');
    await page.keyboard.press('ArrowRight');
    expect(await popup.selectedTab()).toBe('tab-sells');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-sells');
    await popup.settled();
    await page.waitForFunction((id) => document.querySelector('[data-testid="author-list"] > li')?.getAttribute('data-author') === id, sellsTop.rows[0]!.authorId);
    expect(await popup.rows()).toHaveLength(50); // a new tab starts again with one page
    await page.keyboard.press('ArrowLeft');
    expect(await popup.selectedTab()).toBe('tab-value');
  });

  it('filters by platform and searches by name or handle', async () => {
    await popup.filterPlatform('linkedin');
    const rows = await popup.rows();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.platform === 'linkedin')).toBe(true);
    await popup.filterPlatform('all');
    await popup.search('sofiagarcia');
    let found = await popup.rows();
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((r) => r.authorId.startsWith('sofiagarcia'))).toBe(true);
    await popup.search('zzz-nobody-zzz');
    expect(await popup.page.locator('.empty').innerText()).toMatch(/No author matches/);
    await popup.search('');
    found = await popup.rows();
    expect(found).toHaveLength(50);
  });

  it('has no serious accessibility violations with data, light and dark', async () => {
    await popup.page.locator('.author .more').first().click(); // include the open actions
    for (const scheme of ['light', 'dark'] as const) {
      await popup.page.emulateMedia({ colorScheme: scheme });
      expect(await axeSerious(popup.page), scheme).toEqual([]);
    }
    await popup.page.emulateMedia({ colorScheme: 'light' });
    await popup.page.locator('.author .more').first().click();
  });

  it('puts an author on the always-mute list and forgets another', async () => {
    const page = popup.page;
    const [first, second] = await popup.rows();
    const row = page.locator(`[data-testid="author-list"] > li[data-author="${first!.authorId}"]`);
    if ((await row.locator('.more').getAttribute('aria-expanded')) !== 'true') await row.locator('.more').click();
    await row.getByRole('button', { name: 'Always mute' }).click();
    await page.waitForFunction(async (key) => {
      const s = (await (globalThis as any).chrome.storage.sync.get('settings')).settings;
      return s?.alwaysMute?.includes(key);
    }, `${first!.platform}:${first!.authorId}`);
    expect(await row.getByRole('button', { name: 'Always mute' }).getAttribute('aria-pressed')).toBe('true');

    const other = page.locator(`[data-testid="author-list"] > li[data-author="${second!.authorId}"]`);
    await other.locator('.more').click();
    await other.getByRole('button', { name: 'Forget' }).click();
    await other.getByRole('button', { name: 'Yes, forget' }).click();
    await other.waitFor({ state: 'detached' });
    const search = await popup.leaderboard({ tab: 'value', platform: second!.platform as 'x', query: second!.authorId, offset: 0, limit: 10 });
    expect(search.rows.find((r) => r.authorId === second!.authorId)).toBeUndefined();
  });

  it('is usable by keyboard: Tab reaches the mute switch, Space flips it, and it persists', async () => {
    await popup.reload();
    const page = popup.page;
    expect(await popup.muteChecked()).toBe(false);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let reached = false;
    for (let i = 0; i < 10 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'mute-toggle');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('[data-testid="mute-toggle"]')?.getAttribute('aria-checked') === 'true');
    // The tab list and the search box come next in the tab order.
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('data-testid') || ''));
    }
    expect(order).toContain('tab-value');
    expect(order).toContain('author-search');

    await page.close();
    popup = await PopupPage.open(humo);
    expect(await popup.muteChecked()).toBe(true);
    const stored = await popup.page.evaluate(async () => (await (globalThis as any).chrome.storage.sync.get('settings')).settings);
    expect(stored.muteSellers).toBe(true);
  });

  it('shows a visible error when the background cannot answer', async () => {
    const page = popup.page;
    // Same request the popup makes, but malformed: the background refuses it with ok:false.
    await page.evaluate(() => {
      const original = (globalThis as any).chrome.runtime.sendMessage.bind((globalThis as any).chrome.runtime);
      (globalThis as any).chrome.runtime.sendMessage = (msg: { type: string }) =>
        msg.type === 'ui:leaderboard' ? Promise.resolve({ ok: false, error: 'storage: IndexedDB is unavailable' }) : original(msg);
    });
    await page.click('#tab-sells');
    const error = page.locator('[data-testid="board-error"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/could not read its stats[\s\S]*IndexedDB is unavailable/);
    expect(await error.getAttribute('role')).toBe('alert');
  });
});

describe('popup in Spanish', () => {
  let humo: HumoBrowser;
  afterAll(async () => humo?.close());

  it('renders the Spanish strings and sets <html lang="es">', async () => {
    humo = await launchHumo({ locale: 'es', distDir: process.env.HUMO_DIST });
    const popup = await PopupPage.open(humo);
    const page = popup.page;
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await page.locator('#glance-title').innerText()).toMatch(/Tu feed de un vistazo/i);
    expect(await page.locator('#tab-value').innerText()).toBe('Aporta valor');
    expect(await page.locator('#tab-sells').innerText()).toBe('Solo vende');
    expect(await page.locator('#mute-label').innerText()).toBe('Silenciar a los vendedores');
    expect(await axeSerious(page)).toEqual([]);
  });
});
