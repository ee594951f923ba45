import type { Page } from 'playwright-core';
import type { HumoBrowser } from '../../../demo/launch';
import type { AuthorRow, Protocol } from '../../../src/shared/messages';

/** Page object for the toolbar popup, opened as an extension page. */
export class PopupPage {
  private constructor(readonly page: Page) {}

  static async open(humo: HumoBrowser): Promise<PopupPage> {
    const page = await humo.openExtensionPage('src/popup/index.html');
    await page.waitForSelector('[data-testid="author-list"], .empty');
    const popup = new PopupPage(page);
    await popup.listDrawn();
    return popup;
  }

  /** Rows as rendered in the list. */
  rows(): Promise<{ authorId: string; platform: string; posts: number; promo: number }[]> {
    return this.page.$$eval('[data-testid="author-list"] > li', (items) =>
      items.map((li) => ({
        authorId: li.getAttribute('data-author') ?? '',
        platform: li.getAttribute('data-platform') ?? '',
        posts: Number(li.querySelector('[data-posts]')?.getAttribute('data-posts')),
        promo: Number(li.querySelector('[data-promo]')?.getAttribute('data-promo')),
      })),
    );
  }

  /** The full leaderboard straight from the background, as the popup asks for it. */
  leaderboard(payload: Protocol['ui:leaderboard']['request']): Promise<{ rows: AuthorRow[]; total: number }> {
    return this.page.evaluate(async (p) => {
      const reply = await (globalThis as any).chrome.runtime.sendMessage({ type: 'ui:leaderboard', payload: p });
      if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
      return reply.data;
    }, payload);
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.page.waitForSelector('[data-testid="author-list"], .empty');
    await this.listDrawn();
  }

  /** Waits until every row the list holds is drawn: on open, rows below the fold follow the
   * first dozen one frame later (useFirstFew). */
  async listDrawn(): Promise<void> {
    await this.page.waitForFunction(() => {
      const count = document.querySelector<HTMLElement>('[data-testid="shown-count"]');
      return !count || document.querySelectorAll('[data-testid="author-list"] > li').length === Number(count.dataset.shown);
    });
  }

  /** Sizes the page like the real toolbar popup. */
  async popupSize(): Promise<void> {
    await this.page.setViewportSize({ width: 380, height: 600 });
  }

  /** Fills the store by importing an export file (e.g. buildExportFile from options-page.ts). */
  async seed(json: string, mode: 'merge' | 'replace' = 'replace'): Promise<{ authors: number; posts: number; days: number }> {
    return this.page.evaluate(
      async ({ json: j, mode: m }) => {
        const reply = await (globalThis as any).chrome.runtime.sendMessage({ type: 'ui:import', payload: { json: j, mode: m } });
        if (!reply?.ok) throw new Error(reply?.error ?? 'no reply');
        return reply.data;
      },
      { json, mode },
    );
  }

  muteToggle() {
    return this.page.locator('[data-testid="mute-toggle"]');
  }

  async muteChecked(): Promise<boolean> {
    return (await this.muteToggle().getAttribute('aria-checked')) === 'true';
  }

  selectedTab(): Promise<string | null> {
    return this.page.locator('[role="tab"][aria-selected="true"]').getAttribute('id');
  }

  async filterPlatform(platform: 'all' | 'x' | 'facebook' | 'linkedin'): Promise<void> {
    await this.page.check(`[data-testid="platform-filter"] input[value="${platform}"]`);
    await this.settled();
  }

  async search(text: string): Promise<void> {
    await this.page.fill('[data-testid="search"]', text);
    await this.settled();
  }

  async showMore(): Promise<void> {
    const before = (await this.rows()).length;
    await this.page.click('[data-testid="show-more"]');
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid="author-list"] > li').length > n, before);
  }

  /** "50 of 10,000" under the list. */
  shownCount(): Promise<string> {
    return this.page.locator('[data-testid="shown-count"]').innerText();
  }

  /** Waits until the list answers what the controls now ask: the search box's text has passed
   * its debounce and the rows (or the error) are the answer to this tab, platform and text. */
  async settled(): Promise<void> {
    await this.page.waitForFunction(() => {
      const board = document.querySelector<HTMLElement>('.board');
      const typed = document.querySelector<HTMLInputElement>('[data-testid="search"]')?.value.trim() ?? '';
      const asks = board?.dataset.asks ?? '';
      return !!board && asks.endsWith(`|${typed}`) && board.dataset.answers === asks;
    });
    await this.page.waitForSelector('[data-testid="author-list"], .empty, [data-testid="board-error"]');
    await this.listDrawn();
  }
}
